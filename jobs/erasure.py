"""A candidate's erasure, as jobs see it: its items go, and each job it was in counts what is left.

Named in CANDIDATE_ERASURE_HOOKS and called by `candidates.services.erase_candidate` inside its
transaction, so `candidates` never imports `jobs`.
"""

from __future__ import annotations

import uuid

from jobs.models import Job, JobItem
from jobs.results import totals


def forget_candidate(*, candidate_id: uuid.UUID) -> list[Job]:
    """Delete the candidate's items and recount progress (and an ended job's totals); the jobs touched."""
    items = JobItem.objects.filter(candidate_id=candidate_id)
    job_ids = set(items.values_list("job_id", flat=True))
    items.delete()
    # Locked in a fixed order, so two erasures touching the same jobs queue up instead of deadlocking.
    jobs = list(Job.objects.select_for_update().filter(pk__in=job_ids).order_by("pk"))
    for job in jobs:
        _recount(job)
    return jobs


def _recount(job: Job) -> None:
    job.progress = job.items.progress()
    fields = ["progress", "updated_at"]
    if job.is_terminal and isinstance(job.result, dict) and "summary" in job.result:
        job.result = {**job.result, "summary": totals(job)}
        fields.append("result")
    job.save(update_fields=fields)
