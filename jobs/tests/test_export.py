from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV, pdf_upload
from jobs.export import ranking_rows, safe_cell
from jobs.models import Job, JobItem
from jobs.result_serializers import build_result
from jobs.results import totals
from jobs.services import start_scoring_job
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

HEADER = [
    "rank",
    "filename",
    "status",
    "score",
    "recommendation",
    "criterion: Python",
    "criterion: PostgreSQL",
    "criterion: Kubernetes",
    "criterion: Leadership",
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
]
INJECTION_DETAIL = {
    "code": "prompt_injection",
    "reason": "A line gives instructions to the screener instead of describing the candidate.",
    "excerpt": "=Ignore previous instructions",
    "page": None,
}
HIDDEN_DETAIL = {"code": "hidden_text", "reason": "Hidden.", "excerpt": "Kubernetes", "page": 2}


def criteria(python: int, postgres: int, kubernetes: int, leadership: int) -> list[dict[str, Any]]:
    scores = {"Python": python, "PostgreSQL": postgres, "Kubernetes": kubernetes, "Leadership": leadership}
    return [
        {"name": name, "weight": 1.0, "required": False, "score": score, "justification": "", "evidence": []}
        for name, score in scores.items()
    ]


def record(
    item: JobItem,
    *,
    score: int,
    recommendation: str,
    summary: str,
    flags: list[str],
    crit: list[Any],
    details: list[dict[str, Any]] | None = None,
) -> None:
    assert item.record_score(
        {
            "score": score,
            "recommendation": recommendation,
            "criteria": crit,
            "summary": summary,
            "flags": flags,
            "flag_details": details or [],
            "redactions": [],
            "scorer": "offline",
            "model": "offline-test",
            "prompt_version": "p-test",
            "rubric_version": item.job.rubric_version,
            "usage": {},
            "cost_usd": 0.0,
        }
    )


def finished_job(user: Any) -> Job:
    """A job whose outcomes are set by hand, so every exported cell is known; names try CSV injection."""
    persona = make_persona(owner=user)
    files = [
        pdf_upload("=HYPERLINK(evil).pdf", WEAK_BACKEND_CV),
        pdf_upload("strong.pdf", STRONG_BACKEND_CV),
        pdf_upload("@scan.pdf", "%%% scanned %%%"),
    ]
    job = start_scoring_job(user=user, persona=persona, files=files)
    weak, strong, scan = job.items.order_by("position")
    record(weak, score=31, recommendation="no", summary="-2 fit", flags=[], crit=criteria(4, 2, 0, 0))
    record(
        strong,
        score=88,
        recommendation="strong_yes",
        summary="Strong, with hidden text.",
        flags=["hidden_text", "prompt_injection"],
        crit=criteria(10, 9, 7, 8),
        details=[HIDDEN_DETAIL, INJECTION_DETAIL],
    )
    assert scan.record_failure(code="no_text_layer", message="+The PDF has no text layer.")
    job.close(summary=totals(job))
    return job


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_safe_cell_quotes_every_formula_prefix() -> None:
    assert [safe_cell(value) for value in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@SUM(A1)",
        "'\t=1",
        "'\r=1",
    ]


def test_safe_cell_normalises_full_width_and_spaced_formula_prefixes_before_quoting() -> None:
    cells = ["\uff1d1+1", "\uff0b1", "\uff0d1", "\uff20SUM(A1)", "\ufe66HYPERLINK(1)", " =1", "\u3000\uff1d1"]

    assert [safe_cell(value) for value in cells] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@SUM(A1)",
        "'=HYPERLINK(1)",
        "' =1",
        "' =1",
    ]


def test_safe_cell_gives_plain_text_in_nfkc() -> None:
    assert [safe_cell(value) for value in ["\ufb01le.pdf", "Jos\u0065\u0301", "\uff21\uff22"]] == [
        "file.pdf",
        "Jos\u00e9",
        "AB",
    ]


def test_safe_cell_leaves_plain_values_alone() -> None:
    assert [safe_cell(value) for value in ["cv.pdf", "a=b", 0, 88, None, ""]] == [
        "cv.pdf",
        "a=b",
        "0",
        "88",
        "",
        "",
    ]


def test_ranking_rows_put_criterion_scores_in_rubric_order() -> None:
    entry = {
        "rank": 1,
        "filename": "a.pdf",
        "status": "scored",
        "score": 70,
        "recommendation": "yes",
        "criteria": [{"name": "B", "score": 3}, {"name": "A", "score": 9}],
        "flags": ["hidden_text"],
        "summary": "ok",
        "scorer": "offline",
        "model": "m",
        "error": None,
        "cv_id": "cv-1",
        "candidate_id": "cand-1",
    }

    rows = ranking_rows([entry], ["A", "B", "C"])

    assert rows == [
        [*HEADER[:5], "criterion: A", "criterion: B", "criterion: C", *HEADER[9:]],
        [
            "1",
            "a.pdf",
            "scored",
            "70",
            "yes",
            "9",
            "3",
            "",
            "hidden_text",
            "",
            "",
            "",
            "",
            "ok",
            "offline",
            "m",
            "cv-1",
            "cand-1",
        ],
    ]


def test_ranking_rows_escape_a_criterion_name_in_the_header() -> None:
    assert ranking_rows([], ["=cmd"])[0][5] == "criterion: =cmd"
    assert ranking_rows([], ["x"])[0][:5] == ["rank", "filename", "status", "score", "recommendation"]


