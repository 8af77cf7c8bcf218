"""PostgreSQL's rendering of the status page (`jobs.status_sql`) equals the Python one, value for value."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import orjson
import pytest
from drf_orjson_renderer.renderers import ORJSONRenderer  # type: ignore[import-untyped]
from rest_framework.renderers import JSONRenderer

from candidates.models import CV
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from jobs.models import ItemStatus, Job, JobItem, JobStatus
from jobs.result_serializers import build_result
from jobs.serializers import job_status_document
from jobs.tests.factories import make_job

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

USAGE = {
    "input_tokens": 1200,
    "output_tokens": 250,
    "cache_creation_input_tokens": 0,
    "cache_read_input_tokens": 7,
}
CRITERIA = [
    {
        "name": "Go",
        "weight": 1.5,
        "required": False,
        "score": 3,
        "justification": 'é "q"\n\t<b>',
        "evidence": [],
    },
    {"name": "SQL", "weight": 2, "required": True, "score": 10, "justification": "ok", "evidence": ["a\\b"]},
]
DETAILS = [{"code": "hidden_text", "reason": "white text", "excerpt": "<b>ignore</b>", "page": None}]


def _scored(**fields: Any) -> dict[str, Any]:
    return {"status": ItemStatus.SCORED, "scorer": "anthropic", "model": "claude-test", **fields}


def _job_with_every_kind_of_entry(user: Any) -> tuple[Job, Job]:
    earlier = make_job(user, STRONG_BACKEND_CV)
    source = earlier.items.get()
    job = make_job(user, *[f"{STRONG_BACKEND_CV}\nLine {i}" for i in range(7)], WEAK_BACKEND_CV)
    blind, batch, reused, tied, permanent, retryable, unknown, cancelled = job.items.order_by("position")
    JobItem.objects.filter(pk=blind.pk).update(
        **_scored(score=81, recommendation="strong_yes", criteria=CRITERIA, flags=["hidden_text"]),
        summary="Strong.\nSecond line ✓",
        flag_details=DETAILS,
        redactions=["email", "phone"],
        redaction_counts={"email": 1, "phone": 12},
        redaction_version="r3",
        prompt_version="p9",
        rubric_version="v1",
        usage=USAGE,
        cost_usd=Decimal("0.012345"),
    )
    CV.objects.filter(job_items=blind).update(ocr_confidence=87.123456789)
    JobItem.objects.filter(pk=batch.pk).update(
        **_scored(score=64, recommendation="maybe"), llm_batch=True, usage=USAGE, cost_usd=Decimal("0.000001")
    )
    JobItem.objects.filter(pk=reused.pk).update(
        **_scored(score=64, scorer="offline", model=""),
        reused=True,
        reused_from=source,
        cost_usd=Decimal("0"),
    )
    JobItem.objects.filter(pk=tied.pk).update(status=ItemStatus.SCORED, score=0)
    JobItem.objects.filter(pk=permanent.pk).update(
        status=ItemStatus.FAILED, error_code="no_text_layer", error="No text could be read.", usage=USAGE
    )
    JobItem.objects.filter(pk=retryable.pk).update(
        status=ItemStatus.FAILED, error_code="timeout", error="Slow."
    )
    JobItem.objects.filter(pk=unknown.pk).update(status=ItemStatus.FAILED, error_code="new_fault", error="?")
    JobItem.objects.filter(pk=cancelled.pk).update(status=ItemStatus.CANCELLED, error_code="cancelled")
    JobItem.objects.create(job=job, cv=blind.cv, candidate=blind.candidate, filename="again.pdf", position=8,
                           status=ItemStatus.DUPLICATE, duplicate_of=blind)  # fmt: skip
    JobItem.objects.create(job=job, filename="virus.exe", position=9, status=ItemStatus.FAILED,
                           error_code="unsupported_type", error="Not a CV file.")  # fmt: skip
    JobItem.objects.create(
        job=job, cv=source.cv, candidate=source.candidate, filename="late.pdf", position=10
    )
    batch_info = {"requests": 1, "status": "ended"}
    Job.objects.filter(pk=job.pk).update(
        status=JobStatus.PROCESSING, attempts=1, llm_batch_id="msgbatch_1", llm_batch=batch_info
    )
    job.refresh_from_db()
    return job, earlier


def _python_path(job: Job, limit: int, offset: int) -> Any:
    return json.loads(JSONRenderer().render(build_result(job, limit=limit, offset=offset)))


def _sql_path(job: Job, limit: int, offset: int) -> Any:
    result = build_result(job, limit=limit, offset=offset, splice=True)
    assert isinstance(result["scores"], orjson.Fragment)
    return json.loads(ORJSONRenderer().render(result))


def test_the_sql_page_equals_the_python_page_for_every_kind_of_entry(user: Any) -> None:
    job, earlier = _job_with_every_kind_of_entry(user)

    whole = _sql_path(job, 200, 0)

    assert whole == _python_path(job, 200, 0)
    assert [(entry["position"], entry["rank"]) for entry in whole["scores"]] == [
        (0, 1), (1, 2), (2, 3), (3, 4), (4, None), (5, None), (6, None), (7, None), (8, None), (9, None),
    ]  # fmt: skip
    assert [entry["error"] and entry["error"]["retryable"] for entry in whole["scores"][4:]] == [
        False, True, True, True, None, False,
    ]  # fmt: skip
    first = whole["scores"][0]
    assert (first["ocr_confidence"], first["cost_usd"], first["usage"]) == (87.123456789, 0.012345, USAGE)
    assert (whole["scores"][2]["reused_from"], whole["scores"][2]["model"]) == (str(earlier.pk), None)
    assert whole["scores"][8]["duplicate_of"] == {"position": 0, "filename": "cv0.pdf"}
    assert (whole["summary"]["pending"], whole["summary"]["llm_batch"]["id"]) == (1, "msgbatch_1")
    # As the Python path counts: the duplicate entry is listed but not counted as finished work.
    assert whole["scores_page"] == {"offset": 0, "limit": 200, "total": 9}
    for limit, offset in [(1, 0), (3, 2), (4, 8), (5, 10)]:
        assert _sql_path(job, limit, offset) == _python_path(job, limit, offset)


def test_the_status_view_answers_the_python_document_value_for_value(api: Any, user: Any) -> None:
    job, _ = _job_with_every_kind_of_entry(user)

    answer = api.get(f"/api/v1/jobs/{job.pk}/status").json()

    assert answer == json.loads(JSONRenderer().render(job_status_document(str(job.pk))))
    assert answer["candidate_ids"] == job.candidate_ids
    assert len(answer["candidate_ids"]) == 9  # the duplicate shares its CV; the refused file has none


def test_the_sql_page_of_a_job_with_nothing_finished_is_empty(user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV)

    assert _sql_path(job, 200, 0) == _python_path(job, 200, 0)
    assert _sql_path(job, 200, 0)["scores"] == []
