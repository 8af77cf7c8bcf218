"""Start real `manage.py rqworker scoring` processes against the test database and Redis."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def database_url_for_tests() -> str:
    """The URL of the database pytest-django created, so a child process sees the same rows."""
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def worker_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"ANTHROPIC_API_KEY", "ANTHROPIC_BASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="cvscoring.settings",
        DATABASE_URL=database_url_for_tests(),
        REDIS_URL=settings.REDIS_URL,
        SCORING_QUEUE=settings.SCORING_QUEUE,
        CVSCORING_TEST_RUN=os.environ.get("CVSCORING_TEST_RUN", ""),
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        HEARTBEAT_INTERVAL_S="0.5",
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@contextmanager
def rqworker(
    *, log_path: Path, with_scheduler: bool = False, **extra: str
) -> Iterator[subprocess.Popen[bytes]]:
    """Run one `manage.py rqworker scoring` (the scheduler too, for scheduled jobs); stop it on exit."""
    scheduler = ["--with-scheduler"] if with_scheduler else []
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "rqworker", settings.SCORING_QUEUE, *scheduler],
            cwd=ROOT,
            env=worker_env(**extra),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield process
    finally:
        stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def poll_until_done(client: httpx.Client, status_url: str, *, timeout_s: float = 120.0) -> dict[str, Any]:
    """The client loop from ASYNC_WORKFLOW.md: poll until the job ends, honouring Retry-After."""
    deadline = time.monotonic() + timeout_s
    while True:
        response = client.get(status_url)
        response.raise_for_status()
        body: dict[str, Any] = response.json()
        if body["status"] in {"completed", "failed", "cancelled"}:
            return body
        if time.monotonic() > deadline:
            raise AssertionError(f"job still {body['status']} after {timeout_s}s: {body['progress']}")
        time.sleep(min(float(response.headers.get("Retry-After", "1")), 0.25))


def wait_for(predicate: Callable[[], bool], *, timeout_s: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def upload(client: httpx.Client, persona_id: str, files: list[tuple[str, bytes]]) -> httpx.Response:
    """POST an upload-batch as a client does; the caller checks the answer."""
    return client.post(
        "/api/v1/candidate/upload-batch",
        data={"persona_id": persona_id},
        files=[("files", (name, data, "application/pdf")) for name, data in files],
    )
