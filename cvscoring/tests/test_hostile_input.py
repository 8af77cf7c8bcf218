"""Malformed requests get the JSON error envelope and a 4xx: deep JSON, huge numbers, thousands of fields."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rest_framework.test import APIClient

from api.bounds import MAX_INT
from api.parsers import MAX_JSON_DEPTH, depth_exceeds
from candidates.tests.factories import pdf_upload
from jobs.tests.factories import make_job
from personas.tests.factories import make_persona

pytestmark = pytest.mark.django_db


def nested(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_depth_exceeds_counts_lists_and_objects_without_recursing() -> None:
    deep: Any = []
    for _ in range(100_000):  # far past Python's recursion limit
        deep = {"a": [deep]}

    assert depth_exceeds(deep, MAX_JSON_DEPTH) is True
    assert depth_exceeds([[[]]], 3) is False
    assert depth_exceeds([[[[]]]], 3) is True
    assert depth_exceeds({"a": {"b": 1}, "c": "x"}, 2) is False


@pytest.mark.parametrize("levels", [MAX_JSON_DEPTH + 1, 3_000, 5_000])
@pytest.mark.parametrize(
    ("method", "path"),
    [("post", "/api/v1/personas/"), ("put", "/api/v1/webhooks/endpoint"), ("post", "rescore")],
)
def test_json_nested_too_deep_is_a_400_in_the_envelope(
    api: APIClient, user: Any, media: Path, method: str, path: str, levels: int
) -> None:
    if path == "rescore":
        path = f"/api/v1/jobs/{make_job(user).pk}/rescore"

    response = getattr(api, method)(path, nested(levels), content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {
        "error": {"code": "malformed_request", "message": f"JSON nested deeper than {MAX_JSON_DEPTH} levels."}
    }


def test_json_at_the_depth_limit_is_parsed(api: APIClient) -> None:
    response = api.post("/api/v1/personas/", nested(MAX_JSON_DEPTH), content_type="application/json")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"  # parsed, then refused as a persona


@pytest.mark.parametrize("offset", ["9223372036854775808", str(MAX_INT + 1), "-1", "1e400"])
def test_an_out_of_range_scores_offset_is_a_validation_error(
    api: APIClient, user: Any, media: Path, offset: str
) -> None:
    job = make_job(user)

    response = api.get(f"/api/v1/jobs/{job.pk}/status", {"scores_offset": offset})

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "validation_error"
    assert list(response.json()["error"]["fields"]) == ["scores_offset"]


def test_the_largest_scores_offset_is_an_empty_page(api: APIClient, user: Any, media: Path) -> None:
    job = make_job(user)

    response = api.get(f"/api/v1/jobs/{job.pk}/status", {"scores_offset": str(MAX_INT)})

    assert response.status_code == 200
    assert response.json()["result"] is None or response.json()["result"]["scores"] == []


@pytest.mark.parametrize(
    "path", ["/api/v1/jobs/my-jobs/", "/api/v1/candidates/", "/api/v1/webhooks/deliveries"]
)
def test_a_huge_pagination_offset_is_an_empty_page(api: APIClient, path: str) -> None:
    response = api.get(path, {"offset": "9223372036854775808", "limit": "9223372036854775808"})

    assert response.status_code == 200
    assert response.json()["results"] == []


def test_thousands_of_form_fields_are_a_400_in_the_envelope(api: APIClient, user: Any, media: Path) -> None:
    fields: dict[str, Any] = {f"field{index}": "x" for index in range(2_000)}
    fields["persona_id"] = str(make_persona(owner=user).pk)
    fields["files"] = [pdf_upload("a.pdf")]

    response = api.post("/api/v1/candidate/upload-batch", fields, format="multipart")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "error": {"code": "too_many_fields", "message": "Too many fields in one request."}
    }


def test_thousands_of_urlencoded_fields_are_a_400_in_the_envelope(api: APIClient) -> None:
    body = "&".join(f"f{index}=x" for index in range(2_000))

    response = api.post("/api/v1/personas/", body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "too_many_fields"
