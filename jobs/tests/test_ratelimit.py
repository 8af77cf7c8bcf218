"""The shared LLM rate budget: unit tests on fakeredis, and two real processes on the local Redis."""

from __future__ import annotations

import multiprocessing
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import fakeredis
import pytest
import redis

from jobs.scoring.ratelimit import RateLimiter, RateLimiterUnavailable, RateLimitTimeout

# Its own database: 0 belongs to the app and 14 to tests that flush it.
REDIS_URL = "redis://127.0.0.1:6379/15"


def limiter(client: redis.Redis, *, rpm: int = 0, tpm: int = 0, key: str = "test-budget") -> RateLimiter:
    return RateLimiter(client, requests_per_minute=rpm, input_tokens_per_minute=tpm, key=key)


def granted(budget: RateLimiter, attempts: int, tokens: int = 1) -> int:
    """How many of `attempts` immediate (non-waiting) acquisitions succeed."""
    count = 0
    for _ in range(attempts):
        try:
            budget.acquire(tokens, timeout_s=0)
        except RateLimitTimeout:
            continue
        count += 1
    return count


def test_grants_a_minute_of_requests_then_refuses_at_once_with_the_wait() -> None:
    budget = limiter(fakeredis.FakeRedis(), rpm=3)

    assert granted(budget, 3) == 3
    started = time.monotonic()
    with pytest.raises(RateLimitTimeout) as raised:
        budget.acquire(1, timeout_s=5)

    assert time.monotonic() - started < 0.1  # 20 s away: no point sleeping 5 s first
    assert 19.5 < raised.value.wait_s <= 20.0  # one request refills every 60/3 seconds


def test_blocks_until_the_token_bucket_refills() -> None:
    budget = limiter(fakeredis.FakeRedis(), tpm=6000)  # 100 tokens a second
    budget.acquire(6000, timeout_s=0)

    started = time.monotonic()
    budget.acquire(50, timeout_s=2)

    assert 0.45 <= time.monotonic() - started < 0.9


def test_a_call_larger_than_a_minute_of_tokens_passes_on_a_full_bucket_only() -> None:
    budget = limiter(fakeredis.FakeRedis(), tpm=100)

    budget.acquire(500, timeout_s=0)

    assert granted(budget, 1) == 0


def test_limits_of_zero_mean_no_limit() -> None:
    assert granted(limiter(fakeredis.FakeRedis()), 200, tokens=10_000) == 200


def test_budgets_under_different_keys_are_independent() -> None:
    client = fakeredis.FakeRedis()

    assert granted(limiter(client, rpm=2, key="a"), 5) == 2
    assert granted(limiter(client, rpm=2, key="b"), 5) == 2


def test_penalise_holds_back_every_limiter_sharing_the_key() -> None:
    client = fakeredis.FakeRedis()
    hit_by_429, other_worker = limiter(client, rpm=100, key="k"), limiter(client, rpm=100, key="k")

    hit_by_429.penalise(0.3)
    started = time.monotonic()
    other_worker.acquire(1, timeout_s=2)

    assert 0.28 <= time.monotonic() - started < 0.6


def test_penalise_never_shortens_a_longer_hold() -> None:
    budget = limiter(fakeredis.FakeRedis(), rpm=100)

    budget.penalise(5.0)
    budget.penalise(0.1)

    with pytest.raises(RateLimitTimeout) as raised:
        budget.acquire(1, timeout_s=1)
    assert 4.5 < raised.value.wait_s <= 5.0


def test_threads_draw_from_one_budget() -> None:
    client = fakeredis.FakeRedis()
    budget = limiter(client, rpm=10)
    barrier = threading.Barrier(8)

    def attempt(_: int) -> int:
        barrier.wait()
        return granted(budget, 5)

    started = server_seconds(client)
    with ThreadPoolExecutor(max_workers=8) as pool:
        total = sum(pool.map(attempt, range(8)))
    elapsed = server_seconds(client) - started

    # The minute's 10, plus what the clock refilled meanwhile: nothing, unless the machine's clock stepped
    # (a VM resumed), which a real budget must honour too. CI once saw 20 here; a clock jump is one way there.
    assert 10 <= total <= 10 + int(max(elapsed, 0.0) * 10 / 60)


