"""Fault suite, LLM outage: the Messages API answers 529 to every call for a minute (issue #16).

The job must wait it out, parked (its CVs pending, no worker held), visible as `waiting_for_llm_until`
beside `processing`, and finish on its own once the API is back; past the outage budget, its waiting CVs
fail `llm_unavailable`, marked retryable.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import django_rq
import httpx
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import timezone
from rq.registry import ScheduledJobRegistry

from candidates.tests.factories import STRONG_BACKEND_CV, pdf_upload
from jobs import scorers
from jobs.models import Job
from jobs.serializers import job_status_document
from jobs.services import start_scoring_job
from jobs.tasks import resume_scoring_job, run_scoring_job
from jobs.tests.faults import assert_all_scored_once, cvs, llm_env, upload_accepted
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import rqworker, wait_for
from personas.tests.factories import make_persona

OUTAGE_S = 60.0


def _watch(http: httpx.Client, url: str, *, timeout_s: float) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Poll the status until the job ends; the final document and every one seen on the way."""
    seen: list[dict[str, Any]] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        body: dict[str, Any] = http.get(url).raise_for_status().json()
        seen.append(body)
        if body["status"] in {"completed", "failed", "cancelled"}:
            return body, seen
        time.sleep(0.5)
    raise AssertionError(f"job still {seen[-1]['status']} after {timeout_s}s: {seen[-1]['progress']}")


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.django_db(transaction=True)
def test_a_job_started_during_a_60_s_outage_completes_after_it_without_anyone_pressing_retry(
    http: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    standin.configure(latency=0.2, fault_rates={"overloaded": 1.0}, retry_after=1.0)
    api_back = threading.Timer(OUTAGE_S, lambda: standin.configure(fault_rates={}))
    api_back.start()
    outage_ends = time.monotonic() + OUTAGE_S
    try:
        job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(6))
        env = llm_env(standin, SCORING_CONCURRENCY="2", LLM_OUTAGE_MAX_WAIT_S="10")
        with rqworker(log_path=tmp_path / "w.log", with_scheduler=True, **env):
            final, seen = _watch(http, f"/api/v1/jobs/{job_id}/status", timeout_s=OUTAGE_S + 60)
            assert time.monotonic() > outage_ends  # it ended after the outage, not with it
    finally:
        api_back.cancel()

    log = (tmp_path / "w.log").read_text()
    assert final["status"] == "completed", log[-3000:]
    assert final["waiting_for_llm_until"] is None
    assert_all_scored_once(Job.objects.get(pk=job_id), 6)
    parked = [body for body in seen if body["waiting_for_llm_until"] is not None]
    assert parked, "the wait was never visible in the status"
    assert {body["status"] for body in parked} == {"processing"}
    assert {body["progress"]["failed"] for body in seen} == {0}  # no CV failed on the way
    stats = standin.stats()
    assert stats["statuses"]["200"] == 6  # each CV answered once, after the outage
    assert stats["statuses"]["529"] >= 2
    assert stats["peak_in_flight"] <= 2  # the concurrency limit held, during the outage and after it
    assert Job.objects.get(pk=job_id).attempts == 1  # parked and resumed, never failed and retried


@pytest.fixture
def down_api(media: Path, clean_redis: Any) -> Iterator[StandIn]:
    with (
        StandIn(latency=0.0, fault_rates={"overloaded": 1.0}, retry_after=0.01) as standin,
        override_settings(
            ANTHROPIC_API_KEY="test-key",
            ANTHROPIC_BASE_URL=standin.base_url,
            LLM_MAX_RETRIES=1,
            SCORING_CONCURRENCY=2,
            LLM_OUTAGE_BUDGET_S=0.001,
        ),
    ):
        scorers.get_scorer.cache_clear()
        yield standin
    scorers.get_scorer.cache_clear()


@pytest.mark.django_db(transaction=True)
def test_an_outage_parks_the_job_then_past_the_budget_fails_its_cvs_retryable(
    user: Any, down_api: StandIn, clean_redis: Any
) -> None:
    files = [pdf_upload(f"cv{i}.pdf", f"{STRONG_BACKEND_CV}\nProject {i}") for i in range(3)]
    job = start_scoring_job(user=user, persona=make_persona(owner=user), files=files)

    assert run_scoring_job(str(job.pk)) == "processing"

    job.refresh_from_db()
    assert job.waiting_for_llm_until is not None
    assert job.llm_outage_since is not None
    assert job.heartbeat_at is None  # no worker holds it: the sweeper must not take it for dead
    assert list(job.items.values_list("status", flat=True)) == ["pending"] * 3
    assert job.items.filter(cv__parse_status="parsed").count() == 3  # read once, kept for the resume
    queue = _queue()
    # The wait is cut to the budget's end (now): the resume goes on the queue at once, or at its time.
    queued = [*queue.job_ids, *ScheduledJobRegistry(queue=queue).get_job_ids()]
    assert [rq_id for rq_id in queued if rq_id.startswith("llm-wait-")] == [
        f"llm-wait-{job.pk}-{int(job.waiting_for_llm_until.timestamp() * 1000)}"
    ]
    calls = down_api.stats()["calls"]
    assert calls <= 2 * 2  # two CVs in flight, each tried twice; the third never went out

    wait_for(lambda: _resumable(job), timeout_s=10, what="the resume to be due")
    assert resume_scoring_job(str(job.pk)) == "failed"

    document = job_status_document(str(job.pk))
    assert document["status"] == "failed"
    assert document["waiting_for_llm_until"] is None
    errors = [entry["error"] for entry in document["result"]["scores"]]
    assert [(error["code"], error["retryable"]) for error in errors] == [("llm_unavailable", True)] * 3
    assert errors[0]["message"] == "The LLM API was unavailable for 1 min; retry the job once it is back."


def _queue() -> Any:
    return django_rq.get_queue(settings.SCORING_QUEUE)


def _resumable(job: Job) -> bool:
    due = Job.objects.get(pk=job.pk).waiting_for_llm_until
    return due is not None and due <= timezone.now() + timedelta(seconds=1)
