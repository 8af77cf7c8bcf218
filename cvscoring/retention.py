"""The retention purge on a schedule: every worker offers to run it, one of them does, once a period."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings

from candidates.services import purge_expired_cvs


def purge_lock_key() -> str:
    # Named after the scoring queue, so deployments (and test runs) sharing one Redis keep apart.
    return f"cvscoring:{settings.SCORING_QUEUE}:purge-cvs"


def purge_when_due(connection: Any) -> int | None:
    """Erase candidates past CV_RETENTION_DAYS unless a purge ran within PURGE_INTERVAL_S; how many, or None.

    The Redis key is taken before the purge and expires on its own: a worker that dies mid-purge delays
    the next one by one period at most, and `manage.py purge_cvs` can always be run by hand.
    """
    days = settings.CV_RETENTION_DAYS
    if days < 1:
        return None
    if not connection.set(purge_lock_key(), "1", nx=True, ex=settings.PURGE_INTERVAL_S):
        return None
    return purge_expired_cvs(older_than=timedelta(days=days))
