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
from candidates.services import UNSUPPORTED_MESSAGE, erase_candidate
from candidates.tests.factories import WEAK_BACKEND_CV, pdf_upload
from candidates.tests.odtgen import ODS, odt, paragraphs
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
    first_job, second_job = (
        Job.objects.get(pk=first.json()["job_id"]),
        Job.objects.get(pk=second.json()["job_id"]),
    )
    assert first_job.cv_ids == second_job.cv_ids == [str(CV.objects.get().pk)]


def test_each_upload_keeps_its_own_filenames_for_a_stored_file(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    first = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload("cv1.pdf")]})
    second = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload("real_name.pdf")]})

    names = [
        list(JobItem.objects.filter(job_id=response.json()["job_id"]).values_list("filename", flat=True))
        for response in (first, second)
    ]
    assert names == [["cv1.pdf"], ["real_name.pdf"]]
    assert CV.objects.count() == 1


def test_a_duplicate_in_one_batch_is_its_own_entry_pointing_at_the_first(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    files = [pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV), pdf_upload("a-again.pdf")]

    response = api.post(URL, {"persona_id": str(persona.pk), "files": files})

    assert response.status_code == 202
    body = response.json()
    assert (body["cvs"], body["duplicates"], body["files"]) == (2, 1, [])
    assert body["message"] == (
        "Accepted 2 CV(s) for scoring, 1 duplicate(s) listed, not scored twice."
        " Poll the status URL for progress."
    )
    items = list(JobItem.objects.filter(job_id=body["job_id"]).order_by("position"))
    assert [(item.filename, item.status) for item in items] == [
        ("a.pdf", "pending"),
        ("b.pdf", "pending"),
        ("a-again.pdf", "duplicate"),
    ]
    assert items[2].duplicate_of_id == items[0].pk
    assert items[2].cv_id == items[0].cv_id
    assert Job.objects.get(pk=body["job_id"]).progress == {
        "processed": 0,
        "total": 2,
        "scored": 0,
        "failed": 0,
    }


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


HTML_AS_PDF = b"<html><body>Not a CV at all</body></html>"


def test_a_file_that_cannot_be_read_is_listed_and_the_rest_of_the_batch_accepted(
    api: APIClient, user: Any
) -> None:
    persona = make_persona(owner=user)
    junk = [
        SimpleUploadedFile("page.pdf", HTML_AS_PDF, content_type="application/pdf"),
        SimpleUploadedFile(
            "tool.exe", b"MZ\x90\x00\x03\x00\x00\x00", content_type="application/octet-stream"
        ),
    ]

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload("good.pdf"), *junk]})

    assert response.status_code == 202
    body = response.json()
    refused = [
        {
            "filename": "page.pdf",
            "code": "not_a_pdf",
            "message": "Not a PDF: its content does not start like one.",
        },
        {"filename": "tool.exe", "code": "unsupported_type", "message": UNSUPPORTED_MESSAGE},
    ]
    assert (body["cvs"], body["duplicates"], body["files"]) == (1, 0, refused)
    assert body["message"] == (
        "Accepted 1 CV(s) for scoring, 2 file(s) refused (see files). Poll the status URL for progress."
    )
    assert CV.objects.count() == 1
    assert len(stored_files()) == 1
    items = JobItem.objects.filter(job_id=body["job_id"]).order_by("position")
    assert [(i.filename, i.status, i.error_code, i.cv_id is None) for i in items] == [
        ("good.pdf", "pending", "", False),
        ("page.pdf", "failed", "not_a_pdf", True),
        ("tool.exe", "failed", "unsupported_type", True),
    ]
    job = Job.objects.get(pk=body["job_id"])
    assert job.progress == {"processed": 2, "total": 3, "scored": 0, "failed": 2}
    assert job.cv_ids == [str(CV.objects.get().pk)]


