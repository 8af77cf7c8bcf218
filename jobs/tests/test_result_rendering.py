"""The status page's fast path renders exactly what the declared serializer fields would, and as JSON."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from rest_framework import serializers
from rest_framework.renderers import JSONRenderer

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from jobs.models import ItemStatus, JobItem
from jobs.result_serializers import ScoreEntrySerializer, build_result
from jobs.results import ranking
from jobs.score_rows import score_entry
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
