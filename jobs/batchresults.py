"""Record a Message Batch's results on the job's items, the way the direct path records its scores.

Each answer is checked and priced at the batch rate (`parse_response(..., batch=True)`), its evidence verified
against the text the model saw (prepared again from the stored extraction: the same steps give the same
text), and aggregated with the job's rubric. A result for an item already recorded changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from jobs.cvwork import hidden_flags, stored_hidden
from jobs.models import Job, JobItem
from jobs.scoring.llm_schema import InvalidLLMResponse, parse_response, usage_from
from jobs.scoring.pipeline import finish, prepare_cv
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
        item.record_failure(code=MISSING[0], message=MISSING[1], **_hidden_flags(item), llm_batch=True)
    job.update_progress()


def record_result(item: JobItem, result: BatchResult, rubric: Rubric, *, model: str) -> None:
    if result.kind == "succeeded":
        _record_answer(item, result.message, rubric, model=model)
        return
    code, message = FAILURES.get(result.kind, MISSING)
    # Errored, expired and cancelled requests are not billed.
    item.record_failure(
        code=code, message=message.format(result.error_type), **_hidden_flags(item), llm_batch=True
    )


def _record_answer(item: JobItem, message: object, rubric: Rubric, *, model: str) -> None:
    cv = item.cv
    try:
        prepared = prepare_cv(text=cv.text, hidden=stored_hidden(cv.hidden_spans), rubric=rubric)
        output = parse_response(message, rubric, batch=True)
    except InvalidLLMResponse as exc:
        # The direct path asks once more with a correction; a batch answer is final (retry the job instead).
        code, reason = "invalid_llm_response", f"in a batch, without a corrective retry: {exc.reason}"
    except ScoringError as exc:
        code, reason = exc.code, exc.message
    else:
        item.record_score(finish(prepared, output, rubric).to_dict(), llm_batch=True)
        return
    # The tokens of an unusable answer were paid for (at the batch price): keep them on the failed item.
    usage = usage_from(message)
    item.record_failure(
        code=code,
        message=reason,
        **_hidden_flags(item),
        usage=asdict(usage),
        cost_usd=estimate_cost(model, usage, batch=True),
        llm_batch=True,
    )


def _hidden_flags(item: JobItem) -> dict[str, Any]:
    flags, details = hidden_flags(item.cv.text, stored_hidden(item.cv.hidden_spans))
    return {"flags": flags, "flag_details": details}
