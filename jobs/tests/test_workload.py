"""The per-user cap on queued work: past MAX_QUEUED_CVS_PER_USER, 429 with Retry-After and nothing made."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from candidates.models import CV
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV, pdf_upload
from jobs.ending import end_job
from jobs.models import Job, JobStatus
from jobs.tasks import run_scoring_job
from jobs.tests.factories import make_job
from jobs.workload import queued_cvs
from personas.tests.factories import make_persona

# transaction=True: a job run here beats its heartbeat from another thread, which must see the job row.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("media")]


@pytest.fixture
def cap_of_three(settings: Any) -> None:
    settings.MAX_QUEUED_CVS_PER_USER = 3
    settings.QUEUED_WORK_RETRY_AFTER_S = 45


def upload(api: APIClient, user: Any, *names: str) -> Any:
    persona = make_persona(owner=user)
    files = [pdf_upload(name, f"{STRONG_BACKEND_CV}\n{name}") for name in names]
    return api.post("/api/v1/candidate/upload-batch", {"persona_id": str(persona.pk), "files": files})


def test_queued_cvs_counts_the_pending_cvs_of_queued_and_running_jobs_only(
    user: Any, other_user: Any
) -> None:
    make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    running = make_job(user, STRONG_BACKEND_CV + "\nrunning", WEAK_BACKEND_CV + "\nrunning")
    assert running.claim()
    running.items.order_by("position").first().record_failure(code="x", message="x")  # type: ignore[union-attr]
    finished = make_job(user, STRONG_BACKEND_CV + "\nfinished")
    run_scoring_job(str(finished.pk))
    make_job(other_user, STRONG_BACKEND_CV)

    assert Job.objects.get(pk=finished.pk).is_terminal
    assert queued_cvs(user=user) == 2 + 1


def test_an_upload_past_the_cap_gets_429_with_retry_after_and_stores_nothing(
    api: APIClient, user: Any, cap_of_three: None
) -> None:
    make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    before = (Job.objects.count(), CV.objects.count())

    refused = upload(api, user, "a.pdf", "b.pdf")

    assert refused.status_code == 429
    assert refused["Retry-After"] == "45"
    assert refused.json() == {
        "error": {
            "code": "too_much_queued_work",
            "message": "You have 2 CV(s) queued or being scored; at most 3 at a time. "
            "Try again when some have finished.",
        }
    }
    assert (Job.objects.count(), CV.objects.count()) == before
    assert upload(api, user, "c.pdf").status_code == 202


def test_finished_jobs_and_other_users_work_leave_room(
    api: APIClient, user: Any, other_user: Any, cap_of_three: None
) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    run_scoring_job(str(job.pk))
    make_job(other_user, STRONG_BACKEND_CV, WEAK_BACKEND_CV, STRONG_BACKEND_CV + "\nthird")

    assert upload(api, user, "a.pdf", "b.pdf", "c.pdf").status_code == 202


def test_a_rescore_past_the_cap_is_refused(api: APIClient, user: Any, cap_of_three: None) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)

    response = api.post(f"/api/v1/jobs/{job.pk}/rescore", {}, format="json")

    assert response.status_code == 429
    assert response.json()["error"]["code"] == "too_much_queued_work"
    assert Job.objects.count() == 1


def test_a_retry_past_the_cap_is_refused_and_reopens_nothing(
    api: APIClient, user: Any, cap_of_three: None
) -> None:
    failed = make_job(user, STRONG_BACKEND_CV + "\nfailed")
    assert failed.claim()
    failed.items.get().record_failure(code="timeout", message="Parsing took too long.")
    end_job(failed)
    make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV, WEAK_BACKEND_CV + "\nthird")

    response = api.post(f"/api/v1/jobs/{failed.pk}/retry")

    assert response.status_code == 429
    assert response.json()["error"]["code"] == "too_much_queued_work"
    assert Job.objects.get(pk=failed.pk).status == JobStatus.FAILED


def test_a_cap_of_zero_is_no_cap(api: APIClient, user: Any, settings: Any) -> None:
    settings.MAX_QUEUED_CVS_PER_USER = 0
    make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)

    assert upload(api, user, "a.pdf", "b.pdf").status_code == 202
