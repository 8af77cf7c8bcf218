"""A job's status as clients see it: the seed's four statuses, and the finer state beside them.

The seed's client stops polling on `completed` or `failed` only, so `status` on the wire never takes another
value: a cancelled job is `failed` with `error.code = "cancelled"`. `state` says more without breaking that.
The job row keeps its own `cancelled` status; only what is sent is mapped.
"""

from __future__ import annotations

from typing import Any

from jobs.models import Job, JobStatus

WIRE_STATUSES = ["queued", "processing", "completed", "failed"]
STATES = [*WIRE_STATUSES, "waiting_for_batch", "waiting_for_llm", "cancelled"]
CANCELLED_ERROR = {
    "code": "cancelled",
    "message": "Cancelled on request; CVs scored before that keep their scores.",
}


def wire_status(job: Job) -> str:
    """The seed's status: a cancelled job is `failed` (its error says `cancelled`)."""
    return JobStatus.FAILED.value if job.status == JobStatus.CANCELLED else str(job.status)


def job_state(job: Job) -> str:
    """The finer state: `cancelled`; while processing, `waiting_for_batch` or `waiting_for_llm`."""
    if job.status == JobStatus.PROCESSING and job.llm_batch_check_at is not None:
        return "waiting_for_batch"
    if job.status == JobStatus.PROCESSING and job.waiting_for_llm_until is not None:
        return "waiting_for_llm"
    return str(job.status)


def wire_error(job: Job) -> Any:
    """The job's error; a cancelled job's says so, since its status alone no longer does."""
    return CANCELLED_ERROR if job.status == JobStatus.CANCELLED else job.error
