"""How jobs look over HTTP: the JobStatus document, the job list entry, and the upload/rescore inputs.

The results inside a status document are defined in `jobs.result_serializers`.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.extensions import OpenApiViewExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.views import APIView

from api.bounds import BoundedIntegerField
from api.ids import is_uuid
from api.openapi import error_responses
from jobs.models import Job, JobStatus
from jobs.result_serializers import (
    JobErrorSerializer,
    JobRankingSerializer,
    JobResultSerializer,
    build_result,
)
from jobs.wire import STATES, WIRE_STATUSES, job_state, wire_error, wire_status
from personas.models import Persona
from webhooks.serializers import clean_webhook_url


def own_persona(user: Any, persona_id: Any) -> Persona:
    """The user's persona with this id; any other id, a malformed one included, is a 404."""
    persona = Persona.objects.for_user(user).filter(pk=persona_id).first() if is_uuid(persona_id) else None
    if persona is None:
        raise NotFound("No persona with this id belongs to you.", code="persona_not_found")
    return persona


class OwnPersonaField(serializers.UUIDField):
    """One of the caller's personas, by id (a malformed id is not one of theirs either: 404)."""

    def to_internal_value(self, data: Any) -> Persona:  # type: ignore[override]
        if data in ("", None):
            self.fail("required")
        return own_persona(self.context["request"].user, data)


class CallbackURLField(serializers.URLField):
    """A webhook URL that may be called now: http(s), resolving to public addresses only."""

    def to_internal_value(self, data: Any) -> str:
        try:
            return clean_webhook_url(data, field="url")
        except serializers.ValidationError as exc:
            raise serializers.ValidationError(exc.detail["url"]) from exc  # type: ignore[call-overload]


class UploadBatchSerializer(serializers.Serializer):
    """The multipart upload; each file's size and type are checked by the ingest, before storing any."""

    persona_id = OwnPersonaField(source="persona", help_text="One of your personas.")
    callback_url = CallbackURLField(
        required=False,
        allow_blank=True,
        max_length=500,
        default="",
        help_text="POST the job status here when the job ends (signed; see webhooks). Public addresses only.",
    )
    files = serializers.ListField(
        child=serializers.FileField(allow_empty_file=True),
        allow_empty=True,
        required=False,
        default=list,
        help_text="The CV PDFs: repeat the `files` part once per file.",
    )
    llm_top_n = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=10_000,
        default=None,
        help_text="Cheap first pass: score every CV offline, send only this many of the best to the LLM.",
    )


class RefusedFileSerializer(serializers.Serializer):
    filename = serializers.CharField()
    code = serializers.CharField(
        help_text="e.g. `not_a_pdf`, `unsupported_type`, `file_too_large`, `empty_file`."
    )
    message = serializers.CharField()


class UploadAcceptedSerializer(serializers.Serializer):
    """Schema only: the 202 answer to an upload (also the `Location` header's URL as `status_url`)."""

    job_id = serializers.UUIDField()
    status = serializers.ChoiceField(choices=[JobStatus.QUEUED.value])
    message = serializers.CharField()
    status_url = serializers.URLField()
    cvs = serializers.IntegerField(help_text="Files stored and queued for scoring (duplicates left out).")
    duplicates = serializers.IntegerField(
        help_text="Files sent twice in this upload: listed, not scored twice."
    )
    files = RefusedFileSerializer(
        many=True, help_text="Files refused at upload, each a failed entry of the job."
    )


@extend_schema_field(serializers.ListField(child=serializers.UUIDField()))
class UUIDListField(serializers.JSONField):
    """A stored list of ids as it is; documented as a list of UUIDs."""


class RescorePersonaField(OwnPersonaField):
    def to_internal_value(self, data: Any) -> Persona:  # type: ignore[override]
        return super().to_internal_value(str(serializers.UUIDField().to_internal_value(data)))


class RescoreSerializer(serializers.Serializer):
    """Another of your personas to score against; the job's own persona (as it is now) if absent."""

    persona_id = RescorePersonaField(source="persona", required=False, default=None)


class ProgressSerializer(serializers.Serializer):
    processed = serializers.IntegerField()
    total = serializers.IntegerField()
    scored = serializers.IntegerField()
    failed = serializers.IntegerField()


