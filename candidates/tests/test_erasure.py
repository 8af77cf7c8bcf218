"""Erasing a candidate leaves nothing: no label in the admin's log, no item, count or total in any job."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.admin.models import CHANGE, DELETION, LogEntry
from django.contrib.auth import get_user_model
from django.test import Client
from rest_framework.test import APIClient

from candidates.erasure import ERASED_REPR
from candidates.models import CV, Candidate
from candidates.services import erase_candidate
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from jobs.models import Job, JobStatus
from jobs.pipeline import Prepared, Scored, pending_items, prepare, record, score, source_for
from jobs.runner import run_job
from jobs.scorers import get_scorer
from jobs.tasks import run_scoring_job
from jobs.tests.factories import make_job

# transaction=True: a job run here beats its heartbeat from another thread, which must see the job row.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("media")]


@pytest.fixture
def staff() -> Client:
    admin_user = get_user_model().objects.create_superuser("root", "root@example.com", "pw-for-tests-only")
    client = Client()
    client.force_login(admin_user)
    return client


def admin_log() -> list[tuple[int, str, str]]:
    return sorted(LogEntry.objects.values_list("action_flag", "object_repr", "change_message"))


def test_erasing_in_the_admin_leaves_no_label_or_filename_in_its_log(staff: Client, user: Any) -> None:
    make_job(user, STRONG_BACKEND_CV)
    Candidate.objects.update(label="Jane Doe CV")
    candidate, cv = Candidate.objects.get(), CV.objects.get()
    # What the admin writes when staff edit the label or open a CV: entries named by label and filename.
    change = [{"changed": {"fields": ["Label"]}}]
    LogEntry.objects.log_actions(
        user_id=user.pk, queryset=[candidate], action_flag=CHANGE, change_message=change
    )
    LogEntry.objects.log_actions(user_id=user.pk, queryset=[cv], action_flag=CHANGE)
    assert {"Jane Doe CV", "cv0.pdf"} == set(LogEntry.objects.values_list("object_repr", flat=True))

    response = staff.post(f"/admin/candidates/candidate/{candidate.pk}/delete/", {"post": "yes"}, follow=True)

    assert Candidate.objects.count() == 0
    assert admin_log() == [(CHANGE, ERASED_REPR, ""), (CHANGE, ERASED_REPR, ""), (DELETION, ERASED_REPR, "")]
    assert b"Jane Doe" not in response.content
    assert str(candidate.pk).encode() in response.content


def test_bulk_erasing_in_the_admin_leaves_no_label_in_its_log(staff: Client, user: Any) -> None:
    make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)

    staff.post(
        "/admin/candidates/candidate/",
        {
            "action": "delete_selected",
            "post": "yes",
            "_selected_action": [str(pk) for pk in Candidate.objects.values_list("pk", flat=True)],
        },
    )

    assert Candidate.objects.count() == 0
    assert admin_log() == [(DELETION, ERASED_REPR, ""), (DELETION, ERASED_REPR, "")]


def test_an_erasure_recounts_the_progress_and_totals_of_an_ended_job(user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    run_scoring_job(str(job.pk))
    job.refresh_from_db()
    assert job.progress == {"total": 2, "processed": 2, "scored": 2, "failed": 0}

    erase_candidate(candidate=Candidate.objects.get(label="cv0"))

    job.refresh_from_db()
    assert job.status == JobStatus.COMPLETED
    assert job.progress == {"total": 1, "processed": 1, "scored": 1, "failed": 0}
    assert job.result is not None
    assert (job.result["summary"]["scored"], job.result["summary"]["failed"]) == (1, 0)
    assert job.cv_ids == [str(CV.objects.get().pk)]


def test_an_erasure_recounts_a_queued_jobs_progress(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)

    api.delete(f"/api/v1/candidates/{Candidate.objects.get(label='cv1').pk}/")

    progress = api.get(f"/api/v1/jobs/{job.pk}/status").json()["progress"]
    assert progress == {"processed": 0, "total": 1, "scored": 0, "failed": 0}


def test_rescoring_a_job_whose_cvs_were_all_erased_is_refused(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    api.delete(f"/api/v1/candidates/{Candidate.objects.get().pk}/")

    response = api.post(f"/api/v1/jobs/{job.pk}/rescore", {}, format="json")

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "nothing_to_rescore"
    assert list(Job.objects.values_list("pk", flat=True)) == [job.pk]


def test_an_erasure_while_a_cv_is_parsed_costs_the_job_nothing(user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    assert job.claim()
    rubric = job.scoring_rubric()
    first = pending_items(job)[0]
    prepared = prepare(source_for(first), rubric)  # the worker has read the file...
    erase_candidate(candidate=first.candidate)  # ...when its candidate is erased
    assert isinstance(prepared, Prepared)
    outcome = score(prepared, rubric, get_scorer())
    assert isinstance(outcome, Scored)

    record(first, outcome)  # nothing left to record: no error
    run_job(job)

    job.refresh_from_db()
    assert job.status == JobStatus.COMPLETED
    assert job.attempts == 1
    assert job.progress == {"total": 1, "processed": 1, "scored": 1, "failed": 0}
    assert not CV.objects.filter(pk=first.cv_id).exists()
