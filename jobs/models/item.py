"""One CV within one job: a pending row that closes exactly once, as scored, failed or cancelled."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from candidates.models import CV, Candidate


class ItemStatus(models.TextChoices):
    PENDING = "pending"
    SCORED = "scored"
    FAILED = "failed"
    CANCELLED = "cancelled"


TERMINAL_ITEM_STATUSES = (ItemStatus.SCORED, ItemStatus.FAILED, ItemStatus.CANCELLED)
# Failures about the moment, not the CV: a retry of the job may well score it (the API was down, the
# worker died, a parse ran out of time or memory under load).
RETRYABLE_ERROR_CODES = frozenset(
    {
        "llm_unavailable",
        "llm_rate_limited",
        "llm_timeout",
        "timeout",
        "memory_limit",
        "storage_error",
        "worker_error",
        "heartbeat_lost",
        "job_timeout",
    }
)
CANCELLED: dict[str, Any] = {
    "status": ItemStatus.CANCELLED,
    "error_code": "cancelled",
    "error": "Job cancelled.",
}


class JobItemQuerySet(models.QuerySet["JobItem"]):
    def pending(self) -> JobItemQuerySet:
        return self.filter(status=ItemStatus.PENDING)

    def cancel(self) -> int:
        """Close every pending item of these as cancelled (one conditional UPDATE)."""
        return self.pending().update(**CANCELLED, finished_at=timezone.now())

    def fail_with(self, *, code: str, message: str) -> int:
        """Close every pending item of these as failed with one reason (one conditional UPDATE)."""
        return self.pending().update(
            status=ItemStatus.FAILED,
            error_code=code,
            error=message[:500],
            flags=[],
            usage={},
            cost_usd=Decimal("0"),
            llm_batch=False,
            finished_at=timezone.now(),
        )

    def reopen_failed(self) -> int:
        """Failed and cancelled items back to pending, for a retry."""
        return self.filter(status__in=[ItemStatus.FAILED, ItemStatus.CANCELLED]).update(
            status=ItemStatus.PENDING, error_code="", error="", finished_at=None, flags=[]
        )

    # The progress counts, as aggregates, so other sums over the items can share their query.
    PROGRESS_COUNTS: ClassVar[dict[str, Any]] = {
        "total": models.Count("id"),
        "processed": models.Count("id", filter=~Q(status=ItemStatus.PENDING)),
        "scored": models.Count("id", filter=Q(status=ItemStatus.SCORED)),
        "failed": models.Count("id", filter=Q(status=ItemStatus.FAILED)),
    }

    def progress(self) -> dict[str, int]:
        counts = self.aggregate(**self.PROGRESS_COUNTS)
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
    job = models.ForeignKey("jobs.Job", on_delete=models.CASCADE, related_name="items")
    cv = models.ForeignKey(CV, on_delete=models.CASCADE, related_name="job_items")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="job_items")
    position = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=16, choices=ItemStatus.choices, default=ItemStatus.PENDING)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    recommendation = models.CharField(max_length=16, blank=True, default="")
    criteria = models.JSONField(default=list, blank=True)
    summary = models.TextField(blank=True, default="")
    flags = models.JSONField(default=list, blank=True)
    redactions = models.JSONField(default=list, blank=True)
    # Blind mode: {category: count} of the values replaced (never the values), and the rules' version.
    redaction_counts = models.JSONField(default=dict, blank=True)
    redaction_version = models.CharField(max_length=20, blank=True, default="")
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
                "redactions": list(result["redactions"]),
                "redaction_counts": dict(result.get("redaction_counts") or {}),
                "redaction_version": result.get("redaction_version", ""),
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
                "usage": usage or {},
                "cost_usd": Decimal(str(round(cost_usd, 6))),
                "llm_batch": llm_batch,
            }
        )

    def record_cancelled(self) -> bool:
        return self._close(dict(CANCELLED))
