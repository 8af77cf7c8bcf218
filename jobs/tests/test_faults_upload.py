"""Fault suite, uploads: a body cut off half-way is refused whole, over a raw socket to a real server.

A client crash or a proxy timeout stops a multipart body part-way; Django would parse the files that had
arrived whole and the job would be a smaller batch the client never sent (issue #16).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from django.core.signals import request_finished

from candidates.models import CV, Candidate
from jobs.models import Job
from jobs.tests.faults import cvs
from jobs.tests.workers import wait_for
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


class FinishedRequests:
    """Counts requests the live server has finished handling (its thread sends `request_finished`)."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def __call__(self, **kwargs: Any) -> None:
        with self._lock:
            self.count += 1


@pytest.fixture
def finished() -> Iterator[FinishedRequests]:
    counter = FinishedRequests()
    request_finished.connect(counter, weak=False)
    yield counter
    request_finished.disconnect(counter)


def _upload_bytes(http: httpx.Client, persona_id: str, count: int) -> bytes:
    """The whole HTTP/1.1 request a client would send for an upload of `count` CVs."""
    request = http.build_request(
        "POST",
        "/api/v1/candidate/upload-batch",
        data={"persona_id": persona_id},
        files=[("files", (name, data, "application/pdf")) for name, data in cvs(count)],
    )
    body = request.read()
    head = [f"POST {request.url.raw_path.decode()} HTTP/1.1", f"Host: {request.url.netloc.decode()}"]
    head += [f"{name}: {value}" for name, value in request.headers.items() if name.lower() != "host"]
    assert request.headers["content-length"] == str(len(body))
    return "\r\n".join(head).encode() + b"\r\n\r\n" + body


def _send_half(http: httpx.Client, raw: bytes) -> socket.socket:
    url = urlsplit(str(http.base_url))
    sock = socket.create_connection((url.hostname or "127.0.0.1", url.port or 80), timeout=30)
    sock.sendall(raw[: len(raw) // 2])
    return sock


def _stored_files(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


def _assert_nothing_created(media: Path) -> None:
    assert Job.objects.count() == 0
    assert CV.objects.count() == 0
    assert Candidate.objects.count() == 0
    assert _stored_files(media) == []


def test_an_upload_half_closed_half_way_is_answered_400_and_creates_nothing(
    http: httpx.Client, user: Any, media: Path, finished: FinishedRequests
) -> None:
    raw = _upload_bytes(http, str(make_persona(owner=user).pk), 20)

    sock = _send_half(http, raw)
    sock.shutdown(socket.SHUT_WR)  # the client stops sending but still listens
    with sock, sock.makefile("rb") as answer:
        status_line = answer.readline().decode()
        rest = answer.read().decode()

    assert status_line.startswith("HTTP/1.1 400"), status_line + rest
    error = json.loads(rest.split("\r\n\r\n", 1)[1])["error"]
    assert error["code"] == "malformed_request"
    declared = len(raw.split(b"\r\n\r\n", 1)[1])
    assert error["message"].endswith(
        f"ended after {len(raw) // 2 - (len(raw) - declared)} of the {declared} bytes it declared."
    )
    wait_for(lambda: finished.count >= 1, timeout_s=10, what="the server to finish the request")
    _assert_nothing_created(media)


def test_an_upload_whose_client_closed_half_way_creates_nothing(
    http: httpx.Client, user: Any, media: Path, finished: FinishedRequests
) -> None:
    raw = _upload_bytes(http, str(make_persona(owner=user).pk), 20)

    _send_half(http, raw).close()  # the client crashed: nobody reads an answer

    wait_for(lambda: finished.count >= 1, timeout_s=10, what="the server to finish the request")
    _assert_nothing_created(media)


def test_a_complete_upload_through_the_same_raw_socket_is_accepted(
    http: httpx.Client, user: Any, media: Path
) -> None:
    raw = _upload_bytes(http, str(make_persona(owner=user).pk), 3)
    url = urlsplit(str(http.base_url))

    with socket.create_connection((url.hostname or "127.0.0.1", url.port or 80), timeout=30) as sock:
        sock.sendall(raw)
        sock.shutdown(socket.SHUT_WR)
        with sock.makefile("rb") as answer:
            status_line = answer.readline().decode()

    assert status_line.startswith("HTTP/1.1 202"), status_line
    assert Job.objects.get().items.count() == 3
    assert len(_stored_files(media)) == 3
