"""Big jobs through the Message Batches API: half the token price, results within 24 hours.

The worker parses and prepares every pending CV, submits one batch (custom_id = the item's id) and returns:
the job stays `processing` with the batch id and the time of its next check in PostgreSQL. A scheduled
`check_llm_batch(job_id)` looks at the batch, backing off as it ages, and once it ended records every result
like the direct path does. Redis only carries "check job X"; the sweeper re-queues checks that are overdue.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

import django_rq
from django.conf import settings
from django.utils import timezone
from redis.exceptions import RedisError

from candidates.pdf import ExtractionFailed
from jobs.batchresults import record_results
from jobs.cvwork import CVWork, Outcome, hidden_spans, parse_file, record, work_for
from jobs.models import Job, JobItem
from jobs.scorers import get_scorer
from jobs.scoring.pipeline import PreparedCV, prepare_cv
from jobs.scoring.types import Rubric, Scorer, ScoringError

if TYPE_CHECKING:
    from jobs.scoring.batch import BatchStatus, MessageBatches

logger = logging.getLogger(__name__)

CHECK_TASK = "cvscoring.rqentry.check_llm_batch"
CANCEL_TASK = "cvscoring.rqentry.cancel_llm_batch"
# A scheduled check may start a moment before the due time its row holds (clocks, scheduler rounding).
EARLY = timedelta(seconds=5)
# Around the submission mark, where a batch whose id was never saved is looked for (clock skew included).
FIND_SLACK = timedelta(minutes=5)


@runtime_checkable
class BatchScorer(Protocol):
    """A scorer that can also send its requests through the Message Batches API (the Anthropic one)."""

    name: str
    model: str

    def build_request(
        self, cv_text: str, rubric: Rubric, *, correction: str | None = None
    ) -> dict[str, Any]: ...

    def batches(self) -> MessageBatches: ...


def wants_llm_batch(job: Job, items: list[JobItem], scorer: Scorer) -> bool:
    """Whether this run goes through a batch: big enough for one, or an earlier run began submitting one."""
    if not isinstance(scorer, BatchScorer) or not items:
        return False
    if job.llm_batch_submitted_at and not job.llm_batch_id:
        return True  # that run died between creating the batch and saving its id: look for it first
    minimum = settings.LLM_BATCH_MIN_CVS
    return bool(minimum) and len(items) >= minimum


def submit_llm_batch(
    job: Job, items: list[JobItem], rubric: Rubric, scorer: Scorer, pool: ThreadPoolExecutor
) -> bool:
    """Send the pending CVs as one batch; True when the job now waits for it, False when none is left to send.

    Raises ScoringError for a retryable API failure while attempts remain: the job goes back to the queue.
    """
    assert isinstance(scorer, BatchScorer)
    api = scorer.batches()
    try:
        if job.llm_batch_submitted_at and not job.llm_batch_id:
            found = _find_lost_batch(job, api)
            if found:
                return _hand_over(job, found)
        requests = _requests(job, items, rubric, scorer, pool)
        if not requests:
            return False
        job.start_llm_batch(requests=len(requests))
        return _hand_over(job, api.create(requests).id)
    except ScoringError as exc:
        if exc.retryable and job.attempts < settings.JOB_MAX_ATTEMPTS:
            raise
        _fail_pending(job, exc)
        job.forget_llm_batch_submission()
        return False


def _find_lost_batch(job: Job, api: MessageBatches) -> str | None:
    """The batch an earlier run created but could not save, if exactly one unclaimed batch fits its mark."""
    assert job.llm_batch_submitted_at is not None
    mark = job.llm_batch_submitted_at
    found = api.find(
        created_from=mark - FIND_SLACK,
        created_to=mark + FIND_SLACK + timedelta(seconds=settings.LLM_TIMEOUT_S),
        size=int(job.llm_batch.get("requests", 0)),
    )
    claimed = set(Job.objects.filter(llm_batch_id__in=found).values_list("llm_batch_id", flat=True))
    unclaimed = [batch_id for batch_id in found if batch_id not in claimed]
    if len(unclaimed) > 1:
        # Adopting the wrong one would score other CVs; submitting again could pay twice: stop and say so.
        raise ScoringError(
            "llm_batch_ambiguous", f"{len(unclaimed)} batches could be this job's lost one; none was adopted."
        )
    logger.warning("job %s: lost batch submission, %s", job.pk, "adopted" if unclaimed else "none found")
    return unclaimed[0] if unclaimed else None


def _requests(
    job: Job, items: list[JobItem], rubric: Rubric, scorer: BatchScorer, pool: ThreadPoolExecutor
) -> list[dict[str, Any]]:
    """Parse and prepare every CV on the pool; record failures as usual and build a request for the rest."""
    works = [work_for(item) for item in items]  # on this thread: it may read the CV row
    prepared = list(pool.map(lambda work: _prepare(work, rubric), works))
    requests = []
    for item, (outcome, ready) in zip(items, prepared, strict=True):
        if ready is None:
            record(item, outcome)
            continue
        if outcome.work.text is None and outcome.text is not None:
            item.cv.record_extraction(
                text=outcome.text, page_count=outcome.page_count, hidden_spans=hidden_spans(outcome.hidden)
            )
        requests.append({"custom_id": str(item.pk), "params": scorer.build_request(ready.text, rubric)})
    job.update_progress()
    return requests


def _prepare(work: CVWork, rubric: Rubric) -> tuple[Outcome, PreparedCV | None]:
    """Parse (unless already parsed) and prepare one CV, off the main thread; failures become the outcome."""
    text, pages, hidden = work.text, 0, work.hidden
    if text is None:
        try:
            text, pages, hidden = parse_file(work)
        except ExtractionFailed as exc:
            return Outcome(work, parse_error=(exc.code, exc.message)), None
    parsed = Outcome(work, text=text, page_count=pages, hidden=hidden)
    try:
        return parsed, prepare_cv(text=text, hidden=hidden, rubric=rubric)
    except ScoringError as exc:
        return replace(parsed, score_error=(exc.code, exc.message)), None


def _hand_over(job: Job, batch_id: str) -> bool:
    """Save the batch id with the first check time in one step, then schedule that check."""
    cancelled = Job.objects.filter(pk=job.pk, cancel_requested=True).exists()
    due = timezone.now() + (timedelta(0) if cancelled else _delay(job))
    if job.wait_for_llm_batch(batch_id=batch_id, check_at=due):
        schedule_check(job)
        logger.info(
            "job %s waits for batch %s (%s requests)", job.pk, batch_id, job.llm_batch.get("requests")
        )
    # Not saved: the job was handed to another attempt, which will find this batch by the submission mark.
    return True


def _delay(job: Job) -> timedelta:
    """Look again after a quarter of the batch's age, within bounds (30 s to 5 min by default)."""
    age = (timezone.now() - (job.llm_batch_submitted_at or timezone.now())).total_seconds()
    seconds = min(settings.LLM_BATCH_CHECK_MAX_S, max(settings.LLM_BATCH_CHECK_FIRST_S, age / 4))
    return timedelta(seconds=seconds)


