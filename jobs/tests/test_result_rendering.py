"""The status page's fast path renders exactly what the declared serializer fields would, and as JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import orjson
import pytest
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from jobs.models import ItemStatus, Job, JobItem, JobStatus
from jobs.result_serializers import ScoreEntrySerializer, build_result
from jobs.results import ranking, totals
from jobs.score_rows import score_entry
from jobs.scorers import OFFLINE_NOTICE
from jobs.tests.factories import make_job

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]


def _declared_fields_rendering(item: JobItem, rank: int | None) -> dict[str, Any]:
    """What DRF's field-by-field ModelSerializer rendering gives for this item (the schema's definition)."""
    item.rank = rank  # type: ignore[attr-defined]
    return dict(serializers.ModelSerializer.to_representation(ScoreEntrySerializer(), item))


def test_score_entry_matches_the_declared_fields(user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV, "tiny")
    scored, other, failed = job.items.order_by("position")
    JobItem.objects.filter(pk=scored.pk).update(
        status=ItemStatus.SCORED,
        score=81,
        recommendation="yes",
        criteria=[
            {
                "name": "Python",
                "weight": 2.0,
                "required": True,
                "score": 8,
                "justification": "j",
                "evidence": ["e"],
            }
        ],
        summary="Strong backend engineer.",
        flags=["hidden_text"],
        redactions=["email", "phone"],
        redaction_counts={"email": 1, "phone": 2},
        redaction_version="r3",
        scorer="anthropic",
        model="claude-test",
        prompt_version="p9",
        rubric_version="v1",
        usage={
            "input_tokens": 10,
            "output_tokens": 5,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 3,
        },
        cost_usd=Decimal("0.012345"),
    )
    JobItem.objects.filter(pk=other.pk).update(status=ItemStatus.SCORED, score=0, scorer="offline")
    JobItem.objects.filter(pk=failed.pk).update(
        status=ItemStatus.FAILED, error_code="no_text_layer", error="No text could be read."
    )

    rows = ranking(job).scores
    items = {item.cv_id: item for item in job.items.select_related("cv")}

    assert [row["rank"] for row in rows] == [1, 2, None]
    assert [score_entry(row) for row in rows] == [
        _declared_fields_rendering(items[row["cv_id"]], row["rank"]) for row in rows
    ]
    assert score_entry(rows[0])["redaction_counts"] == {"email": 1, "phone": 2}
    assert score_entry(rows[2])["error"] == {
        "code": "no_text_layer",
        "message": "No text could be read.",
        "retryable": False,
    }


def test_orjson_renders_the_same_json_as_drf(user: Any) -> None:
    from drf_orjson_renderer.renderers import ORJSONRenderer

    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    JobItem.objects.filter(job=job).update(status=ItemStatus.SCORED, score=50, cost_usd=Decimal("0.000010"))
    document = build_result(job, limit=200)

    fast = ORJSONRenderer().render(document)

    assert json.loads(fast) == json.loads(JSONRenderer().render(document))
    assert json.loads(fast)["scores_page"] == {"offset": 0, "limit": 200, "total": 2}


def _usage(tokens: int) -> dict[str, int]:
    return {
        "input_tokens": tokens,
        "output_tokens": 1,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 2,
    }


def test_totals_count_sum_and_list_scorers_over_every_status(user: Any) -> None:
    job = make_job(user, *[f"{STRONG_BACKEND_CV}\nLine {i}" for i in range(6)])
    batch, direct, offline, failed, cancelled, pending = job.items.order_by("position")
    scored = {"status": ItemStatus.SCORED, "score": 70}
    JobItem.objects.filter(pk=batch.pk).update(
        **scored, scorer="anthropic", llm_batch=True, usage=_usage(10), cost_usd=Decimal("0.010000")
    )
    JobItem.objects.filter(pk=direct.pk).update(
        **scored, scorer="anthropic", usage=_usage(20), cost_usd=Decimal("0.004000")
    )
    JobItem.objects.filter(pk=offline.pk).update(**scored, scorer="offline", cost_usd=Decimal("0"))
    JobItem.objects.filter(pk=failed.pk).update(
        status=ItemStatus.FAILED, scorer="anthropic", usage=_usage(5), cost_usd=Decimal("0.001000")
    )
    JobItem.objects.filter(pk=cancelled.pk).update(status=ItemStatus.CANCELLED)
    # A pending item (reopened for a retry) keeps its old usage: it is not counted until it ends again.
    JobItem.objects.filter(pk=pending.pk).update(scorer="anthropic", usage=_usage(99), cost_usd=Decimal("1"))
    JobItem.objects.create(
        job=job,
        cv=batch.cv,
        candidate=batch.candidate,
        filename="again.pdf",
        position=6,
        status=ItemStatus.DUPLICATE,
        duplicate_of=batch,
    )

    summary = totals(job)

    assert {key: summary[key] for key in ("scored", "failed", "cancelled", "pending")} == {
        "scored": 3,
        "failed": 1,
        "cancelled": 1,
        "pending": 1,
    }
    assert summary["scorers"] == ["anthropic", "offline"]
    assert summary["usage"] == {
        "input_tokens": 35,
        "output_tokens": 3,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 6,
    }
    assert summary["cost_usd"] == 0.015
    assert summary["cost_usd_without_batch"] == 0.025
    assert summary["notice"] == OFFLINE_NOTICE
    assert job.items.progress() == {"total": 6, "processed": 5, "scored": 3, "failed": 1}


def test_a_page_of_the_ranking_is_that_slice_of_the_whole_ranking(user: Any) -> None:
    job = make_job(user, *[f"{STRONG_BACKEND_CV}\nLine {i}" for i in range(7)])
    for item, score in zip(job.items.order_by("position"), [40, 90, None, 40, 75, None, 10], strict=True):
        status = ItemStatus.FAILED if score is None else ItemStatus.SCORED
        JobItem.objects.filter(pk=item.pk).update(status=status, score=score)

    whole = ranking(job).scores

    assert [(row["position"], row["rank"]) for row in whole] == [
        (1, 1),
        (4, 2),
        (0, 3),
        (3, 4),
        (6, 5),
        (2, None),
        (5, None),
    ]
    for offset, limit in [(0, 2), (1, 3), (4, 10), (7, 5)]:
        assert ranking(job, limit=limit, offset=offset).scores == whole[offset : offset + limit]


def test_the_status_response_splices_the_stored_json_with_the_same_values(api: Any, user: Any) -> None:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    first, second = job.items.order_by("position")
    criteria = [{"name": "Go", "weight": 1.5, "required": False, "score": 3, "justification": 'é "q"\n'}]
    details = [{"code": "hidden_text", "reason": "white text", "excerpt": "<b>", "page": None}]
    JobItem.objects.filter(pk=first.pk).update(
        status=ItemStatus.SCORED, score=64, criteria=criteria, flag_details=details
    )
    JobItem.objects.filter(pk=second.pk).update(status=ItemStatus.FAILED, error_code="timeout")
    Job.objects.filter(pk=job.pk).update(status=JobStatus.COMPLETED, attempts=1)

    response = api.get(f"/api/v1/jobs/{job.pk}/status")
    spliced = ranking(job, limit=200, splice=True).scores[0]

    assert isinstance(spliced["criteria"], orjson.Fragment)
    parsed = json.loads(JSONRenderer().render(build_result(job, limit=200)))
    assert response.json()["result"]["scores"] == parsed["scores"]
    assert response.json()["result"]["scores"][0]["criteria"] == criteria
    assert response.json()["result"]["scores"][0]["flag_details"] == details
    assert api.get(f"/api/v1/jobs/{job.pk}/status", HTTP_ACCEPT="text/html").status_code == 200
