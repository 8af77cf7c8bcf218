"""Parking a job for an LLM outage: the wait it picks, the breaker, and what the sweeper does with it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import django_rq
import pytest
from django.conf import settings
from django.test import override_settings
from django.utils import timezone
from rq.registry import ScheduledJobRegistry

from jobs.llmwait import next_wait_s
from jobs.models import Job
from jobs.recovery import sweep
from jobs.scoring.breaker import OutageBreaker, is_outage
from jobs.tests.factories import make_job


@override_settings(LLM_OUTAGE_FIRST_WAIT_S=5, LLM_OUTAGE_MAX_WAIT_S=60)
def test_the_wait_grows_with_the_outage_within_bounds_and_honours_retry_after() -> None:
    assert 5.0 <= next_wait_s(0, None) <= 5.5
    assert 20.0 <= next_wait_s(40, None) <= 22.0
    assert 60.0 <= next_wait_s(600, None) <= 66.0
    assert 30.0 <= next_wait_s(0, 30.0) <= 33.0  # the API asked for more than our first wait


def test_the_breaker_opens_on_the_first_outage_and_keeps_the_longest_retry_after() -> None:
    breaker = OutageBreaker()
    assert not breaker.is_open
    breaker.trip("llm_unavailable", 2.0)
    breaker.trip("llm_rate_limited", None)
    breaker.trip("llm_unavailable", 7.5)
    assert breaker.is_open
    assert breaker.retry_after_s == 7.5


def test_only_retryable_api_faults_are_outages() -> None:
    assert is_outage("llm_unavailable", True)
    assert is_outage("llm_rate_limited", True)
    assert is_outage("llm_timeout", True)
    assert not is_outage("llm_unavailable", False)
    assert not is_outage("llm_spend_limit", False)
    assert not is_outage("invalid_llm_response", True)


def _parked(user: Any, *, until: Any) -> Job:
    job = make_job(user)
    Job.objects.filter(pk=job.pk).update(status="processing", attempts=1)
    job.refresh_from_db()
    assert job.wait_for_llm(until=until)
    return job


@pytest.mark.django_db
@pytest.mark.usefixtures("media")
def test_a_parked_job_is_not_taken_for_a_dead_worker(user: Any, clean_redis: Any) -> None:
    job = _parked(user, until=timezone.now() + timedelta(minutes=5))
    Job.objects.filter(pk=job.pk).update(updated_at=timezone.now() - timedelta(hours=1))

    report = sweep()

    assert (report.resumed, report.failed, report.llm_resumes) == ([], [], [])
    job.refresh_from_db()
    assert (job.status, job.attempts) == ("processing", 1)


@pytest.mark.django_db
@pytest.mark.usefixtures("media")
@override_settings(HEARTBEAT_STALE_S=60)
def test_the_sweeper_queues_a_lost_resume_again(user: Any, clean_redis: Any) -> None:
    job = _parked(user, until=timezone.now() - timedelta(minutes=5))

    report = sweep()

    assert report.llm_resumes == [str(job.pk)]
    queue = django_rq.get_queue(settings.SCORING_QUEUE)
    assert job.waiting_for_llm_until is not None
    rq_id = f"llm-wait-{job.pk}-{int(job.waiting_for_llm_until.timestamp() * 1000)}"
    assert rq_id in [*queue.job_ids, *ScheduledJobRegistry(queue=queue).get_job_ids()]


@pytest.mark.django_db
@pytest.mark.usefixtures("media")
def test_a_resume_takes_the_job_once_and_only_when_due(user: Any, clean_redis: Any) -> None:
    job = _parked(user, until=timezone.now() + timedelta(minutes=5))
    assert not job.resume_after_llm_wait(early=timedelta(seconds=1))

    Job.objects.filter(pk=job.pk).update(waiting_for_llm_until=timezone.now())
    assert job.resume_after_llm_wait(early=timedelta(seconds=1))
    assert not Job.objects.get(pk=job.pk).resume_after_llm_wait(early=timedelta(seconds=1))
    assert job.waiting_for_llm_until is None
    assert job.heartbeat_at is not None