def check_batch(job: Job) -> str:
    """Look at the job's batch once: "ended" once its results are recorded (the caller closes the job),
    "waiting" when the next check is scheduled, "not_due" when another check holds it or it is not time yet.
    """
    lease_until = timezone.now() + timedelta(seconds=settings.JOB_TIMEOUT_S)
    if not job.lease_llm_batch_check(until=lease_until, early=EARLY):
        return "not_due"
    scorer = get_scorer()
    if not isinstance(scorer, BatchScorer):
        logger.error("job %s waits for a batch but this worker has no ANTHROPIC_API_KEY", job.pk)
        return _look_again(job, None)
    api = scorer.batches()
    try:
        if job.cancel_requested:
            _cancel_quietly(api, job.llm_batch_id)
            for item in job.items.pending():
                item.record_cancelled()
            return _end(job, None)
        status = api.retrieve(job.llm_batch_id)
        if not status.ended:
            return _look_again(job, status)
        record_results(job, api.results(job.llm_batch_id), job.scoring_rubric(), model=scorer.model)
        return _end(job, status)
    except ScoringError as exc:
        if exc.retryable:
            logger.warning("job %s: batch check failed (%s %s); trying later", job.pk, exc.code, exc.message)
            return _look_again(job, None)
        _fail_pending(job, exc)
        return _end(job, None)


