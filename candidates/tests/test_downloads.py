"""Serving a stored CV: its type from its bytes, a generated filename, inline for PDFs only, also on S3."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from rest_framework.test import APIClient

from candidates.downloads import DOCX, HEAD_BYTES, ODT, download_for, kind_of
from candidates.models import CV, Candidate
from candidates.tests.odtgen import odt, paragraphs
from candidates.tests.pdfgen import cv_pdf
from candidates.tests.s3server import S3Bucket

POLYGLOT = b"<html><script>alert(document.cookie)</script>\n%PDF-1.4\n%%EOF\n"


def store_cv(*, owner: Any, content: bytes, filename: str) -> CV:
    """A stored CV as if it had been accepted, bypassing the upload check (an older or a crafted file)."""
    candidate = Candidate.objects.create(owner=owner, label=Path(filename).stem)
    cv = CV(
        owner=owner,
        candidate=candidate,
        original_filename=filename,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )
    cv.file.save("ignored", ContentFile(content), save=False)
    cv.save()
    return cv


@pytest.mark.parametrize(
    ("head", "content_type", "extension"),
    [
        (b"%PDF-1.7\n", "application/pdf", "pdf"),
        (b"PK\x03\x04\x14\x00", DOCX, "docx"),
        (odt(paragraphs("Jane Candidate"))[:HEAD_BYTES], ODT, "odt"),
        (b"{\\rtf1\\ansi\\deff0", "application/rtf", "rtf"),
        (b"\x89PNG\r\n\x1a\n\x00", "image/png", "png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg", "jpg"),
        (b"II*\x00\x08\x00", "image/tiff", "tif"),
        (POLYGLOT, "application/octet-stream", "bin"),
        (b"", "application/octet-stream", "bin"),
    ],
)
def test_kind_of_reads_the_magic_at_offset_zero(head: bytes, content_type: str, extension: str) -> None:
    kind = kind_of(head)

    assert (kind.content_type, kind.extension) == (content_type, extension)


def test_only_a_pdf_is_served_inline() -> None:
    pdf = download_for("abc", b"%PDF-1.4")
    png = download_for("abc", b"\x89PNG\r\n\x1a\n")

    assert (pdf.content_type, pdf.disposition) == ("application/pdf", 'inline; filename="cv-abc.pdf"')
    assert (png.content_type, png.disposition) == ("image/png", 'attachment; filename="cv-abc.png"')
    assert png.s3_parameters() == {
        "ResponseContentType": "image/png",
        "ResponseContentDisposition": 'attachment; filename="cv-abc.png"',
    }


@pytest.mark.django_db
def test_a_pdf_is_served_inline_under_a_generated_name(tmp_path: Path, api: APIClient, user: Any) -> None:
    with override_settings(MEDIA_ROOT=str(tmp_path)):
        cv = store_cv(owner=user, content=cv_pdf("Alex Example\nPython"), filename="Alex Example.pdf")
        response = api.get(f"/api/v1/cvs/{cv.pk}/file")

        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"] == f'inline; filename="cv-{cv.pk}.pdf"'
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content) == cv_pdf("Alex Example\nPython")


@pytest.mark.django_db
def test_a_stored_polyglot_is_an_opaque_attachment_never_html(
    tmp_path: Path, api: APIClient, user: Any
) -> None:
    with override_settings(MEDIA_ROOT=str(tmp_path)):
        cv = store_cv(owner=user, content=POLYGLOT, filename="poly.html")
        response = api.get(f"/api/v1/cvs/{cv.pk}/file")

        assert response.status_code == 200
        assert response["Content-Type"] == "application/octet-stream"
        assert response["Content-Disposition"] == f'attachment; filename="cv-{cv.pk}.bin"'
        assert response["X-Content-Type-Options"] == "nosniff"
        assert b"".join(response.streaming_content) == POLYGLOT


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "content_type", "disposition"),
    [
        (b"%PDF-1.4\n%%EOF\n", "application/pdf", "inline"),
        (POLYGLOT, "application/octet-stream", "attachment"),
    ],
)
def test_on_s3_the_download_redirects_to_a_signed_url_answering_with_the_same_headers(
    s3: S3Bucket, api: APIClient, user: Any, content: bytes, content_type: str, disposition: str
) -> None:
    cv = store_cv(owner=user, content=content, filename="poly.html")
    extension = "pdf" if disposition == "inline" else "bin"

    response = api.get(f"/api/v1/cvs/{cv.pk}/file")

    assert response.status_code == 302
    assert response["X-Content-Type-Options"] == "nosniff"
    location = urlsplit(response["Location"])
    query = parse_qs(location.query)
    assert f"{location.scheme}://{location.netloc}" == s3.server.endpoint_url
    assert location.path == f"/{s3.name}/cvs/{cv.file.name}"
    assert query["X-Amz-Expires"] == ["300"]
    signed = httpx.get(response["Location"])
    assert signed.status_code == 200
    assert signed.headers["Content-Type"] == content_type
    assert signed.headers["Content-Disposition"] == f'{disposition}; filename="cv-{cv.pk}.{extension}"'
    assert signed.content == content
    unsigned = httpx.get(f"{s3.server.endpoint_url}{location.path}")
    assert unsigned.status_code == 403
