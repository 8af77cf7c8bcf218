"""Big jobs through Message Batches, in-process: submit, check on a schedule, record, survive losses."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import django_rq
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone
from rq.job import Job as RQJob
from rq.registry import ScheduledJobRegistry

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV, pdf_upload
from candidates.tests.pdfgen import cv_pdf
from jobs import scorers
from jobs.models import ItemStatus, Job, JobStatus
from jobs.recovery import sweep
from jobs.result_serializers import build_result
from jobs.scoring.pricing import estimate_cost
from jobs.scoring.types import Usage
from jobs.services import cancel_job, start_scoring_job
from jobs.tasks import cancel_llm_batch, check_llm_batch, run_scoring_job
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import wait_for
from personas.tests.factories import make_persona

pytestmark = pytest.mark.django_db(transaction=True)

BATCH_DELAY_S = 0.5
NO_COUNTS = {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}


@pytest.fixture
def registry(clean_redis: Any) -> Iterator[ScheduledJobRegistry]:
    registry = ScheduledJobRegistry(queue=django_rq.get_queue(settings.SCORING_QUEUE))
    yield registry
    forget_scheduled(registry)


@pytest.fixture
def standin(media: Path, registry: ScheduledJobRegistry) -> Iterator[StandIn]:
    with (
        StandIn(batch_delay=BATCH_DELAY_S) as standin,
        override_settings(
            ANTHROPIC_API_KEY="test-key",
            ANTHROPIC_BASE_URL=standin.base_url,
            LLM_BATCH_MIN_CVS=2,
            LLM_BATCH_CHECK_FIRST_S=0.1,
            LLM_BATCH_CHECK_MAX_S=0.5,
        ),
    ):
        scorers.get_scorer.cache_clear()
        yield standin
    scorers.get_scorer.cache_clear()


def forget_scheduled(registry: ScheduledJobRegistry) -> None:
    """What a lost Redis does to the scheduled checks."""
    for rq_id in registry.get_job_ids():
        registry.remove(rq_id, delete_job=True)


def three_cvs() -> list[Any]:
    return [
        pdf_upload("strong.pdf"),
        pdf_upload("weak.pdf", WEAK_BACKEND_CV),
        pdf_upload("other.pdf", f"{STRONG_BACKEND_CV}\nProject number 2"),
    ]


def start(user: Any, files: list[Any]) -> Job:
    job = start_scoring_job(user=user, persona=make_persona(owner=user), files=files)
    assert run_scoring_job(str(job.pk)) == JobStatus.PROCESSING
    job.refresh_from_db()
    return job


def check_until_done(job_id: str, *, timeout_s: float = 15.0) -> list[str]:
    """Run the check task as the scheduler would, at each due time, until the job ends."""
    outcomes: list[str] = []
    deadline = time.monotonic() + timeout_s
    while (job := Job.objects.get(pk=job_id)).status == JobStatus.PROCESSING:
        assert time.monotonic() < deadline, outcomes
        if job.llm_batch_check_at is not None:
            time.sleep(max(0.0, (job.llm_batch_check_at - timezone.now()).total_seconds()))
        outcomes.append(check_llm_batch(job_id))
    return outcomes


def lose_the_id(job: Job) -> None:
    """The database as a worker leaves it when it dies between creating the batch and saving its id."""
    Job.objects.filter(pk=job.pk).update(
        llm_batch_id="",
        llm_batch_check_at=None,
        llm_batch={"requests": 3, "status": "submitting"},
        heartbeat_at=timezone.now() - timedelta(hours=1),
    )


def test_a_big_job_is_scored_through_one_batch_at_half_price(
    user: Any, standin: StandIn, registry: ScheduledJobRegistry
) -> None:
    job = start(user, three_cvs())

    assert job.llm_batch_id.startswith("msgbatch_standin_")
    assert job.llm_batch == {"requests": 3, "status": "in_progress"}
    batches = standin.stats(bodies=True)["batches"]
    assert (batches["created"], batches["requests"]) == (1, 3)
    assert sorted(body["custom_id"] for body in batches["bodies"]) == sorted(
        str(pk) for pk in job.items.values_list("pk", flat=True)
    )
    assert standin.stats()["calls"] == 0
    assert job.llm_batch_check_at is not None
    due_ms = int(job.llm_batch_check_at.timestamp() * 1000)
    assert registry.get_job_ids() == [f"llm-batch-{job.pk}-{due_ms}"]
    scheduled = RQJob.fetch(registry.get_job_ids()[0], connection=registry.connection)
    assert (scheduled.func_name, scheduled.args) == ("cvscoring.rqentry.check_llm_batch", (str(job.pk),))

    assert check_llm_batch(str(job.pk)) == "waiting"
    summary = build_result(Job.objects.get(pk=job.pk))["summary"]
    assert summary["llm_batch"] == {
        "id": job.llm_batch_id,
        "requests": 3,
        "status": "in_progress",
        "request_counts": {**NO_COUNTS, "processing": 3},
    }
    assert summary["pending"] == 3

    assert check_until_done(str(job.pk))[-1] == "ended"
    job.refresh_from_db()
    assert job.status == JobStatus.COMPLETED
    assert job.progress == {"processed": 3, "total": 3, "scored": 3, "failed": 0}
    assert job.llm_batch_check_at is None
    items = list(job.items.all())
    assert [(item.status, item.scorer, item.llm_batch) for item in items] == [
        ("scored", "anthropic", True)
    ] * 3
    for item in items:
        batch_price = estimate_cost(item.model, Usage(**item.usage), batch=True)
        assert item.cost_usd == Decimal(str(round(batch_price, 6)))
        assert batch_price * 2 == estimate_cost(item.model, Usage(**item.usage))
    summary = job.result["summary"]
    total = sum(item.cost_usd for item in items)
    assert summary["cost_usd"] == float(total) > 0
    assert summary["batch"] is True
    assert summary["cost_usd_without_batch"] == float(2 * total)
    assert summary["llm_batch"] == {
        "id": job.llm_batch_id,
        "requests": 3,
        "status": "ended",
        "request_counts": {**NO_COUNTS, "succeeded": 3},
    }
    strong = job.items.get(cv__original_filename="strong.pdf")
    assert strong.score is not None and strong.score > job.items.get(cv__original_filename="weak.pdf").score
    assert all(criterion["evidence"] for criterion in strong.criteria if criterion["score"])
    assert standin.stats()["batches"]["created"] == 1


def test_each_failed_result_is_recorded_with_a_clear_code(user: Any, standin: StandIn) -> None:
    standin.configure(faults=["ok", "errored", "expired", "invalid_json", "refusal"])
    texts = [f"{STRONG_BACKEND_CV}\nProject number {i}" for i in range(5)]
    files = [pdf_upload(f"cv{i}.pdf", text) for i, text in enumerate(texts)]
    whole = cv_pdf(STRONG_BACKEND_CV)
    files.append(SimpleUploadedFile("broken.pdf", whole[: len(whole) // 2], content_type="application/pdf"))
    job = start(user, files)

    assert standin.stats()["batches"]["requests"] == 5  # the unreadable file failed before the batch
    check_until_done(str(job.pk))

    job.refresh_from_db()
    outcomes = {
        item.cv.original_filename: (item.status, item.error_code, item.llm_batch)
        for item in job.items.select_related("cv")
    }
    assert outcomes == {
        "cv0.pdf": ("scored", "", True),
        "cv1.pdf": ("failed", "llm_batch_errored", True),
        "cv2.pdf": ("failed", "llm_batch_expired", True),
        "cv3.pdf": ("failed", "invalid_llm_response", True),
        "cv4.pdf": ("failed", "llm_refused", True),
        "broken.pdf": ("failed", "corrupt", False),
    }
    assert job.status == JobStatus.COMPLETED
    errored = job.items.get(cv__original_filename="cv1.pdf")
    assert errored.error == "The batch could not process this CV (invalid_request_error)."
    assert (errored.usage, errored.cost_usd) == ({}, Decimal("0"))
    invalid = job.items.get(cv__original_filename="cv3.pdf")
    assert invalid.usage["input_tokens"] > 0  # an unusable answer is still paid for, at the batch price
    paid = estimate_cost(settings.SCORING_MODEL, Usage(**invalid.usage), batch=True)
    assert invalid.cost_usd == Decimal(str(round(paid, 6))) > 0


def test_a_lost_scheduled_check_is_queued_again_by_the_sweeper_never_resubmitted(
    user: Any, standin: StandIn, registry: ScheduledJobRegistry
) -> None:
    job = start(user, three_cvs())
    forget_scheduled(registry)  # Redis lost the scheduled check; the worker restarted much later
    an_hour_ago = timezone.now() - timedelta(hours=1)
    Job.objects.filter(pk=job.pk).update(llm_batch_check_at=an_hour_ago, heartbeat_at=an_hour_ago)

    report = sweep()

    assert (report.batch_checks, report.resumed, report.failed) == ([str(job.pk)], [], [])
    queued = [rq_id for rq_id in django_rq.get_queue(settings.SCORING_QUEUE).job_ids if "llm-batch" in rq_id]
    assert queued == [f"llm-batch-{job.pk}-{int(an_hour_ago.timestamp() * 1000)}"]
    job.refresh_from_db()
    assert (job.status, job.attempts, job.llm_batch_id != "") == (JobStatus.PROCESSING, 1, True)
    wait_for(
        lambda: standin.batches.has_ended(job.llm_batch_id), timeout_s=BATCH_DELAY_S + 10, what="the batch"
    )
    assert check_llm_batch(str(job.pk)) == "ended"
    job.refresh_from_db()
    assert job.status == JobStatus.COMPLETED
    assert job.items.filter(status=ItemStatus.SCORED).count() == 3
    assert standin.stats()["batches"]["created"] == 1
    assert standin.stats()["calls"] == 0


def test_a_run_that_died_before_saving_the_batch_id_adopts_that_batch(user: Any, standin: StandIn) -> None:
    job = start(user, three_cvs())
    batch_id = job.llm_batch_id
    lose_the_id(job)

    assert sweep().resumed == [str(job.pk)]
    assert run_scoring_job(str(job.pk)) == JobStatus.PROCESSING

    job.refresh_from_db()
    assert (job.attempts, job.llm_batch_id) == (2, batch_id)
    assert standin.stats()["batches"]["created"] == 1
    check_until_done(str(job.pk))
    assert Job.objects.get(pk=job.pk).progress == {"processed": 3, "total": 3, "scored": 3, "failed": 0}
    assert standin.stats()["batches"]["created"] == 1


def test_two_batches_that_could_be_the_lost_one_fail_the_job_rather_than_pay_twice(
    user: Any, standin: StandIn
) -> None:
    job = start(user, three_cvs())
    lose_the_id(job)
    requests = [body for body in standin.stats(bodies=True)["batches"]["bodies"]]
    scorers.get_scorer().batches().create(  # type: ignore[attr-defined]
        [{"custom_id": body["custom_id"], "params": body["params"]} for body in requests]
    )
    sweep()

    assert run_scoring_job(str(job.pk)) == JobStatus.FAILED

    job.refresh_from_db()
    assert set(job.items.values_list("status", "error_code")) == {("failed", "llm_batch_ambiguous")}
    assert job.error == {
        "code": "all_cvs_failed",
        "message": "No CV in this job could be scored; each one says why.",
    }
    assert job.llm_batch_submitted_at is None  # a retry submits afresh
    assert standin.stats()["batches"]["created"] == 2


def test_cancelling_a_job_that_waits_for_its_batch_ends_it_and_cancels_the_batch(
    user: Any, standin: StandIn
) -> None:
    job = start(user, three_cvs())

    cancel_job(job=job)

    job.refresh_from_db()
    assert (job.status, job.llm_batch_check_at) == (JobStatus.CANCELLED, None)
    assert set(job.items.values_list("status", flat=True)) == {ItemStatus.CANCELLED}
    queued = django_rq.get_queue(settings.SCORING_QUEUE).job_ids
    assert f"llm-batch-cancel-{job.pk}" in queued
    assert cancel_llm_batch(str(job.pk)) == "requested"
    assert standin.stats()["batches"]["cancelled"] == 1
    assert check_llm_batch(str(job.pk)) == "not_due"
    assert Job.objects.get(pk=job.pk).status == JobStatus.CANCELLED


def test_small_jobs_and_the_offline_scorer_never_use_a_batch(user: Any, standin: StandIn) -> None:
    job = start_scoring_job(user=user, persona=make_persona(owner=user), files=[pdf_upload("one.pdf")])
    assert run_scoring_job(str(job.pk)) == JobStatus.COMPLETED
    assert standin.stats()["calls"] == 1
    with override_settings(ANTHROPIC_API_KEY=""):
        scorers.get_scorer.cache_clear()
        job = start_scoring_job(user=user, persona=make_persona(owner=user, name="b"), files=three_cvs())
        assert run_scoring_job(str(job.pk)) == JobStatus.COMPLETED
    assert standin.stats()["batches"]["created"] == 0
    summary = Job.objects.get(pk=job.pk).result["summary"]
    assert (summary["batch"], summary["cost_usd_without_batch"], "llm_batch" in summary) == (
        False,
        0.0,
        False,
    )