def _look_again(job: Job, status: BatchStatus | None) -> str:
    batch = job.llm_batch if status is None else _batch_info(job, status)
    if job.next_llm_batch_check(at=timezone.now() + _delay(job), batch=batch):
        schedule_check(job)
    return "waiting"


def _end(job: Job, status: BatchStatus | None) -> str:
    """Stop waiting for the batch; "lost" when a cancel ended the job meanwhile (it closed the job itself)."""
    batch = {**job.llm_batch, "status": "ended"} if status is None else _batch_info(job, status)
    return "ended" if job.next_llm_batch_check(at=None, batch=batch) else "lost"


def _batch_info(job: Job, status: BatchStatus) -> dict[str, Any]:
    return {
        "requests": job.llm_batch.get("requests", status.size),
        "status": status.processing_status,
        "request_counts": status.request_counts,
    }


def _fail_pending(job: Job, exc: ScoringError) -> None:
    for item in job.items.pending():
        item.record_failure(code=exc.code, message=exc.message)


def _cancel_quietly(api: MessageBatches, batch_id: str) -> None:
    try:
        api.cancel(batch_id)
    except ScoringError as exc:
        # Best effort: an un-cancelled batch still ends within 24 h; its results are simply not recorded.
        logger.warning("could not cancel batch %s (%s %s)", batch_id, exc.code, exc.message)


def cancel_remote_batch(job: Job) -> None:
    """Ask the API to stop a cancelled job's batch (best effort: what it already processed is billed)."""
    scorer = get_scorer()
    if job.llm_batch_id and isinstance(scorer, BatchScorer):
        _cancel_quietly(scorer.batches(), job.llm_batch_id)


def schedule_check(job: Job) -> bool:
    """Queue the job's next batch check for the time its row holds; False (logged) when Redis is unreachable.

    The RQ id comes from the row (job id and due time), so the sweeper re-queueing a lost check is harmless.
    """
    due = job.llm_batch_check_at
    if due is None:
        return False
    options = _task_options(job.pk, f"llm-batch-{job.pk}-{int(due.timestamp() * 1000)}")
    queue = django_rq.get_queue(settings.SCORING_QUEUE)
    try:
        if due > timezone.now():
            queue.enqueue_at(due, CHECK_TASK, **options)  # moved onto the queue by a --with-scheduler worker
        else:
            queue.enqueue(CHECK_TASK, **options)
    except RedisError as exc:
        logger.warning("could not schedule the batch check of job %s (%s)", job.pk, type(exc).__name__)
        return False
    return True


def enqueue_remote_cancel(job_id: Any) -> None:
    """Queue the API call that cancels a cancelled job's batch, so the web process never makes it."""
    try:
        queue = django_rq.get_queue(settings.SCORING_QUEUE)
        queue.enqueue(CANCEL_TASK, **_task_options(job_id, f"llm-batch-cancel-{job_id}"))
    except RedisError as exc:
        logger.warning("could not queue the batch cancel of job %s (%s)", job_id, type(exc).__name__)


def _task_options(job_id: Any, rq_id: str) -> dict[str, Any]:
    return {
        "args": (str(job_id),),
        "job_id": rq_id,
        "job_timeout": settings.JOB_TIMEOUT_S,
        "result_ttl": 600,
        "failure_ttl": 7 * 24 * 3600,
    }
