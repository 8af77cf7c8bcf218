from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV, pdf_upload
from jobs.models import Job
from jobs.scoring.redaction import REDACTION_VERSION
from jobs.services import rescore_job, start_scoring_job
from jobs.tasks import run_scoring_job
from jobs.tests.factories import make_job
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("media")]


def test_status_of_a_queued_job(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)

    response = api.get(f"/api/v1/jobs/{job.pk}/status")

    assert response.status_code == 200
    assert response["Retry-After"] == "2"
    body = response.json()
    assert body["job_id"] == str(job.pk)
    assert body["type"] == "cv_scoring"
    assert body["status"] == body["state"] == "queued"
    assert body["persona_id"] == str(job.persona_id)
    assert body["candidate_ids"] == job.candidate_ids
    assert body["progress"] == {"processed": 0, "total": 1, "scored": 0, "failed": 0}
    assert body["result"] is None
    assert body["error"] is None
    assert body["completed_at"] is None
    assert body["waiting_for_llm_until"] is None
    assert set(body) == {
        "job_id",
        "type",
        "status",
        "state",
        "persona_id",
        "candidate_ids",
        "progress",
        "result",
        "error",
        "created_at",
        "updated_at",
        "completed_at",
        "waiting_for_llm_until",
    }


def test_completed_job_lists_every_cv_ranked_best_first(api: APIClient, user: Any) -> None:
    job = make_job(user, WEAK_BACKEND_CV, STRONG_BACKEND_CV, "%%% not a cv %%%\nlorem ipsum")

    assert run_scoring_job(str(job.pk)) == "completed"
    response = api.get(f"/api/v1/jobs/{job.pk}/status")

    body = response.json()
    assert "Retry-After" not in response
    assert body["status"] == "completed"
    assert body["completed_at"] is not None
    assert body["progress"] == {"processed": 3, "total": 3, "scored": 2, "failed": 1}
    scores = body["result"]["scores"]
    assert [entry["filename"] for entry in scores] == ["cv1.pdf", "cv0.pdf", "cv2.pdf"]
    assert [entry["status"] for entry in scores] == ["scored", "scored", "failed"]
    assert [entry["rank"] for entry in scores] == [1, 2, None]
    best, worst, failed = scores
    # The offline scorer is deterministic: these are its exact answers for the two CVs.
    assert (best["score"], best["recommendation"]) == (75, "yes")
    assert (worst["score"], worst["recommendation"]) == (0, "no")
    assert best["scorer"] == "offline"
    assert best["model"]
    assert [criterion["name"] for criterion in best["criteria"]] == [
        "Python",
        "PostgreSQL",
        "Kubernetes",
        "Leadership",
    ]
    assert all("evidence" in criterion and "score" in criterion for criterion in best["criteria"])
    assert best["error"] is None
    assert (best["redaction_version"], failed["redaction_version"]) == (REDACTION_VERSION, None)
    assert set(best["redaction_counts"]) == set(best["redactions"]) and best["redactions"]
    assert failed["score"] is None
    assert failed["error"]["code"] == "too_little_text"
    assert body["result"]["summary"]["notice"].startswith("Scored offline")
    assert {entry["cv_id"] for entry in scores} == set(job.cv_ids)


def test_another_users_job_is_404_and_shows_nothing(api: APIClient, other_api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)

    response = other_api.get(f"/api/v1/jobs/{job.pk}/status")

    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "job_not_found", "message": "No job with this id belongs to you."}
    }
    assert other_api.post(f"/api/v1/jobs/{job.pk}/cancel").status_code == 404
    assert other_api.post(f"/api/v1/jobs/{job.pk}/retry").status_code == 404
    assert Job.objects.get(pk=job.pk).cancel_requested is False


def test_status_requires_authentication(user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)

    response = APIClient().get(f"/api/v1/jobs/{job.pk}/status")

    assert response.status_code == 401


def test_unknown_job_is_404(api: APIClient) -> None:
    assert api.get("/api/v1/jobs/6f1c0e9e-1111-4a4a-9b9b-123456789abc/status").status_code == 404
    assert api.get("/api/v1/jobs/garbage/status").status_code == 404


def test_my_jobs_lists_only_mine_newest_first_with_limit_and_offset(
    api: APIClient, user: Any, other_user: Any
) -> None:
    first = make_job(user, STRONG_BACKEND_CV)
    second = make_job(user, WEAK_BACKEND_CV)
    make_job(other_user, STRONG_BACKEND_CV)

    page = api.get("/api/v1/jobs/my-jobs?limit=1").json()
    rest = api.get("/api/v1/jobs/my-jobs?limit=1&offset=1").json()

    assert page["count"] == 2
    assert [item["job_id"] for item in page["results"]] == [str(second.pk)]
    assert [item["job_id"] for item in rest["results"]] == [str(first.pk)]
    assert page["next"] is not None
    assert "result" not in page["results"][0]


