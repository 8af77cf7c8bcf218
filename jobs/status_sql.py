"""The status page's ranked entries and its totals, built by PostgreSQL as JSON text in one statement.

Why this exists: a poll of the default 200-entry page spent most of its CPU in Django (compiling the ORM
queries for the page and the totals, then a dict per row for orjson to write out again), on the two cores
it shares with PostgreSQL. Here the database renders each entry of the page as JSON text, one row each,
which Python joins into an array that the status view splices into its orjson output unparsed; the
totals' groups and the candidate ids come in a header row of the same statement. The SQL
string is built once per process; only parameters vary. It must stay equal, value for value, to the
Python path (`jobs.results.ranking` + `jobs.score_rows.score_entry`, the declared `ScoreEntrySerializer`
fields), which other databases, webhooks and downloads still use: `test_status_sql.py` compares the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from operator import itemgetter
from typing import Any

import orjson
from django.db import DEFAULT_DB_ALIAS, connection, connections
from psycopg2.extensions import BYTES, register_type  # type: ignore[import-untyped]

from candidates.models import CV
from jobs.entry_sql import entry
from jobs.failures import PERMANENT_CODES
from jobs.models import ItemStatus, Job, JobItem
from jobs.results import summarize
from jobs.tally_sql import groups_sql


@cache
def _statement() -> str:
    items, cvs = JobItem._meta.db_table, CV._meta.db_table
    # The ranking of `JobItemQuerySet.ranked`: scored first, best score first, then upload order.
    order = (
        f"CASE WHEN status = '{ItemStatus.SCORED.value}' THEN 0 ELSE 1 END, score DESC NULLS LAST, position"
    )
    page_entry = entry("i", "ranked.n", "%(permanent)s")
    return f"""
        WITH page AS (
            SELECT id, status, score, position FROM {items}
            WHERE job_id = %(job)s AND status <> '{ItemStatus.PENDING.value}'
            ORDER BY {order} LIMIT %(limit)s OFFSET %(offset)s
        ), ranked AS (
            -- Numbered after the LIMIT: a window over every finished item cost more than the sort.
            SELECT id, %(offset)s + row_number() OVER (ORDER BY {order}) AS n FROM page
        )
        -- The header row (no rank): the totals' groups, kept by triggers as items are written
        -- (`jobs.tally_sql`, no scan), and `Job.candidate_ids`, each once, in upload order (uuids need
        -- no JSON escaping).
        SELECT NULL::bigint, ({groups_sql("%(job)s")})::text,
            (SELECT '[' || coalesce(string_agg('"' || c.id || '"', ',' ORDER BY c.first), '') || ']' FROM (
                SELECT candidate_id::text AS id, min(position) AS first FROM {items}
                WHERE job_id = %(job)s AND candidate_id IS NOT NULL GROUP BY candidate_id) c)
        UNION ALL
        -- Then one row per entry of the page, joined by Python: PostgreSQL's string_agg of the whole page
        -- grew a 0.5 MB string (and copied it twice more) per poll, and the backend spent about half its
        -- CPU faulting those pages in (perf: clear_page, page faults, munmap): ~6 -> ~3.7 ms per poll.
        SELECT ranked.n, {page_entry}, NULL
        FROM ranked JOIN {items} i ON i.id = ranked.id
        LEFT JOIN {cvs} cv ON cv.id = i.cv_id
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


# The statement prepared once per connection: PostgreSQL then skips parsing and planning it (~1 ms a poll).
_PREPARED = "jobs_status_page"
_PARAMS = {"job": "uuid", "limit": "bigint", "offset": "bigint", "permanent": "text[]"}
_EXECUTE = f"EXECUTE {_PREPARED}({', '.join(['%s'] * len(_PARAMS))})"


@cache
def _prepare() -> str:
    statement = _statement()
    for number, name in enumerate(_PARAMS, start=1):
        statement = statement.replace(f"%({name})s", f"${number}")
    return f"PREPARE {_PREPARED}({', '.join(_PARAMS.values())}) AS {statement};\n"


def _execute(cursor: Any, params: dict[str, Any]) -> None:
    """Run the statement, prepared on this connection unless a pooler may hand sessions around."""
    if connection.settings_dict.get("DISABLE_SERVER_SIDE_CURSORS"):  # e.g. PgBouncer in transaction mode
        cursor.execute(_statement(), params)
        return
    values = [params[name] for name in _PARAMS]
    # This thread's wrapper (`connection` is a proxy shared by threads) and its current session.
    wrapper = connections[DEFAULT_DB_ALIAS]
    session = wrapper.connection
    if getattr(wrapper, "_status_prepared_on", None) is session:
        cursor.execute(_EXECUTE, values)
        return
    # Marked first: a prepared statement outlives a failed transaction, so it must not be prepared twice.
    wrapper._status_prepared_on = session  # type: ignore[attr-defined]
    cursor.execute(_prepare() + _EXECUTE, values)  # one round trip: the answer is the EXECUTE's


def _run(job: Job, *, limit: int, offset: int) -> StatusParts:
    params: dict[str, Any] = {
        "job": job.pk,
        "limit": limit,
        "offset": offset,
        "permanent": sorted(PERMANENT_CODES),
    }
    with connection.cursor() as cursor:
        # Text columns as bytes: the page's JSON goes into orjson's output as it came, never decoded.
        register_type(BYTES, cursor.cursor)
        _execute(cursor, params)
        rows = cursor.fetchall()
    (_, groups_text, candidate_ids), entries = _split(rows)
    groups = orjson.loads(groups_text)
    for group in groups:
        group["cost"] = None if group["cost"] is None else Decimal(group["cost"])
    summary = summarize(job, groups)
    finished = summary["scored"] + summary["failed"] + summary["cancelled"]
    page = {"offset": offset, "limit": limit, "total": finished}
    scores = orjson.Fragment(b"[" + b", ".join(entries) + b"]")
    result = {"scores": scores, "summary": summary, "scores_page": page}
    return StatusParts(result=result, candidate_ids=orjson.Fragment(candidate_ids))


def _split(rows: list[tuple[Any, ...]]) -> tuple[tuple[Any, ...], list[bytes]]:
    """The header row and the entries' JSON texts in rank order (SQL promises no order to a UNION)."""
    header = next(row for row in rows if row[0] is None)
    ranked = sorted((row for row in rows if row[0] is not None), key=itemgetter(0))
    return header, [text for _, text, _ in ranked]
