"""Shared pieces of the fault suite: worker environments, uploads, waiting, and killing things on purpose."""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import httpx
import psycopg2
import pytest
from django.db import connection

from candidates.tests.corpus import CORPUS
from candidates.tests.factories import STRONG_BACKEND_CV
from candidates.tests.pdfgen import cv_pdf
from jobs.models import Job
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import upload, wait_for

CORPUS_NASTY = CORPUS / "nasty"

# Fast recovery for tests: heartbeats every 0.5 s, stale after 3 s, sweeps every second.
RECOVERY = {"HEARTBEAT_STALE_S": "3", "SWEEP_INTERVAL_S": "1", "QUEUED_STALE_S": "2"}


def llm_env(standin: StandIn, **extra: str) -> dict[str, str]:
    return {"ANTHROPIC_API_KEY": "test-key", "ANTHROPIC_BASE_URL": standin.base_url, **RECOVERY, **extra}


def cvs(count: int, start: int = 0) -> list[tuple[str, bytes]]:
    """Distinct CVs; the same `start` gives the same files (a later job may reuse their results)."""
    return [
        (f"cv{i}.pdf", cv_pdf(f"{STRONG_BACKEND_CV}\nProject {i}: migrated service {i} to Kubernetes"))
        for i in range(start, start + count)
    ]


def upload_accepted(client: httpx.Client, persona_id: str, files: list[tuple[str, bytes]]) -> str:
    """Upload and return the job id of the 202 answer."""
    response = upload(client, persona_id, files)
    assert response.status_code == 202, response.text
    return str(response.json()["job_id"])


def processed(job_id: str) -> int:
    job = Job.objects.get(pk=job_id)
    return int(job.progress.get("processed", 0))


def children_of(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(line) for line in out.split()]


def work_horse_of(worker_pid: int) -> int:
    """The forked child running the job: it shares the worker's command line."""
    with open(f"/proc/{worker_pid}/cmdline", "rb") as handle:
        parent_cmd = handle.read()
    for child in children_of(worker_pid):
        try:
            with open(f"/proc/{child}/cmdline", "rb") as handle:
                if handle.read() == parent_cmd:
                    return child
        except FileNotFoundError:
            continue
    raise AssertionError("no work-horse found")


def assert_all_scored_once(job: Job, count: int) -> None:
    assert job.status == "completed"
    assert job.items.count() == count
    assert set(job.items.values_list("status", flat=True)) == {"scored"}
    assert job.progress == {"total": count, "processed": count, "scored": count, "failed": 0}


def cut_connections(application_name: str) -> int:
    """pg_terminate_backend every connection the service opened under this name; how many were cut."""
    db = connection.settings_dict
    admin = psycopg2.connect(
        dbname=db["NAME"],
        user=db["USER"],
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        password=db.get("PASSWORD") or None,
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = %s",
            [application_name],
        )
        (cut,) = cursor.fetchone()
    admin.close()
    return int(cut)


def terminate_backends(application_name: str) -> None:
    assert cut_connections(application_name) >= 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateRedis:
    def __init__(self, directory: Path) -> None:
        self.port = _free_port()
        self.directory = directory
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed")
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for(self._answers, timeout_s=10, what="private redis")

    def _answers(self) -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", self.port)) == 0

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
