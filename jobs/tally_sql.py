"""Each job's totals kept by PostgreSQL as its items are written: the status page reads them, not the items.

Why: the totals (`jobs.results.summarize`'s groups by status, batch and scorer, with their cost and tokens)
were a scan of every item of the job on each poll. Here statement-level triggers on `jobs_jobitem` add each
statement's changes to `jobs_itemtally`, one row per (job, status, llm_batch, scorer), whichever code path
writes (model methods, bulk updates, `bulk_create`, erasure, deletes): a poll reads a handful of rows. The
table is not a Django model: Django never writes it, other databases take the Python path (`totals`).

A statement's changes are applied in one upsert ordered by key, so two transactions lock a job's tally rows
in the same order. Migration 0012 installs `function_sql()` as rendered then; `test_status_sql.py` fails when
this module's rendering and the installed one differ.
"""

from __future__ import annotations

from jobs.results import USAGE_KEYS

TABLE = "jobs_itemtally"
FUNCTION = "jobs_jobitem_tally"
KEYS = ("job_id", "status", "llm_batch", "scorer")
SUMS = ("items", "cost_usd", *USAGE_KEYS)


def table_sql() -> str:
    usage = ", ".join(f"{key} bigint NOT NULL DEFAULT 0" for key in USAGE_KEYS)
    return (
        f"CREATE TABLE {TABLE} (job_id uuid NOT NULL, status varchar(16) NOT NULL, "
        f"llm_batch boolean NOT NULL, scorer varchar(32) NOT NULL, items bigint NOT NULL DEFAULT 0, "
        f"cost_usd numeric NOT NULL DEFAULT 0, "
        f"{usage}, PRIMARY KEY ({', '.join(KEYS)}))"
    )


def _signed(rows: str, sign: int) -> str:
    """A transition table's rows as changes: +1 for the rows written, -1 for the rows they replaced."""
    usage = ", ".join(f"coalesce((usage ->> '{key}')::bigint, 0) AS {key}" for key in USAGE_KEYS)
    return f"SELECT {sign} AS sign, {', '.join(KEYS)}, cost_usd, {usage} FROM {rows}"


def _apply(changes: str) -> str:
    """Add the changes to the tally, in key order; then drop the rows no item counts any more."""
    keys = ", ".join(KEYS)
    sums = ", ".join(["sum(sign)", *(f"sum(sign * {column})" for column in SUMS[1:])])
    nonzero = " OR ".join(["sum(sign) <> 0", *(f"sum(sign * {column}) <> 0" for column in SUMS[1:])])
    add = ", ".join(f"{column} = t.{column} + excluded.{column}" for column in SUMS)
    return (
        f"INSERT INTO {TABLE} AS t ({keys}, {', '.join(SUMS)})\n"
        f"        SELECT {keys}, {sums} FROM ({changes}) d GROUP BY {keys} HAVING {nonzero} ORDER BY {keys}\n"
        f"        ON CONFLICT ({keys}) DO UPDATE SET {add};\n"
        f"        DELETE FROM {TABLE} WHERE items = 0 AND job_id IN (SELECT job_id FROM ({changes}) d);"
    )


def function_sql() -> str:
    """The trigger function: one for the three statement triggers, branching on the operation."""
    inserted, deleted = _signed("new_rows", 1), _signed("old_rows", -1)
    return (
        f"CREATE OR REPLACE FUNCTION {FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n"
        f"    IF TG_OP = 'INSERT' THEN\n"
        f"        {_apply(inserted)}\n"
        f"    ELSIF TG_OP = 'UPDATE' THEN\n"
        f"        {_apply(f'{inserted} UNION ALL {deleted}')}\n"
        f"    ELSE\n"
        f"        {_apply(deleted)}\n"
        f"    END IF;\n"
        f"    RETURN NULL;\n"
        f"END\n"
        f"$$;"
    )


def triggers_sql() -> list[str]:
    """A statement trigger per operation: transition tables cannot serve several operations at once."""
    referencing = {
        "INSERT": "NEW TABLE AS new_rows",
        "UPDATE": "OLD TABLE AS old_rows NEW TABLE AS new_rows",
        "DELETE": "OLD TABLE AS old_rows",
    }
    return [
        f"CREATE TRIGGER {FUNCTION}_{operation.lower()} AFTER {operation} ON jobs_jobitem "
        f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION {FUNCTION}()"
        for operation, tables in referencing.items()
    ]


def backfill_sql() -> str:
    """The tally of the items already written (run after the triggers exist, in the same transaction)."""
    return f"INSERT INTO {TABLE} AS t ({', '.join(KEYS)}, {', '.join(SUMS)}) " + _apply_all()


def _apply_all() -> str:
    usage = ", ".join(f"sum(coalesce((usage ->> '{key}')::bigint, 0))" for key in USAGE_KEYS)
    keys = ", ".join(KEYS)
    return f"SELECT {keys}, count(*), sum(cost_usd), {usage} FROM jobs_jobitem GROUP BY {keys}"


def groups_sql(job: str) -> str:
    """The tally of one job as `summarize`'s groups, a JSON array (its `cost` as text, an exact decimal)."""
    usage = ", ".join(USAGE_KEYS)
    return (
        f"SELECT coalesce(json_agg(g), '[]') FROM (SELECT status, llm_batch, scorer, items, "
        f"cost_usd::text AS cost, {usage} FROM {TABLE} WHERE job_id = {job} AND items > 0) g"
    )
