from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from candidates.models import CV, Candidate
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV, pdf_upload
from candidates.tests.pdfgen import cv_pdf
from jobs.models import Job, JobItem
from jobs.services import start_scoring_job
from jobs.tasks import run_scoring_job
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("media")]


def stored(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()]


def test_candidates_list_only_mine(api: APIClient, user: Any, other_user: Any) -> None:
    start_scoring_job(user=user, persona=make_persona(owner=user), files=[pdf_upload("mine.pdf")])
    start_scoring_job(
        user=other_user, persona=make_persona(owner=other_user), files=[pdf_upload("theirs.pdf")]
    )

    body = api.get("/api/v1/candidates/").json()

    assert [item["label"] for item in body["results"]] == ["mine"]
    assert body["results"][0]["cvs"][0]["filename"] == "mine.pdf"
    assert "text" not in body["results"][0]["cvs"][0]


def test_cv_file_is_served_to_its_owner_only(api: APIClient, other_api: APIClient, user: Any) -> None:
    start_scoring_job(user=user, persona=make_persona(owner=user), files=[pdf_upload("mine.pdf")])
    cv = CV.objects.get()

    mine = api.get(f"/api/v1/cvs/{cv.pk}/file")
    theirs = other_api.get(f"/api/v1/cvs/{cv.pk}/file")

    assert mine.status_code == 200
    assert mine["Content-Type"] == "application/pdf"
    assert b"".join(mine.streaming_content) == cv_pdf(STRONG_BACKEND_CV)
    assert theirs.status_code == 404
    assert theirs.json()["error"]["code"] == "cv_not_found"


def test_deleting_a_candidate_erases_files_text_and_scores(
    api: APIClient, other_api: APIClient, user: Any, media: Path
) -> None:
    job = start_scoring_job(
        user=user,
        persona=make_persona(owner=user),
        files=[pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV)],
    )
    run_scoring_job(str(job.pk))
    doomed = CV.objects.get(original_filename="a.pdf").candidate

    assert other_api.delete(f"/api/v1/candidates/{doomed.pk}/").status_code == 404
    response = api.delete(f"/api/v1/candidates/{doomed.pk}/")

    assert response.status_code == 204
    assert not Candidate.objects.filter(pk=doomed.pk).exists()
    assert list(CV.objects.values_list("original_filename", flat=True)) == ["b.pdf"]
    assert JobItem.objects.filter(job=job).count() == 1
    assert len(stored(media)) == 1
    scores = api.get(f"/api/v1/jobs/{job.pk}/status").json()["result"]["scores"]
    assert [entry["filename"] for entry in scores] == ["b.pdf"]
    job.refresh_from_db()
    assert "a.pdf" not in str(job.result)


def test_purge_erases_candidates_past_retention(user: Any, media: Path) -> None:
    start_scoring_job(user=user, persona=make_persona(owner=user), files=[pdf_upload("old.pdf")])
    start_scoring_job(
        user=user, persona=make_persona(owner=user, name="2"), files=[pdf_upload("new.pdf", WEAK_BACKEND_CV)]
    )
    old = CV.objects.get(original_filename="old.pdf")
    CV.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=40))
    Candidate.objects.filter(pk=old.candidate_id).update(created_at=timezone.now() - timedelta(days=40))

    call_command("purge_cvs", "--days", "30")

    assert list(CV.objects.values_list("original_filename", flat=True)) == ["new.pdf"]
    assert len(stored(media)) == 1


def test_erasing_a_candidate_changes_the_jobs_etag(api: APIClient, user: Any) -> None:
    job = start_scoring_job(
        user=user,
        persona=make_persona(owner=user),
        files=[pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV)],
    )
    run_scoring_job(str(job.pk))
    etag = api.get(f"/api/v1/jobs/{job.pk}/status")["ETag"]

    api.delete(f"/api/v1/candidates/{CV.objects.get(original_filename='a.pdf').candidate_id}/")
    after = api.get(f"/api/v1/jobs/{job.pk}/status", HTTP_IF_NONE_MATCH=etag)

    assert after.status_code == 200
    assert [entry["filename"] for entry in after.json()["result"]["scores"]] == ["b.pdf"]


def test_an_erased_candidates_ids_leave_the_jobs_it_was_in(api: APIClient, user: Any) -> None:
    job = start_scoring_job(
        user=user,
        persona=make_persona(owner=user),
        files=[pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV)],
    )
    doomed, kept = (CV.objects.get(original_filename=name) for name in ("a.pdf", "b.pdf"))

    api.delete(f"/api/v1/candidates/{doomed.candidate_id}/")

    body = api.get(f"/api/v1/jobs/{job.pk}/status").json()
    assert body["candidate_ids"] == [str(kept.candidate_id)]
    assert Job.objects.get(pk=job.pk).cv_ids == [str(kept.pk)]
