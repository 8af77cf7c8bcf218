"""The one way onto the scoring queue: ids only, a deterministic RQ job id, errors contained."""

from __future__ import annotations

import logging
from uuid import UUID

import django_rq
from django.conf import settings
from redis.exceptions import RedisError
from rq.job import Callback
from rq.job import Job as RQJob
from rq.job import JobStatus as RQStatus

logger = logging.getLogger(__name__)

TASK = "cvscoring.rqentry.run_scoring_job"
ON_FAILURE = "cvscoring.rqentry.on_scoring_job_failure"
LIVE_RQ_STATUSES = {RQStatus.QUEUED, RQStatus.STARTED, RQStatus.DEFERRED, RQStatus.SCHEDULED}


def rq_job_id(job_id: UUID | str, attempts: int) -> str:
    return f"scoring-{job_id}-{attempts}"


def enqueue_job(job_id: UUID | str, attempts: int) -> bool:
    """Put "run job X" on the scoring queue; False (logged) when Redis is unreachable.

    A job left queued by a failed enqueue is picked up by the sweeper's reconciler once Redis is back.
    """
    try:
        django_rq.get_queue(settings.SCORING_QUEUE).enqueue_call(
            TASK,
            args=(str(job_id),),
            job_id=rq_job_id(job_id, attempts),
            timeout=settings.JOB_TIMEOUT_S,
            result_ttl=3600,
            failure_ttl=7 * 24 * 3600,
            on_failure=Callback(ON_FAILURE),
        )
    except RedisError as exc:
        logger.warning(
            "enqueue failed for job %s (%s); the reconciler will retry", job_id, type(exc).__name__
        )
        return False
    return True


def is_waiting_in_queue(job_id: UUID | str, attempts: int) -> bool | None:
    """Whether RQ holds a live message for this attempt; None when Redis cannot be asked."""
    try:
        connection = django_rq.get_connection(settings.SCORING_QUEUE)
        status = RQJob.fetch(rq_job_id(job_id, attempts), connection=connection).get_status(refresh=False)
    except RedisError:
        return None
    except Exception:  # noqa: BLE001 - NoSuchJobError and friends all mean "not there"
        return False
    return status in LIVE_RQ_STATUSES
