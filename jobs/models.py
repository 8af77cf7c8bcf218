"""Scoring jobs and their per-CV items; the database is the source of truth for every status."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from candidates.models import CV, Candidate
from jobs.scoring.types import Criterion, Rubric
from personas.models import Persona


class JobStatus(models.TextChoices):
    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"


TERMINAL_JOB_STATUSES = (JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED)
LLM_BATCH_FIELDS = ["llm_batch_id", "llm_batch_submitted_at", "llm_batch_check_at", "llm_batch"]


class JobType(models.TextChoices):
    CV_BATCH = "cv_batch"
    CV_SCORING = "cv_scoring"


class JobQuerySet(models.QuerySet["Job"]):
    def for_user(self, user: Any) -> JobQuerySet:
        return self.filter(user=user)

    def stale_processing(self, *, older_than: timedelta) -> JobQuerySet:
        """Running jobs whose heartbeat stopped: their worker or work-horse died."""
        cutoff = timezone.now() - older_than
        # A job waiting for its Message Batch holds no worker, so it has no heartbeat to go stale.
        return self.filter(status=JobStatus.PROCESSING, llm_batch_check_at__isnull=True).filter(
            Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, updated_at__lt=cutoff)
        )

    def llm_batch_check_overdue(self, *, older_than: timedelta) -> JobQuerySet:
        """Jobs waiting for a Message Batch whose next check is this late: its scheduled check was lost."""
        return self.filter(
            status=JobStatus.PROCESSING, llm_batch_check_at__lt=timezone.now() - older_than
        ).exclude(llm_batch_id="")

    def waiting_since(self, *, older_than: timedelta) -> JobQuerySet:
        cutoff = timezone.now() - older_than
        return self.filter(status=JobStatus.QUEUED, updated_at__lt=cutoff)


class Job(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    type = models.CharField(max_length=16, choices=JobType.choices, default=JobType.CV_BATCH)
    status = models.CharField(max_length=16, choices=JobStatus.choices, default=JobStatus.QUEUED)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs")
    # A deleted persona leaves its jobs readable: the rubric snapshot below is what they were scored with.
    persona = models.ForeignKey(Persona, on_delete=models.SET_NULL, null=True, related_name="jobs")
    candidate_ids = models.JSONField(default=list)
    cv_ids = models.JSONField(default=list)
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

    def start_llm_batch(self, *, requests: int) -> None:
        """Mark a batch submission as begun, before the API call, so a lost batch id can be looked up."""
        self.llm_batch_id = ""
        self.llm_batch_submitted_at = timezone.now()
        self.llm_batch_check_at = None
        self.llm_batch = {"requests": requests, "status": "submitting"}
        self.save(update_fields=[*LLM_BATCH_FIELDS, "updated_at"])

    def forget_llm_batch_submission(self) -> None:
        """Drop the mark of a submission that made no batch we could adopt; the next run submits afresh."""
        self.llm_batch_submitted_at = None
        self.save(update_fields=["llm_batch_submitted_at", "updated_at"])

    def wait_for_llm_batch(self, *, batch_id: str, check_at: datetime) -> bool:
        """Hand the job to its batch: scheduled checks carry it from now on. False once taken from us."""
        batch = {**self.llm_batch, "status": "in_progress"}
        rows = Job.objects.filter(pk=self.pk, status=JobStatus.PROCESSING, attempts=self.attempts)
        return self._update_batch(rows, llm_batch_id=batch_id, llm_batch_check_at=check_at, llm_batch=batch)

    def lease_llm_batch_check(self, *, until: datetime, early: timedelta) -> bool:
        """Take the due batch check until `until`, one process at a time; False if not due or not ours."""
        rows = Job.objects.filter(
            pk=self.pk, status=JobStatus.PROCESSING, llm_batch_check_at__lte=timezone.now() + early
        ).exclude(llm_batch_id="")
        return self._update_batch(rows, llm_batch_check_at=until)

    def next_llm_batch_check(self, *, at: datetime | None, batch: dict[str, Any]) -> bool:
        """Record what the API said and when to look again (None: never); False if the lease was lost."""
        rows = Job.objects.filter(
            pk=self.pk, status=JobStatus.PROCESSING, llm_batch_check_at=self.llm_batch_check_at
        )
        return self._update_batch(rows, llm_batch_check_at=at, llm_batch=batch)

    def _update_batch(self, rows: JobQuerySet, **values: Any) -> bool:
        values["updated_at"] = timezone.now()
        if rows.update(**values) != 1:
            return False
        for name, value in values.items():
            setattr(self, name, value)
        return True

    def update_progress(self) -> None:
        self.progress = self.items.progress()
        self.heartbeat_at = timezone.now()
        self.save(update_fields=["progress", "heartbeat_at", "updated_at"])

    def finish(self, *, result: dict[str, Any]) -> None:
        """Close the job: completed, or cancelled when a cancel was requested on the way."""
        self.status = JobStatus.CANCELLED if self.cancel_requested else JobStatus.COMPLETED
        self.result = result
        self.progress = self.items.progress()
        self.completed_at = timezone.now()
        self.save(update_fields=["status", "result", "progress", "completed_at", "updated_at"])

    def fail(self, *, code: str, message: str, result: dict[str, Any] | None = None) -> None:
        self.status = JobStatus.FAILED
        self.error = {"code": code, "message": message}
        self.result = result
        self.progress = self.items.progress()
        self.completed_at = timezone.now()
        self.save(update_fields=["status", "error", "result", "progress", "completed_at", "updated_at"])

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


class ItemStatus(models.TextChoices):
    PENDING = "pending"
    SCORED = "scored"
    FAILED = "failed"
    CANCELLED = "cancelled"


TERMINAL_ITEM_STATUSES = (ItemStatus.SCORED, ItemStatus.FAILED, ItemStatus.CANCELLED)


class JobItemQuerySet(models.QuerySet["JobItem"]):
    def pending(self) -> JobItemQuerySet:
        return self.filter(status=ItemStatus.PENDING)

    def progress(self) -> dict[str, int]:
        counts = self.aggregate(
            total=models.Count("id"),
            processed=models.Count("id", filter=~Q(status=ItemStatus.PENDING)),
            scored=models.Count("id", filter=Q(status=ItemStatus.SCORED)),
            failed=models.Count("id", filter=Q(status=ItemStatus.FAILED)),
        )
        return {key: int(value or 0) for key, value in counts.items()}

    def ranked(self) -> JobItemQuerySet:
        """Scored best first; failures after them; ties broken by upload order for a stable ranking."""
        return self.select_related("cv").order_by(
            models.Case(models.When(status=ItemStatus.SCORED, then=0), default=1),
            F("score").desc(nulls_last=True),
            "position",
        )


class JobItem(models.Model):
    """One CV within one job: its own status, score, explanation, cost and error."""

    id = models.BigAutoField(primary_key=True)
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="items")
    cv = models.ForeignKey(CV, on_delete=models.CASCADE, related_name="job_items")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="job_items")
    position = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=16, choices=ItemStatus.choices, default=ItemStatus.PENDING)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    recommendation = models.CharField(max_length=16, blank=True, default="")
    criteria = models.JSONField(default=list, blank=True)
    summary = models.TextField(blank=True, default="")
    flags = models.JSONField(default=list, blank=True)
    # Why each manipulation flag was raised: [{"code", "reason", "excerpt", "page"}], for the recruiter.
    flag_details = models.JSONField(default=list, blank=True)
    redactions = models.JSONField(default=list, blank=True)
    scorer = models.CharField(max_length=32, blank=True, default="")
    model = models.CharField(max_length=64, blank=True, default="")
    prompt_version = models.CharField(max_length=40, blank=True, default="")
    rubric_version = models.CharField(max_length=40, blank=True, default="")
    usage = models.JSONField(default=dict, blank=True)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=6, default=Decimal("0"))
    # Answered through a Message Batch: `cost_usd` is the batch (half) price.
    llm_batch = models.BooleanField(default=False)
    error_code = models.CharField(max_length=64, blank=True, default="")
    error = models.CharField(max_length=500, blank=True, default="")
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = JobItemQuerySet.as_manager()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["job", "cv"], name="job_item_unique_cv"),
            models.CheckConstraint(condition=Q(status__in=ItemStatus.values), name="job_item_status_valid"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__lte=100), name="job_item_score_range"
            ),
        ]
        indexes = [models.Index(fields=["job", "status"])]

    def __str__(self) -> str:
        return f"{self.cv_id} in {self.job_id} ({self.status})"

    def _close(self, values: dict[str, Any]) -> bool:
        """Write a terminal outcome only if the item is still pending, so a CV is never recorded twice."""
        values = {**values, "finished_at": timezone.now()}
        changed = JobItem.objects.filter(pk=self.pk, status=ItemStatus.PENDING).update(**values)
        if changed:
            for field, value in values.items():
                setattr(self, field, value)
        return changed == 1

    def record_score(self, result: dict[str, Any], *, llm_batch: bool = False) -> bool:
        return self._close(
            {
                "status": ItemStatus.SCORED,
                "score": result["score"],
                "recommendation": result["recommendation"],
                "criteria": result["criteria"],
                "summary": result["summary"],
                "flags": list(result["flags"]),
                "flag_details": list(result.get("flag_details", ())),
                "redactions": list(result["redactions"]),
                "scorer": result["scorer"],
                "model": result["model"],
                "prompt_version": result["prompt_version"],
                "rubric_version": result["rubric_version"],
                "usage": result["usage"],
                "cost_usd": Decimal(str(round(result["cost_usd"], 6))),
                "llm_batch": llm_batch,
                "error_code": "",
                "error": "",
            }
        )

    def record_failure(
        self,
        *,
        code: str,
        message: str,
        flags: list[str] | None = None,
        flag_details: list[dict[str, Any]] | None = None,
        usage: dict[str, int] | None = None,
        cost_usd: float = 0.0,
        llm_batch: bool = False,
    ) -> bool:
        return self._close(
            {
                "status": ItemStatus.FAILED,
                "error_code": code,
                "error": message[:500],
                "flags": flags or [],
                "flag_details": flag_details or [],
                "usage": usage or {},
                "cost_usd": Decimal(str(round(cost_usd, 6))),
                "llm_batch": llm_batch,
            }
        )

    def record_cancelled(self) -> bool:
        return self._close(
            {"status": ItemStatus.CANCELLED, "error_code": "cancelled", "error": "Job cancelled."}
        )


class UploadRequest(models.Model):
    """An upload made under an Idempotency-Key: a repeat of the same request gets the same job back."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    # Hash of the persona and the files (name and sha256 of each), to tell a repeat from a different request.
    fingerprint = models.CharField(max_length=64)
    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="upload_request_unique_key")]

    def __str__(self) -> str:
        return f"{self.key} → {self.job_id}"
