"""Wait out an LLM outage without holding a worker: park the job, resume it later, give up past a budget.

When the run's breaker opened (jobs.scoring.breaker), the runner lets the calls in flight finish and hands
the job here. It is parked: `waiting_for_llm_until` set (the status document shows it beside
`processing`), no heartbeat, the worker released, and a `resume_scoring_job` scheduled for that time, as
the Message Batches checks are. The wait grows with the outage (never shorter than the API's retry-after)
and never runs past the budget's end; a run that meets the outage again after LLM_OUTAGE_BUDGET_S fails
the CVs still waiting with `llm_unavailable` (retryable: a retry by hand once the API is back works).
"""

from __future__ import annotations

import logging
import random
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from jobs.models import Job, JobStatus
from jobs.queue import enqueue
from jobs.scoring.breaker import OutageBreaker

logger = logging.getLogger(__name__)

# A scheduled resume may start a moment before the time its row holds (clocks, scheduler rounding).
EARLY = timedelta(seconds=1)


def park_or_give_up(job: Job, breaker: OutageBreaker, *, made_progress: bool) -> str:
    """After a run stopped for an outage: "parked" (a resume is scheduled), "end" (close the job now:
    cancelled, or the budget is spent and the waiting CVs failed) or "lost" (another attempt owns it).
    """
    job.refresh_from_db()
    if job.status != JobStatus.PROCESSING:
        return "lost"
    if job.cancel_requested:
        return "end"
    if made_progress:
        job.llm_outage_over()  # CVs were scored in between: this is a new outage with its own budget
    age_s = job.llm_outage_age().total_seconds()
    budget_s = settings.LLM_OUTAGE_BUDGET_S
    if age_s >= budget_s:
        minutes = max(1, round(age_s / 60))
        message = f"The LLM API was unavailable for {minutes} min; retry the job once it is back."
        failed = job.items.pending().fail_with(code="llm_unavailable", message=message)
        logger.warning("job %s: LLM outage outlasted %ss; %s CVs failed", job.pk, budget_s, failed)
        return "end"
    until = timezone.now() + timedelta(
        seconds=min(next_wait_s(age_s, breaker.retry_after_s), budget_s - age_s)
    )
    if not job.wait_for_llm(until=until):
        return "lost"
    schedule_resume(job)
    logger.warning("job %s: LLM API unavailable (outage %.0fs); parked until %s", job.pk, age_s, until)
    return "parked"


def next_wait_s(outage_age_s: float, retry_after_s: float | None) -> float:
    """Half the outage's age so far, within bounds, never shorter than retry-after; up to 10% jitter."""
    first, most = settings.LLM_OUTAGE_FIRST_WAIT_S, settings.LLM_OUTAGE_MAX_WAIT_S
    wait = min(most, max(first, outage_age_s / 2))
    if retry_after_s is not None:
        wait = max(wait, retry_after_s)
    # Jitter so that jobs parked by the same outage do not all come back in the same second.
    return wait * random.uniform(1.0, 1.1)


def schedule_resume(job: Job) -> bool:
    """Queue the job's resume for the time its row holds; False (logged) when Redis is unreachable.

    The RQ id comes from the row (job id and due time), so the sweeper re-queueing a lost resume is harmless.
    """
    due = job.waiting_for_llm_until
    if due is None:
        return False
    rq_id = f"llm-wait-{job.pk}-{int(due.timestamp() * 1000)}"
    return enqueue("resume_scoring_job", job.pk, rq_id=rq_id, at=due, watched=True)
