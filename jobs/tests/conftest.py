"""Fixtures for the end-to-end and fault tests: media folder, authenticated client, LLM stand-in, Redis."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.conf import settings
from rest_framework.authtoken.models import Token

from jobs.tests.faults import PrivateRedis
from jobs.tests.llm_standin import StandIn


@pytest.fixture
def http(live_server: Any, user: Any, clean_redis: Any, media: Path) -> Iterator[httpx.Client]:
    """An HTTP client for the live server, authenticated as `user`."""
    token, _ = Token.objects.get_or_create(user=user)
    with httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Token {token.key}"}, timeout=60
    ) as c:
        yield c


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn(latency=1.0) as server:
        yield server


@pytest.fixture
def private_redis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateRedis]:
    import django_rq.settings

    server = PrivateRedis(tmp_path)
    monkeypatch.setitem(
        django_rq.settings.QUEUES, settings.SCORING_QUEUE, {"URL": server.url, "DEFAULT_TIMEOUT": 1800}
    )
    yield server
    server.stop()
