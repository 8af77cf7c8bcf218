"""Delivery: a finished job's status, signed, delivered once, retried with backoff, every attempt recorded."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import django_rq
import pytest
from django.conf import settings
from django.test import override_settings
from rest_framework.test import APIClient

from jobs.services import cancel_job
from jobs.tests.factories import make_finished_job
from webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint
from webhooks.services import endpoint_for, notify_job_finished
from webhooks.signing import verify
from webhooks.tasks import deliver_webhook
from webhooks.tests.receiver import webhook_receiver
from webhooks.tests.test_targets import fake_dns

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

LOCAL = override_settings(WEBHOOK_ALLOW_PRIVATE=True, WEBHOOK_RETRY_DELAYS_S=[5, 30])


def scheduled_rq_ids() -> list[str]:
    return sorted(django_rq.get_queue(settings.WEBHOOKS_QUEUE).scheduled_job_registry.get_job_ids())


def queued_rq_ids() -> list[str]:
    return sorted(django_rq.get_queue(settings.WEBHOOKS_QUEUE).job_ids)


@LOCAL
def test_a_finished_job_is_delivered_signed_with_its_status_document(
    user: Any, api: APIClient, webhooks_queue: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with webhook_receiver(200) as receiver:
        job = make_finished_job(user=user, callback_url=receiver.url)
        with django_capture_on_commit_callbacks(execute=True):
            attempt = notify_job_finished(job)
        assert attempt is not None
        assert queued_rq_ids() == [f"webhook-{attempt.pk}"]

        assert deliver_webhook(str(attempt.pk)) == "delivered"

    [received] = receiver.requests
    assert received.path == "/hooks/cvscoring"
    assert received.headers["Content-Type"] == "application/json"
    assert received.headers["X-CVScoring-Event"] == "job.completed"
    assert received.headers["X-CVScoring-Delivery"] == str(attempt.delivery_id)
    assert received.headers["X-CVScoring-Attempt"] == "1"
    secret = WebhookEndpoint.objects.get(user=user).secret
    verify(secret=secret, header=received.headers["X-CVScoring-Signature"], body=received.body)
    assert json.loads(received.body) == api.get(f"/api/v1/jobs/{job.pk}/status").json()
    attempt.refresh_from_db()
    assert (attempt.status, attempt.status_code, attempt.error) == (DeliveryStatus.DELIVERED, 200, "")
    assert attempt.delivered_at is not None
    assert attempt.next_attempt_at is None


@LOCAL
def test_a_receiver_failing_once_gets_exactly_one_successful_delivery(
    user: Any, webhooks_queue: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with webhook_receiver(500, 200) as receiver:
        job = make_finished_job(user=user, status="failed", callback_url=receiver.url)
        first = notify_job_finished(job)
        assert first is not None

        with django_capture_on_commit_callbacks(execute=True):
            assert deliver_webhook(str(first.pk)) == "retry_scheduled"
        second = WebhookDelivery.objects.get(delivery_id=first.delivery_id, attempt=2)
        assert scheduled_rq_ids() == [f"webhook-{second.pk}"]
        assert deliver_webhook(str(second.pk)) == "delivered"
        # A duplicate queue message for either attempt sends nothing more.
        assert deliver_webhook(str(first.pk)) == "not_claimed"
        assert deliver_webhook(str(second.pk)) == "not_claimed"

    assert [request.answered for request in receiver.requests] == [500, 200]
    assert {request.headers["X-CVScoring-Delivery"] for request in receiver.requests} == {
        str(first.delivery_id)
    }
    assert [request.headers["X-CVScoring-Event"] for request in receiver.requests] == [
        "job.failed",
        "job.failed",
    ]
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.status_code, first.error) == (
        DeliveryStatus.FAILED,
        500,
        "The receiver answered 500.",
    )
    assert first.next_attempt_at == second.scheduled_for
    assert timedelta(seconds=4) < second.scheduled_for - first.attempted_at < timedelta(seconds=6)
    assert (second.status, second.status_code, second.attempt) == (DeliveryStatus.DELIVERED, 200, 2)
    assert WebhookDelivery.objects.filter(job_id=job.pk, status=DeliveryStatus.DELIVERED).count() == 1


@LOCAL
def test_delivery_gives_up_after_the_last_retry(
    user: Any, webhooks_queue: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with webhook_receiver(503) as receiver:
        job = make_finished_job(user=user, callback_url=receiver.url)
        attempt = notify_job_finished(job)
        outcomes = []
        while attempt is not None:
            with django_capture_on_commit_callbacks(execute=True):
                outcomes.append(deliver_webhook(str(attempt.pk)))
            attempt = WebhookDelivery.objects.filter(
                delivery_id=attempt.delivery_id, attempt=attempt.attempt + 1
            ).first()

    assert outcomes == ["retry_scheduled", "retry_scheduled", "gave_up"]
    assert len(receiver.requests) == 3
    rows = list(WebhookDelivery.objects.filter(job_id=job.pk).order_by("attempt"))
    assert [(row.attempt, row.status, row.status_code) for row in rows] == [
        (1, "failed", 503),
        (2, "failed", 503),
        (3, "failed", 503),
    ]
    assert rows[2].error == "The receiver answered 503. Gave up after 3 attempts."
    assert rows[2].next_attempt_at is None


@LOCAL
def test_notifying_the_same_ending_twice_schedules_one_delivery(user: Any) -> None:
    job = make_finished_job(user=user, callback_url="http://127.0.0.1:9/hook")

    first = notify_job_finished(job)
    again = notify_job_finished(job)

    assert first is not None
    assert again is None
    assert WebhookDelivery.objects.filter(job_id=job.pk).count() == 1


def test_no_url_means_no_delivery(user: Any) -> None:
    job = make_finished_job(user=user)

    assert notify_job_finished(job) is None
    assert WebhookDelivery.objects.count() == 0


@LOCAL
def test_the_users_default_endpoint_is_used_when_the_job_names_none(user: Any) -> None:
    WebhookEndpoint.objects.create(user=user, url="http://127.0.0.1:9/default")
    job = make_finished_job(user=user, status="cancelled")

    attempt = notify_job_finished(job)

    assert attempt is not None
    assert (attempt.url, attempt.event, attempt.attempt) == ("http://127.0.0.1:9/default", "job.cancelled", 1)


@LOCAL
def test_cancelling_a_queued_job_notifies_after_commit(
    user: Any, webhooks_queue: Any, django_capture_on_commit_callbacks: Any
) -> None:
    job = make_finished_job(user=user, status="queued", callback_url="http://127.0.0.1:9/hook")
    job.completed_at = None
    job.save(update_fields=["completed_at"])

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        cancel_job(job=job)

    [attempt] = WebhookDelivery.objects.filter(job_id=job.pk)
    assert (attempt.event, attempt.status) == ("job.cancelled", DeliveryStatus.SCHEDULED)
    assert len(callbacks) == 1
    assert queued_rq_ids() == [f"webhook-{attempt.pk}"]


def test_a_name_rebound_to_an_internal_address_is_refused_at_delivery(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Accepted while it resolved publicly; by delivery time it points at the loopback interface.
    job = make_finished_job(user=user, callback_url="http://rebind.example.com:8000/hook")
    attempt = notify_job_finished(job)
    assert attempt is not None
    fake_dns(monkeypatch, {"rebind.example.com": ["127.0.0.1"]})

    assert deliver_webhook(str(attempt.pk)) == "refused"

    attempt.refresh_from_db()
    assert attempt.status == DeliveryStatus.FAILED
    assert attempt.status_code is None
    assert attempt.error == "Refused: The host resolves to an address inside the network; refused."
    assert attempt.next_attempt_at is None
    assert WebhookDelivery.objects.filter(job_id=job.pk).count() == 1


@LOCAL
def test_a_job_deleted_before_delivery_sends_nothing(user: Any) -> None:
    with webhook_receiver(200) as receiver:
        job = make_finished_job(user=user, callback_url=receiver.url)
        attempt = notify_job_finished(job)
        assert attempt is not None
        job.delete()

        assert deliver_webhook(str(attempt.pk)) == "job_missing"

    assert receiver.requests == []


@LOCAL
def test_a_rotated_secret_signs_the_next_delivery(user: Any) -> None:
    old_secret = endpoint_for(user=user).secret
    with webhook_receiver(200) as receiver:
        attempt = notify_job_finished(make_finished_job(user=user, callback_url=receiver.url))
        assert attempt is not None
        new_secret = APIClient()
        new_secret.force_authenticate(user)
        rotated = new_secret.post("/api/v1/webhooks/endpoint/rotate-secret").json()["secret"]

        deliver_webhook(str(attempt.pk))

    [received] = receiver.requests
    assert rotated != old_secret
    verify(secret=rotated, header=received.headers["X-CVScoring-Signature"], body=received.body)