def test_a_batch_with_no_usable_file_is_refused_whole_and_stores_nothing(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    fakes = [
        SimpleUploadedFile("resume.pdf", HTML_AS_PDF, content_type="application/pdf"),
        SimpleUploadedFile("photo.gif", b"GIF89a\x01\x00\x01\x00", content_type="image/gif"),
    ]

    response = api.post(URL, {"persona_id": str(persona.pk), "files": fakes})

    assert response.status_code == 415
    error = response.json()["error"]
    assert error["code"] == "unsupported_media_type"
    assert [(problem["filename"], problem["code"]) for problem in error["files"]] == [
        ("resume.pdf", "not_a_pdf"),
        ("photo.gif", "unsupported_type"),
    ]
    assert_nothing_created()


def test_word_text_and_image_files_are_accepted_by_their_content(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    files = [
        SimpleUploadedFile("cv.docx", b"PK\x03\x04" + b"\x00" * 40, content_type="application/octet-stream"),
        SimpleUploadedFile("cv.txt", b"Jane Doe\nPython developer\n", content_type="text/plain"),
        SimpleUploadedFile("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 40, content_type="image/jpeg"),
    ]

    response = api.post(URL, {"persona_id": str(persona.pk), "files": files})

    assert response.status_code == 202
    assert (response.json()["cvs"], response.json()["files"]) == (3, [])
    assert CV.objects.count() == 3


def test_opendocument_text_and_rtf_are_accepted_and_a_spreadsheet_is_refused(
    api: APIClient, user: Any
) -> None:
    persona = make_persona(owner=user)
    files = [
        SimpleUploadedFile(
            "cv.odt", odt(paragraphs(WEAK_BACKEND_CV)), content_type="application/octet-stream"
        ),
        SimpleUploadedFile(
            "cv.rtf", b"{\\rtf1\\ansi Jane Doe\\par Python developer\\par}", content_type="text/rtf"
        ),
        SimpleUploadedFile("sheet.ods", odt(paragraphs("Jane Doe"), mimetype=ODS), content_type="text/plain"),
    ]

    response = api.post(URL, {"persona_id": str(persona.pk), "files": files})

    assert response.status_code == 202
    assert response.json()["cvs"] == 2
    assert response.json()["files"] == [
        {"filename": "sheet.ods", "code": "unsupported_type", "message": UNSUPPORTED_MESSAGE}
    ]
    assert sorted(cv.original_filename for cv in CV.objects.all()) == ["cv.odt", "cv.rtf"]
    assert len(stored_files()) == 2


def test_a_polyglot_with_the_pdf_magic_past_offset_zero_is_refused(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    polyglot = SimpleUploadedFile(
        "poly.html", b"<html><script>alert(1)</script>\n%PDF-1.4\n%%EOF\n", content_type="application/pdf"
    )

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [polyglot]})

    assert response.status_code == 415
    assert [problem["code"] for problem in response.json()["error"]["files"]] == ["unsupported_type"]
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


@override_settings(MAX_CV_BYTES=2000)
def test_an_oversized_file_beside_a_good_one_is_a_failed_entry(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 5000, content_type="application/pdf")

    response = api.post(URL, {"persona_id": str(persona.pk), "files": [pdf_upload("small.pdf"), big]})

    assert response.status_code == 202
    assert [(entry["filename"], entry["code"]) for entry in response.json()["files"]] == [
        ("big.pdf", "file_too_large")
    ]
    assert len(stored_files()) == 1


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


def test_erasing_a_candidate_removes_its_duplicate_entries_and_its_one_stored_copy(
    api: APIClient, user: Any, django_capture_on_commit_callbacks: Any
) -> None:
    persona = make_persona(owner=user)
    files = [
        pdf_upload("a.pdf"),
        pdf_upload("a-again.pdf"),
        SimpleUploadedFile("page.pdf", HTML_AS_PDF, content_type="application/pdf"),
    ]
    job_id = api.post(URL, {"persona_id": str(persona.pk), "files": files}).json()["job_id"]

    with django_capture_on_commit_callbacks(execute=True):
        erase_candidate(candidate=Candidate.objects.get())

    assert list(JobItem.objects.filter(job_id=job_id).values_list("filename", "cv_id")) == [
        ("page.pdf", None)
    ]
    assert (CV.objects.count(), stored_files()) == (0, [])
