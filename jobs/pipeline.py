"""One CV's step inside a job, written once for every strategy (direct, prefilter, Message Batches).

`source_for` reads what the step needs of an item (main thread: it may query the CV row); `prepare` reads
the file (unless parsed before), checks it is a CV and cleans it; `score` asks a scorer; both run on pool
threads and touch no database. `record` writes an outcome on the main thread. An outcome is one of four
things: `Prepared` (ready for a scorer), `Scored`, `Failed` or `Deferred` (the LLM API was down: the CV
stays pending for a later run).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from django.conf import settings

from candidates.pdf import ExtractionFailed, Limits
from candidates.readers import read_cv
from candidates.storage import StoredFileUnavailable, local_copy
from jobs.dbretry import with_db_retry
from jobs.failures import is_retryable
from jobs.models import ItemStatus, Job, JobItem
from jobs.scoring.breaker import is_outage
from jobs.scoring.manipulation import HiddenText, judge_hidden
from jobs.scoring.offline import OFFLINE_VERSION
from jobs.scoring.pipeline import PreparedCV, finish, prepare_cv
from jobs.scoring.pricing import estimate_cost
from jobs.scoring.prompts import PROMPT_VERSION
from jobs.scoring.redaction import REDACTION_VERSION
from jobs.scoring.types import FlagDetail, Rubric, Scorer, ScoreResult, ScorerOutput, ScoringError, Usage

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Source:
    """What the step needs of an item: its stored file, or the text an earlier parse of it kept."""

    item_id: int
    storage_key: str
    text: str | None
    hidden: tuple[HiddenText, ...]
    owner_id: int | None = None  # the CV's owner: a warm parser child serves one owner's files only


@dataclass(frozen=True)
class Extraction:
    """Text read from the file by this step, to keep on the CV row so no later step parses it again."""

    text: str
    page_count: int
    hidden: tuple[HiddenText, ...]
    file_type: str = "pdf"
    # Mean Tesseract word confidence (0-100) when the text was read by OCR from a scan or a photo.
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class Prepared:
    source: Source
    cv: PreparedCV
    extraction: Extraction | None


@dataclass(frozen=True)
class Scored:
    prepared: Prepared
    result: ScoreResult


@dataclass(frozen=True)
class Failed:
    source: Source
    code: str
    message: str
    # The file itself could not be read: the CV row remembers it, so a retry skips a known-bad file.
    unreadable: bool = False
    extraction: Extraction | None = None
    # Why hidden text was flagged: a CV that fails after reading still shows what it hid.
    flag_details: tuple[FlagDetail, ...] = ()
    # Tokens already billed for a CV that then failed (e.g. two invalid LLM answers), so its cost shows.
    usage: Usage = field(default_factory=Usage)
    cost_usd: float = 0.0


@dataclass(frozen=True)
class Deferred:
    """The API was down (overloaded, unavailable, timing out), not the CV: it stays pending for later."""

    prepared: Prepared
    code: str
    message: str
    retry_after_s: float | None = None


Outcome = Prepared | Scored | Failed | Deferred


def source_for(item: JobItem) -> Source:
    cv = item.stored_cv
    reusable = cv.parse_status == cv.ParseStatus.PARSED
    return Source(
        item_id=item.pk,
        storage_key=cv.file.name,
        text=cv.text if reusable else None,
        hidden=stored_hidden(cv.hidden_spans) if reusable else (),
        owner_id=cv.owner_id,
    )


def stored_hidden(spans: Sequence[dict[str, Any]]) -> tuple[HiddenText, ...]:
    """The hidden spans of a CV row (none for CVs parsed before spans were kept: nothing to judge)."""
    return tuple(HiddenText(str(span["reason"]), str(span["text"]), int(span["page"])) for span in spans)


def _read(source: Source) -> Extraction:
    limits = Limits(
        timeout_s=settings.PARSE_TIMEOUT_S,
        memory_bytes=settings.PARSE_MEMORY_MB * 1024 * 1024,
        max_pages=settings.PARSE_MAX_PAGES,
        child_max_files=settings.PARSE_CHILD_MAX_FILES,
    )
    # The reader gets a local copy fetched from the store (S3 or the media folder), never a MEDIA_ROOT path:
    # a worker on another machine than the upload's reads the same file. The readers tell the type from the
    # content, never from the name.
    try:
        with local_copy(source.storage_key) as path:
            reading = read_cv(str(path), limits, owner=source.owner_id)
    except StoredFileUnavailable as exc:
        raise ExtractionFailed("storage_error", "The stored file could not be read.") from exc
    hidden = tuple(HiddenText(span.reason, span.text, span.page) for span in reading.hidden)
    return Extraction(
        text=reading.text,
        page_count=reading.page_count,
        hidden=hidden,
        file_type=reading.file_type,
        ocr_confidence=reading.ocr_confidence,
    )


def prepare(source: Source, rubric: Rubric) -> Prepared | Failed:
    """Read the file (unless parsed before), check it is a CV and clean it for the scorer."""
    extraction = None
    text, hidden = source.text, source.hidden
    if text is None:
        try:
            extraction = _read(source)
        except ExtractionFailed as exc:
            return Failed(source, exc.code, exc.message, unreadable=True)
        text, hidden = extraction.text, extraction.hidden
    try:
        cv = prepare_cv(text=text, hidden=hidden, rubric=rubric)
    except ScoringError as exc:
        details = tuple(judge_hidden(text, hidden))
        return Failed(source, exc.code, exc.message, extraction=extraction, flag_details=details)
    return Prepared(source, cv, extraction)


def score(prepared: Prepared, rubric: Rubric, scorer: Scorer) -> Scored | Failed | Deferred:
    """Score a prepared CV; an outage of the API becomes a `Deferred`, every other failure a `Failed`.

    With LLM_OUTAGE_BUDGET_S = 0 nothing waits: an outage fails the CV with the scorer's code.
    """
    try:
        return conclude(prepared, scorer.score(prepared.cv.text, rubric), rubric)
    except ScoringError as exc:
        if is_outage(exc.code, exc.retryable) and settings.LLM_OUTAGE_BUDGET_S > 0:
            return Deferred(prepared, exc.code, exc.message, exc.retry_after)
        cost = estimate_cost(scorer.model, exc.usage) if exc.usage.input_tokens else 0.0
        return failed_after_scoring(prepared, exc.code, exc.message, usage=exc.usage, cost_usd=cost)
    except Exception as exc:  # noqa: BLE001 - a bug fails one CV, not the batch (threads never see RQ's timeout)
        # Type only: the message of an exception raised on CV content may quote the CV.
        logger.error("unexpected %s scoring item %s", type(exc).__name__, prepared.source.item_id)
        return failed_after_scoring(prepared, "internal_error", "Scoring failed unexpectedly.")


def conclude(prepared: Prepared, output: ScorerOutput, rubric: Rubric) -> Scored:
    """Verify a scorer's answer against the text it saw and aggregate it (direct or batch answers)."""
    return Scored(prepared, finish(prepared.cv, output, rubric))


