"""The status page's ranked entries and its totals, built by PostgreSQL as JSON text in one statement.

Why this exists: a poll of the default 200-entry page spent most of its CPU in Django (compiling the ORM
queries for the page and the totals, then a dict per row for orjson to write out again), on the two cores
it shares with PostgreSQL. Here the database renders the page as one JSON array, which the status view
splices into its orjson output unparsed, and returns the totals' groups in the same round trip. The SQL
string is built once per process; only parameters vary. It must stay equal, value for value, to the
Python path (`jobs.results.ranking` + `jobs.score_rows.score_entry`, the declared `ScoreEntrySerializer`
fields), which other databases, webhooks and downloads still use: `test_status_sql.py` compares the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import orjson
from django.db import connection

from candidates.models import CV
from jobs.failures import PERMANENT_CODES
from jobs.models import ItemStatus, Job, JobItem
from jobs.results import USAGE_KEYS, summarize


def _optional_text(column: str) -> str:
    """A text column where "" means none, as `score_rows._text_or_none` shows it."""
    return f"NULLIF(i.{column}, '')"


# Keys in ScoreEntrySerializer's order. Stored flags and redactions are lists of strings and redaction
# counts map strings to ints (`JobItem.record_score`), so they are shown as stored, like criteria.
_ENTRY = {
    "rank": f"CASE WHEN i.status = '{ItemStatus.SCORED.value}' THEN ranked.n END",
    "cv_id": "i.cv_id::text",
    "candidate_id": "i.candidate_id::text",
    "filename": "i.filename",
    "position": "i.position",
    "status": "i.status",
    "duplicate_of": "CASE WHEN d.id IS NOT NULL THEN "
    "json_build_object('position', d.position, 'filename', d.filename) END",
    "reused": "i.reused",
    "reused_from": "r.job_id::text",
    "ocr_confidence": "cv.ocr_confidence",
    "score": "i.score",
    "recommendation": _optional_text("recommendation"),
    "criteria": "i.criteria",
    "summary": "i.summary",
    "flags": "i.flags",
    "flag_details": "i.flag_details",
    "redactions": "i.redactions",
    "redaction_counts": "i.redaction_counts",
    "redaction_version": _optional_text("redaction_version"),
    "scorer": _optional_text("scorer"),
    "model": _optional_text("model"),
    "prompt_version": _optional_text("prompt_version"),
    "rubric_version": _optional_text("rubric_version"),
    "usage": "NULLIF(i.usage, '{}'::jsonb)",
    "cost_usd": "i.cost_usd",
    "error": "CASE WHEN i.error_code <> '' THEN json_build_object('code', i.error_code, 'message', i.error, "
    "'retryable', NOT (i.error_code = ANY(%(permanent)s))) END",
}


@cache
def _statement() -> str:
    items, cvs = JobItem._meta.db_table, CV._meta.db_table
    entry = ", ".join(f"'{key}', {value}" for key, value in _ENTRY.items())
    # The ranking of `JobItemQuerySet.ranked`: scored first, best score first, then upload order.
    order = (
        f"CASE WHEN status = '{ItemStatus.SCORED.value}' THEN 0 ELSE 1 END, score DESC NULLS LAST, position"
    )
    usage = ", ".join(f"sum((usage ->> '{key}')::bigint) AS {key}" for key in USAGE_KEYS)
    return f"""
        WITH page AS (
            SELECT id, status, score, position FROM {items}
            WHERE job_id = %(job)s AND status <> '{ItemStatus.PENDING.value}'
            ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s
        ), ranked AS (
            -- Numbered after the LIMIT: a window over every finished item cost more than the sort.
            SELECT id, %(offset)s + row_number() OVER (ORDER BY {order}) AS n FROM page
        )
        SELECT
            (SELECT coalesce(json_agg(json_build_object({entry}) ORDER BY ranked.n), '[]')
             FROM ranked JOIN {items} i ON i.id = ranked.id
             LEFT JOIN {cvs} cv ON cv.id = i.cv_id
             LEFT JOIN {items} d ON d.id = i.duplicate_of_id
             LEFT JOIN {items} r ON r.id = i.reused_from_id)::text,
            (SELECT coalesce(json_agg(g), '[]') FROM (
                SELECT status, llm_batch, scorer, count(*) AS items, sum(cost_usd)::text AS cost, {usage}
                FROM {items} WHERE job_id = %(job)s GROUP BY status, llm_batch, scorer) g)::text,
            -- `Job.candidate_ids`: each once, in upload order.
            (SELECT coalesce(json_agg(c.id ORDER BY c.first), '[]') FROM (
                SELECT candidate_id::text AS id, min(position) AS first FROM {items}
                WHERE job_id = %(job)s AND candidate_id IS NOT NULL GROUP BY candidate_id) c)::text
    """


@dataclass(frozen=True)
class StatusParts:
    """What the statement gives: `build_result`'s dict and the job's candidate ids as JSON text."""

    result: dict[str, Any]
    candidate_ids: orjson.Fragment


def status_parts(job: Job, *, limit: int, offset: int) -> StatusParts:
    """The statement's answer for this page, run once per job instance (the view asks twice)."""
    key, parts = job.__dict__.get("_status_parts", (None, None))
    if key != (limit, offset) or parts is None:
        parts = _run(job, limit=limit, offset=offset)
        job.__dict__["_status_parts"] = ((limit, offset), parts)
    return parts  # type: ignore[no-any-return]


def status_result(job: Job, *, limit: int, offset: int) -> dict[str, Any]:
    """`build_result(job, limit=, offset=, splice=True)` on PostgreSQL: the scores one orjson.Fragment."""
    return status_parts(job, limit=limit, offset=offset).result


def _run(job: Job, *, limit: int, offset: int) -> StatusParts:
    params: dict[str, Any] = {
        "job": job.pk,
        "limit": limit,
        "offset": offset,
        "permanent": sorted(PERMANENT_CODES),
    }
    with connection.cursor() as cursor:
        cursor.execute(_statement(), params)
        scores, groups_text, candidate_ids = cursor.fetchone()
    groups = orjson.loads(groups_text)
    for group in groups:
        group["cost"] = None if group["cost"] is None else Decimal(group["cost"])
    summary = summarize(job, groups)
    finished = summary["scored"] + summary["failed"] + summary["cancelled"]
    page = {"offset": offset, "limit": limit, "total": finished}
    result = {"scores": orjson.Fragment(scores), "summary": summary, "scores_page": page}
    return StatusParts(result=result, candidate_ids=orjson.Fragment(candidate_ids))
