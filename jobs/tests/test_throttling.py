from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from candidates.tests.factories import pdf_upload
from cvscoring import test_settings
from jobs.models import Job
from personas.tests.factories import make_persona

pytestmark = pytest.mark.django_db


@pytest.fixture
def tight_upload_limit(settings: Any) -> Any:
    rates = {**test_settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "upload": "2/min"}
    settings.REST_FRAMEWORK = {**test_settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    from rest_framework.throttling import ScopedRateThrottle

    original = ScopedRateThrottle.THROTTLE_RATES
    ScopedRateThrottle.THROTTLE_RATES = rates
    cache.clear()
    yield
    ScopedRateThrottle.THROTTLE_RATES = original
    cache.clear()


def test_uploads_past_the_rate_get_429_with_retry_after_and_create_nothing(
    api: APIClient, user: Any, tight_upload_limit: Any
) -> None:
    persona = make_persona(owner=user)

    statuses = [
        api.post(
            "/api/v1/candidate/upload-batch", {"persona_id": str(persona.pk), "files": [pdf_upload()]}
        ).status_code
        for _ in range(3)
    ]
    throttled = api.post(
        "/api/v1/candidate/upload-batch", {"persona_id": str(persona.pk), "files": [pdf_upload()]}
    )

    assert statuses == [202, 202, 429]
    assert throttled.status_code == 429
    assert throttled.json()["error"]["code"] == "throttled"
    assert 1 <= int(throttled["Retry-After"]) <= 60
    assert Job.objects.count() == 2
