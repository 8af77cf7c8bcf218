"""The retention purge runs on the workers' schedule: once a period across all of them, never when off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.utils import timezone
from rq import Queue
from rq.exceptions import StopRequested

from candidates.models import CV, Candidate
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from cvscoring import worker as worker_module
from cvscoring.retention import purge_lock_key, purge_when_due
from cvscoring.worker import ScoringWorker
from jobs.tests.factories import make_job

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("media")]


@pytest.fixture
def redis(clean_redis: Any) -> Iterator[Any]:
    clean_redis.delete(purge_lock_key())
    yield clean_redis
    clean_redis.delete(purge_lock_key())


@pytest.fixture
def one_old_one_new(user: Any, settings: Any) -> None:
    settings.CV_RETENTION_DAYS = 30
    settings.PURGE_INTERVAL_S = 3600
    make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    old = Candidate.objects.get(label="cv0")
    long_ago = timezone.now() - timedelta(days=40)
    Candidate.objects.filter(pk=old.pk).update(created_at=long_ago)
    CV.objects.filter(candidate=old).update(created_at=long_ago)


def labels() -> list[str]:
    return sorted(Candidate.objects.values_list("label", flat=True))


def test_the_purge_runs_once_a_period_whoever_offers(redis: Any, one_old_one_new: None) -> None:
    assert purge_when_due(redis) == 1
    assert labels() == ["cv1"]
    assert 3590 <= redis.ttl(purge_lock_key()) <= 3600

    assert purge_when_due(redis) is None  # another worker, within the period

    redis.delete(purge_lock_key())  # the period is over
    assert purge_when_due(redis) == 0


def test_no_purge_without_a_retention_period(redis: Any, one_old_one_new: None, settings: Any) -> None:
    settings.CV_RETENTION_DAYS = 0

    assert purge_when_due(redis) is None
    assert labels() == ["cv0", "cv1"]
    assert redis.exists(purge_lock_key()) == 0


def test_the_scoring_workers_maintenance_pass_runs_the_purge(
    redis: Any, one_old_one_new: None, media: Path
) -> None:
    worker = ScoringWorker([Queue(settings.SCORING_QUEUE, connection=redis)], connection=redis)

    worker.run_maintenance_tasks()

    assert labels() == ["cv1"]
    assert len([path for path in media.rglob("*") if path.is_file()]) == 1


def test_a_stop_requested_during_maintenance_is_rqs_not_a_maintenance_failure(
    redis: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # rq's signal handler raises StopRequested wherever an idle worker is, maintenance included (Ctrl-C).
    worker = ScoringWorker([Queue(settings.SCORING_QUEUE, connection=redis)], connection=redis)

    def interrupted() -> None:
        raise StopRequested

    monkeypatch.setattr(worker_module, "sweep", interrupted)

    with pytest.raises(StopRequested):
        worker.run_maintenance_tasks()
    assert "maintenance failed" not in caplog.text
