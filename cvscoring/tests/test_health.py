"""Liveness and readiness probes."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from django.db import OperationalError
from django.test import Client, override_settings


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_healthz_answers_without_touching_the_database() -> None:
    # No `db` fixture: any database access here would raise.
    response = Client().get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@override_settings(ALLOWED_HOSTS=["cvscoring.example.com"])
@pytest.mark.usefixtures("clean_redis")  # readiness asks the real Redis
def test_probes_answer_a_container_address_that_is_not_an_allowed_host(db: Any) -> None:
    # Docker's HEALTHCHECK and kubelets address the container by IP, not by the service's host name.
    assert Client(HTTP_HOST="172.17.0.5:8000").get("/healthz").status_code == 200
    assert Client(HTTP_HOST="172.17.0.5:8000").get("/readyz").status_code == 200
    assert Client(HTTP_HOST="172.17.0.5:8000").get("/api/v1/personas/").status_code == 400


@pytest.mark.usefixtures("clean_redis")  # readiness asks the real Redis
def test_readyz_is_200_when_the_database_and_redis_answer(db: Any) -> None:
    response = Client().get("/readyz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "redis": "ok"}}


def test_readyz_is_503_naming_redis_when_redis_is_unreachable(db: Any) -> None:
    with override_settings(REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0"):
        response = Client().get("/readyz")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "failed": ["redis"],
        "checks": {"database": "ok", "redis": "unavailable: ConnectionError"},
    }


class BrokenConnection:
    def cursor(self) -> Any:
        raise OperationalError("connection refused")


@pytest.mark.usefixtures("clean_redis")  # readiness asks the real Redis
def test_readyz_is_503_naming_the_database_when_it_is_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cvscoring.health.connection", BrokenConnection())

    response = Client().get("/readyz")

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "failed": ["database"],
        "checks": {"database": "unavailable: OperationalError", "redis": "ok"},
    }


def test_only_get_and_head_are_probes(db: Any) -> None:
    assert Client().head("/healthz").status_code == 200
    assert Client().post("/healthz").status_code == 405
