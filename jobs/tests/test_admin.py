from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.test import Client
from django_rq.settings import get_queues_map

from candidates.models import CV, Candidate
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from jobs.admin import latest_rq_job_id
from jobs.admin_display import format_duration
from jobs.models import ItemStatus, Job, JobStatus
from jobs.results import totals
from jobs.tests.factories import make_job
from personas.models import Persona
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]


@pytest.fixture
def staff() -> Client:
    admin_user = get_user_model().objects.create_superuser("root", "root@example.com", "pw-for-tests-only")
    client = Client()
    client.force_login(admin_user)
    return client


def finish_with_one_failure(job: Job) -> Job:
    """Claim the job, score its first CV, fail the second, and close it."""
    assert job.claim()
    first, second = job.items.order_by("position")
    first.record_score(
        {
            "score": 72,
            "recommendation": "yes",
            "criteria": [],
            "summary": "",
            "flags": ["hidden_text"],
            "redactions": [],
            "scorer": "anthropic",
            "model": "claude-test",
            "prompt_version": "p",
            "rubric_version": job.rubric_version,
            "usage": {"input_tokens": 1000, "output_tokens": 200},
            "cost_usd": 0.0125,
        }
    )
    second.record_failure(code="no_text_layer", message="The PDF has no text layer (a scan?).")
    job.close(summary=totals(job))
    return job


def messages_of(response: Any) -> list[str]:
    return [str(message) for message in response.context["messages"]]


def action(client: Client, name: str, jobs: list[Job]) -> Any:
    return client.post(
        "/admin/jobs/job/",
        {"action": name, "_selected_action": [str(job.pk) for job in jobs]},
        follow=True,
    )


def test_latest_rq_job_id_follows_claims_and_requeues(user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    assert latest_rq_job_id(job) == f"scoring-{job.pk}-0"  # enqueued with attempts 0

    job.claim()
    assert job.attempts == 1
    assert latest_rq_job_id(job) == f"scoring-{job.pk}-0"  # the message that was claimed

    job.requeue()
    assert latest_rq_job_id(job) == f"scoring-{job.pk}-1"  # the sweeper enqueues with the new count

    job.claim()
    assert latest_rq_job_id(job) == f"scoring-{job.pk}-1"


def test_format_duration() -> None:
    assert [format_duration(timedelta(seconds=s)) for s in (0, 9, 65, 3725)] == [
        "0s",
        "9s",
        "1m 05s",
        "1h 02m",
    ]


def test_job_list_shows_progress_counts_duration_and_cost(staff: Client, user: Any) -> None:
    job = finish_with_one_failure(make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV))

    response = staff.get("/admin/jobs/job/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<span class="cvs-progress cvs-progress-completed" title="100%"><span style="width: 100%">' in html
    assert '<td class="field-scored">1</td>' in html
    assert '<td class="field-failed">1</td>' in html
    assert '<td class="field-cost">$0.0125</td>' in html
    assert str(job.pk)[:8] in html
    assert "alice" in html


def test_job_list_filters_by_status_and_type_and_searches_owner(
    staff: Client, user: Any, other_user: Any
) -> None:
    done = finish_with_one_failure(make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV))
    queued = make_job(other_user, STRONG_BACKEND_CV)

    by_status = staff.get("/admin/jobs/job/", {"status__exact": "completed"})
    by_type = staff.get("/admin/jobs/job/", {"type__exact": "cv_scoring"})
    by_owner = staff.get("/admin/jobs/job/", {"q": "mallory"})
    by_id = staff.get("/admin/jobs/job/", {"q": str(done.pk)})
    by_junk = staff.get("/admin/jobs/job/", {"q": "not-a-uuid"})

    assert [job.pk for job in by_status.context["cl"].result_list] == [done.pk]
    assert [job.pk for job in by_type.context["cl"].result_list] == [queued.pk]
    assert [job.pk for job in by_owner.context["cl"].result_list] == [queued.pk]
    assert [job.pk for job in by_id.context["cl"].result_list] == [done.pk]
    assert by_junk.status_code == 200
    assert list(by_junk.context["cl"].result_list) == []


