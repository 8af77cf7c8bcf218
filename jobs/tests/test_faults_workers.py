"""Fault suite, workers: killed workers and horses, timeouts, hung LLM calls, dropped DB connections.

Real worker processes, PostgreSQL and Redis; each test asserts the exact end state."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.test import override_settings

from jobs.models import Job
from jobs.tests.faults import (
    assert_all_scored_once,
    cvs,
    llm_env,
    processed,
    terminate_backends,
    upload_accepted,
    work_horse_of,
)
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import database_url_for_tests, poll_until_done, rqworker, wait_for
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_kill_9_of_the_whole_worker_resumes_on_a_new_worker_without_rescoring_done_cvs(
    http: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(6))
    env = llm_env(standin, SCORING_CONCURRENCY="2")

    with rqworker(log_path=tmp_path / "a.log", **env) as first:
        wait_for(lambda: processed(job_id) >= 2, what="two CVs scored")
        # As in a machine crash: the worker and its work-horse (RQ gives the horse its own session).
        horse = work_horse_of(first.pid)
        os.killpg(first.pid, signal.SIGKILL)
        os.kill(horse, signal.SIGKILL)
        first.wait(timeout=10)
    assert Job.objects.get(pk=job_id).status == "processing"
    calls_before = standin.stats()["calls"]

    with rqworker(log_path=tmp_path / "b.log", **env):
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=90)

    job = Job.objects.get(pk=job_id)
    assert final["status"] == "completed", (tmp_path / "b.log").read_text()[-3000:]
    assert_all_scored_once(job, 6)
    assert job.attempts == 2
    done_before_kill = 6 - (standin.stats()["calls"] - calls_before)
    assert done_before_kill >= 2  # the resumed attempt sent only the CVs without a result


def test_kill_9_of_the_work_horse_is_recovered_by_the_same_worker(
    http: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(4))

    with rqworker(log_path=tmp_path / "w.log", **llm_env(standin, SCORING_CONCURRENCY="1")) as worker:
        wait_for(lambda: processed(job_id) >= 1, what="one CV scored")
        os.kill(work_horse_of(worker.pid), signal.SIGKILL)
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=90)
        assert worker.poll() is None

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    job = Job.objects.get(pk=job_id)
    assert_all_scored_once(job, 4)
    assert job.attempts == 2
    assert standin.stats()["calls"] <= 4 + 1


def test_job_timeout_resumes_the_job_until_every_cv_is_scored(
    http: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    with override_settings(JOB_TIMEOUT_S=2):  # RQ's timeout is set by whoever enqueues
        job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(3))
    env = llm_env(standin, SCORING_CONCURRENCY="1", JOB_TIMEOUT_S="2", JOB_MAX_ATTEMPTS="10")
    standin.configure(latency=1.2)

    with rqworker(log_path=tmp_path / "w.log", **env):
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=120)

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    job = Job.objects.get(pk=job_id)
    assert_all_scored_once(job, 3)
    assert job.attempts >= 2


def test_an_llm_that_hangs_past_the_timeout_fails_each_cv_with_a_clear_reason(
    http: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(2))
    standin.configure(latency=0.0, fault_rates={"hang": 1.0}, hang_s=20)
    # With no outage budget nothing waits: each CV fails with the scorer's own reason.
    env = llm_env(standin, LLM_TIMEOUT_S="1", LLM_CV_DEADLINE_S="4", LLM_OUTAGE_BUDGET_S="0")

    with rqworker(log_path=tmp_path / "w.log", **env):
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=60)

    assert final["status"] == "failed", (tmp_path / "w.log").read_text()[-3000:]
    assert final["error"]["code"] == "all_cvs_failed"
    assert [entry["error"]["code"] for entry in final["result"]["scores"]] == ["llm_timeout", "llm_timeout"]


def test_terminating_the_workers_database_connections_mid_job_loses_nothing(
    http: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(4))
    database_url = database_url_for_tests() + "?application_name=cvscoring-fault-worker"
    env = llm_env(standin, SCORING_CONCURRENCY="1", DATABASE_URL=database_url)

    with rqworker(log_path=tmp_path / "w.log", **env):
        wait_for(lambda: processed(job_id) >= 1, what="one CV scored")
        terminate_backends("cvscoring-fault-worker")
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=90)

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    assert_all_scored_once(Job.objects.get(pk=job_id), 4)
