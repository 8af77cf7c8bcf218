"""Django's Redis cache, with one client object per connection pool instead of one per cache call.

Why: `django.core.cache.backends.redis.RedisCacheClient.get_client` builds a new `redis.Redis` on every
call, and each construction fills its response-callback table (~170 entries). The throttle makes two
calls per API request (get, then set), so on the status poll this was ~0.6 ms of CPU per request for
nothing: a `redis.Redis` holds no connection of its own (its pool does) and is safe to share between
threads, so one per pool serves every call the same way.
"""

from __future__ import annotations

from typing import Any

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class PooledClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        # Django's own private helpers (untyped in django-stubs): the pool for this call, the client class.
        pool = self._get_connection_pool(write)  # type: ignore[attr-defined]
        client = self._clients.get(id(pool))
        if client is None:
            # Pools live as long as this object (`_pools`), so their ids are never reused meanwhile.
            client = self._clients[id(pool)] = self._client(connection_pool=pool)  # type: ignore[attr-defined]
        return client


class SharedClientRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = PooledClientRedisCacheClient