def test_cancel_a_queued_job_is_immediate_and_idempotent(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)

    first = api.post(f"/api/v1/jobs/{job.pk}/cancel")
    again = api.post(f"/api/v1/jobs/{job.pk}/cancel")

    assert first.status_code == again.status_code == 200
    assert (again.json()["status"], again.json()["state"]) == ("failed", "cancelled")
    assert [entry["status"] for entry in again.json()["result"]["scores"]] == ["cancelled", "cancelled"]
    assert run_scoring_job(str(job.pk)) == "not_claimed"


def test_cancel_of_a_completed_job_is_a_conflict(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    run_scoring_job(str(job.pk))

    response = api.post(f"/api/v1/jobs/{job.pk}/cancel")

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "job_finished"


def test_retry_reruns_only_failed_cvs(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    run_scoring_job(str(job.pk))
    # As an LLM outage would have left it: a failure a retry can fix.
    job.items.filter(position=1).update(status="failed", score=None, error_code="llm_unavailable")
    scored_before = job.items.get(status="scored")

    response = api.post(f"/api/v1/jobs/{job.pk}/retry")

    assert response.status_code == 202
    assert response.json()["status"] == "queued"
    assert response.json()["retry"] == {"reopened": 1, "skipped": {}, "message": "Retrying 1 CV(s)."}
    assert job.items.filter(status="pending").count() == 1
    assert job.items.get(pk=scored_before.pk).finished_at == scored_before.finished_at
    assert run_scoring_job(str(job.pk)) == "completed"
    assert job.items.get(pk=scored_before.pk).score == scored_before.score
    assert job.items.filter(status="scored").count() == 2


def test_retry_leaves_failures_a_retry_cannot_fix_and_says_so(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV, "tiny")
    run_scoring_job(str(job.pk))
    job.items.filter(position=1).update(status="failed", score=None, error_code="timeout")
    tiny = job.items.get(position=2)
    assert tiny.error_code == "no_text_layer"

    response = api.post(f"/api/v1/jobs/{job.pk}/retry")

    assert response.status_code == 202
    assert response.json()["retry"] == {
        "reopened": 1,
        "skipped": {"no_text_layer": 1},
        "message": "Retrying 1 CV(s). Skipped 1 that a retry cannot fix (1 no_text_layer).",
    }
    assert list(job.items.order_by("position").values_list("status", flat=True)) == [
        "scored",
        "pending",
        "failed",
    ]


def test_retry_of_only_unfixable_failures_is_a_conflict_naming_them(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, "tiny")
    run_scoring_job(str(job.pk))

    response = api.post(f"/api/v1/jobs/{job.pk}/retry")

    assert response.status_code == 409
    assert response.json()["error"] == {
        "code": "nothing_to_retry",
        "message": "No CV of this job failed in a way a retry could fix; there is nothing to retry. "
        "Skipped 1 that a retry cannot fix (1 no_text_layer).",
    }
    entry = next(e for e in api.get(f"/api/v1/jobs/{job.pk}/status").json()["result"]["scores"] if e["error"])
    assert entry["error"] == {
        "code": "no_text_layer",
        "message": entry["error"]["message"],
        "retryable": False,
    }


def test_retry_with_nothing_failed_is_a_conflict(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    run_scoring_job(str(job.pk))

    response = api.post(f"/api/v1/jobs/{job.pk}/retry")

    assert response.status_code == 409
    assert response.json()["error"]["code"] == "nothing_to_retry"


def test_rescore_creates_a_new_job_and_keeps_the_old_results(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    Job.objects.filter(pk=job.pk).update(callback_url="https://hooks.example.com/cv", llm_top_n=3)
    run_scoring_job(str(job.pk))
    persona = job.persona
    persona.criteria = [{"name": "Go", "description": "Go services", "weight": 1}]
    persona.save()

    response = api.post(f"/api/v1/jobs/{job.pk}/rescore", {}, format="json")

    assert response.status_code == 202
    new = Job.objects.get(pk=response.json()["job_id"])
    assert new.pk != job.pk
    assert (new.callback_url, new.llm_top_n) == ("https://hooks.example.com/cv", 3)
    assert new.rescored_from_id == job.pk
    assert new.cv_ids == job.cv_ids
    assert new.rubric_version == persona.rubric_version != job.rubric_version
    job.refresh_from_db()
    assert job.status == "completed"
    assert job.items.get().status == "scored"


def test_unchanged_job_answers_304_to_its_etag(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    first = api.get(f"/api/v1/jobs/{job.pk}/status")
    etag = first["ETag"]

    unchanged = api.get(f"/api/v1/jobs/{job.pk}/status", HTTP_IF_NONE_MATCH=etag)
    run_scoring_job(str(job.pk))
    changed = api.get(f"/api/v1/jobs/{job.pk}/status", HTTP_IF_NONE_MATCH=etag)

    assert unchanged.status_code == 304
    assert unchanged["ETag"] == etag
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_scores_are_paginated_with_the_top_of_the_ranking_first(api: APIClient, user: Any) -> None:
    job = make_job(user, WEAK_BACKEND_CV, STRONG_BACKEND_CV, "tiny")
    run_scoring_job(str(job.pk))

    top = api.get(f"/api/v1/jobs/{job.pk}/status?scores_limit=1").json()["result"]
    rest = api.get(f"/api/v1/jobs/{job.pk}/status?scores_limit=2&scores_offset=1").json()["result"]

    assert [(entry["filename"], entry["rank"]) for entry in top["scores"]] == [("cv1.pdf", 1)]
    assert [(entry["filename"], entry["rank"]) for entry in rest["scores"]] == [
        ("cv0.pdf", 2),
        ("cv2.pdf", None),
    ]
    assert top["scores_page"] == {"offset": 0, "limit": 1, "total": 3}
    assert top["summary"]["scored"] == 2
    assert api.get(f"/api/v1/jobs/{job.pk}/status?scores_limit=0").status_code == 400


def test_status_costs_a_constant_number_of_queries(
    api: APIClient, user: Any, django_assert_num_queries: Any
) -> None:
    small = make_job(user, STRONG_BACKEND_CV)
    large = make_job(user, *[f"{STRONG_BACKEND_CV}\nExtra line {i}" for i in range(12)])
    run_scoring_job(str(small.pk))
    run_scoring_job(str(large.pk))

    # The token, the job (its ETag needs nothing else), then one statement for the ranked page, the totals
    # grouped by status and scorer and the candidate ids (`jobs.status_sql`): three, whatever the size.
    with django_assert_num_queries(3):
        small_body = api.get(f"/api/v1/jobs/{small.pk}/status").json()
    with django_assert_num_queries(3):
        large_body = api.get(f"/api/v1/jobs/{large.pk}/status").json()

    assert len(small_body["result"]["scores"]) == 1
    assert len(large_body["result"]["scores"]) == 12


def test_a_cv_scored_before_with_every_version_equal_reuses_its_result(api: APIClient, user: Any) -> None:
    first = make_job(user, STRONG_BACKEND_CV)
    run_scoring_job(str(first.pk))
    second = start_scoring_job(
        user=user, persona=first.persona, files=[pdf_upload("renamed.pdf", STRONG_BACKEND_CV)]
    )

    assert run_scoring_job(str(second.pk)) == "completed"

    [entry] = api.get(f"/api/v1/jobs/{second.pk}/status").json()["result"]["scores"]
    original = first.items.get()
    assert (entry["filename"], entry["status"], entry["score"]) == ("renamed.pdf", "scored", original.score)
    assert (entry["reused"], entry["reused_from"], entry["cost_usd"]) == (True, str(first.pk), 0.0)
    assert entry["criteria"] == original.criteria


def test_a_changed_rubric_or_a_rescore_scores_the_cv_again(api: APIClient, user: Any) -> None:
    first = make_job(user, STRONG_BACKEND_CV)
    run_scoring_job(str(first.pk))
    rescored = rescore_job(job=first)
    persona = first.persona
    persona.criteria = [{"name": "Go", "description": "Go services", "weight": 1}]
    persona.save()
    changed = start_scoring_job(user=user, persona=persona, files=[pdf_upload("cv.pdf", STRONG_BACKEND_CV)])

    for job in (rescored, changed):
        assert run_scoring_job(str(job.pk)) == "completed"
        assert list(job.items.values_list("status", "reused", "reused_from")) == [("scored", False, None)]


def test_rescore_keeps_each_entrys_name_and_duplicates_and_leaves_refused_files_out(user: Any) -> None:
    persona = make_persona(owner=user)
    files = [
        pdf_upload("first.pdf", STRONG_BACKEND_CV),
        pdf_upload("again.pdf", STRONG_BACKEND_CV),
        SimpleUploadedFile("notes.exe", b"MZ\x90\x00", content_type="application/octet-stream"),
    ]
    job = start_scoring_job(user=user, persona=persona, files=files)

    rescored = rescore_job(job=job)

    rows = rescored.items.order_by("position").values_list("filename", "status", "duplicate_of__filename")
    assert list(rows) == [("first.pdf", "pending", None), ("again.pdf", "duplicate", "first.pdf")]
