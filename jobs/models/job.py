"""A scoring job: its status and every transition of it, each a conditional update or a method here."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Cast
from django.utils import timezone

from jobs.models.batchwait import LLMBatchWait
from jobs.models.item import JobItem
from jobs.models.llmwait import LLMOutageWait
from jobs.scoring.types import Criterion, Rubric
from personas.models import Persona


class JobStatus(models.TextChoices):
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


TERMINAL_JOB_STATUSES = (JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED)


class JobType(models.TextChoices):
    CV_BATCH = "cv_batch"
    CV_SCORING = "cv_scoring"


class JobQuerySet(models.QuerySet["Job"]):
    def for_user(self, user: Any) -> JobQuerySet:
        return self.filter(user=user)

    def with_item_ids(self) -> JobQuerySet:
        """Prefetch the items' ids (nothing else), so a page of jobs shows its CV ids in one more query."""
        ids = models.Prefetch("items", queryset=JobItem.objects.only("id", "job_id", "cv_id", "candidate_id"))
        return self.prefetch_related(ids)

    def stale_processing(self, *, older_than: timedelta) -> JobQuerySet:
        """Running jobs whose heartbeat stopped: their worker or work-horse died."""
        cutoff = timezone.now() - older_than
        # A job waiting for its Message Batch or out an LLM outage holds no worker: no heartbeat to go stale.
        return self.filter(
            status=JobStatus.PROCESSING, llm_batch_check_at__isnull=True, waiting_for_llm_until__isnull=True
        ).filter(Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, updated_at__lt=cutoff))

    def llm_batch_check_overdue(self, *, older_than: timedelta) -> JobQuerySet:
        """Jobs waiting for a Message Batch whose next check is this late: its scheduled check was lost."""
        return self.filter(
            status=JobStatus.PROCESSING, llm_batch_check_at__lt=timezone.now() - older_than
        ).exclude(llm_batch_id="")

    def llm_wait_overdue(self, *, older_than: timedelta) -> JobQuerySet:
        """Jobs parked for an LLM outage whose resume is this late: its scheduled resume was lost."""
        cutoff = timezone.now() - older_than
        return self.filter(status=JobStatus.PROCESSING, waiting_for_llm_until__lt=cutoff)

    def waiting_since(self, *, older_than: timedelta) -> JobQuerySet:
        cutoff = timezone.now() - older_than
        return self.filter(status=JobStatus.QUEUED, updated_at__lt=cutoff)


