"""The polled job's row, read with SQL that the ORM compiles once per process instead of once per poll.

Why: building `Job.objects.for_user(user).defer(...).filter(pk=...)` and compiling it to SQL cost ~0.7 ms
of a status poll's CPU (measured in process, 0.75-1.16 ms against 0.24-0.33 ms for the same SELECT run
through `raw()`), on the two cores the poll shares with PostgreSQL. The SQL is still the ORM's (the same
filter, columns and deferrals), compiled the first time with probe values whose order is checked; only the
parameters vary. `raw()` applies the fields' converters as a queryset would, and leaves the deferred
fields deferred.
"""

from __future__ import annotations

import uuid
from functools import cache
from typing import Any

from django.contrib.auth import get_user_model
from django.db import connection

from jobs.models import Job

# A poll shows neither the rubric snapshot nor the stored summary: not decoding them saves ~0.5 ms.
DEFERRED = ("rubric", "result")
_PROBE_USER, _PROBE_JOB = -1, uuid.UUID(int=0)


@cache
def _sql() -> str:
    probe = get_user_model()(pk=_PROBE_USER)
    query = Job.objects.for_user(probe).defer(*DEFERRED).filter(pk=_PROBE_JOB).order_by().query
    sql, params = query.sql_with_params()
    # The placeholders' order, as `polled_job` passes its values (each as this database stores it).
    if params != (_PROBE_USER, _db_id(_PROBE_JOB)):
        raise RuntimeError(f"the polled job's SQL takes its values in another order: {params!r}")
    return sql


def _db_id(job_id: uuid.UUID | str) -> Any:
    """The id as the database takes it: a UUID on PostgreSQL, 32 hex characters on SQLite."""
    value = job_id if isinstance(job_id, uuid.UUID) else uuid.UUID(str(job_id))
    return Job._meta.pk.get_db_prep_value(value, connection)  # type: ignore[union-attr]


def polled_job(*, user: Any, job_id: uuid.UUID | str) -> Job | None:
    """The user's job with this id (rubric and result deferred), or None: one query."""
    return next(iter(Job.objects.raw(_sql(), [user.pk, _db_id(job_id)])), None)
