"""One place that turns every error into `{"error": {"code", "message", ...}}` with a stable code."""

from __future__ import annotations

import math
from typing import Any

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import Http404
from redis.exceptions import RedisError
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import exception_handler

from api.errors import DomainError

RETRY_AFTER_UNAVAILABLE = "30"

# DRF's own codes (not_found, not_authenticated, throttled, ...) pass through; these are renamed.
_DRF_CODES: dict[type[Exception], str] = {
    exceptions.ParseError: "malformed_request",
    exceptions.ValidationError: "validation_error",
}


def error_body(code: str, message: str, **details: Any) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, **details}}


def _field_errors(detail: Any) -> Any:
    """ValidationError detail with each message paired with its stable code."""
    if isinstance(detail, dict):
        return {key: _field_errors(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_field_errors(value) for value in detail]
    return {"message": str(detail), "code": getattr(detail, "code", "invalid")}


def _domain_response(exc: Exception) -> Response | None:
    if isinstance(exc, DomainError):
        # A backing service that refused (503) is worth another try shortly; say when.
        retry_after = RETRY_AFTER_UNAVAILABLE if exc.status == 503 else None
        if exc.retry_after is not None:
            retry_after = str(exc.retry_after)
        headers = {"Retry-After": retry_after} if retry_after else None
        return Response(
            error_body(exc.code, exc.message, **exc.details()), status=exc.status, headers=headers
        )
    if isinstance(exc, RedisError):
        return Response(
            error_body("service_unavailable", "A backing service is unavailable; nothing was changed."),
            status=503,
            headers={"Retry-After": RETRY_AFTER_UNAVAILABLE},
        )
    if isinstance(exc, TooManyFilesSent):
        return Response(error_body("too_many_files", "Too many files in one request."), status=400)
    if isinstance(exc, TooManyFieldsSent):
        # Past DATA_UPLOAD_MAX_NUMBER_FIELDS, raised while reading the body; left alone, an HTML 400.
        return Response(error_body("too_many_fields", "Too many fields in one request."), status=400)
    if isinstance(exc, RequestDataTooBig):
        return Response(error_body("request_too_large", "The request body is too large."), status=413)
    return None


def api_exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    domain = _domain_response(exc)
    if domain is not None:
        return domain
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    response = exception_handler(exc, context)
    if response is None or not isinstance(exc, exceptions.APIException):
        return response
    codes = exc.get_codes()
    code = codes if isinstance(codes, str) else "error"
    code = next((mapped for cls, mapped in _DRF_CODES.items() if isinstance(exc, cls)), code)
    if isinstance(exc, exceptions.ValidationError):
        response.data = error_body(code, "Some fields are invalid.", fields=_field_errors(exc.detail))
    else:
        response.data = error_body(code, str(exc.detail))
    wait = getattr(exc, "wait", None) if isinstance(exc, exceptions.Throttled) else None
    if wait is not None:
        response["Retry-After"] = str(max(1, math.ceil(wait)))
    return response
