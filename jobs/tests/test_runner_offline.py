"""The direct runner with the offline scorer: scored on the parse threads, progress looked at on a clock."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV, pdf_upload
from jobs import pipeline, runner
from jobs.models import ItemStatus, Job, JobStatus
from jobs.scorers import get_scorer, warm_up_scorer
from jobs.scoring import semantic
from jobs.scoring.offline import OfflineScorer
from jobs.services import start_scoring_job
from jobs.tasks import run_scoring_job
from personas.tests.factories import make_persona

# The heartbeat thread and the runner's main thread use separate connections: rows must be committed.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("media")]

TEXTS = [
    STRONG_BACKEND_CV,
    WEAK_BACKEND_CV,
    STRONG_BACKEND_CV.replace("Kubernetes", "Heroku"),
    WEAK_BACKEND_CV + "\nVolunteer: mentored two junior developers in Python.",
]


def _job(user: Any, persona: Any) -> Job:
    files = [pdf_upload(f"cv{index}.pdf", text) for index, text in enumerate(TEXTS)]
    return start_scoring_job(user=user, persona=persona, files=files)


def _results(job: Job) -> list[tuple[Any, ...]]:
    items = job.items.order_by("position")
    fields = ["status", "score", "recommendation", "criteria", "summary", "flags", "flag_details"]
    fields.append("error_code")
    return list(items.values_list(*fields))


@pytest.fixture
def scoring_threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of the thread each offline scoring ran on."""
    names: list[str] = []
    score = OfflineScorer.score

    def spy(self: OfflineScorer, text: str, rubric: Any) -> Any:
        names.append(threading.current_thread().name)
        return score(self, text, rubric)

    monkeypatch.setattr(OfflineScorer, "score", spy)
    return names


def test_offline_scoring_runs_on_the_parse_threads_with_the_same_results_as_the_scoring_pool(
    user: Any, settings: Any, monkeypatch: pytest.MonkeyPatch, scoring_threads: list[str]
) -> None:
    settings.RESULT_REUSE = False  # the second job scores the same files again instead of copying
    persona = make_persona(owner=user)
    pooled, inline = _job(user, persona), _job(user, persona)

    with monkeypatch.context() as patched:
        patched.setattr(runner, "scores_inline", lambda scorer: False)
        assert run_scoring_job(str(pooled.pk)) == JobStatus.COMPLETED
    on_pool, scoring_threads[:] = list(scoring_threads), []
    assert run_scoring_job(str(inline.pk)) == JobStatus.COMPLETED

    assert {name.split("_")[0] for name in on_pool} == {"score"}
    assert {name.split("_")[0] for name in scoring_threads} == {"parse"}
    assert len(scoring_threads) == len(TEXTS)
    assert _results(inline) == _results(pooled)
    assert [row[0] for row in _results(inline)] == [ItemStatus.SCORED] * len(TEXTS)


def test_the_parse_pool_has_one_more_thread_when_it_also_scores(settings: Any) -> None:
    settings.PARSE_CONCURRENCY = 2
    assert runner.parse_threads(OfflineScorer()) == 3
    llm: Any = type("Llm", (), {"name": "anthropic"})()
    assert runner.parse_threads(llm) == 2


def test_progress_and_cancel_are_looked_at_once_per_interval_and_the_job_counts_every_cv_at_its_end(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[Any] = []
    must_stop = runner._must_stop

    def counted(job: Job) -> bool:
        checks.append(job.pk)
        return must_stop(job)

    monkeypatch.setattr(runner, "_must_stop", counted)
    monkeypatch.setattr(runner, "PROGRESS_INTERVAL_S", 3600.0)
    job = _job(user, make_persona(owner=user))

    assert run_scoring_job(str(job.pk)) == JobStatus.COMPLETED

    assert checks == []  # four CVs land well within the hour: no check on the way
    job.refresh_from_db()
    assert job.progress == {"processed": 4, "total": 4, "scored": 4, "failed": 0}


def test_a_cancel_request_stops_a_running_offline_job_at_the_next_check(
    user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "PROGRESS_INTERVAL_S", 0.0)
    monkeypatch.setattr(runner, "parse_threads", lambda scorer: 1)  # one CV at a time, in upload order
    record = pipeline.record

    def cancel_after_the_first(item: Any, outcome: Any) -> None:
        record(item, outcome)
        Job.objects.filter(pk=item.job_id).update(cancel_requested=True)

    monkeypatch.setattr(runner, "record", cancel_after_the_first)
    job = _job(user, make_persona(owner=user))

    assert run_scoring_job(str(job.pk)) == JobStatus.CANCELLED

    statuses = [row[0] for row in _results(job)]
    assert statuses[0] == ItemStatus.SCORED
    assert ItemStatus.CANCELLED in statuses[1:]


def test_the_ticker_is_due_once_per_interval(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    ticker = runner.Ticker(0.25)
    assert ticker.due() is False
    now[0] += 0.25
    assert (ticker.due(), ticker.due()) == (True, False)
    now[0] += 0.1
    assert ticker.due() is False
    now[0] += 0.2
    assert ticker.due() is True


def test_warming_the_offline_scorer_loads_its_embeddings(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.ANTHROPIC_API_KEY = ""
    get_scorer.cache_clear()
    monkeypatch.setattr(semantic, "_MODEL", [])
    try:
        warm_up_scorer()
        assert get_scorer().name == "offline"
        assert len(semantic._MODEL) == 1
    finally:
        get_scorer.cache_clear()
