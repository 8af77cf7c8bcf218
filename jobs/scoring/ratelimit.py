"""A requests-per-minute and input-tokens-per-minute budget shared by every worker through Redis (no Django).

Two token buckets, refilled continuously (as Anthropic's own limits are) and holding at most one minute of
budget, plus a shared "not before" instant that a 429 pushes forward for everyone. Each check is an optimistic
transaction (WATCH/MULTI/EXEC) timed by the Redis server's clock, so workers on different hosts agree on time
and no Lua runtime is needed (fakeredis runs it as is).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass

import redis

_STATE_TTL_MS = 120_000  # an idle budget is full again after a minute; keep its keys a little longer
_MAX_SLEEP_S = 1.0  # re-check at least this often: other workers' refunds and penalties change the picture


class RateLimitTimeout(TimeoutError):
    """The budget did not allow the call within the caller's timeout."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"rate budget exhausted; next slot in {wait_s:.2f}s")
        self.wait_s = wait_s


class RateLimiterUnavailable(ConnectionError):
    """Redis could not be reached, so the shared budget cannot be checked."""


@dataclass(frozen=True)
class _Decision:
    granted: bool
    wait_s: float


class RateLimiter:
    """Blocks callers until a shared per-minute budget of requests and input tokens allows one more call.

    A limit of 0 (or None) means no limit on that dimension. Safe to share between threads.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        requests_per_minute: int | None = 0,
        input_tokens_per_minute: int | None = 0,
        key: str = "cvscoring:llm-budget",
    ) -> None:
        self._redis = client
        self.requests_per_minute = requests_per_minute or 0
        self.input_tokens_per_minute = input_tokens_per_minute or 0
        self._bucket_key = f"{key}:bucket"
        self._not_before_key = f"{key}:not-before"

    def acquire(self, tokens: int, *, timeout_s: float) -> None:
        """Take one request and `tokens` input tokens from the budget, sleeping until they are there.

        Raises RateLimitTimeout when the budget will not allow it within timeout_s (at once when it can tell),
        and RateLimiterUnavailable when Redis is unreachable.
        """
        give_up_at = time.monotonic() + max(timeout_s, 0.0)
        while True:
            decision = self._try_take(max(tokens, 0))
            if decision.granted:
                return
            remaining = give_up_at - time.monotonic()
            if decision.wait_s > remaining:
                raise RateLimitTimeout(decision.wait_s)
            # A little jitter so that workers released by the same refill or penalty do not all retry at once.
            time.sleep(min(decision.wait_s, _MAX_SLEEP_S) + random.uniform(0.0, 0.01))

    def penalise(self, retry_after_s: float) -> None:
        """Hold back every worker for retry_after_s from now (never shortening a hold already in place)."""
        hold_s = max(retry_after_s, 0.0)
        self._transact(lambda pipe, now: self._push_not_before(pipe, now, hold_s))

    def _push_not_before(self, pipe: redis.client.Pipeline, now: float, hold_s: float) -> None:
        current = float(pipe.get(self._not_before_key) or 0.0)
        pipe.multi()
        if now + hold_s > current:
            pipe.set(self._not_before_key, repr(now + hold_s), px=int(hold_s * 1000) + _STATE_TTL_MS)

    def _try_take(self, tokens: int) -> _Decision:
        result: list[_Decision] = []

        def take(pipe: redis.client.Pipeline, now: float) -> None:
            result.clear()
            result.append(self._take_in(pipe, now, tokens))

        self._transact(take)
        return result[0]

    def _take_in(self, pipe: redis.client.Pipeline, now: float, tokens: int) -> _Decision:
        not_before = float(pipe.get(self._not_before_key) or 0.0)
        if now < not_before:
            pipe.multi()  # an empty transaction still fails if a watched key changed meanwhile
            return _Decision(False, not_before - now)
        requests, input_tokens = self._refilled(pipe.hmget(self._bucket_key, "r", "t", "ts"), now)
        # A single call larger than a minute's budget could never fit: let it through on a full bucket.
        need = min(tokens, self.input_tokens_per_minute)
        wait = max(
            self._shortfall(requests, 1, self.requests_per_minute),
            self._shortfall(input_tokens, need, self.input_tokens_per_minute),
        )
        granted = wait <= 0.0
        if granted:
            requests -= 1 if self.requests_per_minute > 0 else 0
            input_tokens -= need
        pipe.multi()
        pipe.hset(self._bucket_key, mapping={"r": repr(requests), "t": repr(input_tokens), "ts": repr(now)})
        pipe.pexpire(self._bucket_key, _STATE_TTL_MS)
        return _Decision(granted, max(wait, 0.0))

    def _refilled(self, stored: list[bytes | str | None], now: float) -> tuple[float, float]:
        requests_s, tokens_s, at_s = stored
        elapsed = max(now - float(at_s), 0.0) if at_s is not None else 0.0
        requests = self._refill(requests_s, elapsed, self.requests_per_minute)
        tokens = self._refill(tokens_s, elapsed, self.input_tokens_per_minute)
        return requests, tokens

    @staticmethod
    def _refill(stored: bytes | str | None, elapsed: float, per_minute: int) -> float:
        if per_minute <= 0:
            return 0.0
        level = float(stored) if stored is not None else float(per_minute)
        return min(float(per_minute), level + elapsed * per_minute / 60.0)

    @staticmethod
    def _shortfall(level: float, need: float, per_minute: int) -> float:
        """Seconds until the bucket holds `need`; zero or less when it already does (or there is no limit)."""
        if per_minute <= 0 or need <= level:
            return 0.0
        return (need - level) * 60.0 / per_minute

    def _transact(self, body: Callable[[redis.client.Pipeline, float], None]) -> None:
        """Run body(pipe, redis_now) as an optimistic transaction over both keys, retried on conflict."""

        def run(pipe: redis.client.Pipeline) -> None:
            seconds, micros = pipe.time()
            body(pipe, seconds + micros / 1_000_000)

        try:
            self._redis.transaction(run, self._bucket_key, self._not_before_key)
        except redis.RedisError as exc:
            raise RateLimiterUnavailable(f"rate budget store unreachable: {type(exc).__name__}") from exc
