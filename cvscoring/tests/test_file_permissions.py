"""Stored CVs are private to the service's user and group: files 0640, folders 0750, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from candidates.tests.factories import pdf_upload
from personas.tests.factories import make_persona

pytestmark = pytest.mark.django_db


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_uploaded_cvs_are_written_0640_in_folders_0750(
    tmp_path: Path, api: APIClient, user: Any, permissive_umask: None
) -> None:
    media = tmp_path / "media"
    with override_settings(MEDIA_ROOT=str(media)):
        response = api.post(
            "/api/v1/candidate/upload-batch",
            {"persona_id": str(make_persona(owner=user).pk), "files": [pdf_upload("a.pdf")]},
        )

    files = [path for path in media.rglob("*") if path.is_file()]
    folders = [media, *(path for path in media.rglob("*") if path.is_dir())]
    assert response.status_code == 202
    assert len(files) == 1
    assert {oct(mode(path)) for path in files} == {"0o640"}
    assert {oct(mode(path)) for path in folders} == {"0o750"}
