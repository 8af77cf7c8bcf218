"""The one way onto the scoring queue: ids only, a deterministic RQ job id, errors contained."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any
from uuid import UUID

import django_rq
from django.conf import settings
from django.utils import timezone
from redis import Redis
from redis.exceptions import RedisError
from rq.job import Callback
from rq.job import Job as RQJob
from rq.job import JobStatus as RQStatus

logger = logging.getLogger(__name__)

# The worker's entry module, by name only: it sets Django up first, so a plain `rq worker` runs the tasks too.
ENTRY = "cvscoring.rqentry"
LIVE_RQ_STATUSES = {RQStatus.QUEUED, RQStatus.STARTED, RQStatus.DEFERRED, RQStatus.SCHEDULED}


_clients: dict[str, Redis] = {}


def connection() -> Redis:
    """This process's client for the scoring queue's Redis, made once per queue configuration.

    django_rq builds a new client with a new connection pool on every `get_queue`, so each enqueue opened a
    new TCP connection (~1.8 ms of an upload's answer, 0.8 ms of it CPU). A `redis.Redis` is safe to share
    between threads, and its pool starts afresh in a forked work-horse (redis-py checks the pid).
    """
    key = repr(settings.RQ_QUEUES[settings.SCORING_QUEUE])  # tests and settings overrides get their own
    client = _clients.get(key)
    if client is None:
        client = _clients[key] = django_rq.get_connection(settings.SCORING_QUEUE)
    return client


def rq_job_id(job_id: UUID | str, attempts: int) -> str:
    return f"scoring-{job_id}-{attempts}"


def enqueue(task: str, job_id: Any, *, rq_id: str, at: datetime | None = None, watched: bool = False) -> bool:
    """Put "run `task` for job X" on the scoring queue, now or at `at`; False (logged) when Redis is down.

    `at` needs a worker started --with-scheduler to move the message onto the queue. A `watched` task has
    RQ call `on_scoring_job_failure` when it raises (timeouts included). The RQ id comes from the job row,
    so sending the same message twice is harmless.
    """
    options: dict[str, Any] = {
        "args": (str(job_id),),
        "job_id": rq_id,
        "job_timeout": settings.JOB_TIMEOUT_S,
        "result_ttl": 3600,
        "failure_ttl": 7 * 24 * 3600,
    }
    if watched:
        options["on_failure"] = Callback(f"{ENTRY}.on_scoring_job_failure")
    queue = django_rq.get_queue(settings.SCORING_QUEUE, connection=connection())
    try:
        if at is not None and at > timezone.now():
            queue.enqueue_at(at, f"{ENTRY}.{task}", **options)
        else:
            queue.enqueue(f"{ENTRY}.{task}", **options)
    except RedisError as exc:
        logger.warning("could not queue %s for job %s (%s)", task, job_id, type(exc).__name__)
        return False
    return True


def enqueue_job(job_id: UUID | str, attempts: int) -> bool:
    """Queue a run of the job; a job left queued by a failed enqueue is re-sent by the sweeper later."""
    return enqueue("run_scoring_job", job_id, rq_id=rq_job_id(job_id, attempts), watched=True)


def is_waiting_in_queue(job_id: UUID | str, attempts: int) -> bool | None:
    """Whether RQ holds a live message for this attempt; None when Redis cannot be asked."""
    try:
        status = RQJob.fetch(rq_job_id(job_id, attempts), connection=connection()).get_status(refresh=False)
    except RedisError:
        return None
    except Exception:  # noqa: BLE001 - NoSuchJobError and friends all mean "not there"
        return False
    return status in LIVE_RQ_STATUSES
