"""Liveness (`/healthz`: the process answers, no I/O) and readiness (`/readyz`: database and Redis reachable).

Both are answered by a middleware placed first, before the host check, so a probe that addresses the
container by IP (Docker's HEALTHCHECK, a kubelet) is not refused by ALLOWED_HOSTS, and no session,
authentication or throttling work is done for it. The same views are routed in `cvscoring/urls.py`.
"""

from __future__ import annotations

from collections.abc import Callable

import redis
from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.http import require_safe

READINESS_TIMEOUT_S = 2.0


@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """The process is alive and serving; touches nothing else."""
    return JsonResponse({"status": "ok"})


def _database_error() -> str | None:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return type(exc).__name__
    return None


def _redis_error() -> str | None:
    client = redis.Redis.from_url(
        settings.REDIS_URL, socket_connect_timeout=READINESS_TIMEOUT_S, socket_timeout=READINESS_TIMEOUT_S
    )
    try:
        client.ping()
    except redis.RedisError as exc:
        return type(exc).__name__
    finally:
        client.close()
    return None


@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """200 when the database and Redis answer; 503 naming the ones that did not."""
    errors = {"database": _database_error(), "redis": _redis_error()}
    checks = {name: "ok" if error is None else f"unavailable: {error}" for name, error in errors.items()}
    failed = sorted(name for name, error in errors.items() if error is not None)
    if failed:
        return JsonResponse({"status": "unavailable", "failed": failed, "checks": checks}, status=503)
    return JsonResponse({"status": "ok", "checks": checks})


PROBES: dict[str, Callable[[HttpRequest], HttpResponse]] = {"/healthz": healthz, "/readyz": readyz}


class HealthCheckMiddleware:
    """Answer GET/HEAD /healthz and /readyz before any other middleware runs."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        probe = PROBES.get(request.path_info.rstrip("/"))
        if probe is not None and request.method in ("GET", "HEAD"):
            return probe(request)
        return self.get_response(request)
