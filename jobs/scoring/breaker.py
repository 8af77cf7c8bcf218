"""A per-job circuit breaker for LLM outages (no Django): the first call that meets one stops the others.

An overloaded or unavailable API (429 past its retries, 529, 5xx, timeouts) is not a fact about a CV: once
one of a job's calls has given up on it, the job's other calls should not go on knocking. The runner shares
one breaker between the job's concurrent calls; once it is open no new call goes out, the calls in flight
finish, and the job is parked until the API may be back (see jobs.llmwait). It lives as long as one run of
the job: a resumed run starts closed, with the shared rate budget and the concurrency limit pacing it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

# Faults that say "the API, not this CV": the job waits them out instead of failing its CVs.
OUTAGE_CODES = frozenset({"llm_unavailable", "llm_rate_limited", "llm_timeout"})


@dataclass(frozen=True)
class Trip:
    code: str
    retry_after_s: float | None


class OutageBreaker:
    """Closed until the first outage is reported; open (for this run) from then on. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._trips: list[Trip] = []

    def trip(self, code: str, retry_after_s: float | None) -> None:
        with self._lock:
            self._trips.append(Trip(code, retry_after_s))

    @property
    def is_open(self) -> bool:
        with self._lock:
            return bool(self._trips)

    @property
    def retry_after_s(self) -> float | None:
        """The longest retry-after the API sent with the outage, if it sent any."""
        with self._lock:
            asked = [trip.retry_after_s for trip in self._trips if trip.retry_after_s is not None]
        return max(asked) if asked else None


def is_outage(code: str, retryable: bool) -> bool:
    return retryable and code in OUTAGE_CODES
