"""A status-page entry as PostgreSQL renders it, and the trigger that stores most of it with its row.

Why: building each entry's JSON on every poll (`json_build_object` over the stored criteria, flag details,
usage, ...) was most of the database's CPU per render of the default 200-entry page. The keys that come
from the item's own columns are rendered once per write instead, as runs of JSON object members (text
without braces) in ScoreEntrySerializer's order: `entry_head` (`cv_id` to `status`) and `entry_tail`
(`score` to `error`) of `jobs_jobitem`, by a BEFORE INSERT OR UPDATE trigger. Every write of the row
re-renders them in the same statement, whichever code path makes it (`JobItem.record_*`, the queryset's
bulk `update()`s, `bulk_create`, erasure's SET NULL, an admin edit, raw SQL): stored data, never a stale
copy, and every poll is still a render of the current rows. The keys that depend on the page (`rank`) or
on other rows (`duplicate_of`, `reused_from`, `ocr_confidence`) are computed per poll and spliced in.

The columns are not Django fields: Django never reads or writes them, so the Python path (other
databases, webhooks, downloads) does not carry them. Migration 0010 installs the function as
`entry_function_sql()` rendered it then; `test_status_sql.py` fails when this module's rendering and the
installed one differ, so changing an entry's stored keys means a migration that replaces the function and
re-renders the rows (`UPDATE jobs_jobitem SET entry_tail = NULL` fires the trigger on each)."""

from __future__ import annotations

from jobs.failures import PERMANENT_CODES
from jobs.models import ItemStatus

FUNCTION = "jobs_jobitem_stored_entry"


def _optional_text(row: str, column: str) -> str:
    """A text column where "" means none, as `score_rows._text_or_none` shows it."""
    return f"NULLIF({row}.{column}, '')"


def own_head(row: str) -> dict[str, str]:
    """The keys from `cv_id` to `status`: the item's own columns, stored."""
    return {
        "cv_id": f"{row}.cv_id::text",
        "candidate_id": f"{row}.candidate_id::text",
        "filename": f"{row}.filename",
        "position": f"{row}.position",
        "status": f"{row}.status",
    }


def polled(row: str, rank: str) -> dict[str, str]:
    """The keys that depend on the page (`rank`) or on other rows, as JSON text: computed per poll.

    `duplicate_of` and `reused_from` are looked up only for the rare entry that has one (a join hashed
    every item of the table); each value is JSON text, never NULL, so the entry's concatenation is not.
    """
    return {
        "rank": f"CASE WHEN {row}.status = '{ItemStatus.SCORED.value}' THEN ({rank})::text ELSE 'null' END",
        "duplicate_of": f"CASE WHEN {row}.duplicate_of_id IS NULL THEN 'null' ELSE coalesce((SELECT "
        "json_build_object('position', d.position, 'filename', d.filename)::text FROM jobs_jobitem d "
        f"WHERE d.id = {row}.duplicate_of_id), 'null') END",
        "reused": f"{row}.reused::text",
        "reused_from": f"CASE WHEN {row}.reused_from_id IS NULL THEN 'null' ELSE coalesce((SELECT "
        f"to_json(r.job_id::text)::text FROM jobs_jobitem r WHERE r.id = {row}.reused_from_id), 'null') END",
        "ocr_confidence": "coalesce(to_json(cv.ocr_confidence)::text, 'null')",
    }


def tail(row: str, permanent: str) -> dict[str, str]:
    """The keys from `score` on: the item's own columns only, so they can be stored with it.

    Stored flags and redactions are lists of strings and redaction counts map strings to ints
    (`JobItem.record_score`), so they are shown as stored, like criteria.
    """
    return {
        "score": f"{row}.score",
        "recommendation": _optional_text(row, "recommendation"),
        "criteria": f"{row}.criteria",
        "summary": f"{row}.summary",
        "flags": f"{row}.flags",
        "flag_details": f"{row}.flag_details",
        "redactions": f"{row}.redactions",
        "redaction_counts": f"{row}.redaction_counts",
        "redaction_version": _optional_text(row, "redaction_version"),
        "scorer": _optional_text(row, "scorer"),
        "model": _optional_text(row, "model"),
        "prompt_version": _optional_text(row, "prompt_version"),
        "rubric_version": _optional_text(row, "rubric_version"),
        "usage": f"NULLIF({row}.usage, '{{}}'::jsonb)",
        "cost_usd": f"{row}.cost_usd",
        "error": f"CASE WHEN {row}.error_code <> '' THEN json_build_object('code', {row}.error_code, "
        f"'message', {row}.error, 'retryable', NOT ({row}.error_code = ANY({permanent}))) END",
    }


def json_object(keys: dict[str, str]) -> str:
    return "json_build_object(" + ", ".join(f"'{key}', {value}" for key, value in keys.items()) + ")"


def permanent_codes_literal() -> str:
    """`jobs.failures.PERMANENT_CODES` as an SQL array (codes are identifiers: no quoting needed)."""
    assert all(code.replace("_", "").isalnum() for code in PERMANENT_CODES)
    return "ARRAY[" + ", ".join(f"'{code}'" for code in sorted(PERMANENT_CODES)) + "]::text[]"


def _members(keys: dict[str, str]) -> str:
    """An object's members as JSON text, without its braces: stored halves are spliced into one entry."""
    rendered = f"{json_object(keys)}::text"
    return f"substr({rendered}, 2, length({rendered}) - 2)"


def entry_function_sql() -> str:
    """The trigger function: NEW's own keys rendered as the status page shows them (two runs of members)."""
    return (
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n"
        f"    NEW.entry_head := {_members(own_head('NEW'))};\n"
        f"    NEW.entry_tail := {_members(tail('NEW', permanent_codes_literal()))};\n"
        f"    RETURN NEW;\n"
        f"END\n"
        f"$$;"
    )


def entry(row: str, rank: str, permanent: str) -> str:
    """One entry's JSON text, keys in ScoreEntrySerializer's order: the stored members with the polled ones.

    A row without stored members (the trigger missing) is rendered whole here, never left out.
    """
    live = polled(row, rank)
    spliced = " || ".join(
        [
            f"""'{{"rank": ' || {live["rank"]}""",
            f"', ' || {row}.entry_head",
            *(f"""', "{key}": ' || {live[key]}""" for key in ("duplicate_of", "reused", "reused_from")),
            f"""', "ocr_confidence": ' || {live["ocr_confidence"]}""",
            f"', ' || {row}.entry_tail || '}}'",
        ]
    )
    as_json = {key: f"({value})::json" for key, value in live.items()}
    whole = {"rank": as_json.pop("rank"), **own_head(row), **as_json, **tail(row, permanent)}
    return f"coalesce({spliced}, {json_object(whole)}::text)"
