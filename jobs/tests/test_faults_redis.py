"""Fault suite, Redis: down during an upload, and stopped in the middle of a job (on a private server)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from jobs.models import Job
from jobs.tests.faults import (
    RECOVERY,
    PrivateRedis,
    assert_all_scored_once,
    cvs,
    llm_env,
    processed,
    upload_accepted,
)
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import poll_until_done, rqworker, wait_for
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_an_upload_while_redis_is_down_is_enqueued_once_redis_is_back(
    http: httpx.Client, user: Any, private_redis: PrivateRedis, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)

    job_id = upload_accepted(http, str(persona.pk), cvs(2))  # Redis is not running yet
    assert Job.objects.get(pk=job_id).status == "queued"
    private_redis.start()

    with rqworker(log_path=tmp_path / "w.log", REDIS_URL=private_redis.url, **RECOVERY):
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=60)

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    assert final["progress"]["scored"] == 2


def test_redis_stopping_during_a_job_loses_nothing(
    http: httpx.Client, user: Any, private_redis: PrivateRedis, standin: StandIn, tmp_path: Path
) -> None:
    private_redis.start()
    job_id = upload_accepted(http, str(make_persona(owner=user).pk), cvs(4))
    env = llm_env(standin, REDIS_URL=private_redis.url, SCORING_CONCURRENCY="1")

    with rqworker(log_path=tmp_path / "w.log", **env):
        wait_for(lambda: processed(job_id) >= 1, what="one CV scored")
        private_redis.stop()
        # The claimed job goes on while Redis is away: its rows are in PostgreSQL.
        wait_for(lambda: processed(job_id) >= 2, what="a CV scored without Redis")
        private_redis.start()
        wait_for(lambda: Job.objects.get(pk=job_id).is_terminal, timeout_s=90, what="the job to end")

    assert_all_scored_once(Job.objects.get(pk=job_id), 4)
