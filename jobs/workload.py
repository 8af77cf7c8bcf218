"""The per-user cap on queued work: how many CVs one user may have waiting or being scored at once."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from api.errors import DomainError
from jobs.models import ItemStatus, JobItem, JobStatus


class TooMuchQueuedWork(DomainError):
    status = 429
    code = "too_much_queued_work"


def queued_cvs(*, user: Any) -> int:
    """The user's CVs still to score in queued or running jobs (one query)."""
    active = [JobStatus.QUEUED, JobStatus.PROCESSING]
    return JobItem.objects.filter(job__user=user, job__status__in=active, status=ItemStatus.PENDING).count()


def refuse_work_over_cap(*, user: Any, incoming: int) -> None:
    """429 with Retry-After if `incoming` more CVs take the user past MAX_QUEUED_CVS_PER_USER (0: no cap).

    Checked before anything is stored. Two requests at the same instant may both pass; the upload rate
    limit bounds how far that goes.
    """
    cap = settings.MAX_QUEUED_CVS_PER_USER
    if cap <= 0 or incoming <= 0:
        return
    queued = queued_cvs(user=user)
    if queued + incoming > cap:
        error = TooMuchQueuedWork(
            message=f"You have {queued} CV(s) queued or being scored; at most {cap} at a time. "
            "Try again when some have finished."
        )
        error.retry_after = settings.QUEUED_WORK_RETRY_AFTER_S
        raise error
