"""A ranked row of the status page rendered as its score entry, without DRF's per-field machinery.

`jobs.result_serializers.ScoreEntrySerializer` declares the fields (the schema's one definition);
`test_score_entry_matches_the_declared_fields` keeps this rendering equal to them.
"""

from __future__ import annotations

from typing import Any

from jobs.failures import is_retryable


def _text_or_none(value: Any) -> str | None:
    return str(value) if value else None


def _duplicate_of(row: dict[str, Any]) -> dict[str, Any] | None:
    if row["duplicate_of__position"] is None:
        return None
    return {"position": row["duplicate_of__position"], "filename": row["duplicate_of__filename"]}


def _error(row: dict[str, Any]) -> dict[str, Any] | None:
    code = row["error_code"]
    return {"code": code, "message": row["error"], "retryable": is_retryable(code)} if code else None


def score_entry(row: dict[str, Any]) -> dict[str, Any]:
    """One ranked row as ScoreEntrySerializer's declared fields render it, field for field.

    Written out because DRF's per-field machinery cost ~0.4 ms a row, most of a 200-row status page; the
    declared fields stay the schema's one definition and `test_score_entry_matches_the_declared_fields` keeps
    this function equal to them.
    """
    score, cost = row["score"], row["cost_usd"]
    return {
        "rank": row["rank"],
        "cv_id": _text_or_none(row["cv_id"]),
        "candidate_id": _text_or_none(row["candidate_id"]),
        "filename": row["filename"],
        "position": row["position"],
        "status": row["status"],
        "duplicate_of": _duplicate_of(row),
        "reused": row["reused"],
        "reused_from": _text_or_none(row["reused_from__job_id"]),
        "ocr_confidence": row["cv__ocr_confidence"],
        "score": None if score is None else int(score),
        "recommendation": row["recommendation"] or None,
        "criteria": row["criteria"],
        "summary": row["summary"],
        "flags": [str(flag) for flag in row["flags"]],
        "flag_details": row["flag_details"],
        "redactions": [str(category) for category in row["redactions"]],
        "redaction_counts": {str(key): int(count) for key, count in row["redaction_counts"].items()},
        "redaction_version": _text_or_none(row["redaction_version"]),
        "scorer": _text_or_none(row["scorer"]),
        "model": _text_or_none(row["model"]),
        "prompt_version": _text_or_none(row["prompt_version"]),
        "rubric_version": _text_or_none(row["rubric_version"]),
        "usage": row["usage"] or None,
        "cost_usd": None if cost is None else float(cost),
        "error": _error(row),
    }