def test_job_page_shows_each_cv_inline_and_links_the_rq_job(staff: Client, user: Any) -> None:
    job = finish_with_one_failure(make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV))
    index = get_queues_map()[settings.SCORING_QUEUE]

    response = staff.get(f"/admin/jobs/job/{job.pk}/change/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<a href="/admin/rq/queues/{index}/scoring-{job.pk}-0/">scoring-{job.pk}-0</a>' in html
    assert "no_text_layer" in html
    assert "The PDF has no text layer (a scan?)." in html
    assert "hidden_text" in html
    assert "anthropic / claude-test" in html
    assert 'name="_save"' not in html  # read-only: actions live on the list
    assert "cv0.pdf" in html
    assert re.search(r'<td class="field-score">\s*<p>72</p>', html)
    assert re.search(
        r'<td class="field-outcome">\s*<p><code>no_text_layer</code>: '
        r"The PDF has no text layer \(a scan\?\)\.</p>",
        html,
    )
    assert re.search(r'<td class="field-cost">\s*<p>\$0\.0125</p>', html)


def test_retry_action_requeues_the_failed_cvs(
    staff: Client, user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    job = finish_with_one_failure(make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV))
    job.items.filter(status=ItemStatus.FAILED).update(error_code="llm_unavailable")  # a retry can fix it

    with django_capture_on_commit_callbacks() as callbacks:
        response = action(staff, "retry_failed_cvs", [job])

    job.refresh_from_db()
    assert messages_of(response) == ["Queued again the failed CVs a retry could fix, in 1 job(s)."]
    assert job.status == JobStatus.QUEUED
    assert sorted(job.items.values_list("status", flat=True)) == [ItemStatus.PENDING, ItemStatus.SCORED]
    assert len(callbacks) == 1  # the enqueue, after commit


def test_retry_action_reports_a_job_with_nothing_to_retry(staff: Client, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    job.claim()
    job.items.get().record_score(
        {
            "score": 50,
            "recommendation": "maybe",
            "criteria": [],
            "summary": "",
            "flags": [],
            "redactions": [],
            "scorer": "offline",
            "model": "m",
            "prompt_version": "p",
            "rubric_version": "r",
            "usage": {},
            "cost_usd": 0.0,
        }
    )
    job.close(summary=totals(job))

    response = action(staff, "retry_failed_cvs", [job])

    job.refresh_from_db()
    assert messages_of(response) == [
        f"Job {job.pk}: No CV of this job failed in a way a retry could fix; there is nothing to retry."
        " (nothing_to_retry)"
    ]
    assert job.status == JobStatus.COMPLETED


def test_cancel_action_cancels_queued_jobs_and_reports_finished_ones(staff: Client, user: Any) -> None:
    queued = make_job(user, STRONG_BACKEND_CV)
    finished = finish_with_one_failure(make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV))

    response = action(staff, "cancel_jobs", [queued, finished])

    queued.refresh_from_db()
    finished.refresh_from_db()
    assert sorted(messages_of(response)) == sorted(
        [f"Job {finished.pk}: The job already ended as completed. (job_finished)", "Cancelled 1 job(s)."]
    )
    assert queued.status == JobStatus.CANCELLED
    assert list(queued.items.values_list("status", flat=True)) == [ItemStatus.CANCELLED]
    assert finished.status == JobStatus.COMPLETED


def test_jobs_cannot_be_added_in_the_admin(staff: Client) -> None:
    assert staff.get("/admin/jobs/job/add/").status_code == 403


def stored_files(user: Any) -> list[str]:
    return sorted(CV.objects.filter(owner=user).values_list("file", flat=True))


def test_deleting_a_candidate_in_the_admin_erases_its_file(
    staff: Client, user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    candidate = Candidate.objects.get(label="cv0")
    (key,) = CV.objects.filter(candidate=candidate).values_list("file", flat=True)
    (kept,) = CV.objects.exclude(candidate=candidate).values_list("file", flat=True)
    assert default_storage.exists(key)

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(f"/admin/candidates/candidate/{candidate.pk}/delete/", {"post": "yes"})

    assert response.status_code == 302
    assert not Candidate.objects.filter(pk=candidate.pk).exists()
    assert not CV.objects.filter(file=key).exists()
    assert not default_storage.exists(key)
    assert default_storage.exists(kept)


def test_bulk_deleting_candidates_in_the_admin_erases_their_files(
    staff: Client, user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    keys = stored_files(user)
    assert all(default_storage.exists(key) for key in keys)

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            "/admin/candidates/candidate/",
            {
                "action": "delete_selected",
                "post": "yes",
                "_selected_action": [str(pk) for pk in Candidate.objects.values_list("pk", flat=True)],
            },
        )

    assert response.status_code == 302
    assert Candidate.objects.count() == 0
    assert CV.objects.count() == 0
    assert [key for key in keys if default_storage.exists(key)] == []


def test_a_cv_alone_cannot_be_deleted_in_the_admin(staff: Client, user: Any) -> None:
    make_job(user, STRONG_BACKEND_CV)
    cv = CV.objects.get()

    assert staff.get(f"/admin/candidates/cv/{cv.pk}/change/").status_code == 200
    assert staff.post(f"/admin/candidates/cv/{cv.pk}/delete/", {"post": "yes"}).status_code == 403
    assert CV.objects.filter(pk=cv.pk).exists()


def test_candidate_and_persona_lists_render(staff: Client, user: Any) -> None:
    make_job(user, STRONG_BACKEND_CV)

    candidates = staff.get("/admin/candidates/candidate/")
    personas = staff.get("/admin/personas/persona/")
    items = staff.get("/admin/jobs/jobitem/")

    assert candidates.status_code == 200
    assert '<td class="field-cv_count">1</td>' in candidates.content.decode()
    assert personas.status_code == 200
    assert '<td class="field-criteria_count">4</td>' in personas.content.decode()
    assert '<td class="field-job_count">1</td>' in personas.content.decode()
    assert items.status_code == 200


def post_persona_form(staff: Client, persona: Persona, criteria: str, **fields: str) -> Any:
    """Save the persona's admin form with these criteria (JSON) and the rest as the factory made it."""
    form = {
        "owner": persona.owner_id,
        "name": persona.name,
        "role_title": persona.role_title,
        "description": "",
        "min_years_experience": persona.min_years_experience,
        "criteria": criteria,
        **fields,
    }
    return staff.post(f"/admin/personas/persona/{persona.pk}/change/", form)


def test_persona_admin_refuses_criteria_on_a_protected_attribute(staff: Client, user: Any) -> None:
    persona = make_persona(owner=user)

    response = post_persona_form(staff, persona, '[{"name": "Young", "weight": 1}]', blind="on")

    assert response.status_code == 200
    assert "selects on a protected attribute (&#x27;young&#x27;)" in response.content.decode()
    persona.refresh_from_db()
    assert [criterion["name"] for criterion in persona.criteria] == [
        "Python",
        "PostgreSQL",
        "Kubernetes",
        "Leadership",
    ]


def test_persona_admin_saves_criteria_in_canonical_form(staff: Client, user: Any) -> None:
    persona = make_persona(owner=user)

    response = post_persona_form(staff, persona, '[{"name": "  Python  ", "weight": 2, "required": true}]')

    assert response.status_code == 302
    persona = Persona.objects.get(pk=persona.pk)
    assert persona.criteria == [{"name": "Python", "description": "", "weight": 2.0, "required": True}]
    assert persona.blind is False
