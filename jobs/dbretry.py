"""Ride out a lost database connection inside an attempt: reconnect and run the write again, with backoff.

A failover, a pooler restart or a network hiccup closes the worker's connection; the next query raises
`OperationalError`/`InterfaceError`. That is no reason to lose the attempt (and the LLM answers it holds):
every write retried here is idempotent (an item closes only while pending, an extraction is the same text),
so it is simply run again on a fresh connection until the database answers or DB_RETRY_BUDGET_S runs out.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.db import InterfaceError, OperationalError, connection

logger = logging.getLogger(__name__)

T = TypeVar("T")

DB_ERRORS = (OperationalError, InterfaceError)
_FIRST_DELAY_S = 0.1
_MAX_DELAY_S = 5.0


def with_db_retry(write: Callable[[], T], *, what: str) -> T:
    """Run `write`; on a lost connection reconnect and run it again, until DB_RETRY_BUDGET_S is spent."""
    give_up_at = time.monotonic() + settings.DB_RETRY_BUDGET_S
    delay = _FIRST_DELAY_S
    failures = 0
    while True:
        try:
            return write()
        except DB_ERRORS as exc:
            failures += 1
            # Inside a transaction the work before the error is gone too: only the caller can redo it.
            if connection.in_atomic_block or time.monotonic() + delay > give_up_at:
                raise
            logger.warning(
                "database unavailable during %s (%s, failure %d); reconnecting in %.1fs",
                what,
                type(exc).__name__,
                failures,
                delay,
            )
        drop_connection()
        time.sleep(delay)
        delay = min(delay * 2, _MAX_DELAY_S)


def drop_connection() -> None:
    """Forget this thread's connection (broken or not) so the next query opens a fresh one."""
    # Closing a connection the server already dropped may complain; it is closed either way.
    with contextlib.suppress(*DB_ERRORS):
        connection.close()
