"""CVs on S3 (local moto server): upload, scoring from the bucket; erasure and retention delete objects."""

from __future__ import annotations

import io
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from candidates.models import CV, Candidate
from candidates.services import erase_candidate
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV, pdf_upload
from candidates.tests.pdfgen import cv_pdf
from candidates.tests.s3server import S3Bucket
from jobs.models import Job
from jobs.services import start_scoring_job
from jobs.tasks import run_scoring_job
from personas.tests.factories import make_persona

# Transactional: erasure deletes objects on commit. clean_redis: the uploads enqueue their jobs.
pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("clean_redis"),
]


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


def object_keys(*cvs: CV) -> list[str]:
    return sorted(f"cvs/{cv.file.name}" for cv in cvs)


def test_an_upload_is_stored_in_the_bucket_and_scored_from_it_without_local_files(
    s3: S3Bucket, media: Path, api: APIClient, user: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    persona = make_persona(owner=user)
    files = [pdf_upload("strong.pdf"), pdf_upload("weak.pdf", WEAK_BACKEND_CV)]

    accepted = api.post("/api/v1/candidate/upload-batch", {"persona_id": str(persona.pk), "files": files})

    assert accepted.status_code == 202, accepted.content
    strong, weak = (
        CV.objects.get(original_filename="strong.pdf"),
        CV.objects.get(original_filename="weak.pdf"),
    )
    assert s3.keys() == object_keys(strong, weak)
    assert s3.body(f"cvs/{strong.file.name}") == cv_pdf(STRONG_BACKEND_CV)
    assert s3.body(f"cvs/{weak.file.name}") == cv_pdf(WEAK_BACKEND_CV)

    run_scoring_job(accepted.json()["job_id"])

    job = Job.objects.get(pk=accepted.json()["job_id"])
    assert job.status == "completed"
    assert list(job.items.values_list("status", flat=True)) == ["scored", "scored"]
    assert CV.objects.get(pk=strong.pk).parse_status == "parsed"
    assert not media.exists()
    assert files_under(temp_dir) == []


def test_a_cv_whose_object_vanished_fails_with_a_storage_error_worth_a_retry(s3: S3Bucket, user: Any) -> None:
    job = start_scoring_job(user=user, persona=make_persona(owner=user), files=[pdf_upload("a.pdf")])
    cv = CV.objects.get()
    s3.server.client().delete_object(Bucket=s3.name, Key=f"cvs/{cv.file.name}")

    run_scoring_job(str(job.pk))

    item = job.items.get()
    assert (item.status, item.error_code) == ("failed", "storage_error")
    cv.refresh_from_db()
    assert (cv.parse_status, cv.parse_error_code) == ("failed", "storage_error")


def test_erasing_a_candidate_deletes_its_object_and_keeps_the_others(
    s3: S3Bucket, api: APIClient, user: Any
) -> None:
    start_scoring_job(
        user=user,
        persona=make_persona(owner=user),
        files=[pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV), pdf_upload("c.pdf", "Other\nCV")],
    )
    a, b, c = (CV.objects.get(original_filename=name) for name in ("a.pdf", "b.pdf", "c.pdf"))
    assert s3.keys() == object_keys(a, b, c)

    erase_candidate(candidate=a.candidate)
    response = api.delete(f"/api/v1/candidates/{b.candidate_id}/")

    assert response.status_code == 204
    assert s3.keys() == object_keys(c)
    assert list(Candidate.objects.values_list("label", flat=True)) == ["c"]


def test_the_retention_purge_deletes_the_expired_objects_only(s3: S3Bucket, user: Any) -> None:
    start_scoring_job(
        user=user,
        persona=make_persona(owner=user),
        files=[pdf_upload("old.pdf"), pdf_upload("new.pdf", WEAK_BACKEND_CV)],
    )
    old, new = CV.objects.get(original_filename="old.pdf"), CV.objects.get(original_filename="new.pdf")
    long_ago = timezone.now() - timedelta(days=40)
    CV.objects.filter(pk=old.pk).update(created_at=long_ago)
    Candidate.objects.filter(pk=old.candidate_id).update(created_at=long_ago)

    out = io.StringIO()
    call_command("purge_cvs", "--days", "30", stdout=out)

    assert out.getvalue() == "erased 1 candidate(s) older than 30 days\n"
    assert s3.keys() == object_keys(new)
    assert list(CV.objects.values_list("original_filename", flat=True)) == ["new.pdf"]
