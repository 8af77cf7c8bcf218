"""One CV's work inside a job: read and parse the file, score the text, and record the outcome.

`parse_cv` and `score_parsed` run on worker threads and touch no database; `record` runs on the main thread.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from django.conf import settings
from django.core.files.storage import default_storage

from candidates.pdf import ExtractionFailed, Limits, extract_cv
from jobs.models import ItemStatus, Job, JobItem
from jobs.scorers import scorer_model
from jobs.scoring.manipulation import HiddenText, judge_hidden
from jobs.scoring.pipeline import PreparedCV, finish, prepare_cv
from jobs.scoring.pricing import estimate_cost
from jobs.scoring.types import Rubric, Scorer, ScoreResult, ScoringError, Usage

logger = logging.getLogger(__name__)

# Parse failures worth another try on a retry (load-dependent); the rest are facts about the file.
TRANSIENT_PARSE_CODES = {"timeout", "memory_limit", "storage_error"}


@dataclass(frozen=True)
class CVWork:
    item_id: int
    storage_key: str
    text: str | None  # already extracted (the same file parsed before): no need to parse again
    hidden: tuple[HiddenText, ...]


@dataclass(frozen=True)
class Outcome:
    work: CVWork
    text: str | None = None
    page_count: int = 0
    hidden: tuple[HiddenText, ...] = ()
    parse_error: tuple[str, str] | None = None
    result: ScoreResult | None = None
    score_error: tuple[str, str] | None = None
    # The checked, cleaned text the scorer will see (set by the parse stage, ahead of the LLM call).
    prepared: PreparedCV | None = None
    # Tokens already billed for a CV that then failed (e.g. two invalid LLM answers), so its cost shows.
    failed_usage: Usage = field(default_factory=Usage)


def parse_file(work: CVWork) -> tuple[str, int, tuple[HiddenText, ...]]:
    try:
        with default_storage.open(work.storage_key, "rb") as stored:
            data = stored.read()
    except Exception as exc:
        raise ExtractionFailed("storage_error", "The stored file could not be read.") from exc
    limits = Limits(
        timeout_s=settings.PARSE_TIMEOUT_S,
        memory_bytes=settings.PARSE_MEMORY_MB * 1024 * 1024,
        max_pages=settings.PARSE_MAX_PAGES,
    )
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(data)
        handle.flush()
        extraction = extract_cv(handle.name, limits)
    hidden = tuple(HiddenText(span.reason, span.text, span.page) for span in extraction.hidden)
    return extraction.text, extraction.page_count, hidden


def hidden_spans(hidden: Sequence[HiddenText]) -> list[dict[str, Any]]:
    """The hidden spans as the CV row stores them."""
    return [asdict(span) for span in hidden]


def stored_hidden(spans: Sequence[dict[str, Any]]) -> tuple[HiddenText, ...]:
    """The hidden spans of a CV row (none for CVs parsed before spans were kept: nothing to judge)."""
    return tuple(HiddenText(str(span["reason"]), str(span["text"]), int(span["page"])) for span in spans)


def hidden_flags(text: str, hidden: Sequence[HiddenText]) -> tuple[list[str], list[dict[str, Any]]]:
    """The hidden-text flag and its details for a CV that failed before scoring (it still shows them)."""
    details = judge_hidden(text, hidden)
    return list(dict.fromkeys(detail.code for detail in details)), [asdict(detail) for detail in details]


def process_cv(work: CVWork, rubric: Rubric, scorer: Scorer) -> Outcome:
    """Parse (unless already parsed) and score one CV; every expected failure becomes part of the outcome."""
    return score_parsed(parse_cv(work, rubric), rubric, scorer)


def parse_cv(work: CVWork, rubric: Rubric) -> Outcome:
    """The parse stage: extract the text (unless parsed before), check it is a CV and clean it for the scorer.

    Doing the CPU work here, ahead of the LLM call, lets a scoring slot send its request the moment it frees.
    """
    if work.text is not None:
        parsed = Outcome(work, text=work.text, hidden=work.hidden)
    else:
        try:
            text, pages, hidden = parse_file(work)
        except ExtractionFailed as exc:
            return Outcome(work, parse_error=(exc.code, exc.message))
        parsed = Outcome(work, text=text, page_count=pages, hidden=hidden)
    try:
        prepared = prepare_cv(text=parsed.text or "", hidden=parsed.hidden, rubric=rubric)
    except ScoringError as exc:
        return replace(parsed, score_error=(exc.code, exc.message))
    return replace(parsed, prepared=prepared)


def score_parsed(parsed: Outcome, rubric: Rubric, scorer: Scorer) -> Outcome:
    """The score stage, for a parse-stage outcome; an outcome that already failed passes through unchanged."""
    if parsed.prepared is None:
        return parsed
    prepared = parsed.prepared
    try:
        result = finish(prepared, scorer.score(prepared.text, rubric), rubric)
    except ScoringError as exc:
        return replace(parsed, score_error=(exc.code, exc.message), failed_usage=exc.usage)
    except Exception as exc:  # noqa: BLE001 - a bug fails one CV, not the batch (threads never see RQ's timeout)
        # Type only: the message of an exception raised on CV content may quote the CV.
        logger.error("unexpected %s scoring item %s", type(exc).__name__, parsed.work.item_id, exc_info=False)
        return replace(parsed, score_error=("internal_error", "Scoring failed unexpectedly."))
    return replace(parsed, result=result)


def work_for(item: JobItem) -> CVWork:
    cv = item.cv
    reusable = cv.parse_status == cv.ParseStatus.PARSED
    return CVWork(
        item_id=item.pk,
        storage_key=cv.file.name,
        text=cv.text if reusable else None,
        hidden=stored_hidden(cv.hidden_spans) if reusable else (),
    )


def record(item: JobItem, outcome: Outcome) -> None:
    cv = item.cv
    if outcome.parse_error:
        code, message = outcome.parse_error
        cv.record_parse_failure(code=code, message=message)
        item.record_failure(code=code, message=message)
        return
    if outcome.text is not None and outcome.work.text is None:
        cv.record_extraction(
            text=outcome.text, page_count=outcome.page_count, hidden_spans=hidden_spans(outcome.hidden)
        )
    if outcome.result is not None:
        item.record_score(outcome.result.to_dict())
    elif outcome.score_error:
        code, message = outcome.score_error
        flags, details = hidden_flags(outcome.text or "", outcome.hidden)
        usage = outcome.failed_usage
        cost = estimate_cost(scorer_model(), usage) if usage.input_tokens else 0.0
        item.record_failure(
            code=code, message=message, flags=flags, flag_details=details, usage=asdict(usage), cost_usd=cost
        )


def pending_items(job: Job) -> list[JobItem]:
    # CV text is loaded per CV as it is submitted (work_for), so a large job's texts never sit in memory.
    items = list(job.items.pending().select_related("cv").defer("cv__text").order_by("position"))
    for item in items:
        cv = item.cv
        # A known-bad file fails again at once, without spending a parse or an LLM call on it.
        if cv.parse_status == cv.ParseStatus.FAILED and cv.parse_error_code not in TRANSIENT_PARSE_CODES:
            item.record_failure(code=cv.parse_error_code, message=cv.parse_error)
    return [item for item in items if item.status == ItemStatus.PENDING]
