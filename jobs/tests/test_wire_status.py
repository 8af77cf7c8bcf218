"""The job's status on the wire keeps the seed's four values; the seed's own client loop ends on every job."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
import requests
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from candidates.tests.factories import STRONG_BACKEND_CV
from jobs.models import Job
from jobs.tasks import run_scoring_job
from jobs.tests.factories import make_job

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("media")]

# The seed's client, word for word; only `requests` (the base URL and token) and `time` (what a pause does)
# are supplied by the test.
SEED_CLIENT_LOOP = """
while True:
    status = requests.get(f'/api/v1/jobs/{job_id}/status').json()
    if status['status'] in ['completed', 'failed']:
        break
    time.sleep(2)
"""


def test_a_cancelled_job_is_failed_with_a_cancelled_error_and_state(api: APIClient, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)

    body = api.post(f"/api/v1/jobs/{job.pk}/cancel").json()

    assert Job.objects.get(pk=job.pk).status == "cancelled"
    assert (body["status"], body["state"]) == ("failed", "cancelled")
    assert body["error"]["code"] == "cancelled"
    listed = api.get("/api/v1/jobs/my-jobs").json()["results"][0]
    assert (listed["status"], listed["state"], listed["error"]["code"]) == (
        "failed",
        "cancelled",
        "cancelled",
    )
    assert api.get(f"/api/v1/jobs/{job.pk}/results.json").json()["status"] == "failed"


def test_a_job_waiting_for_its_batch_is_processing_in_state_waiting_for_batch(
    api: APIClient, user: Any
) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    check_at = timezone.now() + timedelta(minutes=1)
    Job.objects.filter(pk=job.pk).update(status="processing", llm_batch_id="b1", llm_batch_check_at=check_at)

    body = api.get(f"/api/v1/jobs/{job.pk}/status").json()

    assert (body["status"], body["state"], body["error"]) == ("processing", "waiting_for_batch", None)


def test_a_completed_and_an_all_failed_job_keep_their_status_as_state(api: APIClient, user: Any) -> None:
    completed = make_job(user, STRONG_BACKEND_CV)
    failed = make_job(user, "tiny")
    run_scoring_job(str(completed.pk))
    run_scoring_job(str(failed.pk))

    done = api.get(f"/api/v1/jobs/{completed.pk}/status").json()
    lost = api.get(f"/api/v1/jobs/{failed.pk}/status").json()

    assert (done["status"], done["state"], done["error"]) == ("completed", "completed", None)
    assert (lost["status"], lost["state"], lost["error"]["code"]) == ("failed", "failed", "all_cvs_failed")


@pytest.mark.parametrize("query", ["limit=abc", "limit=0", "limit=", "offset=-1", "offset=x", "limit=1.5"])
def test_my_jobs_answers_400_to_a_bad_limit_or_offset(api: APIClient, query: str) -> None:
    response = api.get(f"/api/v1/jobs/my-jobs?{query}")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert list(error["fields"]) == [query.split("=")[0]]


class SeedRequests:
    """`requests` as the seed's loop uses it: relative URLs against the test server, with the token."""

    def __init__(self, base_url: str, token: str) -> None:
        self.base_url, self.token = base_url, token
        self.polls: list[str] = []

    def get(self, path: str) -> requests.Response:
        response = requests.get(
            self.base_url + path, headers={"Authorization": f"Token {self.token}"}, timeout=30
        )
        self.polls.append(response.json()["status"])
        return response


class SeedTime:
    """`time` for the seed's loop: the first pause ends the job; a loop still polling after 3 pauses fails."""

    def __init__(self, end_job: Callable[[], None]) -> None:
        self.end_job, self.pauses = end_job, 0

    def sleep(self, seconds: float) -> None:
        self.pauses += 1
        assert self.pauses <= 3, "the seed's client loop is still polling a job that has ended"
        if self.pauses == 1:
            self.end_job()


@pytest.mark.parametrize("ending", ["cancelled", "failed", "completed"])
def test_the_seed_client_loop_verbatim_ends_for_every_way_a_job_ends(
    live_server: Any, user: Any, api: APIClient, ending: str
) -> None:
    job = make_job(user, "tiny" if ending == "failed" else STRONG_BACKEND_CV)
    endings = {
        "cancelled": lambda: api.post(f"/api/v1/jobs/{job.pk}/cancel"),
        "failed": lambda: run_scoring_job(str(job.pk)),
        "completed": lambda: run_scoring_job(str(job.pk)),
    }
    client = SeedRequests(live_server.url, Token.objects.get(user=user).key)
    clock = SeedTime(endings[ending])

    exec(SEED_CLIENT_LOOP, {"requests": client, "time": clock, "job_id": str(job.pk)})

    assert client.polls == ["queued", "completed" if ending == "completed" else "failed"]
    assert Job.objects.get(pk=job.pk).status == ending
