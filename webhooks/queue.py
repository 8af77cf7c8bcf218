"""The one way onto the webhooks queue: the attempt's id only, a deterministic RQ job id, errors contained."""

from __future__ import annotations

import logging
from datetime import datetime
from uuid import UUID

import django_rq
from django.conf import settings
from django.utils import timezone
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

TASK = "webhooks.tasks.deliver_webhook"
# A delivery is one bounded HTTP call; the RQ timeout only guards against a stuck worker.
TASK_TIMEOUT_S = 120


def enqueue_attempt(attempt_id: UUID | str, *, at: datetime | None = None) -> bool:
    """Queue "deliver attempt X" now, or at `at` (moved to the queue by a worker started --with-scheduler).

    False (logged) when Redis is unreachable: the attempt stays `scheduled` in the database and
    `manage.py deliver_webhooks` (e.g. from cron) queues it again.
    """
    queue = django_rq.get_queue(settings.WEBHOOKS_QUEUE)
    options = {
        "args": (str(attempt_id),),
        "job_id": f"webhook-{attempt_id}",
        "job_timeout": TASK_TIMEOUT_S,
        "result_ttl": 3600,
        "failure_ttl": 7 * 24 * 3600,
    }
    try:
        if at is not None and at > timezone.now():
            queue.enqueue_at(at, TASK, **options)
        else:
            queue.enqueue(TASK, **options)
    except RedisError as exc:
        logger.warning("enqueue failed for webhook attempt %s (%s)", attempt_id, type(exc).__name__)
        return False
    return True
