"""OpenAPI documentation of the error envelope: one ErrorResponse component and per-endpoint error codes.

`api.handler` turns every error into `{"error": {"code", "message", ...}}`; views list the codes each of
their statuses can carry with `error_responses({404: ["job_not_found"], ...})`. Only DRF and drf-spectacular
are imported here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from drf_spectacular.utils import OpenApiExample, OpenApiResponse
from rest_framework import serializers

# The message each code usually carries; examples only (clients must switch on `code`, never on `message`).
MESSAGES: dict[str, str] = {
    "validation_error": "Some fields are invalid.",
    "malformed_request": "JSON parse error - Expecting value: line 1 column 1 (char 0)",
    "no_files": "Attach 1 or more PDF files as 'files'.",
    "too_many_files": "51 files sent; a batch holds at most 50.",
    "too_many_fields": "Too many fields in one request.",
    "invalid_files": "1 of 2 files were refused.",
    "not_authenticated": "Authentication credentials were not provided.",
    "authentication_failed": "Invalid token.",
    "not_found": "Not found.",
    "persona_not_found": "No persona with this id belongs to you.",
    "job_not_found": "No job with this id belongs to you.",
    "cv_not_found": "No CV with this id belongs to you.",
    "job_finished": "The job already ended as completed.",
    "nothing_to_retry": "No CV of this job failed; there is nothing to retry.",
    "persona_deleted": "The persona of this job was deleted; name another one.",
    "nothing_to_rescore": "Every CV of this job was erased; there is nothing to score.",
    "file_too_large": "1 of 2 files were refused.",
    "request_too_large": "The request body is too large.",
    "unsupported_media_type": "1 of 2 files were refused.",
    "idempotency_key_reused": "This Idempotency-Key was already used for a different request.",
    "throttled": "Request was throttled. Expected available in 12 seconds.",
    "too_much_queued_work": (
        "You have 480 CV(s) queued or being scored; at most 500 at a time. Try again when some have finished."
    ),
    "storage_unavailable": "The file store could not be written; nothing was kept. Try again shortly.",
    "service_unavailable": "A backing service is unavailable; nothing was changed.",
}

# Every endpoint needs a token (or session) and is rate limited.
COMMON_ERRORS: dict[int, list[str]] = {
    401: ["not_authenticated", "authentication_failed"],
    429: ["throttled"],
}


class FileProblemSerializer(serializers.Serializer):
    filename = serializers.CharField()
    code = serializers.CharField(help_text="e.g. `file_too_large`, `not_a_pdf`, `empty_file`")
    message = serializers.CharField()


class ErrorDetailSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="Stable machine-readable code; each operation lists its codes.")
    message = serializers.CharField(help_text="Human-readable explanation; may change.")
    fields = serializers.DictField(  # type: ignore[assignment]  # a declared field, not Serializer.fields
        required=False,
        help_text="validation_error only: per field, a list of `{message, code}` (nested for nested fields).",
    )
    files = FileProblemSerializer(many=True, required=False, help_text="Upload errors: every refused file.")


class ErrorResponseSerializer(serializers.Serializer):
    """The envelope of every error answer."""

    error = ErrorDetailSerializer()


def _example_value(code: str) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "code": code,
        "message": MESSAGES.get(code, code.replace("_", " ").capitalize()),
    }
    if code == "validation_error":
        detail["fields"] = {"field_name": [{"message": "This field is required.", "code": "required"}]}
    if code in ("file_too_large", "unsupported_media_type", "invalid_files"):
        problem = {"file_too_large": "file_too_large", "unsupported_media_type": "not_a_pdf"}.get(
            code, "empty_file"
        )
        detail["files"] = [{"filename": "cv.pdf", "code": problem, "message": "Why this file was refused."}]
    return {"error": detail}


def error_response(status: int, codes: Sequence[str]) -> OpenApiResponse:
    listed = ", ".join(f"`{code}`" for code in codes)
    return OpenApiResponse(
        response=ErrorResponseSerializer,
        description=f"Error; `error.code` is one of: {listed}.",
        examples=[
            OpenApiExample(code, value=_example_value(code), status_codes=[str(status)], response_only=True)
            for code in codes
        ],
    )


def error_responses(
    codes: Mapping[int, Sequence[str]] | None = None, *, validation: bool = False
) -> dict[int, OpenApiResponse]:
    """Responses for `extend_schema`: the given statuses and codes, plus 401, 429 (+ 400 validation_error)."""
    merged: dict[int, list[str]] = {status: list(listed) for status, listed in COMMON_ERRORS.items()}
    if validation:
        merged[400] = ["validation_error"]
    for status, listed in (codes or {}).items():
        merged[status] = list(dict.fromkeys([*merged.get(status, []), *listed]))
    return {status: error_response(status, merged[status]) for status in sorted(merged)}
