"""The direct strategy: run a claimed job's pending CVs through `pipeline`, record each as it lands.

Worker threads do only pure work (read the file, extract in a sandboxed child, score); every database
write happens on the main thread, so progress and partial results stay consistent under concurrency.
The prefilter and Message Batches strategies take their turn here, before the direct path.
"""

from __future__ import annotations

import itertools
import logging
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction

from candidates import warm_pool
from jobs.batching import submit_llm_batch, wants_llm_batch
from jobs.dbretry import DB_ERRORS, drop_connection, with_db_retry
from jobs.ending import end_job
from jobs.llmwait import park_or_give_up
from jobs.models import Job, JobItem
from jobs.pipeline import (
    Deferred,
    Outcome,
    Prepared,
    Scored,
    Source,
    pending_items,
    prepare,
    record,
    reuse_results,
    score,
    source_for,
)
from jobs.prefilter import send_only_the_best_to_the_llm
from jobs.scorers import get_scorer
from jobs.scoring.breaker import OutageBreaker
from jobs.scoring.types import Rubric, Scorer

logger = logging.getLogger(__name__)

# How often a running job writes its progress and looks for a cancel request: three queries, which after
# every landed CV were ~40% of the recording thread's CPU with the offline scorer (a CV lands every 50-400 ms
# per worker, so a shorter interval still checks after nearly every CV on a busy machine).
PROGRESS_INTERVAL_S = 1.0


class Heartbeat:
    """Refresh the job's heartbeat from a side thread while the attempt runs; the sweeper watches it."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._stop = threading.Event()
        self.lost = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{job.pk}", daemon=True)

    def _run(self) -> None:
        try:
            while not self._stop.wait(settings.HEARTBEAT_INTERVAL_S):
                if self._beat() is False:
                    self.lost.set()
                    return
        finally:
            connection.close()

    def _beat(self) -> bool | None:
        """One beat; None when the database could not be reached (the next beat tries a new connection)."""
        try:
            return self._job.beat()
        except DB_ERRORS as exc:
            logger.warning("heartbeat of job %s missed (%s)", self._job.pk, type(exc).__name__)
            drop_connection()
            return None

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


def _cancel_requested(job: Job) -> bool:
    return bool(Job.objects.filter(pk=job.pk).values_list("cancel_requested", flat=True).first())


@dataclass
class Stages:
    """Two pools: parsing (CPU-bound, about one per core) runs ahead of scoring (LLM-bound, waits on I/O).

    The offline scorer waits on nothing: its CPU work runs on the parse thread right after the parse, since
    handing it to a second pool only added a thread switch and a wake-up of the main thread per CV, and
    eight scoring threads fighting the parse threads for the GIL. The breaker is shared by the job's
    concurrent calls: once one met an outage, no new call goes out.
    """

    parse: ThreadPoolExecutor
    score: ThreadPoolExecutor
    rubric: Rubric
    scorer: Scorer
    breaker: OutageBreaker = field(default_factory=OutageBreaker)
    scored: int = 0

    def start(self, item: JobItem) -> Future[Outcome]:
        if scores_inline(self.scorer):
            return self.parse.submit(self._prepare_and_score, source_for(item))
        return self.parse.submit(prepare, source_for(item), self.rubric)

    def _prepare_and_score(self, source: Source) -> Outcome:
        prepared = prepare(source, self.rubric)
        return self._score(prepared) if isinstance(prepared, Prepared) else prepared

    def continue_with(self, prepared: Prepared) -> Future[Outcome]:
        return self.score.submit(self._score, prepared)

    def _score(self, prepared: Prepared) -> Outcome:
        if self.breaker.is_open:  # queued behind a call that met the outage: do not knock again
            return Deferred(prepared, "llm_unavailable", "The LLM API is unavailable.")
        outcome = score(prepared, self.rubric, self.scorer)
        if isinstance(outcome, Deferred):
            self.breaker.trip(outcome.code, outcome.retry_after_s)
        return outcome


def scores_inline(scorer: Scorer) -> bool:
    """The offline scorer's work is CPU only, done on the parse thread; an LLM call waits in its own pool."""
    return scorer.name == "offline"


