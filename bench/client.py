"""Talk to the running stack: the API as a recruiter would, the stand-in's control plane, job rows."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import httpx

from jobs.models import TERMINAL_JOB_STATUSES, Job


@dataclass(frozen=True)
class Prepared:
    """A multipart body encoded once, so timing a request never includes encoding it."""

    body: bytes
    headers: dict[str, str]

    @property
    def size(self) -> int:
        return len(self.body)


def prepare_upload(persona_id: str, files: list[tuple[str, bytes]]) -> Prepared:
    request = httpx.Request(
        "POST",
        "http://bench.invalid/",
        data={"persona_id": persona_id},
        files=[("files", (name, data, "application/pdf")) for name, data in files],
    )
    return Prepared(request.read(), {"Content-Type": request.headers["Content-Type"]})


@dataclass(frozen=True)
class Accepted:
    job_id: str
    sent_at: float  # time.time() just before the request went out
    elapsed_s: float  # until the 202 was read


class Api:
    """The service over HTTP with the bench user's token."""

    def __init__(self, base_url: str, token: str, persona_id: str) -> None:
        self.base_url = base_url
        self.auth = {"Authorization": f"Token {token}"}
        self.persona_id = persona_id
        self.http = httpx.Client(base_url=base_url, headers=self.auth, timeout=120)

    def close(self) -> None:
        self.http.close()

    def post_timed(self, path: str, prepared: Prepared) -> tuple[httpx.Response, float]:
        started = time.perf_counter()
        response = self.http.post(path, content=prepared.body, headers=prepared.headers)
        return response, time.perf_counter() - started

    def upload(self, files: list[tuple[str, bytes]]) -> Accepted:
        """Upload a batch (encoded before the clock starts); the job id, when it was sent, how long to 202."""
        prepared = prepare_upload(self.persona_id, files)
        sent_at = time.time()
        response, elapsed = self.post_timed("/api/v1/candidate/upload-batch", prepared)
        if response.status_code != 202:
            raise RuntimeError(f"upload answered {response.status_code}: {response.text[:500]}")
        return Accepted(str(response.json()["job_id"]), sent_at, elapsed)


class StandIn:
    """The Messages API stand-in's control plane: POST /_control, GET /_stats."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, timeout=30)

    def configure(self, **settings: Any) -> None:
        self.http.post("/_control", json=settings).raise_for_status()

    def stats(self, *, bodies: bool = False) -> dict[str, Any]:
        response = self.http.get("/_stats", params={"bodies": "1"} if bodies else None)
        response.raise_for_status()
        stats: dict[str, Any] = response.json()
        return stats

    def close(self) -> None:
        self.http.close()


def wait_for_jobs(job_ids: list[str], *, timeout_s: float, poll_s: float = 0.02) -> list[Job]:
    """Poll the job rows (cheaper than the API, and exact) until every job ended; return them in order."""
    deadline = time.monotonic() + timeout_s
    while True:
        done = Job.objects.filter(pk__in=job_ids, status__in=TERMINAL_JOB_STATUSES).count()
        if done == len(job_ids):
            jobs = {str(job.pk): job for job in Job.objects.filter(pk__in=job_ids)}
            return [jobs[job_id] for job_id in job_ids]
        if time.monotonic() > deadline:
            states = list(Job.objects.filter(pk__in=job_ids).values_list("status", "progress"))
            raise TimeoutError(f"jobs not finished after {timeout_s}s: {states}")
        time.sleep(poll_s)
