"""The ranked result of a job from its item rows (a constant number of queries); serializers show it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import orjson
from django.db.models import BigIntegerField, Q, Sum, TextField
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from jobs.models import ItemStatus, Job, JobItemQuerySet
from jobs.scorers import OFFLINE_NOTICE
from jobs.scoring.pricing import BATCH_DISCOUNT

USAGE_KEYS = ("input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")


def totals(job: Job) -> dict[str, Any]:
    """Counts, tokens and cost over the whole job, summed by the database (a constant two queries)."""
    done = ~Q(status=ItemStatus.PENDING)
    token_sums = {
        key: Sum(Cast(KeyTextTransform(key, "usage"), BigIntegerField()), filter=done) for key in USAGE_KEYS
    }
    sums = job.items.aggregate(
        cost=Sum("cost_usd", filter=done),
        batch_cost=Sum("cost_usd", filter=done & Q(llm_batch=True)),
        **token_sums,
        **JobItemQuerySet.PROGRESS_COUNTS,
    )
    cost, batch_cost = sums["cost"] or Decimal("0"), sums["batch_cost"] or Decimal("0")
    usage = {key: int(sums[key] or 0) for key in USAGE_KEYS}
    counts = {key: int(sums[key] or 0) for key in JobItemQuerySet.PROGRESS_COUNTS}
    finished = job.items.filter(done)
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


# The columns a score entry shows: the ranked page is read as plain rows (`values()`), not model instances,
# because building 200 JobItem and CV instances per poll cost more than the query itself.
ENTRY_COLUMNS = (
    "cv_id",
    "candidate_id",
    "filename",
    "position",
    "status",
    "duplicate_of__position",
    "duplicate_of__filename",
    "reused",
    "reused_from__job_id",
    "cv__ocr_confidence",
    "score",
    "recommendation",
    "summary",
    "redaction_version",
    "scorer",
    "model",
    "prompt_version",
    "rubric_version",
    "cost_usd",
    "error_code",
    "error",
)
# JSON columns come as the database's text and are parsed with orjson: Django's json.loads of five columns
# per row was a fifth of a poll's CPU.
JSON_COLUMNS = ("criteria", "flags", "flag_details", "redactions", "redaction_counts", "usage")
_AS_TEXT = {f"{column}_json": Cast(column, TextField()) for column in JSON_COLUMNS}


@dataclass(frozen=True)
class Ranking:
    """A page of the ranking (rows of ENTRY_COLUMNS and JSON_COLUMNS, each with its `rank`) and the totals."""

    scores: list[dict[str, Any]]
    summary: dict[str, Any]
    scores_page: dict[str, int] | None


def ranking(job: Job, *, limit: int | None = None, offset: int = 0) -> Ranking:
    """The finished CVs best first (a page of them when `limit` is given); pending CVs are left out."""
    ranked = job.items.ranked().exclude(status=ItemStatus.PENDING).values(*ENTRY_COLUMNS, **_AS_TEXT)
    rows = list(ranked[offset : offset + limit] if limit is not None else ranked[offset:])
    # Scored CVs come first, so a scored CV's rank is its position + 1; others have none.
    for index, row in enumerate(rows):
        row["rank"] = offset + index + 1 if row["status"] == ItemStatus.SCORED else None
        for column in JSON_COLUMNS:
            row[column] = orjson.loads(row.pop(f"{column}_json"))
    summary = totals(job)
    # The finished CVs are the ranking's length; the totals have counted them already (one query fewer).
    finished = summary["scored"] + summary["failed"] + summary["cancelled"]
    page = {"offset": offset, "limit": limit, "total": finished} if limit is not None else None
    return Ranking(scores=rows, summary=summary, scores_page=page)
