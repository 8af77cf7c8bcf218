"""End to end: a big job through a Message Batch, with a real `rqworker --with-scheduler`, HTTP and Redis."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import django_rq
import httpx
import pytest
from django.conf import settings
from rest_framework.authtoken.models import Token
from rq.registry import ScheduledJobRegistry

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from candidates.tests.pdfgen import cv_pdf
from jobs.models import Job
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import poll_until_done, rqworker, upload
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BATCH_DELAY_S = 4.0  # long enough for a small job to go through the same worker meanwhile


@pytest.fixture
def client(live_server: Any, user: Any, clean_redis: Any, media: Path) -> Iterator[httpx.Client]:
    token, _ = Token.objects.get_or_create(user=user)
    with (
        httpx.Client(
            base_url=live_server.url, headers={"Authorization": f"Token {token.key}"}, timeout=30
        ) as c,
    ):
        yield c
    registry = ScheduledJobRegistry(queue=django_rq.get_queue(settings.SCORING_QUEUE))
    for rq_id in registry.get_job_ids():
        registry.remove(rq_id, delete_job=True)


def upload_texts(client: httpx.Client, persona_id: str, texts: list[str]) -> str:
    """Upload one PDF per text; the 202's status URL."""
    accepted = upload(client, persona_id, [(f"cv{i}.pdf", cv_pdf(text)) for i, text in enumerate(texts)])
    assert accepted.status_code == 202, accepted.text
    return accepted.headers["Location"]


def wait_for_a_batch(client: httpx.Client, status_url: str, *, timeout_s: float = 30.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        body: dict[str, Any] = client.get(status_url).json()
        if (body.get("result") or {}).get("summary", {}).get("llm_batch"):
            return body
        time.sleep(0.1)
    raise AssertionError("the job never showed a batch")


def test_a_big_job_goes_through_a_batch_while_the_worker_scores_other_jobs(
    client: httpx.Client, user: Any, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)
    log_path = tmp_path / "worker.log"
    big = [STRONG_BACKEND_CV, WEAK_BACKEND_CV, f"{STRONG_BACKEND_CV}\nProject number 2"]

    with StandIn(batch_delay=BATCH_DELAY_S) as standin:
        extra = {
            "ANTHROPIC_API_KEY": "test-key",
            "ANTHROPIC_BASE_URL": standin.base_url,
            "LLM_BATCH_MIN_CVS": "2",
            "LLM_BATCH_CHECK_FIRST_S": "0.5",
            "LLM_BATCH_CHECK_MAX_S": "1",
        }
        with rqworker(log_path=log_path, with_scheduler=True, **extra):
            big_url = upload_texts(client, str(persona.pk), big)
            waiting = wait_for_a_batch(client, big_url)
            small_url = upload_texts(client, str(persona.pk), [STRONG_BACKEND_CV])
            small = poll_until_done(client, small_url, timeout_s=30)
            big_meanwhile = client.get(big_url).json()
            final = poll_until_done(client, big_url, timeout_s=60)
        stats = standin.stats()

    log = log_path.read_text()
    assert final["status"] == "completed", log[-3000:]
    assert waiting["status"] == "processing"
    assert waiting["result"]["summary"]["llm_batch"]["status"] == "in_progress"
    assert (small["status"], big_meanwhile["status"]) == ("completed", "processing")
    assert final["progress"] == {"processed": 3, "total": 3, "scored": 3, "failed": 0}
    assert {(entry["status"], entry["scorer"]) for entry in final["result"]["scores"]} == {
        ("scored", "anthropic")
    }
    summary = final["result"]["summary"]
    assert summary["batch"] is True
    assert summary["cost_usd"] > 0
    assert summary["cost_usd_without_batch"] == 2 * summary["cost_usd"]
    assert summary["llm_batch"]["status"] == "ended"
    assert summary["llm_batch"]["request_counts"]["succeeded"] == 3
    assert (stats["batches"]["created"], stats["batches"]["requests"]) == (1, 3)
    assert stats["calls"] == 1  # the small job's one CV, scored directly
    assert Job.objects.get(pk=final["job_id"]).attempts == 1
    assert f"job {final['job_id']} waits for batch" in log


def test_a_batch_job_survives_a_worker_restart_after_redis_lost_its_scheduled_check(
    client: httpx.Client, user: Any, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)
    log_path = tmp_path / "worker.log"
    registry = ScheduledJobRegistry(queue=django_rq.get_queue(settings.SCORING_QUEUE))

    with StandIn(batch_delay=1.0) as standin:
        extra = {
            "ANTHROPIC_API_KEY": "test-key",
            "ANTHROPIC_BASE_URL": standin.base_url,
            "LLM_BATCH_MIN_CVS": "2",
            "LLM_BATCH_CHECK_FIRST_S": "30",  # the first check would come long after the test's patience
            "HEARTBEAT_STALE_S": "1",
            "SWEEP_INTERVAL_S": "1",
        }
        with rqworker(log_path=log_path, with_scheduler=True, **extra):
            big_url = upload_texts(client, str(persona.pk), [STRONG_BACKEND_CV, WEAK_BACKEND_CV])
            waiting = wait_for_a_batch(client, big_url)
        for rq_id in registry.get_job_ids():  # Redis lost the scheduled check while no worker ran
            registry.remove(rq_id, delete_job=True)
        job = Job.objects.get(pk=waiting["job_id"])
        Job.objects.filter(pk=job.pk).update(llm_batch_check_at=job.llm_batch_check_at.replace(year=2000))
        with rqworker(log_path=log_path, with_scheduler=True, **extra):
            final = poll_until_done(client, big_url, timeout_s=60)
        stats = standin.stats()

    assert final["status"] == "completed", log_path.read_text()[-3000:]
    assert final["progress"] == {"processed": 2, "total": 2, "scored": 2, "failed": 0}
    assert (stats["batches"]["created"], stats["calls"]) == (1, 0)
    assert Job.objects.get(pk=job.pk).attempts == 1
    assert "its batch check was overdue; queued it again" in log_path.read_text()
