"""The delivery task: takes an attempt id, builds the job's status now, signs, POSTs and records the outcome.

The body is the job status document (the one `GET /api/v1/jobs/{id}/status` answers), built at delivery
time by the function named in WEBHOOK_PAYLOAD_BUILDER: settings wire jobs in, so webhooks never imports jobs.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from rest_framework.renderers import JSONRenderer

from joblog.context import job_context
from webhooks.models import WebhookDelivery
from webhooks.queue import enqueue_attempt
from webhooks.services import endpoint_for
from webhooks.signing import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signature_header
from webhooks.targets import ResolutionFailed, UnsafeURL, check_url
from webhooks.transport import Answer, post

logger = logging.getLogger(__name__)

USER_AGENT = "cvscoring-webhooks/1"


def status_body(job_id: Any) -> bytes | None:
    """The job's status document as the API renders it; None when the job is gone."""
    document = import_string(settings.WEBHOOK_PAYLOAD_BUILDER)(str(job_id))
    return None if document is None else JSONRenderer().render(document)


def signed_headers(attempt: WebhookDelivery, body: bytes) -> dict[str, str]:
    secret = endpoint_for(user=attempt.user).secret
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        EVENT_HEADER: attempt.event,
        DELIVERY_HEADER: str(attempt.delivery_id),
        "X-CVScoring-Attempt": str(attempt.attempt),
        SIGNATURE_HEADER: signature_header(secret=secret, body=body),
    }


def deliver_webhook(attempt_id: str) -> str:
    """Make one claimed delivery attempt; on failure, schedule the next one with backoff."""
    attempt = WebhookDelivery.objects.filter(pk=attempt_id).select_related("user").first()
    if attempt is None or not attempt.claim():
        return "not_claimed"
    with job_context(str(attempt.job_id)):
        return _deliver(attempt)


def _deliver(attempt: WebhookDelivery) -> str:
    if attempt.was_delivered():
        attempt.record_failed(error="An earlier attempt was delivered; not sent again.")
        return "already_delivered"
    body = status_body(attempt.job_id)
    if body is None:
        attempt.record_failed(error="The job no longer exists; nothing to send.")
        return "job_missing"
    try:
        # Resolved again now and connected to exactly these addresses: a DNS answer that changed since
        # the URL was accepted (rebinding) is refused here.
        addresses = check_url(attempt.url, allow_private=settings.WEBHOOK_ALLOW_PRIVATE)
    except UnsafeURL as exc:
        attempt.record_failed(error=f"Refused: {exc.message}")
        logger.warning("webhook attempt %s refused: %s", attempt.pk, exc.code)
        return "refused"
    except ResolutionFailed as exc:
        answer = Answer(None, str(exc), 0)
    else:
        headers = signed_headers(attempt, body)
        answer = post(
            url=attempt.url,
            addresses=addresses,
            body=body,
            headers=headers,
            timeout_s=settings.WEBHOOK_TIMEOUT_S,
        )
    if answer.ok and answer.status_code is not None:
        attempt.record_delivered(status_code=answer.status_code, duration_ms=answer.duration_ms)
        logger.info("webhook %s delivered on attempt %s", attempt.delivery_id, attempt.attempt)
        return "delivered"
    return _retry_later(attempt, answer)


def _retry_later(attempt: WebhookDelivery, answer: Answer) -> str:
    delays = settings.WEBHOOK_RETRY_DELAYS_S
    if attempt.attempt > len(delays):
        error = f"{answer.error} Gave up after {attempt.attempt} attempts."
        attempt.record_failed(error=error, status_code=answer.status_code, duration_ms=answer.duration_ms)
        logger.warning("webhook %s gave up after %s attempts", attempt.delivery_id, attempt.attempt)
        return "gave_up"
    due = timezone.now() + timedelta(seconds=delays[attempt.attempt - 1])
    with transaction.atomic():
        attempt.record_failed(
            error=answer.error,
            status_code=answer.status_code,
            duration_ms=answer.duration_ms,
            next_attempt_at=due,
        )
        following = attempt.schedule_next(at=due)
        transaction.on_commit(partial(enqueue_attempt, following.pk, at=due))
    logger.info(
        "webhook %s attempt %s failed; next at %s", attempt.delivery_id, attempt.attempt, due.isoformat()
    )
    return "retry_scheduled"