def server_seconds(client: redis.Redis) -> float:
    seconds, micros = client.time()
    return seconds + micros / 1_000_000


def test_an_unreachable_store_raises_rate_limiter_unavailable() -> None:
    server = fakeredis.FakeServer()
    server.connected = False

    with pytest.raises(RateLimiterUnavailable):
        limiter(fakeredis.FakeRedis(server=server), rpm=10).acquire(1, timeout_s=1)
    with pytest.raises(RateLimiterUnavailable):
        limiter(fakeredis.FakeRedis(server=server), rpm=10).penalise(1)


# --- Two processes sharing one budget through the real Redis ---


@pytest.fixture
def real_redis_key() -> Iterator[str]:
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5)
    try:
        client.ping()
    except redis.RedisError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    key = f"cvscoring:test-budget:{uuid.uuid4().hex}"
    yield key
    client.delete(f"{key}:bucket", f"{key}:not-before")


def _worker(
    key: str, rpm: int, tpm: int, plan: list[tuple[int, float]], ready: Any, go: Any, out: Any
) -> None:
    """In a child process: connect, report ready, await the start, then acquire (tokens, timeout) per step."""
    client = redis.Redis.from_url(REDIS_URL)
    client.ping()  # connect before the start, not after it
    budget = limiter(client, rpm=rpm, tpm=tpm, key=key)
    ready.put(True)
    go.wait(timeout=30)
    started = time.monotonic()
    count = 0
    for tokens, timeout_s in plan:
        try:
            budget.acquire(tokens, timeout_s=timeout_s)
        except RateLimitTimeout:
            continue
        count += 1
    out.put((count, time.monotonic() - started))


def run_in_two_processes(
    key: str,
    *,
    rpm: int,
    tpm: int,
    plan: list[tuple[int, float]],
    before_start: Callable[[], None] = lambda: None,
) -> list[tuple[int, float]]:
    """Run the plan in two processes released at the same instant; return each one's (granted, seconds)."""
    context = multiprocessing.get_context("spawn")
    ready, out, go = context.Queue(), context.Queue(), context.Event()
    processes = [
        context.Process(target=_worker, args=(key, rpm, tpm, plan, ready, go, out)) for _ in range(2)
    ]
    for process in processes:
        process.start()
    for _ in processes:
        ready.get(timeout=30)  # spawning takes a while: release both only once both are up
    before_start()
    go.set()
    results = [out.get(timeout=30) for _ in processes]
    for process in processes:
        process.join(timeout=10)
    assert [p.exitcode for p in processes] == [0, 0]
    return results


@pytest.mark.integration
def test_two_processes_share_one_request_budget(real_redis_key: str) -> None:
    results = run_in_two_processes(real_redis_key, rpm=10, tpm=0, plan=[(1, 0.0)] * 10)

    assert sum(count for count, _ in results) == 10  # not 20: the minute's 10 requests are shared


@pytest.mark.integration
def test_two_processes_wait_for_the_shared_token_refill(real_redis_key: str) -> None:
    # 600 tokens a minute (10 a second): together they take all 600 at once, then 10 more take a second.
    results = run_in_two_processes(real_redis_key, rpm=0, tpm=600, plan=[(300, 2.0), (5, 5.0)])

    assert [count for count, _ in results] == [2, 2]
    assert 0.9 <= max(seconds for _, seconds in results) < 2.0


@pytest.mark.integration
def test_a_penalty_from_one_process_holds_back_the_other(real_redis_key: str) -> None:
    penalising = limiter(redis.Redis.from_url(REDIS_URL), rpm=100, key=real_redis_key)

    results = run_in_two_processes(
        real_redis_key, rpm=100, tpm=0, plan=[(1, 5.0)], before_start=lambda: penalising.penalise(1.0)
    )

    assert [count for count, _ in results] == [1, 1]
    assert all(0.9 <= seconds < 1.6 for _, seconds in results)
