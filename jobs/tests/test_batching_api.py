"""The pure parts of Message Batches: the SDK boundary (against the stand-in), the backoff, shared scoring."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import anthropic
import httpx
import pytest
from django.test import override_settings
from django.utils import timezone

from candidates.tests.factories import STRONG_BACKEND_CV
from jobs.batching import _delay
from jobs.models import Job
from jobs.scoring.batch import MessageBatches
from jobs.scoring.llm import build_request, parse_response
from jobs.scoring.pipeline import finish, prepare_cv
from jobs.scoring.types import Criterion, Rubric, ScoringError
from jobs.tests.llm_standin import StandIn
from jobs.tests.llm_standin_answers import answer_for
from jobs.tests.workers import wait_for

RUBRIC = Rubric(
    role_title="Backend engineer",
    description="Python services",
    criteria=(
        Criterion("Python", "Python and Django services", weight=2, required=True),
        Criterion("Databases", "PostgreSQL schema design"),
    ),
    blind=False,
)
NO_COUNTS = {"processing": 0, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn(batch_delay=0.2) as standin:
        yield standin


def api_for(standin: StandIn) -> MessageBatches:
    return MessageBatches(anthropic.Anthropic(api_key="test-key", base_url=standin.base_url, max_retries=0))


def requests(count: int, *, first: int = 1) -> list[dict[str, object]]:
    text = prepare_cv(text=STRONG_BACKEND_CV, hidden=(), rubric=RUBRIC).text
    return [{"custom_id": str(first + i), "params": build_request(text, RUBRIC)} for i in range(count)]


def test_a_batch_is_in_progress_until_its_delay_then_ends_with_a_result_per_request(
    standin: StandIn,
) -> None:
    standin.configure(faults=["ok", "errored", "expired"])
    api = api_for(standin)

    created = api.create(requests(3))

    assert (created.processing_status, created.ended, created.size) == ("in_progress", False, 3)
    assert created.request_counts == {**NO_COUNTS, "processing": 3}
    wait_for(lambda: standin.batches.has_ended(created.id), timeout_s=10, what="the batch to end")
    ended = api.retrieve(created.id)
    assert ended.request_counts == {**NO_COUNTS, "succeeded": 1, "errored": 1, "expired": 1}
    results = {result.custom_id: result for result in api.results(created.id)}
    assert [(key, results[key].kind, results[key].error_type) for key in sorted(results)] == [
        ("1", "succeeded", ""),
        ("2", "errored", "invalid_request_error"),
        ("3", "expired", ""),
    ]
    assert parse_response(results["1"].message, RUBRIC, batch=True).summary.startswith("Stand-in assessment")
    assert standin.stats()["batches"] == {
        "created": 1,
        "requests": 3,
        "retrieved": 2,  # ours, and the SDK's own before reading the results
        "listed": 0,
        "results": 1,
        "cancelled": 0,
        "outcomes": {"ok": 1, "errored": 1, "expired": 1},
    }
    assert standin.stats()["calls"] == 0


def test_a_cancelled_batch_ends_with_every_request_cancelled(standin: StandIn) -> None:
    standin.configure(batch_delay=60)
    api = api_for(standin)
    created = api.create(requests(2))

    assert api.cancel(created.id).processing_status == "canceling"
    wait_for(lambda: standin.batches.has_ended(created.id), timeout_s=10, what="the cancel to end it")
    assert [result.kind for result in api.results(created.id)] == ["canceled", "canceled"]


def test_find_returns_batches_of_that_size_created_in_the_window_newest_first(standin: StandIn) -> None:
    api = api_for(standin)
    before = datetime.now(UTC)
    first, second, third = api.create(requests(2)), api.create(requests(3)), api.create(requests(2))
    after = datetime.now(UTC)

    assert api.find(created_from=before, created_to=after, size=2) == [third.id, first.id]
    assert api.find(created_from=after, created_to=after + timedelta(minutes=1), size=2) == []
    assert api.find(created_from=before - timedelta(minutes=1), created_to=before, size=2) == []
    client = anthropic.Anthropic(api_key="test-key", base_url=standin.base_url, max_retries=0)
    pages = [batch.id for batch in client.messages.batches.list(limit=1)]  # the SDK follows after_id
    assert pages == [third.id, second.id, first.id]


def test_api_failures_become_scoring_errors_that_say_whether_to_try_again(standin: StandIn) -> None:
    with pytest.raises(ScoringError) as missing:
        api_for(standin).retrieve("msgbatch_unknown")
    assert (missing.value.code, missing.value.retryable) == ("llm_batch_not_found", False)
    unreachable = MessageBatches(
        anthropic.Anthropic(api_key="test-key", base_url="http://127.0.0.1:9", max_retries=0, timeout=2)
    )
    with pytest.raises(ScoringError) as down:
        unreachable.retrieve("msgbatch_any")
    assert (down.value.code, down.value.retryable) == ("llm_unavailable", True)


def test_the_stand_in_refuses_batches_without_a_key_and_results_before_the_end(standin: StandIn) -> None:
    assert httpx.post(f"{standin.base_url}/v1/messages/batches", json={"requests": []}).status_code == 401
    created = api_for(standin).create(requests(1))
    early = httpx.get(
        f"{standin.base_url}/v1/messages/batches/{created.id}/results", headers={"x-api-key": "k"}
    )
    assert early.status_code == 400
    with pytest.raises(ValueError, match="unknown faults"):
        standin.configure(faults=["vanished"])


@override_settings(LLM_BATCH_CHECK_FIRST_S=30.0, LLM_BATCH_CHECK_MAX_S=300.0)
@pytest.mark.parametrize(("age_s", "delay_s"), [(0, 30), (60, 30), (400, 100), (1000, 250), (86_400, 300)])
def test_checks_back_off_with_the_batch_age_within_bounds(age_s: int, delay_s: int) -> None:
    job = Job(llm_batch_submitted_at=timezone.now() - timedelta(seconds=age_s))

    assert round(_delay(job).total_seconds()) == delay_s


def test_a_batch_answer_is_finished_like_a_direct_one_at_half_the_price() -> None:
    prepared = prepare_cv(text=STRONG_BACKEND_CV, hidden=(), rubric=RUBRIC)
    params = build_request(prepared.text, RUBRIC)
    usage = {"input_tokens": 2000, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}
    _, message = answer_for("ok", params, usage)

    direct = finish(prepared, parse_response(message, RUBRIC), RUBRIC)
    batched = finish(prepared, parse_response(message, RUBRIC, batch=True), RUBRIC)

    assert batched.cost_usd * 2 == direct.cost_usd > 0
    assert batched.to_dict() == {**direct.to_dict(), "cost_usd": batched.cost_usd}
    assert "unverified_evidence" not in batched.flags
    assert all(criterion.evidence for criterion in batched.criteria if criterion.score)
