from __future__ import annotations

from pathlib import Path
from typing import Any

import django_rq
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from rest_framework.test import APIClient

from candidates.models import CV, Candidate
from candidates.tests.factories import WEAK_BACKEND_CV, pdf_upload
from jobs.models import Job, JobItem
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

URL = "/api/v1/candidate/upload-batch"


def stored_files() -> list[Path]:
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def assert_nothing_created() -> None:
    assert Job.objects.count() == 0
    assert Candidate.objects.count() == 0
    assert CV.objects.count() == 0
    assert JobItem.objects.count() == 0
    assert stored_files() == []


def test_upload_answers_202_with_job_id_and_location_and_enqueues_after_commit(
    api: APIClient, user: Any, clean_redis: Any, django_capture_on_commit_callbacks: Any
) -> None:
    persona = make_persona(owner=user)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = api.post(
            URL,
            {
                "persona_id": str(persona.pk),
                "files": [pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV)],
            },
            format="multipart",
        )

    assert response.status_code == 202
    body = response.json()
    job = Job.objects.get(pk=body["job_id"])
    assert body["status"] == "queued"
    assert body["message"]
    assert response["Location"] == f"http://testserver/api/v1/jobs/{job.pk}/status"
    assert job.type == "cv_batch"
    assert job.user == user
    assert job.persona == persona
    assert len(job.cv_ids) == 2
    assert len(job.candidate_ids) == 2
    assert job.progress["total"] == 2
    assert job.rubric["version"] == persona.rubric_version
    assert list(job.items.values_list("status", flat=True)) == ["pending", "pending"]
    assert len(callbacks) == 1
    queue = django_rq.get_queue(settings.SCORING_QUEUE)
    assert queue.job_ids == [f"scoring-{job.pk}-0"]
    rq_job = queue.fetch_job(f"scoring-{job.pk}-0")
    assert rq_job.args == (str(job.pk),)
    assert rq_job.kwargs == {}
    assert rq_job.timeout == 1800


def test_upload_stores_files_under_generated_keys(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    api.post(
        URL,
        {
            "persona_id": str(persona.pk),
            "files": [pdf_upload("../../etc/cv.pdf"), pdf_upload("cv.pdf", WEAK_BACKEND_CV)],
        },
        format="multipart",
    )

    names = sorted(CV.objects.values_list("original_filename", flat=True))
    keys = list(CV.objects.values_list("file", flat=True))
    assert names == ["cv.pdf", "cv.pdf"]
    assert len(set(keys)) == 2
    assert all(key.startswith(f"cvs/{user.pk}/") and "etc" not in key for key in keys)
    assert len(stored_files()) == 2


def test_single_file_job_is_cv_scoring(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload()]}, format="multipart")

    assert Job.objects.get(pk=response.json()["job_id"]).type == "cv_scoring"


def test_identical_files_are_stored_and_parsed_once(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    first = api.post(
        URL, {"persona_id": str(persona.pk), "files": [pdf_upload("a.pdf"), pdf_upload("copy.pdf")]}
    )
    second = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload("again.pdf")]})

    assert first.status_code == second.status_code == 202
    assert CV.objects.count() == 1
    assert len(stored_files()) == 1
    assert (
        Job.objects.get(pk=first.json()["job_id"]).cv_ids
        == Job.objects.get(pk=second.json()["job_id"]).cv_ids
    )


def test_rejected_when_persona_belongs_to_someone_else(api: APIClient, other_user: Any) -> None:
    persona = make_persona(owner=other_user)

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload()]}, format="multipart")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "persona_not_found"
    assert_nothing_created()


@pytest.mark.parametrize("persona_id", ["not-a-uuid", "6f1c0e9e-1111-4a4a-9b9b-123456789abc"])
def test_rejected_when_persona_does_not_exist(api: APIClient, persona_id: str) -> None:
    response = api.post(URL, {"persona_id": persona_id, "files": [pdf_upload()]}, format="multipart")

    assert response.status_code == 404
    assert_nothing_created()


def test_rejected_without_persona_id(api: APIClient) -> None:
    response = api.post(URL, {"files": [pdf_upload()]}, format="multipart")

    assert response.status_code == 400
    assert response.json()["error"]["fields"]["persona_id"][0]["code"] == "required"
    assert_nothing_created()


def test_rejected_without_files(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    response = api.post(URL, {"persona_id": str(persona.pk)}, format="multipart")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "no_files"
    assert_nothing_created()


@override_settings(MAX_BATCH_FILES=2)
def test_rejected_with_too_many_files(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    files = [pdf_upload(f"{i}.pdf", f"CV number {i}\nPython developer\nEXPERIENCE\nDjango") for i in range(3)]

    response = api.post(URL, {"persona_id": str(persona.pk), "files": files}, format="multipart")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "too_many_files"
    assert_nothing_created()


def test_a_non_pdf_fails_the_whole_batch_before_anything_is_stored(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    fake = SimpleUploadedFile(
        "resume.pdf", b"PK\x03\x04 this is a docx really", content_type="application/pdf"
    )

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload("good.pdf"), fake]})

    assert response.status_code == 415
    error = response.json()["error"]
    assert error["code"] == "unsupported_media_type"
    assert error["files"] == [
        {
            "filename": "resume.pdf",
            "code": "not_a_pdf",
            "message": "Not a PDF: its content does not start like one.",
        }
    ]
    assert_nothing_created()


