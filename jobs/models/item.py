"""One CV within one job: a pending row that closes exactly once, as scored, failed or cancelled."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from candidates.models import CV, Candidate
from jobs.failures import PERMANENT_CODES


class ItemStatus(models.TextChoices):
    PENDING = "pending"
    SCORED = "scored"
    FAILED = "failed"
    CANCELLED = "cancelled"
    # The same file as an earlier entry of the same upload: listed under its own name, never scored twice.
    DUPLICATE = "duplicate"


TERMINAL_ITEM_STATUSES = (ItemStatus.SCORED, ItemStatus.FAILED, ItemStatus.CANCELLED, ItemStatus.DUPLICATE)
# Duplicates are entries, not work: progress and totals count the files that are read and scored.
WORK = ~Q(status=ItemStatus.DUPLICATE)
CANCELLED: dict[str, Any] = {
    "status": ItemStatus.CANCELLED,
    "error_code": "cancelled",
    "error": "Job cancelled.",
}


# The ranking's order; after the job, also the index that serves it (a page is read in order, not sorted).
RANKING = (
    models.Case(models.When(status=ItemStatus.SCORED, then=0), default=1),
    F("score").desc(nulls_last=True),
    F("position"),
)


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
            flag_details=[],
            usage={},
            cost_usd=Decimal("0"),
            llm_batch=False,
            finished_at=timezone.now(),
        )

    def retryable(self) -> JobItemQuerySet:
        """Failed and cancelled items that another run could fix (never a refused or unreadable file)."""
        closed = self.filter(status__in=[ItemStatus.FAILED, ItemStatus.CANCELLED], cv__isnull=False)
        return closed.exclude(error_code__in=PERMANENT_CODES)

    def reopen_failed(self) -> int:
        """Retryable failed and cancelled items back to pending, for a retry."""
        return self.retryable().update(
            status=ItemStatus.PENDING, error_code="", error="", finished_at=None, flags=[], flag_details=[]
        )

    # The progress counts, as aggregates, so other sums over the items can share their query.
    PROGRESS_COUNTS: ClassVar[dict[str, Any]] = {
        "total": models.Count("id", filter=WORK),
        "processed": models.Count("id", filter=WORK & ~Q(status=ItemStatus.PENDING)),
        "scored": models.Count("id", filter=Q(status=ItemStatus.SCORED)),
        "failed": models.Count("id", filter=Q(status=ItemStatus.FAILED)),
    }

    def progress(self) -> dict[str, int]:
        counts = self.aggregate(**self.PROGRESS_COUNTS)
        return {key: int(value or 0) for key, value in counts.items()}

    def ranked(self) -> JobItemQuerySet:
        """Scored best first; failures after them; ties broken by upload order for a stable ranking."""
        return self.select_related("cv", "duplicate_of", "reused_from").order_by(*RANKING)


class JobItem(models.Model):
    """One CV within one job: its own status, score, explanation, cost and error."""

    id = models.BigAutoField(primary_key=True)
    job = models.ForeignKey("jobs.Job", on_delete=models.CASCADE, related_name="items")
    # Null for a file refused at upload (nothing of it was stored): the entry keeps its name and reason.
    cv = models.ForeignKey(CV, on_delete=models.CASCADE, null=True, blank=True, related_name="job_items")
    candidate = models.ForeignKey(
        Candidate, on_delete=models.CASCADE, null=True, blank=True, related_name="job_items"
    )
    # The name this upload gave the file; storage keeps one copy per owner and content, under any name.
    filename = models.CharField(max_length=255, blank=True, default="")
    position = models.PositiveIntegerField(default=0)
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="duplicates"
    )
    # Scored by copying an earlier job's result for the same file, every version being equal.
    reused_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reused = models.BooleanField(default=False)
    status = models.CharField(max_length=16, choices=ItemStatus.choices, default=ItemStatus.PENDING)
    score = models.PositiveSmallIntegerField(null=True, blank=True)
    recommendation = models.CharField(max_length=16, blank=True, default="")
    criteria = models.JSONField(default=list, blank=True)
    summary = models.TextField(blank=True, default="")
    flags = models.JSONField(default=list, blank=True)
    # Why each manipulation flag was raised: [{"code", "reason", "excerpt", "page"}], for the recruiter.
    flag_details = models.JSONField(default=list, blank=True)
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
            models.UniqueConstraint(
                fields=["job", "cv"], condition=Q(duplicate_of__isnull=True), name="job_item_unique_cv"
            ),
            models.CheckConstraint(condition=Q(status__in=ItemStatus.values), name="job_item_status_valid"),
            models.CheckConstraint(
                condition=Q(score__isnull=True) | Q(score__lte=100), name="job_item_score_range"
            ),
        ]
        indexes = [
            models.Index(fields=["job", "status"]),
            # `Job.candidate_ids` as the status poll reads it (`jobs.status_sql`): each candidate's first
            # position, grouped in index order from the index alone, not from the job's wide heap rows.
            models.Index(fields=["job", "candidate", "position"], name="job_item_candidates"),
            # The ranking index (`job_item_ranking`, job + RANKING) is made on PostgreSQL only, by migration
            # 0011: SQLite cannot index NULLS LAST, and a laptop's jobs are small enough to sort.
        ]

    def __str__(self) -> str:
        return f"{self.cv_id} in {self.job_id} ({self.status})"

    @property
    def stored_cv(self) -> CV:
        """The item's CV row; only a file refused at upload has none, and it is never pending."""
        if self.cv is None:
            raise LookupError(f"item {self.pk} is a file refused at upload; nothing of it was stored")
        return self.cv

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

    def record_reused(self, source: JobItem) -> bool:
        """Close the item with an earlier job's result for the same file (every version equal); no cost."""
        fields = (
            "score", "recommendation", "criteria", "summary", "redactions", "redaction_counts",
            "redaction_version", "scorer", "model", "prompt_version", "rubric_version",
        )  # fmt: skip
        values = {field: getattr(source, field) for field in fields}
        flags = [flag for flag in source.flags if flag != "offline_only"]
        return self._close(
            {
                **values,
                "status": ItemStatus.SCORED,
                "flags": flags,
                "usage": {},
                "cost_usd": Decimal("0"),
                "llm_batch": False,
                "error_code": "",
                "error": "",
                "reused": True,
                "reused_from": source,
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
        return self._close(dict(CANCELLED))