class Job(LLMBatchWait, LLMOutageWait, models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    type = models.CharField(max_length=16, choices=JobType.choices, default=JobType.CV_BATCH)
    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs")
    # A deleted persona leaves its jobs readable: the rubric snapshot below is what they were scored with.
    persona = models.ForeignKey(Persona, on_delete=models.SET_NULL, null=True, related_name="jobs")
    # Snapshot of the rubric at job creation, so editing a persona never changes a running job.
    rubric = models.JSONField(default=dict)
    rubric_version = models.CharField(max_length=40, blank=True, default="")
    result = models.JSONField(null=True, blank=True)
    error = models.JSONField(null=True, blank=True)
    progress = models.JSONField(default=dict)
    attempts = models.PositiveSmallIntegerField(default=0)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    cancel_requested = models.BooleanField(default=False)
    rescored_from = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)
    # Where to POST the job status when it ends (webhooks); empty: the user's default, if any.
    callback_url = models.URLField(max_length=500, blank=True, default="")
    # Cheap first pass: score every CV offline and send only this many of the best on to the LLM.
    llm_top_n = models.PositiveIntegerField(null=True, blank=True)
    # Message Batches (half price, results within 24 h). The id is the source of truth for a batch in
    # flight: while `llm_batch_check_at` is set the job waits for it and no worker holds the job.
    llm_batch_id = models.CharField(max_length=100, blank=True, default="")
    # Set before the batch is created, so an attempt that died before saving the id can look the batch up.
    llm_batch_submitted_at = models.DateTimeField(null=True, blank=True)
    llm_batch_check_at = models.DateTimeField(null=True, blank=True)
    # What the API last said: {"requests": n, "status": ..., "request_counts": {...}}.
    llm_batch = models.JSONField(default=dict, blank=True)
    # Parked while the LLM API is down: no worker holds the job until this time (status stays processing).
    waiting_for_llm_until = models.DateTimeField(null=True, blank=True)
    llm_outage_since = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    started_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    objects = JobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["status"]),
            models.Index(fields=["user", "-created_at"]),
            models.Index(fields=["type"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(status__in=JobStatus.values), name="job_status_valid"),
            models.CheckConstraint(condition=Q(type__in=JobType.values), name="job_type_valid"),
        ]

    def __str__(self) -> str:
        return f"Job {self.id} ({self.status})"

    @property
    def cv_ids(self) -> list[str]:
        """The job's CVs in upload order, read from its items (an erased candidate's are gone with them)."""
        return self._item_ids("cv_id")

    @property
    def candidate_ids(self) -> list[str]:
        return self._item_ids("candidate_id")

    def _item_ids(self, column: str) -> list[str]:
        """Each id once (a duplicate entry shares its CV), none for a file refused at upload."""
        if "items" in getattr(self, "_prefetched_objects_cache", {}):  # a list page prefetched them
            ids = [str(value) for item in self.items.all() if (value := getattr(item, column)) is not None]
            return list(dict.fromkeys(ids))
        # As text from the database: a large job's ids need no UUID objects on the way to JSON.
        as_text = Cast(column, output_field=models.TextField())
        stored = self.items.filter(**{f"{column}__isnull": False}).order_by("position")
        return list(dict.fromkeys(stored.values_list(as_text, flat=True)))

    @property
    def is_terminal(self) -> bool:
        return self.status in TERMINAL_JOB_STATUSES

    def claim(self) -> bool:
        """Move queued → processing exactly once; a duplicate delivery changes no row and returns False."""
        now = timezone.now()
        changed = Job.objects.filter(pk=self.pk, status=JobStatus.QUEUED).update(
            status=JobStatus.PROCESSING,
            attempts=F("attempts") + 1,
            heartbeat_at=now,
            started_at=now,
            updated_at=now,
        )
        if changed == 1:
            self.refresh_from_db()
        return changed == 1

    def beat(self) -> bool:
        """Refresh the heartbeat of this attempt; False once the job was taken away from us."""
        now = timezone.now()
        return (
            Job.objects.filter(pk=self.pk, status=JobStatus.PROCESSING, attempts=self.attempts).update(
                heartbeat_at=now
            )
            == 1
        )

    def requeue(self) -> bool:
        """Hand a stalled attempt back to the queue (items already terminal are kept)."""
        changed = Job.objects.filter(pk=self.pk, status=JobStatus.PROCESSING, attempts=self.attempts).update(
            status=JobStatus.QUEUED, heartbeat_at=None, updated_at=timezone.now(), error=None
        )
        if changed == 1:
            self.refresh_from_db()
        return changed == 1

    def update_progress(self) -> None:
        self.progress = self.items.progress()
        self.heartbeat_at = timezone.now()
        self.save(update_fields=["progress", "heartbeat_at", "updated_at"])

    def close(self, *, summary: dict[str, Any]) -> None:
        """End the job from its items: cancelled if asked, failed if every CV failed, else completed.

        The row keeps the totals only: the ranking lives in the item rows, so erasing a candidate (which
        deletes its items) leaves no copy of its scores or evidence behind in the job.
        """
        result = {"summary": summary}
        if self.cancel_requested or summary["scored"] or not summary["failed"]:
            status = JobStatus.CANCELLED if self.cancel_requested else JobStatus.COMPLETED
            self._end(status, result=result)
        else:
            message = "No CV in this job could be scored; each one says why."
            self._end(JobStatus.FAILED, result=result, error={"code": "all_cvs_failed", "message": message})

    def cancel_queued(self) -> None:
        """A job no worker holds yet ends cancelled at once, its CVs with it."""
        self.items.pending().cancel()
        self._end(JobStatus.CANCELLED, result=self.result)

    def _end(
        self, status: str, *, result: dict[str, Any] | None, error: dict[str, str] | None = None
    ) -> None:
        self.status = status
        self.result = result
        self.error = error
        self.progress = self.items.progress()
        self.completed_at = timezone.now()
        self.waiting_for_llm_until = self.llm_outage_since = None
        fields = ["status", "result", "error", "progress", "completed_at", "updated_at"]
        self.save(update_fields=[*fields, "waiting_for_llm_until", "llm_outage_since"])

    def request_cancel(self) -> None:
        """Ask the worker holding the job to stop between CVs (it polls this flag)."""
        self.cancel_requested = True
        self.save(update_fields=["cancel_requested", "updated_at"])

    def reopen_failed(self) -> bool:
        """Put an ended job's failed and cancelled CVs back to pending and the job on the queue again."""
        if not self.items.reopen_failed():
            return False
        self.status = JobStatus.QUEUED
        self.cancel_requested = False
        self.error = None
        self.completed_at = None
        self.attempts = 0
        self.progress = self.items.progress()
        fields = ["status", "cancel_requested", "error", "completed_at", "attempts", "progress", "updated_at"]
        self.save(update_fields=fields)
        return True

    def scoring_rubric(self) -> Rubric:
        """The frozen rubric of this job as plain data for the scorers."""
        snapshot = self.rubric
        return Rubric(
            role_title=snapshot.get("role_title", ""),
            description=snapshot.get("description", ""),
            criteria=tuple(
                Criterion(
                    name=item["name"],
                    description=item.get("description", ""),
                    weight=float(item.get("weight", 1)),
                    required=bool(item.get("required", False)),
                )
                for item in snapshot.get("criteria", [])
            ),
            min_years_experience=int(snapshot.get("min_years_experience", 0)),
            blind=bool(snapshot.get("blind", True)),
            version=snapshot.get("version", ""),
        )
