"""Shared fixtures, each defined once: users, API clients (no Redis needed), a private media folder, Redis."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import override_settings
from rest_framework.test import APIClient


@pytest.fixture
def media(tmp_path: Path) -> Iterator[Path]:
    """Stored CV files go to this test's own folder."""
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        yield tmp_path / "media"


@pytest.fixture
def clean_redis() -> Iterator[Any]:
    """An empty scoring queue (this run's own, in Redis db 14 by default) for tests that enqueue."""
    import django_rq

    queue = django_rq.get_queue(settings.SCORING_QUEUE)
    queue.empty()
    yield queue.connection
    queue.empty()


@pytest.fixture
def user(db: Any) -> Any:
    from candidates.tests.factories import make_user

    return make_user(username="alice")


@pytest.fixture
def other_user(db: Any) -> Any:
    from candidates.tests.factories import make_user

    return make_user(username="mallory")


@pytest.fixture
def api(user: Any) -> APIClient:
    from rest_framework.authtoken.models import Token

    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def other_api(other_user: Any) -> APIClient:
    from rest_framework.authtoken.models import Token

    client = APIClient()
    token, _ = Token.objects.get_or_create(user=other_user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client
