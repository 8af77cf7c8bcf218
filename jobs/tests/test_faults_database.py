"""Fault suite, database: the service's PostgreSQL connections cut again and again while a job runs.

A failover, a pooler restart or a network hiccup drops every connection; the worker must reconnect and keep
what it already paid for, not burn attempts (issue #16). Real worker, PostgreSQL, Redis and LLM stand-in.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from jobs.models import Job
from jobs.tests.faults import assert_all_scored_once, cut_connections, cvs, llm_env, upload_accepted
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import database_url_for_tests, poll_until_done, rqworker
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

APPLICATION = "cvscoring-fault-db-cuts"


class ConnectionCutter:
    """Cut the named connections every `every_s` seconds for `for_s` seconds, on a side thread."""

    def __init__(self, application_name: str, *, every_s: float, for_s: float) -> None:
        self.cuts: list[int] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(application_name, every_s, for_s))

    def _run(self, application_name: str, every_s: float, for_s: float) -> None:
        for _ in range(round(for_s / every_s)):
            if self._stop.wait(every_s):
                return
            self.cuts.append(cut_connections(application_name))

    def __enter__(self) -> ConnectionCutter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def test_a_40_cv_job_survives_connections_cut_every_5_s_for_30_s(
    http: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    # 40 CVs, 4 at a time, 4 s a call: the job runs past the 30 s of cuts.
    standin.configure(latency=4.0)
    job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(40))
    database_url = f"{database_url_for_tests()}?application_name={APPLICATION}"
    env = llm_env(standin, SCORING_CONCURRENCY="4", DATABASE_URL=database_url)

    with (
        rqworker(log_path=tmp_path / "w.log", **env),
        ConnectionCutter(APPLICATION, every_s=5, for_s=30) as cutter,
    ):
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=150)

    log = (tmp_path / "w.log").read_text()
    assert final["status"] == "completed", log[-3000:]
    job = Job.objects.get(pk=job_id)
    assert_all_scored_once(job, 40)
    assert len(cutter.cuts) == 6
    assert sum(cutter.cuts) >= 6  # every cut found the worker's connections open: each one hit the job
    assert "database unavailable during" in log  # the worker met the cuts and reconnected
    # Not a worker death: one attempt, and no CV was sent to the LLM twice.
    assert job.attempts == 1
    assert standin.stats()["calls"] == 40
