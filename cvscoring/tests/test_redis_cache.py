"""The Redis cache backend shares one client per connection pool and still reads and writes Redis."""

from __future__ import annotations

import uuid

from django.conf import settings

from cvscoring.redis_cache import SharedClientRedisCache


def _cache() -> SharedClientRedisCache:
    return SharedClientRedisCache(settings.REDIS_URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex}"})


def test_every_call_gets_the_same_client_of_its_pool() -> None:
    cache = _cache()
    client = cache._cache.get_client(write=True)

    assert cache._cache.get_client() is client
    assert cache._cache.get_client("any key", write=True) is client
    assert client.connection_pool is cache._cache._get_connection_pool(True)


def test_values_round_trip_through_redis_with_their_timeouts() -> None:
    cache = _cache()
    try:
        cache.set("history", [1.5, 2.5], timeout=60)
        cache.set("gone", "x", timeout=0)

        assert cache.get("history") == [1.5, 2.5]
        assert cache.get("gone", "default") == "default"
        assert cache.add("history", "other") is False
        assert 0 < cache._cache.get_client().ttl(cache.make_and_validate_key("history")) <= 60
    finally:
        cache.delete("history")
    assert cache.get("history") is None
