"""Bring stalled jobs back: resume a dead attempt, or end the job once it ran out of attempts.

Runs from the worker's maintenance pass (cvscoring.worker), from RQ's failure callback and from the
`sweep_jobs` management command, so recovery never depends on a second live worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings

from jobs.batching import schedule_check
from jobs.ending import end_job
from jobs.llmwait import schedule_resume
from jobs.models import Job, JobStatus
from jobs.queue import enqueue_job, is_waiting_in_queue

logger = logging.getLogger(__name__)

REASONS = {
    "heartbeat_lost": "The worker running this job stopped responding.",
    "job_timeout": "The job ran past its time limit.",
    "worker_error": "The worker running this job failed.",
}


@dataclass
class SweepReport:
    resumed: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    reenqueued: list[str] = field(default_factory=list)
    batch_checks: list[str] = field(default_factory=list)
    llm_resumes: list[str] = field(default_factory=list)


def recover_job(job: Job, *, code: str) -> str:
    """Requeue a stalled attempt if attempts remain, otherwise close it with its unscored CVs failed."""
    job.refresh_from_db()
    if job.status != JobStatus.PROCESSING or job.llm_batch_check_at or job.waiting_for_llm_until:
        # Ended, or waiting for its Message Batch or out an LLM outage: scheduled tasks carry it.
        return "unchanged"
    if job.attempts >= settings.JOB_MAX_ATTEMPTS:
        message = f"{REASONS.get(code, code)} Gave up after {job.attempts} attempts."
        job.items.pending().fail_with(code=code, message=message)
        end_job(job)
        logger.warning("job %s ended after %s attempts (%s)", job.pk, job.attempts, code)
        return "failed"
    if not job.requeue():
        return "unchanged"
    enqueue_job(job.pk, job.attempts)
    logger.warning("job %s resumed after %s (attempt %s next)", job.pk, code, job.attempts + 1)
    return "resumed"


def sweep() -> SweepReport:
    """One pass: recover jobs with a stale heartbeat; re-enqueue lost queued jobs and lost batch checks."""
    report = SweepReport()
    stale = timedelta(seconds=settings.HEARTBEAT_STALE_S)
    for job in Job.objects.stale_processing(older_than=stale):
        outcome = recover_job(job, code="heartbeat_lost")
        if outcome == "resumed":
            report.resumed.append(str(job.pk))
        elif outcome == "failed":
            report.failed.append(str(job.pk))
    waiting = timedelta(seconds=settings.QUEUED_STALE_S)
    for job in Job.objects.waiting_since(older_than=waiting).filter(cancel_requested=False):
        if is_waiting_in_queue(job.pk, job.attempts) is False and enqueue_job(job.pk, job.attempts):
            report.reenqueued.append(str(job.pk))
    # A job waiting for its Message Batch only needs its check again; re-running it would pay twice.
    for job in Job.objects.llm_batch_check_overdue(older_than=stale):
        if schedule_check(job):
            logger.warning("job %s: its batch check was overdue; queued it again", job.pk)
            report.batch_checks.append(str(job.pk))
    for job in Job.objects.llm_wait_overdue(older_than=stale):
        if schedule_resume(job):
            logger.warning("job %s: its resume after an LLM outage was overdue; queued it again", job.pk)
            report.llm_resumes.append(str(job.pk))
    return report
