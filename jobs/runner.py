"""The direct strategy: run a claimed job's pending CVs through `pipeline`, record each as it lands.

Worker threads do only pure work (read the file, extract in a sandboxed child, score); every database
write happens on the main thread, so progress and partial results stay consistent under concurrency.
The prefilter and Message Batches strategies take their turn here, before the direct path.
"""

from __future__ import annotations

import itertools
import logging
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from django.conf import settings
from django.db import connection

from jobs.batching import submit_llm_batch, wants_llm_batch
from jobs.dbretry import DB_ERRORS, drop_connection, with_db_retry
from jobs.ending import end_job
from jobs.models import Job, JobItem
from jobs.pipeline import Outcome, Prepared, pending_items, prepare, record, score, source_for
from jobs.prefilter import send_only_the_best_to_the_llm
from jobs.scorers import get_scorer
from jobs.scoring.types import Rubric, Scorer

logger = logging.getLogger(__name__)


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
    """Two pools: parsing (CPU-bound, about one per core) runs ahead of scoring (LLM-bound, waits on I/O)."""

    parse: ThreadPoolExecutor
    score: ThreadPoolExecutor
    rubric: Rubric
    scorer: Scorer

    def start(self, item: JobItem) -> Future[Outcome]:
        return self.parse.submit(prepare, source_for(item), self.rubric)

    def continue_with(self, prepared: Prepared) -> Future[Outcome]:
        return self.score.submit(score, prepared, self.rubric, self.scorer)


def _score_all(job: Job, items: list[JobItem], stages: Stages, beat: Heartbeat) -> bool:
    """Keep a bounded window of CVs in flight through both stages; record each outcome as it completes.

    The window (twice the concurrency) keeps the LLM calls busy while the next CVs are parsed, and holds only
    a few CVs' text and results in memory however large the job. False when the run must stop early.
    """
    waiting = iter(items)
    in_flight: dict[Future[Outcome], JobItem] = {}
    window = 2 * max(1, settings.SCORING_CONCURRENCY)
    while True:
        for item in itertools.islice(waiting, window - len(in_flight)):
            in_flight[stages.start(item)] = item
        if not in_flight:
            return True
        done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
        recorded = False
        for future in done:
            item, outcome = in_flight.pop(future), future.result()
            if isinstance(outcome, Prepared):
                in_flight[stages.continue_with(outcome)] = item  # parsed: on to the scorer
            else:
                record(item, outcome)
                recorded = True
        if recorded and with_db_retry(lambda: _must_stop(job, beat), what="checking progress"):
            for future in in_flight:
                future.cancel()
            return False


def _must_stop(job: Job, beat: Heartbeat) -> bool:
    job.update_progress()
    return beat.lost.is_set() or _cancel_requested(job)


def run_job(job: Job) -> None:
    """Score every pending item of a claimed job, then close it (completed, cancelled or failed)."""
    rubric = job.scoring_rubric()
    scorer = get_scorer()
    items = with_db_retry(lambda: pending_items(job), what="loading the CVs")
    with_db_retry(job.update_progress, what="updating progress")
    pool = ThreadPoolExecutor(max_workers=max(1, settings.SCORING_CONCURRENCY), thread_name_prefix="score")
    parse_pool = ThreadPoolExecutor(
        max_workers=max(1, settings.PARSE_CONCURRENCY), thread_name_prefix="parse"
    )
    try:
        with Heartbeat(job) as beat:
            if job.llm_top_n and scorer.name != "offline":
                items = send_only_the_best_to_the_llm(job, items, rubric, pool)
                job.update_progress()
            if wants_llm_batch(job, items, scorer):
                if submit_llm_batch(job, items, rubric, scorer, pool):
                    return  # the job waits for its batch; scheduled checks record it and close the job
                items = []  # every CV was recorded on the way (unreadable, not a CV, or the batch refused)
            finished = _score_all(job, items, Stages(parse_pool, pool, rubric, scorer), beat)
    finally:
        # On RQ's timeout (raised here, on the main thread) do not wait for in-flight LLM calls.
        pool.shutdown(wait=False, cancel_futures=True)
        parse_pool.shutdown(wait=False, cancel_futures=True)
    with_db_retry(lambda: _finish(job, beat, finished=finished), what="ending the job")


def _finish(job: Job, beat: Heartbeat, *, finished: bool) -> None:
    job.refresh_from_db()
    if beat.lost.is_set() and not job.cancel_requested:
        return  # the sweeper handed this job to another attempt; it owns the outcome now
    if not finished or job.cancel_requested:
        job.items.pending().cancel()
    end_job(job)
