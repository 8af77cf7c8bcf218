"""End a job: close its row from its items, then hand its status document to webhooks."""

from __future__ import annotations

import logging
import os

from jobs.models import Job
from jobs.results import totals
from webhooks.services import notify_job_finished

logger = logging.getLogger(__name__)


def end_job(job: Job) -> None:
    """Close the job (completed, cancelled or failed, from its items) and notify its webhook."""
    job.close(summary=totals(job))
    logger.info("job %s closed as %s (pid %s)", job.pk, job.status, os.getpid())
    notify_job_finished(job)