def failed_after_scoring(
    prepared: Prepared, code: str, message: str, *, usage: Usage | None = None, cost_usd: float = 0.0
) -> Failed:
    return Failed(
        prepared.source,
        code,
        message,
        extraction=prepared.extraction,
        flag_details=tuple(d for d in prepared.cv.flag_details if d.code == "hidden_text"),
        usage=usage or Usage(),
        cost_usd=cost_usd,
    )


def flagged(outcome: Outcome, flag: str) -> Outcome:
    """The outcome with one more flag on its result (only a `Scored` has one)."""
    if not isinstance(outcome, Scored):
        return outcome
    return replace(outcome, result=replace(outcome.result, flags=(*outcome.result.flags, flag)))


def record(item: JobItem, outcome: Outcome, *, llm_batch: bool = False) -> None:
    """Keep what was read on the CV row, then close the item; a `Prepared` or `Deferred` one stays pending.

    A lost database connection is reconnected and the writes run again (they are idempotent), so an answer
    already paid for is kept through a failover instead of dying with the attempt.
    """
    with_db_retry(lambda: _record(item, outcome, llm_batch=llm_batch), what="recording a CV")


def _record(item: JobItem, outcome: Outcome, *, llm_batch: bool) -> None:
    extraction = outcome.prepared.extraction if isinstance(outcome, Scored | Deferred) else outcome.extraction
    if extraction is not None:
        item.stored_cv.record_extraction(
            text=extraction.text,
            page_count=extraction.page_count,
            hidden_spans=[asdict(span) for span in extraction.hidden],
            file_type=extraction.file_type,
            ocr_confidence=extraction.ocr_confidence,
        )
    if isinstance(outcome, Scored):
        item.record_score(outcome.result.to_dict(), llm_batch=llm_batch)
    elif isinstance(outcome, Failed):
        _record_failure(item, outcome, llm_batch=llm_batch)


