"""Webhook use cases: a user's endpoint and secret, checking a URL, and notifying a finished job."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Protocol

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from webhooks.models import WebhookDelivery, WebhookEndpoint
from webhooks.queue import enqueue_attempt
from webhooks.targets import ResolutionFailed, UnsafeURL, check_url

logger = logging.getLogger(__name__)

# Delivery ids are derived from the job and the moment it ended, so notifying the same ending twice
# makes the same delivery (and is refused by the unique attempt), while a retried job's new ending is new.
DELIVERY_NAMESPACE = uuid.UUID("5d1b2f9e-8c1a-4a51-9b0e-7f0f3c2a6e10")
TERMINAL_EVENTS = {"completed": "job.completed", "failed": "job.failed", "cancelled": "job.cancelled"}


class FinishedJob(Protocol):
    """What notifying needs of a job; webhooks never imports jobs."""

    @property
    def pk(self) -> Any: ...
    @property
    def user_id(self) -> Any: ...
    @property
    def status(self) -> str: ...
    @property
    def callback_url(self) -> str: ...
    @property
    def completed_at(self) -> datetime | None: ...


def check_webhook_url(url: str) -> None:
    """Raise UnsafeURL unless `url` is http(s), resolves, and (unless WEBHOOK_ALLOW_PRIVATE) only publicly."""
    try:
        check_url(url, allow_private=settings.WEBHOOK_ALLOW_PRIVATE)
    except ResolutionFailed as exc:
        raise UnsafeURL("unresolvable_host", "The host name does not resolve.") from exc


def endpoint_for(*, user: Any) -> WebhookEndpoint:
    """The user's endpoint, made (with a fresh secret and no default URL) on first use."""
    endpoint, _ = WebhookEndpoint.objects.get_or_create(user=user)
    return endpoint


def set_endpoint_url(*, user: Any, url: str) -> WebhookEndpoint:
    """Set (or, with "", clear) the user's default URL; the caller checked it with check_webhook_url."""
    endpoint = endpoint_for(user=user)
    endpoint.set_url(url)
    return endpoint


def rotate_endpoint_secret(*, user: Any) -> WebhookEndpoint:
    endpoint = endpoint_for(user=user)
    endpoint.rotate_secret()
    return endpoint


def _target_url(job: FinishedJob) -> str:
    if job.callback_url:
        return job.callback_url
    return WebhookEndpoint.objects.filter(user_id=job.user_id).values_list("url", flat=True).first() or ""


def notify_job_finished(job: FinishedJob) -> WebhookDelivery | None:
    """Schedule the first attempt to deliver a finished job's status; it is queued on commit.

    Nothing happens without a URL (the job's callback URL, else the user's endpoint), and notifying the same
    ending twice schedules one delivery.
    """
    event = TERMINAL_EVENTS.get(str(job.status))
    url = _target_url(job) if event else ""
    if not event or not url:
        return None
    ended = (job.completed_at or timezone.now()).isoformat()
    delivery_id = uuid.uuid5(DELIVERY_NAMESPACE, f"{job.pk}:{ended}")
    try:
        with transaction.atomic():
            attempt = WebhookDelivery.objects.create(
                delivery_id=delivery_id, user_id=job.user_id, job_id=job.pk, event=event, url=url, attempt=1
            )
    except IntegrityError:
        logger.info("webhook for job %s (%s) already scheduled", job.pk, event)
        return None
    transaction.on_commit(partial(enqueue_attempt, attempt.pk))
    return attempt


def requeue_overdue_attempts(*, older_than: timedelta) -> int:
    """Queue again attempts still `scheduled` well past their time; a duplicate message is a no-op (claim)."""
    return sum(
        enqueue_attempt(attempt_id)
        for attempt_id in WebhookDelivery.objects.overdue(older_than=older_than).values_list("pk", flat=True)
    )
