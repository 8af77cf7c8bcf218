"""The ranked, explained result of a job, built from its item rows (a constant number of queries)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from jobs.models import ItemStatus, Job, JobItem
from jobs.scorers import OFFLINE_NOTICE

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
        "redactions": item.redactions,
        "scorer": item.scorer or None,
        "model": item.model or None,
        "prompt_version": item.prompt_version or None,
        "rubric_version": item.rubric_version or None,
        "usage": item.usage or None,
        "cost_usd": float(item.cost_usd),
        "error": {"code": item.error_code, "message": item.error} if item.error_code else None,
    }


def ranked_entries(items: list[JobItem]) -> list[dict[str, Any]]:
    """Scored CVs best first (rank 1..n), then failed and cancelled ones; `items` come from ranked()."""
    entries, rank = [], 0
    for item in items:
        if item.status == ItemStatus.SCORED:
            rank += 1
            entries.append(score_entry(item, rank))
        elif item.status != ItemStatus.PENDING:
            entries.append(score_entry(item, None))
    return entries


def totals(items: list[JobItem]) -> dict[str, Any]:
    usage = {key: sum(int((item.usage or {}).get(key, 0)) for item in items) for key in USAGE_KEYS}
    scorers = sorted({item.scorer for item in items if item.scorer})
    summary: dict[str, Any] = {
        "scored": sum(item.status == ItemStatus.SCORED for item in items),
        "failed": sum(item.status == ItemStatus.FAILED for item in items),
        "cancelled": sum(item.status == ItemStatus.CANCELLED for item in items),
        "pending": sum(item.status == ItemStatus.PENDING for item in items),
        "scorers": scorers,
        "usage": usage,
        "cost_usd": float(sum((item.cost_usd for item in items), Decimal("0"))),
    }
    if "offline" in scorers:
        summary["notice"] = OFFLINE_NOTICE
    return summary


def build_result(job: Job) -> dict[str, Any]:
    items = list(job.items.ranked())
    return {"scores": ranked_entries(items), "summary": totals(items)}
