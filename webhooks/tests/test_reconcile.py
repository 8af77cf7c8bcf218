"""`manage.py deliver_webhooks`: attempts whose enqueue was lost are queued again."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone

from jobs.tests.factories import make_finished_job
from webhooks.models import WebhookDelivery
from webhooks.services import notify_job_finished

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_overdue_scheduled_attempts_are_queued_again(user: Any, webhooks_queue: Any) -> None:
    overdue = notify_job_finished(make_finished_job(user=user, callback_url="http://127.0.0.1:9/a"))
    recent = notify_job_finished(make_finished_job(user=user, callback_url="http://127.0.0.1:9/b"))
    assert overdue is not None and recent is not None
    WebhookDelivery.objects.filter(pk=overdue.pk).update(scheduled_for=timezone.now() - timedelta(minutes=10))
    out = StringIO()

    call_command("deliver_webhooks", "--older-than", "300", stdout=out)

    assert out.getvalue() == "Queued 1 overdue webhook attempt(s) again.\n"
    assert webhooks_queue.job_ids == [f"webhook-{overdue.pk}"]
