"""The scoring task: takes a job id, claims the job, runs it. Safety nets for crashes live in recovery."""

from __future__ import annotations

import logging
from typing import Any

from django.db import close_old_connections

from joblog.context import logs_job_id
from jobs import batching, llmwait
from jobs.ending import end_job
from jobs.models import Job, JobStatus
from jobs.recovery import recover_job
from jobs.runner import run_job

logger = logging.getLogger(__name__)


@logs_job_id
def run_scoring_job(job_id: str) -> str:
    """Claim job `job_id` (queued → processing, exactly once) and score its pending CVs."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None:
        logger.warning("job %s no longer exists; nothing to do", job_id)
        return "missing"
    if not job.claim():
        logger.info("job %s was not queued (status %s); duplicate delivery ignored", job_id, job.status)
        return "not_claimed"
    logger.info("job %s claimed, attempt %s", job_id, job.attempts)
    run_job(job)
    return job.status


@logs_job_id
def resume_scoring_job(job_id: str) -> str:
    """Take job `job_id` back from its wait for the LLM API (at its due time) and score what is pending."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None:
        return "missing"
    if not job.resume_after_llm_wait(early=llmwait.EARLY):
        return "not_due"  # resumed already (a duplicate message), ended, or not its time yet
    if job.cancel_requested:
        job.items.pending().cancel()
        end_job(job)
        return job.status
    logger.info("job %s resumed after waiting for the LLM API", job_id)
    run_job(job)
    return job.status


@logs_job_id
def check_llm_batch(job_id: str) -> str:
    """Look at job `job_id`'s Message Batch once; record its results and close the job once it ended."""
    job = Job.objects.filter(pk=job_id).first()
    if job is None:
        return "missing"
    outcome = batching.check_batch(job)
    if outcome == "ended":
        end_job(job)
    return outcome


@logs_job_id
def cancel_llm_batch(job_id: str) -> str:
    """Ask the API to stop the batch of cancelled job `job_id` (best effort)."""
    job = Job.objects.filter(pk=job_id, status=JobStatus.CANCELLED).first()
    if job is None:
        return "not_cancelled"
    batching.cancel_remote_batch(job)
    return "requested"


def on_scoring_job_failure(rq_job: Any, connection: Any, exc_type: Any, exc_value: Any, tb: Any) -> None:
    """RQ calls this when the task raised (timeout included): hand the job back or fail it at once."""
    # The failure may have been a dropped database connection; start from a fresh one.
    close_old_connections()
    job_id = rq_job.args[0] if rq_job.args else None
    job = Job.objects.filter(pk=job_id).first() if job_id else None
    if job is not None:
        recover_job(job, code="job_timeout" if "Timeout" in exc_type.__name__ else "worker_error")
