"""How jobs look over HTTP: the JobStatus document, the job list entry, and the upload/rescore inputs."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from drf_spectacular.extensions import OpenApiViewExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.views import APIView

from cvscoring.openapi import error_responses
from jobs.models import ItemStatus, Job, JobStatus
from jobs.results import build_result


class UploadBatchSerializer(serializers.Serializer):
    """Documents the multipart upload; the view reads the fields itself (files are checked as they stream)."""

    persona_id = serializers.UUIDField(help_text="One of your personas.")
    files = serializers.ListField(
        child=serializers.FileField(allow_empty_file=True),
        allow_empty=True,
        required=False,
        help_text="The CV PDFs: repeat the `files` part once per file.",
    )
    callback_url = serializers.URLField(
        required=False,
        allow_blank=True,
        max_length=500,
        help_text="POST the job status here when the job ends (signed; see webhooks). Public addresses only.",
    )
    llm_top_n = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=10_000,
        help_text="Cheap first pass: score every CV offline, send only this many of the best to the LLM.",
    )


class UploadAcceptedSerializer(serializers.Serializer):
    """Schema only: the 202 answer to an upload (also the `Location` header's URL as `status_url`)."""

    job_id = serializers.UUIDField()
    status = serializers.ChoiceField(choices=[JobStatus.QUEUED.value])
    message = serializers.CharField()
    status_url = serializers.URLField()


class JobErrorSerializer(serializers.Serializer):
    """Schema only: why a job or a CV failed."""

    code = serializers.CharField(help_text="e.g. `all_cvs_failed`, `no_text_layer`, `encrypted`, `timeout`")
    message = serializers.CharField()


class CriterionScoreSerializer(serializers.Serializer):
    name = serializers.CharField()
    weight = serializers.FloatField()
    required = serializers.BooleanField()  # type: ignore[assignment]  # a declared field, not Field.required
    score = serializers.IntegerField(min_value=0, max_value=10)
    justification = serializers.CharField()
    evidence = serializers.ListField(child=serializers.CharField(), help_text="Quotes found in the CV.")


class UsageSerializer(serializers.Serializer):
    input_tokens = serializers.IntegerField()
    output_tokens = serializers.IntegerField()
    cache_creation_input_tokens = serializers.IntegerField()
    cache_read_input_tokens = serializers.IntegerField()


class FlagDetailSerializer(serializers.Serializer):
    """Schema only: why a manipulation flag was raised, so a recruiter can judge it."""

    code = serializers.CharField(
        help_text="The flag: `prompt_injection`, `hidden_text` or `keyword_stuffing`."
    )
    reason = serializers.CharField()
    excerpt = serializers.CharField(allow_blank=True, help_text="The offending text, shortened.")
    page = serializers.IntegerField(allow_null=True, help_text="1-based page, where known (hidden text).")


class ScoreEntrySerializer(serializers.Serializer):
    """Schema only: one CV in `result.scores`, in ranking order."""

    rank = serializers.IntegerField(allow_null=True, help_text="1 = best; null for a CV that was not scored.")
    cv_id = serializers.UUIDField()
    candidate_id = serializers.UUIDField()
    filename = serializers.CharField()
    status = serializers.ChoiceField(choices=ItemStatus.choices)
    score = serializers.IntegerField(allow_null=True, min_value=0, max_value=100)
    recommendation = serializers.ChoiceField(choices=["strong_yes", "yes", "maybe", "no"], allow_null=True)
    criteria = CriterionScoreSerializer(many=True)
    summary = serializers.CharField(allow_blank=True)
    flags = serializers.ListField(
        child=serializers.CharField(), help_text="e.g. `hidden_text`, `prompt_injection`, `keyword_stuffing`."
    )
    flag_details = FlagDetailSerializer(many=True, help_text="Why each manipulation flag was raised.")
    redactions = serializers.ListField(child=serializers.CharField())
    scorer = serializers.CharField(allow_null=True, help_text="`anthropic` or `offline`.")
    model = serializers.CharField(allow_null=True)
    prompt_version = serializers.CharField(allow_null=True)
    rubric_version = serializers.CharField(allow_null=True)
    usage = UsageSerializer(allow_null=True)
    cost_usd = serializers.FloatField()
    error = JobErrorSerializer(allow_null=True)


class JobTotalsSerializer(serializers.Serializer):
    scored = serializers.IntegerField()
    failed = serializers.IntegerField()
    cancelled = serializers.IntegerField()
    pending = serializers.IntegerField()
    scorers = serializers.ListField(child=serializers.CharField())
    usage = UsageSerializer()
    cost_usd = serializers.FloatField()
    batch = serializers.BooleanField(help_text="Whether the job went through the Message Batches API.")
    cost_usd_without_batch = serializers.FloatField(
        help_text="What the same tokens cost at the standard price."
    )
    llm_batch = serializers.DictField(
        required=False, help_text="For a Message Batches job: `{id, requests, status, request_counts}`."
    )
    notice = serializers.CharField(required=False, help_text="Present when the offline scorer was used.")


class ScoresPageInfoSerializer(serializers.Serializer):
    offset = serializers.IntegerField()
    limit = serializers.IntegerField()
    total = serializers.IntegerField(help_text="Finished CVs in the whole ranking.")


class JobResultSerializer(serializers.Serializer):
    """Schema only: the ranking so far (a page of it with `scores_limit`) and the job's totals."""

    scores = ScoreEntrySerializer(many=True)
    summary = JobTotalsSerializer()
    scores_page = ScoresPageInfoSerializer(
        required=False, help_text="Which page of the ranking `scores` is (the status endpoint always pages)."
    )


@extend_schema_field(JobErrorSerializer(allow_null=True))
class JobErrorField(serializers.JSONField):
    """The stored `{code, message}` as it is; documented as JobError."""


@extend_schema_field(serializers.ListField(child=serializers.UUIDField()))
class UUIDListField(serializers.JSONField):
    """A stored list of ids as it is; documented as a list of UUIDs."""


class RescoreSerializer(serializers.Serializer):
    persona_id = serializers.UUIDField(required=False)


class ProgressSerializer(serializers.Serializer):
    processed = serializers.IntegerField()
    total = serializers.IntegerField()
    scored = serializers.IntegerField()
    failed = serializers.IntegerField()


class JobSummarySerializer(serializers.ModelSerializer):
    """A job without its results, for lists."""

    job_id = serializers.UUIDField(source="id", read_only=True)
    persona_id = serializers.UUIDField(read_only=True, allow_null=True)
    candidate_ids = UUIDListField(read_only=True)
    progress = serializers.SerializerMethodField()
    error = JobErrorField(read_only=True, allow_null=True)

    class Meta:
        model = Job
        fields = [
            "job_id",
            "type",
            "status",
            "persona_id",
            "candidate_ids",
            "progress",
            "error",
            "created_at",
            "updated_at",
            "completed_at",
        ]

    @extend_schema_field(ProgressSerializer)
    def get_progress(self, job: Job) -> dict[str, int]:
        progress = job.progress or {}
        return {
            "processed": int(progress.get("processed", 0)),
            "total": int(progress.get("total", len(job.cv_ids))),
            "scored": int(progress.get("scored", 0)),
            "failed": int(progress.get("failed", 0)),
        }


class JobStatusSerializer(JobSummarySerializer):
    """The full status: while running, `result` holds the scores finished so far, ranked."""

    result = serializers.SerializerMethodField()

    class Meta(JobSummarySerializer.Meta):
        fields = [*JobSummarySerializer.Meta.fields, "result"]

    @extend_schema_field(JobResultSerializer(allow_null=True))
    def get_result(self, job: Job) -> dict[str, Any] | None:
        if job.status == JobStatus.QUEUED and not job.attempts and not job.cancel_requested:
            return None
        page = self.context.get("scores_page") or {"limit": settings.STATUS_SCORES_PAGE_SIZE, "offset": 0}
        return build_result(job, limit=page.get("limit"), offset=page.get("offset", 0))


class ScoresPageSerializer(serializers.Serializer):
    """`?scores_limit=&scores_offset=`: a page of a large job's ranking, best first."""

    scores_limit = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=500,
        help_text="Scores per page; STATUS_SCORES_PAGE_SIZE (200) if absent.",
    )
    scores_offset = serializers.IntegerField(required=False, min_value=0, default=0)


def job_status_document(job_id: str) -> dict[str, Any] | None:
    """The job's status as `GET /api/v1/jobs/{id}/status` answers it (webhook bodies); None if it is gone."""
    job = Job.objects.filter(pk=job_id).first()
    return None if job is None else JobStatusSerializer(job).data


class JobRankingSerializer(serializers.Serializer):
    """Schema only: the ranking download as JSON (jobs.export.ranking_document)."""

    job_id = serializers.UUIDField()
    status = serializers.ChoiceField(choices=JobStatus.choices)
    persona_id = serializers.UUIDField(allow_null=True)
    rubric_version = serializers.CharField(allow_blank=True)
    criteria = serializers.ListField(child=serializers.CharField(), help_text="The rubric's criterion names.")
    scores = ScoreEntrySerializer(many=True)
    summary = JobTotalsSerializer()


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
