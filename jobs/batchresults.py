"""Record a Message Batch's results on the job's items, the way the direct path records its scores.

Each answer is checked and priced at the batch rate (`parse_response(..., batch=True)`), its evidence verified
against the text the model saw (`pipeline.prepare` again on the stored extraction: the same steps give the
same text), and aggregated with the job's rubric. A result for an item already recorded changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from jobs.models import Job, JobItem
from jobs.pipeline import (
    Failed,
    Outcome,
    conclude,
    failed_after_scoring,
    prepare,
    record,
    source_for,
)
from jobs.scoring.llm_schema import InvalidLLMResponse, parse_response, usage_from
from jobs.scoring.pricing import estimate_cost
from jobs.scoring.types import Rubric, ScoringError

if TYPE_CHECKING:
    from jobs.scoring.batch import BatchResult

# Results arrive as a stream: show progress every so many, not after each one (a query each).
PROGRESS_EVERY = 20
FAILURES = {
    "errored": ("llm_batch_errored", "The batch could not process this CV ({})."),
    "expired": ("llm_batch_expired", "The batch reached its 24-hour limit before this CV was processed."),
    "canceled": ("llm_batch_canceled", "The batch was cancelled before this CV was processed."),
}
MISSING = ("llm_batch_missing", "The batch returned no result for this CV.")


def record_results(job: Job, results: Iterable[BatchResult], rubric: Rubric, *, model: str) -> None:
    """Record every result that matches a pending item of the job; items the batch skipped fail."""
    # Each CV's text is read as its result comes in, so a large batch's texts never sit in memory at once.
    pending = {str(item.pk): item for item in job.items.pending().select_related("cv").defer("cv__text")}
    for count, result in enumerate(results, start=1):
        item = pending.pop(result.custom_id, None)
        if item is not None:
            record_result(item, result, rubric, model=model)
        if count % PROGRESS_EVERY == 0:
            job.update_progress()
    for item in pending.values():
        item.record_failure(code=MISSING[0], message=MISSING[1], flags=_flags(item), llm_batch=True)
    job.update_progress()


def record_result(item: JobItem, result: BatchResult, rubric: Rubric, *, model: str) -> None:
    if result.kind == "succeeded":
        record(item, _answer(item, result.message, rubric, model=model), llm_batch=True)
        return
    code, message = FAILURES.get(result.kind, MISSING)
    # Errored, expired and cancelled requests are not billed.
    item.record_failure(
        code=code, message=message.format(result.error_type), flags=_flags(item), llm_batch=True
    )


def _answer(item: JobItem, message: object, rubric: Rubric, *, model: str) -> Outcome:
    """The outcome of one batch answer, checked against the CV prepared again as the model saw it."""
    prepared = prepare(source_for(item), rubric)
    # The tokens of an unusable answer were paid for (at the batch price): keep them on the failed item.
    usage = usage_from(message)
    cost = estimate_cost(model, usage, batch=True)
    if isinstance(prepared, Failed):
        return replace(prepared, usage=usage, cost_usd=cost)
    try:
        return conclude(prepared, parse_response(message, rubric, batch=True), rubric)
    except InvalidLLMResponse as exc:
        # The direct path asks once more with a correction; a batch answer is final (retry the job instead).
        reason = f"in a batch, without a corrective retry: {exc.reason}"
        return failed_after_scoring(prepared, "invalid_llm_response", reason, usage=usage, cost_usd=cost)
    except ScoringError as exc:
        return failed_after_scoring(prepared, exc.code, exc.message, usage=usage, cost_usd=cost)


def _flags(item: JobItem) -> list[str]:
    return ["hidden_text"] if item.stored_cv.hidden_text else []
