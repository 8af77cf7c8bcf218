"""The ranked result of a job from its item rows (a constant number of queries); serializers show it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import orjson
from django.db.models import BigIntegerField, Count, Sum, TextField
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from jobs.models import ItemStatus, Job, JobItem
from jobs.scorers import OFFLINE_NOTICE
from jobs.scoring.pricing import BATCH_DISCOUNT

USAGE_KEYS = ("input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")


def totals(job: Job) -> dict[str, Any]:
    """Counts, tokens, cost and scorers over the whole job, from one query grouped by status and scorer."""
    return summarize(job, list(job.items.order_by().values(*_GROUP_KEYS).annotate(**_GROUP_SUMS)))


def summarize(job: Job, groups: list[dict[str, Any]]) -> dict[str, Any]:
    """The totals from the rows of `_GROUP_KEYS` with `_GROUP_SUMS` (`cost` a Decimal or None)."""
    done = [group for group in groups if group["status"] != ItemStatus.PENDING]
    cost = sum((group["cost"] or Decimal("0") for group in done), Decimal("0"))
    batch_cost = sum((group["cost"] or Decimal("0") for group in done if group["llm_batch"]), Decimal("0"))
    scorers = sorted({group["scorer"] for group in done if group["scorer"]})
    summary: dict[str, Any] = {
        **_counts(groups),
        "scorers": scorers,
        "usage": {key: sum(int(group[key] or 0) for group in done) for key in USAGE_KEYS},
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


# A row per (status, batch, scorer) with its sums is all the totals need: grouping replaces filtered
# aggregates and a separate DISTINCT query for the scorers (one query fewer, half the ORM work per poll).
_GROUP_KEYS = ("status", "llm_batch", "scorer")
_GROUP_SUMS = {
    "items": Count("id"),
    "cost": Sum("cost_usd"),
    **{key: Sum(Cast(KeyTextTransform(key, "usage"), BigIntegerField())) for key in USAGE_KEYS},
}


def _counts(groups: list[dict[str, Any]]) -> dict[str, int]:
    """The same counts as `JobItemQuerySet.PROGRESS_COUNTS`: duplicates are entries, not work."""
    by_status: dict[str, int] = {}
    for group in groups:
        by_status[group["status"]] = by_status.get(group["status"], 0) + group["items"]
    work = sum(count for status, count in by_status.items() if status != ItemStatus.DUPLICATE)
    processed = work - by_status.get(ItemStatus.PENDING, 0)
    scored, failed = by_status.get(ItemStatus.SCORED, 0), by_status.get(ItemStatus.FAILED, 0)
    return {
        "scored": scored,
        "failed": failed,
        "cancelled": processed - scored - failed,
        "pending": work - processed,
    }


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
# Shown exactly as stored, so an orjson response can splice their text in unparsed (`splice=True`): the
# criteria with their justifications and evidence are most of a page's bytes.
SPLICED_COLUMNS = ("criteria", "flag_details")
_AS_TEXT = {f"{column}_json": Cast(column, TextField()) for column in JSON_COLUMNS}


@dataclass(frozen=True)
class Ranking:
    """A page of the ranking (rows of ENTRY_COLUMNS and JSON_COLUMNS, each with its `rank`) and the totals."""

    scores: list[dict[str, Any]]
    summary: dict[str, Any]
    scores_page: dict[str, int] | None


def ranking(job: Job, *, limit: int | None = None, offset: int = 0, splice: bool = False) -> Ranking:
    """The finished CVs best first (a page of them when `limit` is given); pending CVs are left out.

    With `splice`, SPLICED_COLUMNS stay the database's JSON text as `orjson.Fragment`s: only orjson can
    render such rows (the status view's renderer); webhooks, downloads and the schema get parsed values.
    """
    finished = job.items.exclude(status=ItemStatus.PENDING).ranked()
    if limit is None:
        rows = list(finished.values(*ENTRY_COLUMNS, **_AS_TEXT)[offset:])
    else:
        # Rank the narrow rows, then read the wide ones of the page only: sorting every finished item with
        # its JSON as text made the database render all of them for any page (50 rows cost as much as 200).
        page_ids = finished.values("pk")[offset : offset + limit]
        rows = list(JobItem.objects.filter(pk__in=page_ids).ranked().values(*ENTRY_COLUMNS, **_AS_TEXT))
    # Scored CVs come first, so a scored CV's rank is its position + 1; others have none.
    for index, row in enumerate(rows):
        row["rank"] = offset + index + 1 if row["status"] == ItemStatus.SCORED else None
        for column in JSON_COLUMNS:
            text = row.pop(f"{column}_json")
            row[column] = (
                orjson.Fragment(text) if splice and column in SPLICED_COLUMNS else orjson.loads(text)
            )
    summary = totals(job)
    # The finished CVs are the ranking's length; the totals have counted them already (one query fewer).
    finished = summary["scored"] + summary["failed"] + summary["cancelled"]
    page = {"offset": offset, "limit": limit, "total": finished} if limit is not None else None
    return Ranking(scores=rows, summary=summary, scores_page=page)