def _score_all(job: Job, items: list[JobItem], stages: Stages, beat: Heartbeat) -> str:
    """Keep a bounded window of CVs in flight through both stages; record each outcome as it completes.

    The window (twice the concurrency) keeps the LLM calls busy while the next CVs are parsed, and holds only
    a few CVs' text and results in memory however large the job. "done", "stopped" (cancelled or taken
    over) or "outage" (the breaker opened: the CVs not scored stay pending, their text kept). Progress and
    a cancel request are looked at once per PROGRESS_INTERVAL_S at most; closing the job counts it again.
    """
    waiting = iter(items)
    in_flight: dict[Future[Outcome], JobItem] = {}
    window = 2 * max(1, settings.SCORING_CONCURRENCY)
    check = Ticker(PROGRESS_INTERVAL_S)
    while True:
        if not stages.breaker.is_open:
            for item in itertools.islice(waiting, window - len(in_flight)):
                in_flight[stages.start(item)] = item
        if not in_flight:
            return "outage" if stages.breaker.is_open else "done"
        done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
        landed = []
        for future in done:
            item, outcome = in_flight.pop(future), future.result()
            if isinstance(outcome, Prepared) and not stages.breaker.is_open:
                in_flight[stages.continue_with(outcome)] = item  # parsed: on to the scorer
                continue
            landed.append((item, outcome))  # a Prepared or Deferred one keeps its text and stays pending
        if not landed:
            continue
        record_together(landed)
        stages.scored += sum(isinstance(outcome, Scored) for _item, outcome in landed)
        if beat.lost.is_set() or (
            check.due() and with_db_retry(lambda: _must_stop(job), what="checking progress")
        ):
            for future in in_flight:
                future.cancel()
            return "stopped"


def record_together(landed: list[tuple[JobItem, Outcome]]) -> None:
    """Record the CVs that landed together in one transaction: one commit for all their rows.

    Each CV writes its CV row and its item; on their own those were two commits, each waiting for the
    write-ahead log to reach the disk (~4 ms here), on the thread every result of the job goes through.
    When that thread falls behind, more CVs land per wake-up and share a commit. `record` stays the one
    writer of each CV; a lost connection rolls the whole group back and writes it again (idempotent).
    """

    def write() -> None:
        with transaction.atomic():
            for item, outcome in landed:
                record(item, outcome)

    with_db_retry(write, what="recording CVs")


class Ticker:
    """Due at most once per interval (monotonic clock), first one interval after it was made."""

    def __init__(self, interval_s: float) -> None:
        self.interval_s = interval_s
        self._last = time.monotonic()

    def due(self) -> bool:
        now = time.monotonic()
        if now - self._last < self.interval_s:
            return False
        self._last = now
        return True


def _must_stop(job: Job) -> bool:
    job.update_progress()
    return _cancel_requested(job)


def run_job(job: Job) -> None:
    """Score every pending item of a claimed job, then close it (completed, cancelled or failed).

    An LLM outage parks the job instead (jobs.llmwait): it stays processing, a resume is scheduled.
    """
    rubric = job.scoring_rubric()
    scorer = get_scorer()
    items = with_db_retry(lambda: reuse_results(job, pending_items(job), scorer), what="loading the CVs")
    with_db_retry(job.update_progress, what="updating progress")
    pool = ThreadPoolExecutor(max_workers=max(1, settings.SCORING_CONCURRENCY), thread_name_prefix="score")
    parse_pool = ThreadPoolExecutor(max_workers=parse_threads(scorer), thread_name_prefix="parse")
    stages = Stages(parse_pool, pool, rubric, scorer)
    try:
        with Heartbeat(job) as beat:
            if job.llm_top_n and scorer.name != "offline":
                items = send_only_the_best_to_the_llm(job, items, rubric, pool)
                job.update_progress()
            if wants_llm_batch(job, items, scorer):
                if submit_llm_batch(job, items, rubric, scorer, pool):
                    return  # the job waits for its batch; scheduled checks record it and close the job
                items = []  # every CV was recorded on the way (unreadable, not a CV, or the batch refused)
            ending = _score_all(job, items, stages, beat)
    finally:
        # On RQ's timeout (raised here, on the main thread) do not wait for in-flight LLM calls.
        pool.shutdown(wait=False, cancel_futures=True)
        parse_pool.shutdown(wait=False, cancel_futures=True)
        # The job's warm parser children end with it: no idle process keeps its CVs' text in memory, or
        # its folder on disk, while the worker waits for the next job (of maybe another owner).
        warm_pool.stop()
    if ending == "outage" and not beat.lost.is_set():
        parked = with_db_retry(
            lambda: park_or_give_up(job, stages.breaker, made_progress=stages.scored > 0),
            what="parking the job",
        )
        if parked != "end":
            return  # parked: a scheduled resume takes it from here; lost: another attempt owns it
    with_db_retry(lambda: _finish(job, beat, finished=ending != "stopped"), what="ending the job")


def parse_threads(scorer: Scorer) -> int:
    """PARSE_CONCURRENCY threads, one more when they also run the scorer (`scores_inline`).

    A thread scoring a CV holds the GIL for tens of milliseconds while no sandboxed parse of its own runs:
    the extra thread keeps a parse going meanwhile, as the separate scoring pool did.
    """
    return max(1, settings.PARSE_CONCURRENCY) + scores_inline(scorer)


def _finish(job: Job, beat: Heartbeat, *, finished: bool) -> None:
    job.refresh_from_db()
    if beat.lost.is_set() and not job.cancel_requested:
        return  # the sweeper handed this job to another attempt; it owns the outcome now
    if not finished or job.cancel_requested:
        job.items.pending().cancel()
    end_job(job)
