"""The status document as JSON bytes, built for orjson directly: the polled path skips DRF's serializers.

Why: with the page rendered by PostgreSQL (`jobs.status_sql`), what was left of a poll's Django CPU was
mostly `JobStatusSerializer` walking its fields and DRF's renderer. This module writes the same document,
key for key and byte for byte (`test_api_status.py` compares both renderings of varied jobs), from the job
row and the statement's parts. `JobStatusSerializer` stays the contract: the schema, webhooks and the other
actions use it, and a change to its fields must be made here too (the comparison test fails otherwise).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import orjson
from django.db import connection
from rest_framework.fields import DateTimeField

from jobs.models import Job, JobStatus
from jobs.result_serializers import build_result
from jobs.status_sql import status_parts
from jobs.wire import job_state, wire_error, wire_status

# DRF's ISO 8601 rendering (the current time zone, `Z` for UTC), as the serializer shows the timestamps.
_TIME = DateTimeField()


def _time(value: datetime | None) -> str | None:
    return _TIME.to_representation(value) if value is not None else None


def _progress(job: Job) -> dict[str, int]:
    """As `JobSummarySerializer.get_progress`."""
    progress = job.progress or {}
    return {
        "processed": int(progress.get("processed", 0)),
        "total": int(progress["total"]) if "total" in progress else len(job.cv_ids),
        "scored": int(progress.get("scored", 0)),
        "failed": int(progress.get("failed", 0)),
    }


def _has_result(job: Job) -> bool:
    """As `JobStatusSerializer.get_result`: a job never started shows no result."""
    return not (job.status == JobStatus.QUEUED and not job.attempts and not job.cancel_requested)


def status_data(job: Job, *, limit: int, offset: int) -> dict[str, Any]:
    """The document's values in `JobStatusSerializer`'s field order; page and ids as orjson fragments."""
    if connection.vendor == "postgresql":
        parts = status_parts(job, limit=limit, offset=offset)
        candidate_ids: Any = parts.candidate_ids
        result = parts.result if _has_result(job) else None
    else:
        candidate_ids = job.candidate_ids
        result = build_result(job, limit=limit, offset=offset, splice=True) if _has_result(job) else None
    return {
        "job_id": str(job.pk),
        "type": job.type,
        "status": wire_status(job),
        "state": job_state(job),
        "persona_id": None if job.persona_id is None else str(job.persona_id),
        "candidate_ids": candidate_ids,
        "progress": _progress(job),
        "error": wire_error(job),
        "created_at": _time(job.created_at),
        "updated_at": _time(job.updated_at),
        "completed_at": _time(job.completed_at),
        "waiting_for_llm_until": _time(job.waiting_for_llm_until),
        "result": result,
    }


def status_json(job: Job, *, limit: int, offset: int) -> bytes:
    """The document as the status view sends it (orjson, as DRF's ORJSONRenderer writes it)."""
    return orjson.dumps(status_data(job, limit=limit, offset=offset), option=orjson.OPT_SERIALIZE_NUMPY)
