"""How jobs look over HTTP: the JobStatus document, the job list entry, and the upload/rescore inputs."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from jobs.models import Job, JobStatus
from jobs.results import build_result


class UploadBatchSerializer(serializers.Serializer):
    persona_id = serializers.CharField()
    files = serializers.ListField(
        child=serializers.FileField(allow_empty_file=True), allow_empty=True, required=False
    )


class RescoreSerializer(serializers.Serializer):
    persona_id = serializers.UUIDField(required=False)


class ProgressSerializer(serializers.Serializer):
    processed = serializers.IntegerField()
    total = serializers.IntegerField()
    scored = serializers.IntegerField(required=False)
    failed = serializers.IntegerField(required=False)


class JobSummarySerializer(serializers.ModelSerializer):
    """A job without its results, for lists."""

    job_id = serializers.UUIDField(source="id", read_only=True)
    persona_id = serializers.UUIDField(read_only=True, allow_null=True)
    progress = serializers.SerializerMethodField()

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

    def get_result(self, job: Job) -> dict[str, Any] | None:
        if job.status == JobStatus.QUEUED and not job.attempts and not job.cancel_requested:
            return None
        page = self.context.get("scores_page") or {}
        return build_result(job, limit=page.get("limit"), offset=page.get("offset", 0))


class ScoresPageSerializer(serializers.Serializer):
    """`?scores_limit=&scores_offset=`: a page of a large job's ranking, best first."""

    scores_limit = serializers.IntegerField(required=False, min_value=1, max_value=500)
    scores_offset = serializers.IntegerField(required=False, min_value=0, default=0)