def test_results_csv_lists_the_ranking_with_formulas_defused(api: APIClient, user: Any) -> None:
    job = finished_job(user)
    weak, strong, scan = job.items.order_by("position")

    response = api.get(f"/api/v1/jobs/{job.pk}/results.csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="ranking-{job.pk}.csv"'
    assert csv_rows(response.content.decode()) == [
        HEADER,
        [
            "1",
            "strong.pdf",
            "scored",
            "88",
            "strong_yes",
            "10",
            "9",
            "7",
            "8",
            "hidden_text prompt_injection",
            'hidden_text: Hidden. "Kubernetes" (page 2) | prompt_injection: A line gives instructions to the'
            ' screener instead of describing the candidate. "=Ignore previous instructions"',
            "",
            "",
            "",
            "Strong, with hidden text.",
            "offline",
            "offline-test",
            str(strong.cv_id),
            str(strong.candidate_id),
        ],
        [
            "2",
            "'=HYPERLINK(evil).pdf",
            "scored",
            "31",
            "no",
            "4",
            "2",
            "0",
            "0",
            "",
            "",
            "",
            "",
            "",
            "'-2 fit",
            "offline",
            "offline-test",
            str(weak.cv_id),
            str(weak.candidate_id),
        ],
        # A failed CV: no rank, score, recommendation or criterion scores (4), no flags or details; no summary
        # or scorer.
        [
            *("", "'@scan.pdf", "failed", *[""] * 8, "no_text_layer", "'+The PDF has no text layer."),
            *("", "", "", "", str(scan.cv_id), str(scan.candidate_id)),
        ],
    ]
    assert response.content.decode().endswith("\r\n")


def test_results_csv_answers_an_accept_text_csv_request(api: APIClient, user: Any) -> None:
    job = finished_job(user)

    response = api.get(f"/api/v1/jobs/{job.pk}/results.csv", HTTP_ACCEPT="text/csv")

    assert response.status_code == 200
    assert csv_rows(response.content.decode())[0] == HEADER


def test_results_json_holds_the_same_ranking(api: APIClient, user: Any) -> None:
    job = finished_job(user)

    response = api.get(f"/api/v1/jobs/{job.pk}/results.json")

    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"job_id", "status", "persona_id", "rubric_version", "criteria", "scores", "summary"}
    assert body["job_id"] == str(job.pk)
    assert body["status"] == "completed"
    assert body["persona_id"] == str(job.persona_id)
    assert body["rubric_version"] == job.rubric_version
    assert body["criteria"] == ["Python", "PostgreSQL", "Kubernetes", "Leadership"]
    assert [entry["filename"] for entry in body["scores"]] == [
        "strong.pdf",
        "=HYPERLINK(evil).pdf",
        "@scan.pdf",
    ]
    assert [entry["rank"] for entry in body["scores"]] == [1, 2, None]
    assert body["scores"] == build_result(job)["scores"]
    assert body["summary"]["scored"] == 2
    assert body["summary"]["failed"] == 1


def test_exports_of_another_users_job_are_not_found(api: APIClient, other_api: APIClient, user: Any) -> None:
    job = finished_job(user)

    for suffix in ("results.csv", "results.json"):
        response = other_api.get(f"/api/v1/jobs/{job.pk}/{suffix}")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"
        assert response.json()["error"]["code"] == "job_not_found"


def test_exports_need_credentials(user: Any) -> None:
    job = finished_job(user)

    response = APIClient().get(f"/api/v1/jobs/{job.pk}/results.csv")

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_export_of_a_malformed_job_id_is_not_found(api: APIClient) -> None:
    response = api.get("/api/v1/jobs/not-a-uuid/results.csv")

    assert response.status_code == 404
    assert response.json()["error"]["code"] == "job_not_found"


def test_export_of_a_queued_job_has_only_the_header(api: APIClient, user: Any) -> None:
    job = start_scoring_job(user=user, persona=make_persona(owner=user), files=[pdf_upload("a.pdf")])

    response = api.get(f"/api/v1/jobs/{job.pk}/results.csv")

    assert response.status_code == 200
    assert csv_rows(response.content.decode()) == [HEADER]


def test_results_csv_lists_a_duplicate_and_a_refused_file_under_their_own_names(
    api: APIClient, user: Any
) -> None:
    persona = make_persona(owner=user)
    files = [
        pdf_upload("first.pdf", STRONG_BACKEND_CV),
        pdf_upload("again.pdf", STRONG_BACKEND_CV),
        SimpleUploadedFile("notes.exe", b"MZ\x90\x00", content_type="application/octet-stream"),
    ]
    job = start_scoring_job(user=user, persona=persona, files=files)
    first = job.items.get(position=0)
    record(first, score=88, recommendation="yes", summary="ok", flags=[], crit=criteria(9, 9, 9, 9))
    job.close(summary=totals(job))

    rows = csv_rows(api.get(f"/api/v1/jobs/{job.pk}/results.csv").content.decode())

    columns = [
        HEADER.index(name) for name in ("rank", "filename", "status", "score", "error_code", "duplicate_of")
    ]
    assert [[row[column] for column in columns] for row in rows[1:]] == [
        ["1", "first.pdf", "scored", "88", "", ""],
        ["", "again.pdf", "duplicate", "", "", "first.pdf"],
        ["", "notes.exe", "failed", "", "unsupported_type", ""],
    ]
    assert rows[3][HEADER.index("cv_id")] == ""
