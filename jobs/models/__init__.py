"""Scoring jobs and their per-CV items; the database is the source of truth for every status."""

from jobs.models.item import (
    TERMINAL_ITEM_STATUSES,
    ItemStatus,
    JobItem,
    JobItemQuerySet,
)
from jobs.models.job import TERMINAL_JOB_STATUSES, Job, JobQuerySet, JobStatus, JobType
from jobs.models.upload import UploadRequest

__all__ = [
    "TERMINAL_ITEM_STATUSES",
    "TERMINAL_JOB_STATUSES",
    "ItemStatus",
    "Job",
    "JobItem",
    "JobItemQuerySet",
    "JobQuerySet",
    "JobStatus",
    "JobType",
    "UploadRequest",
]
