"""End to end: a callback URL, real `rqworker scoring webhooks --with-scheduler`, a receiver failing once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.conf import settings
from django.test import override_settings
from rest_framework.authtoken.models import Token

from candidates.tests.factories import STRONG_BACKEND_CV
from candidates.tests.pdfgen import cv_pdf
from jobs.tests.workers import ROOT, poll_until_done, stop, wait_for, worker_env
from personas.tests.factories import make_persona
from webhooks.models import WebhookDelivery, WebhookEndpoint
from webhooks.signing import verify
from webhooks.tests.receiver import webhook_receiver

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@override_settings(WEBHOOK_ALLOW_PRIVATE=True)
def test_a_finished_job_is_delivered_once_although_the_receiver_fails_first(
    live_server: Any, user: Any, clean_redis: Any, webhooks_queue: Any, media: Path, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)
    token, _ = Token.objects.get_or_create(user=user)
    client = httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Token {token.key}"}, timeout=30
    )
    log_path = tmp_path / "worker.log"
    with (
        client,
        webhook_receiver(500, 200) as receiver,
        open(log_path, "ab") as log,
    ):
        accepted = client.post(
            "/api/v1/candidate/upload-batch",
            data={"persona_id": str(persona.pk), "callback_url": receiver.url},
            files=[("files", ("strong.pdf", cv_pdf(STRONG_BACKEND_CV), "application/pdf"))],
        )
        assert accepted.status_code == 202, accepted.text
        worker = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "manage.py"),
                "rqworker",
                settings.SCORING_QUEUE,
                settings.WEBHOOKS_QUEUE,
                "--with-scheduler",
            ],
            cwd=ROOT,
            env=worker_env(WEBHOOK_ALLOW_PRIVATE="1", WEBHOOK_RETRY_DELAYS_S="1"),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            final = poll_until_done(client, accepted.headers["Location"])
            wait_for(lambda: any(request.answered == 200 for request in receiver.requests), what="a 200")
            # Once delivered, no attempt may still be scheduled: a wrong third one would be a row here.
            deliveries = WebhookDelivery.objects.filter(job_id=final["job_id"])
            wait_for(lambda: not deliveries.filter(status="scheduled").exists(), what="no attempt left")
        finally:
            stop(worker)
        status_now = client.get(accepted.headers["Location"]).json()

    assert final["status"] == "completed", log_path.read_text()[-3000:]
    assert [request.answered for request in receiver.requests] == [500, 200]
    first, second = receiver.requests
    assert first.headers["X-CVScoring-Delivery"] == second.headers["X-CVScoring-Delivery"]
    assert [first.headers["X-CVScoring-Attempt"], second.headers["X-CVScoring-Attempt"]] == ["1", "2"]
    assert second.headers["X-CVScoring-Event"] == "job.completed"
    secret = WebhookEndpoint.objects.get(user=user).secret
    verify(secret=secret, header=second.headers["X-CVScoring-Signature"], body=second.body)
    assert json.loads(second.body) == status_now
    attempts = list(WebhookDelivery.objects.filter(job_id=final["job_id"]).order_by("attempt"))
    assert [(row.attempt, row.status, row.status_code) for row in attempts] == [
        (1, "failed", 500),
        (2, "delivered", 200),
    ]
    assert "job=" + final["job_id"] in log_path.read_text()
