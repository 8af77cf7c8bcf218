"""The seed's `python worker.py` starts the same worker as `manage.py rqworker scoring`."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from candidates.tests.factories import STRONG_BACKEND_CV
from jobs.tests.factories import make_job
from jobs.tests.workers import worker_env

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("media")]


def test_python_worker_py_scores_a_queued_job(user: Any, clean_redis: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)

    finished = subprocess.run(
        [sys.executable, "worker.py", "--burst"],
        cwd=ROOT,
        env=worker_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert finished.returncode == 0, finished.stderr[-2000:]
    job.refresh_from_db()
    assert job.status == "completed"
    assert job.progress == {"processed": 1, "total": 1, "scored": 1, "failed": 0}


def test_the_worker_warms_cv_preparation_before_it_forks(monkeypatch: pytest.MonkeyPatch) -> None:
    from cvscoring import worker

    calls: list[str] = []
    monkeypatch.setattr(worker.readers, "warm_up", lambda: calls.append("parser"))
    monkeypatch.setattr(worker, "warm_up_scorer", lambda: calls.append("scorer"))
    monkeypatch.setattr(worker.pipeline, "warm_up", lambda: calls.append("preparation"))
    worker.ScoringWorker._preload()
    assert calls == ["parser", "scorer", "preparation"]


@pytest.fixture
def switch_interval() -> Iterator[None]:
    """Whatever the worker sets, this test process gets its own interval back."""
    before = sys.getswitchinterval()
    yield
    sys.setswitchinterval(before)


@pytest.mark.usefixtures("switch_interval")
def test_the_worker_shortens_the_gil_switch_interval_its_work_horses_inherit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cvscoring import worker

    for warmer in (worker.readers, worker.pipeline):
        monkeypatch.setattr(warmer, "warm_up", lambda: None)
    monkeypatch.setattr(worker, "warm_up_scorer", lambda: None)
    sys.setswitchinterval(0.005)  # Python's default

    worker.ScoringWorker._preload()

    assert sys.getswitchinterval() == pytest.approx(worker.GIL_SWITCH_INTERVAL_S)
    assert worker.GIL_SWITCH_INTERVAL_S < 0.005