class JobSummarySerializer(serializers.ModelSerializer):
    """A job without its results, for lists."""

    job_id = serializers.UUIDField(source="id", read_only=True)
    status = serializers.SerializerMethodField(
        help_text="One of the four seed statuses whatever happened: stop polling on `completed` or `failed`. "
        "A cancelled job is `failed` with `error.code` = `cancelled`."
    )
    state = serializers.SerializerMethodField(
        help_text="The finer state beside `status`: also `waiting_for_batch` (processing, waiting for its "
        "Message Batch) and `cancelled` (status `failed`)."
    )
    persona_id = serializers.UUIDField(read_only=True, allow_null=True)
    candidate_ids = UUIDListField(read_only=True)
    progress = serializers.SerializerMethodField()
    error = serializers.SerializerMethodField()

    class Meta:
        model = Job
        fields = [
            "job_id",
            "type",
            "status",
            "state",
            "persona_id",
            "candidate_ids",
            "progress",
            "error",
            "created_at",
            "updated_at",
            "completed_at",
        ]

    @extend_schema_field(serializers.ChoiceField(choices=WIRE_STATUSES))
    def get_status(self, job: Job) -> str:
        return wire_status(job)

    @extend_schema_field(serializers.ChoiceField(choices=STATES))
    def get_state(self, job: Job) -> str:
        return job_state(job)

    @extend_schema_field(JobErrorSerializer(allow_null=True))
    def get_error(self, job: Job) -> Any:
        return wire_error(job)

    @extend_schema_field(ProgressSerializer)
    def get_progress(self, job: Job) -> dict[str, int]:
        progress = job.progress or {}
        return {
            "processed": int(progress.get("processed", 0)),
            "total": int(progress["total"]) if "total" in progress else len(job.cv_ids),
            "scored": int(progress.get("scored", 0)),
            "failed": int(progress.get("failed", 0)),
        }


class JobStatusSerializer(JobSummarySerializer):
    """The full status: while running, `result` holds the scores finished so far, ranked."""

    result = serializers.SerializerMethodField()

    # Set while the job, still `processing`, waits out an LLM API outage: when it tries again.
    waiting_for_llm_until = serializers.DateTimeField(read_only=True, allow_null=True)

    class Meta(JobSummarySerializer.Meta):
        fields = [*JobSummarySerializer.Meta.fields, "waiting_for_llm_until", "result"]

    @extend_schema_field(JobResultSerializer(allow_null=True))
    def get_result(self, job: Job) -> dict[str, Any] | None:
        if job.status == JobStatus.QUEUED and not job.attempts and not job.cancel_requested:
            return None
        page = self.context.get("scores_page") or {"limit": settings.STATUS_SCORES_PAGE_SIZE, "offset": 0}
        splice = bool(self.context.get("splice_json"))
        return build_result(job, limit=page.get("limit"), offset=page.get("offset", 0), splice=splice)


class ScoresPageSerializer(serializers.Serializer):
    """`?scores_limit=&scores_offset=`: a page of a large job's ranking, best first."""

    scores_limit = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=500,
        help_text="Scores per page; STATUS_SCORES_PAGE_SIZE (200) if absent.",
    )
    scores_offset = BoundedIntegerField(required=False, default=0)


def job_status_document(job_id: str) -> dict[str, Any] | None:
    """The job's status as `GET /api/v1/jobs/{id}/status` answers it (webhook bodies); None if it is gone."""
    job = Job.objects.filter(pk=job_id).first()
    return None if job is None else JobStatusSerializer(job).data


class JobExportSchema(OpenApiViewExtension):  # type: ignore[no-untyped-call]
    """Documents jobs.export_api's ranking downloads in the OpenAPI schema, without touching that module."""

    target_class = "jobs.export_api.JobExportViewSet"

    def view_replacement(self) -> type[APIView]:
        job_param = OpenApiParameter(
            "job_id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The job's id."
        )
        errors = error_responses({404: ["job_not_found"]})

        class DocumentedJobExportViewSet(self.target):  # type: ignore[name-defined,misc]
            @extend_schema(
                operation_id="job_results_csv",
                summary="The ranking as CSV: one row per CV, best first, then failures",
                parameters=[job_param],
                responses={(200, "text/csv"): OpenApiTypes.STR, **errors},
            )
            def results_csv(self, request: Any, job_id: str) -> Any:
                return super().results_csv(request, job_id)

            @extend_schema(
                operation_id="job_results_json",
                summary="The same ranking as JSON",
                parameters=[job_param],
                responses={200: JobRankingSerializer, **errors},
            )
            def results_json(self, request: Any, job_id: str) -> Any:
                return super().results_json(request, job_id)

        return DocumentedJobExportViewSet


class RetryReportSerializer(serializers.Serializer):
    reopened = serializers.IntegerField(help_text="CVs put back on the queue.")
    skipped = serializers.DictField(
        child=serializers.IntegerField(), help_text="Failures left as they are, counted by `error.code`."
    )
    message = serializers.CharField()


class RetryAnswerSerializer(JobStatusSerializer):
    """Schema only: the job's status document after a retry, with what the retry did."""

    retry = RetryReportSerializer(read_only=True)

    class Meta(JobStatusSerializer.Meta):
        fields = [*JobStatusSerializer.Meta.fields, "retry"]
