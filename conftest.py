"""Shared fixtures, each defined once: users, API clients (no Redis needed), a media folder, Redis, S3.

The S3 ones run a local moto server (see candidates/tests/s3server.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from django.conf import settings
from django.test import override_settings
from rest_framework.test import APIClient

if TYPE_CHECKING:
    from candidates.tests.s3server import MotoServer, S3Bucket


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """pytest-django's test database, with the connections other threads or processes left open on it closed
    before it is dropped: otherwise DROP DATABASE fails, and each run leaves a `test_cvscoring_<pid>`."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


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


@pytest.fixture(scope="session")
def s3_server() -> Iterator[MotoServer]:
    """A moto S3 server of this test run (its own process and port), started once, stopped at the end."""
    from candidates.tests.s3server import MotoServer

    server = MotoServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def s3(s3_server: MotoServer, media: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[S3Bucket]:
    """Stored CV files go to a fresh bucket, configured from the same variables as production.

    `media` is this test's MEDIA_ROOT, so a test can check that nothing was written there.
    """
    from candidates.tests.s3server import S3Bucket
    from cvscoring.settings_storage import s3_storage

    bucket = S3Bucket.create(s3_server)
    for name, value in bucket.env.items():
        monkeypatch.setenv(name, value)
    with override_settings(STORAGES={**settings.STORAGES, "default": s3_storage(bucket.name)}):
        yield bucket