def test_a_polyglot_with_the_pdf_magic_past_offset_zero_is_refused(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    polyglot = SimpleUploadedFile(
        "poly.html", b"<html><script>alert(1)</script>\n%PDF-1.4\n%%EOF\n", content_type="application/pdf"
    )

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [polyglot]})

    assert response.status_code == 415
    assert [problem["code"] for problem in response.json()["error"]["files"]] == ["not_a_pdf"]
    assert_nothing_created()


@override_settings(MAX_CV_BYTES=2000)
def test_an_oversized_file_is_named_and_refused_with_413(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 5000, content_type="application/pdf")
    fake = SimpleUploadedFile("notes.pdf", b"hello", content_type="application/pdf")

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [big, fake]})

    assert response.status_code == 413
    error = response.json()["error"]
    assert error["code"] == "file_too_large"
    assert [(item["filename"], item["code"]) for item in error["files"]] == [
        ("big.pdf", "file_too_large"),
        ("notes.pdf", "not_a_pdf"),
    ]
    assert_nothing_created()


def test_an_empty_file_is_refused(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    empty = SimpleUploadedFile("empty.pdf", b"", content_type="application/pdf")

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [empty]})

    assert response.status_code == 400
    assert response.json()["error"]["files"][0]["code"] == "empty_file"
    assert_nothing_created()


def test_upload_requires_authentication(db: Any, user: Any) -> None:
    persona = make_persona(owner=user)

    response = APIClient().post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload()]})

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert_nothing_created()


def test_a_storage_failure_halfway_leaves_no_rows_and_no_files(
    api: APIClient, user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.core.files.storage import FileSystemStorage

    persona = make_persona(owner=user)
    original = FileSystemStorage._save
    calls = {"n": 0}

    def flaky_save(self: Any, name: str, content: Any) -> str:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return original(self, name, content)

    monkeypatch.setattr(FileSystemStorage, "_save", flaky_save)

    response = api.post(
        URL,
        {"persona_id": str(persona.pk), "files": [pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV)]},
    )

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response.json()["error"]["code"] == "storage_unavailable"
    assert_nothing_created()


def test_a_repeat_under_the_same_idempotency_key_returns_the_first_response(
    api: APIClient, user: Any
) -> None:
    persona = make_persona(owner=user)

    def send() -> Any:
        return api.post(
            URL,
            {"persona_id": str(persona.pk), "files": [pdf_upload("a.pdf")]},
            HTTP_IDEMPOTENCY_KEY="batch-42",
        )

    first, repeat = send(), send()

    assert first.status_code == repeat.status_code == 202
    assert repeat.json() == first.json()
    assert repeat["Location"] == first["Location"]
    assert Job.objects.count() == 1


def test_a_different_request_under_a_used_idempotency_key_is_422(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload("a.pdf")]}, HTTP_IDEMPOTENCY_KEY="k1")

    response = api.post(
        URL,
        {"persona_id": str(persona.pk), "files": [pdf_upload("b.pdf", WEAK_BACKEND_CV)]},
        HTTP_IDEMPOTENCY_KEY="k1",
    )

    assert response.status_code == 422
    assert response.json()["error"]["code"] == "idempotency_key_reused"
    assert Job.objects.count() == 1
    assert CV.objects.count() == 1


def test_idempotency_keys_are_per_user(
    api: APIClient, other_api: APIClient, user: Any, other_user: Any
) -> None:
    mine, theirs = make_persona(owner=user), make_persona(owner=other_user)

    first = api.post(URL, {"persona_id": str(mine.pk), "files": [pdf_upload()]}, HTTP_IDEMPOTENCY_KEY="same")
    second = other_api.post(
        URL, {"persona_id": str(theirs.pk), "files": [pdf_upload()]}, HTTP_IDEMPOTENCY_KEY="same"
    )

    assert first.status_code == second.status_code == 202
    assert first.json()["job_id"] != second.json()["job_id"]


def test_llm_top_n_is_stored_on_the_job(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload()], "llm_top_n": "5"})

    assert response.status_code == 202
    assert Job.objects.get(pk=response.json()["job_id"]).llm_top_n == 5


@pytest.mark.parametrize("value", ["0", "-1", "many"])
def test_an_invalid_llm_top_n_is_refused_and_creates_nothing(api: APIClient, user: Any, value: str) -> None:
    persona = make_persona(owner=user)

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload()], "llm_top_n": value})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"
    assert "llm_top_n" in response.json()["error"]["fields"]
    assert_nothing_created()


@override_settings(MAX_BATCH_FILES=1, MAX_CV_BYTES=1000)
def test_a_body_past_the_batch_limit_is_refused_before_it_is_read(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    body = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024)
    big = SimpleUploadedFile("big.pdf", body, content_type="application/pdf")

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [big]})

    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"
    assert_nothing_created()
