"""A job's ranking as a spreadsheet: CSV rows from the ranked entries the API shows, safe in Excel."""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from jobs.models import Job
from jobs.result_serializers import JobRankingSerializer, build_result, criterion_names

BASE_COLUMNS = ("rank", "filename", "status", "score", "recommendation")
TRAILING_COLUMNS = (
    "flags",
    "flag_details",
    "error_code",
    "error_message",
    "duplicate_of",
    "summary",
    "scorer",
    "model",
    "cv_id",
    "candidate_id",
)
# A spreadsheet runs a cell starting with one of these as a formula; CV text and filenames are untrusted.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    """The cell as NFKC text, with a leading apostrophe when a spreadsheet would read it as a formula."""
    # NFKC first: full-width and small forms of = + - @ become their ASCII selves, as some spreadsheets do on
    # input anyway; leading spaces (ideographic ones too) are skipped by some when they parse a formula.
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    return "'" + text if text.lstrip(" ").startswith(FORMULA_PREFIXES) else text


def flag_detail_text(detail: dict[str, Any]) -> str:
    """One flag's reason and excerpt as a sentence: 'hidden_text: <reason> "<excerpt>" (page 2)'."""
    page = f" (page {detail['page']})" if detail.get("page") else ""
    excerpt = f' "{detail["excerpt"]}"' if detail.get("excerpt") else ""
    return f"{detail.get('code', '')}: {detail.get('reason', '')}{excerpt}{page}"


def header(criteria: Sequence[str]) -> list[str]:
    return [*BASE_COLUMNS, *(f"criterion: {name}" for name in criteria), *TRAILING_COLUMNS]


def entry_row(entry: dict[str, Any], criteria: Sequence[str]) -> list[Any]:
    """One ranked entry as a row: its criterion scores (0-10) in the rubric's column order."""
    scores = {item.get("name"): item.get("score") for item in entry.get("criteria") or []}
    error = entry.get("error") or {}
    first = entry.get("duplicate_of") or {}
    return [
        entry["rank"],
        entry["filename"],
        entry["status"],
        entry["score"],
        entry["recommendation"],
        *(scores.get(name) for name in criteria),
        " ".join(entry.get("flags") or []),
        " | ".join(flag_detail_text(detail) for detail in entry.get("flag_details") or []),
        error.get("code"),
        error.get("message"),
        first.get("filename"),
        entry.get("summary"),
        entry.get("scorer"),
        entry.get("model"),
        entry["cv_id"],
        entry["candidate_id"],
    ]


def ranking_rows(entries: Iterable[dict[str, Any]], criteria: Sequence[str]) -> list[list[str]]:
    """The header and one escaped row per entry, in ranking order."""
    rows = [header(criteria), *(entry_row(entry, criteria) for entry in entries)]
    return [[safe_cell(value) for value in row] for row in rows]


def ranking_csv(job: Job) -> str:
    """The job's whole ranking (scored CVs first, then failures) as CSV text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(ranking_rows(build_result(job)["scores"], criterion_names(job)))
    return buffer.getvalue()


def ranking_document(job: Job) -> dict[str, Any]:
    """The same ranking as JSON: the job's identity, its ranked entries and totals."""
    return dict(JobRankingSerializer(job).data)