def _record_failure(item: JobItem, failed: Failed, *, llm_batch: bool) -> None:
    if failed.unreadable:
        item.stored_cv.record_parse_failure(code=failed.code, message=failed.message)
        item.record_failure(code=failed.code, message=failed.message)
        return
    item.record_failure(
        code=failed.code,
        message=failed.message,
        flags=list(dict.fromkeys(detail.code for detail in failed.flag_details)),
        flag_details=[asdict(detail) for detail in failed.flag_details],
        usage=asdict(failed.usage),
        cost_usd=failed.cost_usd,
        llm_batch=llm_batch,
    )


def current_versions(job: Job, scorer: Scorer) -> dict[str, str]:
    """Every version a result depends on, as this job would record them with this scorer."""
    return {
        "scorer": scorer.name,
        "model": scorer.model,
        "prompt_version": OFFLINE_VERSION if scorer.name == "offline" else PROMPT_VERSION,
        "rubric_version": job.rubric_version,
        "redaction_version": REDACTION_VERSION if job.scoring_rubric().blind else "",
    }


def reuse_results(job: Job, items: list[JobItem], scorer: Scorer) -> list[JobItem]:
    """Close each item whose file an earlier job scored with every version equal; return the others.

    Never for a re-score (asked for on purpose) or with RESULT_REUSE off. The CV row is the owner's own,
    so a result is only ever reused within one user's files.
    """
    if not settings.RESULT_REUSE or job.rescored_from_id is not None or not items:
        return items
    earlier = (
        JobItem.objects.filter(cv__in=[item.cv_id for item in items], status=ItemStatus.SCORED, reused=False)
        .filter(**current_versions(job, scorer))
        .exclude(job=job)
        .order_by("-finished_at")
    )
    # The latest result per CV, picked here: DISTINCT ON is PostgreSQL-only, and the run command uses SQLite.
    sources: dict[Any, JobItem] = {}
    for result in earlier:
        sources.setdefault(result.cv_id, result)
    for item in items:
        if (source := sources.get(item.cv_id)) is not None:
            item.record_reused(source)
    return [item for item in items if item.status == ItemStatus.PENDING]


def pending_items(job: Job) -> list[JobItem]:
    """The job's pending items in upload order; a known-bad file fails again at once, at no cost."""
    # CV text is loaded per CV as it is submitted (source_for), so a large job's texts never sit in memory.
    items = list(job.items.pending().select_related("cv").defer("cv__text").order_by("position"))
    for item in items:
        cv = item.stored_cv
        if cv.parse_status == cv.ParseStatus.FAILED and not is_retryable(cv.parse_error_code):
            item.record_failure(code=cv.parse_error_code, message=cv.parse_error)
    return [item for item in items if item.status == ItemStatus.PENDING]
