"""An upload body that stopped short is refused whole (api.completebody), before anything is stored."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from rest_framework.test import APIClient

from api.completebody import CompleteBodyStream, IncompleteBody, closing_delimiter
from candidates.models import CV, Candidate
from candidates.tests.factories import pdf_upload
from jobs.models import Job
from personas.tests.factories import make_persona

URL = "/api/v1/candidate/upload-batch"


def _body(persona_id: str, count: int) -> bytes:
    files = [pdf_upload(f"cv{i}.pdf") for i in range(count)]
    return encode_multipart(BOUNDARY, {"persona_id": persona_id, "files": files})


def _assert_nothing_created() -> None:
    assert Job.objects.count() == 0
    assert (Candidate.objects.count(), CV.objects.count()) == (0, 0)
    assert [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()] == []


@pytest.mark.django_db
@pytest.mark.usefixtures("media")
def test_a_multipart_body_without_its_closing_boundary_is_refused_whole(api: APIClient, user: Any) -> None:
    body = _body(str(make_persona(owner=user).pk), 3)
    closing = f"--{BOUNDARY}--".encode()
    assert body.rstrip().endswith(closing)
    cut = body[: body.rindex(closing)]  # every file part arrived whole; only the end is missing

    response = api.generic("POST", URL, data=cut, content_type=MULTIPART_CONTENT)

    assert response.status_code == 400
    assert response.json()["error"] == {
        "code": "malformed_request",
        "message": "Multipart form parse error - The multipart body ended before its closing boundary.",
    }
    _assert_nothing_created()


def test_the_stream_refuses_a_body_shorter_than_its_length() -> None:
    stream = CompleteBodyStream(io.BytesIO(b"0123456789"), length=20, closing=None)

    assert stream.read(6) == b"012345"
    assert stream.read(10) == b"6789"  # a short read is no end yet; the empty one after it is
    with pytest.raises(IncompleteBody, match="ended after 10 of the 20 bytes"):
        stream.read(10)


def test_the_stream_finds_a_closing_delimiter_split_across_reads() -> None:
    body = b"--xyz\r\ncontent\r\n--xyz--\r\n"
    stream = CompleteBodyStream(io.BytesIO(body), length=len(body), closing=b"--xyz--")

    assert b"".join(stream.read(4) for _ in range(7)) == body


def test_the_closing_delimiter_comes_from_a_multipart_content_type_only() -> None:
    assert closing_delimiter('multipart/form-data; boundary="a b"') == b"--a b--"
    assert closing_delimiter("multipart/form-data; charset=utf-8; boundary=xyz") == b"--xyz--"
    assert closing_delimiter("application/json") is None
