"""The ranked, explained result of a job, built from its item rows (a constant number of queries)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import BigIntegerField, Q, Sum
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from jobs.models import ItemStatus, Job, JobItem
from jobs.scorers import OFFLINE_NOTICE
from jobs.scoring.pricing import BATCH_DISCOUNT

USAGE_KEYS = ("input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")


def score_entry(item: JobItem, rank: int | None) -> dict[str, Any]:
    return {
        "rank": rank,
        "cv_id": str(item.cv_id),
        "candidate_id": str(item.candidate_id),
        "filename": item.cv.original_filename,
        "status": item.status,
        "score": item.score,
        "recommendation": item.recommendation or None,
        "criteria": item.criteria,
        "summary": item.summary,
        "flags": item.flags,
        "flag_details": item.flag_details,
        "redactions": item.redactions,
        "scorer": item.scorer or None,
        "model": item.model or None,
        "prompt_version": item.prompt_version or None,
        "rubric_version": item.rubric_version or None,
        "usage": item.usage or None,
        "cost_usd": float(item.cost_usd),
        "error": {"code": item.error_code, "message": item.error} if item.error_code else None,
    }


def ranked_entries(items: list[JobItem], *, offset: int = 0) -> list[dict[str, Any]]:
    """Entries in ranking order; scored CVs come first, so a scored CV's rank is its position + 1."""
    return [
        score_entry(item, offset + index + 1 if item.status == ItemStatus.SCORED else None)
        for index, item in enumerate(items)
    ]


def totals(job: Job) -> dict[str, Any]:
    """Counts, tokens and cost over the whole job, summed by the database (a constant three queries)."""
    finished = job.items.exclude(status=ItemStatus.PENDING)
    token_sums = {key: Sum(Cast(KeyTextTransform(key, "usage"), BigIntegerField())) for key in USAGE_KEYS}
    sums = finished.aggregate(
        cost=Sum("cost_usd"), batch_cost=Sum("cost_usd", filter=Q(llm_batch=True)), **token_sums
    )
    cost, batch_cost = sums["cost"] or Decimal("0"), sums["batch_cost"] or Decimal("0")
    usage = {key: int(sums[key] or 0) for key in USAGE_KEYS}
    counts = job.items.progress()
    scorers = set(finished.exclude(scorer="").order_by().values_list("scorer", flat=True).distinct())
    summary: dict[str, Any] = {
        "scored": counts["scored"],
        "failed": counts["failed"],
        "cancelled": counts["processed"] - counts["scored"] - counts["failed"],
        "pending": counts["total"] - counts["processed"],
        "scorers": sorted(scorers),
        "usage": usage,
        "cost_usd": float(cost),
        # Message Batches: what the same tokens would have cost at the standard price.
        "batch": bool(job.llm_batch_id),
        "cost_usd_without_batch": float(cost - batch_cost + batch_cost / Decimal(str(BATCH_DISCOUNT))),
    }
    if job.llm_batch_id:
        summary["llm_batch"] = {"id": job.llm_batch_id, **job.llm_batch}
    if "offline" in scorers:
        summary["notice"] = OFFLINE_NOTICE
    return summary


def build_result(job: Job, *, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
    """The ranking (a page of it when `limit` is given) and the job's totals; pending CVs are left out."""
    ranked = job.items.ranked().exclude(status=ItemStatus.PENDING)
    items = list(ranked[offset : offset + limit] if limit is not None else ranked[offset:])
    result: dict[str, Any] = {"scores": ranked_entries(items, offset=offset), "summary": totals(job)}
    if limit is not None:
        result["scores_page"] = {"offset": offset, "limit": limit, "total": ranked.count()}
    return result
