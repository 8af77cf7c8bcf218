"""How a job's results look over HTTP: each ranked CV, the totals, and the ranking download.

These serializers are the one definition of those shapes: the status document, webhook bodies, the JSON and
CSV downloads and `score_folder` all render results through them.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from jobs.failures import is_retryable
from jobs.models import ItemStatus, Job, JobItem
from jobs.results import ranking
from jobs.score_rows import score_entry
from jobs.status_sql import status_result
from jobs.wire import WIRE_STATUSES, wire_status

RECOMMENDATIONS = ["strong_yes", "yes", "maybe", "no"]


class BlankAsNullCharField(serializers.CharField):
    """A text column where "" means "none": shown as null."""

    def to_representation(self, value: Any) -> Any:
        return str(value) if value else None


class BlankAsNullChoiceField(serializers.ChoiceField):
    def to_representation(self, value: Any) -> Any:
        return super().to_representation(value) if value else None


class JobErrorSerializer(serializers.Serializer):
    """Why a job or a CV failed."""

    code = serializers.CharField(help_text="e.g. `all_cvs_failed`, `no_text_layer`, `encrypted`, `timeout`")
    message = serializers.CharField()
    retryable = serializers.BooleanField(
        required=False,
        help_text="On a CV's error: whether retrying the job could score it (`jobs/failures.py`).",
    )


class DuplicateOfSerializer(serializers.Serializer):
    position = serializers.IntegerField()
    filename = serializers.CharField()


class CriterionScoreSerializer(serializers.Serializer):
    """Documents one entry of `criteria`, stored as the scorer's result wrote it."""

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
    """Documents one entry of `flag_details`: why a flag was raised, so a recruiter can judge it."""

    code = serializers.CharField(
        help_text="The flag: `prompt_injection`, `hidden_text` or `keyword_stuffing`."
    )
    reason = serializers.CharField()
    excerpt = serializers.CharField(allow_blank=True, help_text="The offending text, shortened.")
    page = serializers.IntegerField(allow_null=True, help_text="1-based page, where known (hidden text).")


@extend_schema_field(CriterionScoreSerializer(many=True))
class CriteriaField(serializers.JSONField):
    """The stored criteria as they are; documented as CriterionScore."""


@extend_schema_field(FlagDetailSerializer(many=True))
class FlagDetailsField(serializers.JSONField):
    """The stored flag details as they are; documented as FlagDetail."""


@extend_schema_field(UsageSerializer(allow_null=True))
class UsageField(serializers.JSONField):
    """The stored token counts as they are (null when none were spent); documented as Usage."""

    def to_representation(self, value: Any) -> Any:
        return value or None


class ScoreEntrySerializer(serializers.ModelSerializer):
    """One CV in `result.scores`, in ranking order."""

    rank = serializers.IntegerField(
        read_only=True, allow_null=True, help_text="1 = best; null for a CV that was not scored."
    )
    cv_id = serializers.UUIDField(
        read_only=True, allow_null=True, help_text="Null for a file refused at upload."
    )
    candidate_id = serializers.UUIDField(read_only=True, allow_null=True)
    filename = serializers.CharField(read_only=True, help_text="The name this upload gave the file.")
    position = serializers.IntegerField(read_only=True, help_text="The file's place in the upload, from 0.")
    status = serializers.ChoiceField(choices=ItemStatus.choices, read_only=True)
    duplicate_of = serializers.SerializerMethodField(
        help_text="For a file sent twice in one upload: the first entry (`position`, `filename`); not scored."
    )
    reused = serializers.BooleanField(
        read_only=True, help_text="The score was copied from an earlier job's, every version being equal."
    )
    reused_from = serializers.SerializerMethodField(help_text="The job whose result was reused.")
    ocr_confidence = serializers.SerializerMethodField(
        help_text="Mean OCR word confidence (0-100) when the text was read from a scan or a photo."
    )
    score = serializers.IntegerField(allow_null=True, min_value=0, max_value=100, read_only=True)
    recommendation = BlankAsNullChoiceField(choices=RECOMMENDATIONS, allow_null=True, read_only=True)
    criteria = CriteriaField(read_only=True)
    summary = serializers.CharField(read_only=True, allow_blank=True)
    flags = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="e.g. `hidden_text`, `prompt_injection`, `keyword_stuffing`.",
    )
    flag_details = FlagDetailsField(read_only=True, help_text="Why each manipulation flag was raised.")
    redactions = serializers.ListField(
        child=serializers.CharField(),
        read_only=True,
        help_text="Categories of personal data blind mode replaced.",
    )
    redaction_counts = serializers.DictField(
        child=serializers.IntegerField(min_value=1),
        read_only=True,
        help_text="How many values of each category were replaced (the values are never kept).",
    )
    redaction_version = BlankAsNullCharField(
        allow_null=True,
        read_only=True,
        help_text="Version of the redaction rules; null when blind mode was off.",
    )
    scorer = BlankAsNullCharField(allow_null=True, read_only=True, help_text="`anthropic` or `offline`.")
    model = BlankAsNullCharField(allow_null=True, read_only=True)
    prompt_version = BlankAsNullCharField(allow_null=True, read_only=True)
    rubric_version = BlankAsNullCharField(allow_null=True, read_only=True)
    usage = UsageField(read_only=True)
    cost_usd = serializers.FloatField(read_only=True)
    error = serializers.SerializerMethodField()

    class Meta:
        model = JobItem
        fields = [
            "rank",
            "cv_id",
            "candidate_id",
            "filename",
            "position",
            "status",
            "duplicate_of",
            "reused",
            "reused_from",
            "ocr_confidence",
            "score",
            "recommendation",
            "criteria",
            "summary",
            "flags",
            "flag_details",
            "redactions",
            "redaction_counts",
            "redaction_version",
            "scorer",
            "model",
            "prompt_version",
            "rubric_version",
            "usage",
            "cost_usd",
            "error",
        ]

    @extend_schema_field(JobErrorSerializer(allow_null=True))
    def get_error(self, item: JobItem) -> dict[str, Any] | None:
        if not item.error_code:
            return None
        return {"code": item.error_code, "message": item.error, "retryable": is_retryable(item.error_code)}

    @extend_schema_field(DuplicateOfSerializer(allow_null=True))
    def get_duplicate_of(self, item: JobItem) -> dict[str, Any] | None:
        first = item.duplicate_of
        return None if first is None else {"position": first.position, "filename": first.filename}

    @extend_schema_field(serializers.UUIDField(allow_null=True))
    def get_reused_from(self, item: JobItem) -> str | None:
        source = item.reused_from
        return None if source is None else str(source.job_id)

    @extend_schema_field(serializers.FloatField(allow_null=True))
    def get_ocr_confidence(self, item: JobItem) -> float | None:
        return None if item.cv is None else item.cv.ocr_confidence

    def to_representation(self, instance: Any) -> dict[str, Any]:
        """A ranked row (`jobs.results.ENTRY_COLUMNS`) as the fields above show it; see `score_entry`."""
        return score_entry(instance)


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
    """The ranking so far (a page of it with `scores_limit`) and the job's totals."""

    scores = ScoreEntrySerializer(many=True)
    summary = JobTotalsSerializer()
    scores_page = ScoresPageInfoSerializer(
        required=False, help_text="Which page of the ranking `scores` is (the status endpoint always pages)."
    )

    def to_representation(self, instance: Any) -> dict[str, Any]:
        data = dict(super().to_representation(instance))
        if data.get("scores_page") is None:
            data.pop("scores_page", None)  # the whole ranking: there is no page to describe
        return data


def build_result(
    job: Job, *, limit: int | None = None, offset: int = 0, splice: bool = False
) -> dict[str, Any]:
    """The ranking (a page when `limit` is given) and totals; `splice`: orjson only, `results.ranking`."""
    if splice and limit is not None and connection.vendor == "postgresql":  # built by PostgreSQL: status_sql
        return status_result(job, limit=limit, offset=offset)
    return JobResultSerializer(ranking(job, limit=limit, offset=offset, splice=splice)).data


class JobRankingSerializer(serializers.ModelSerializer):
    """The ranking download as JSON: the job's identity, every ranked CV and the totals."""

    job_id = serializers.UUIDField(source="id", read_only=True)
    status = serializers.SerializerMethodField(
        help_text="As in the status document: a cancelled job is failed."
    )
    persona_id = serializers.UUIDField(allow_null=True, read_only=True)
    criteria = serializers.SerializerMethodField(help_text="The rubric's criterion names.")
    scores = serializers.SerializerMethodField()
    summary = serializers.SerializerMethodField()

    class Meta:
        model = Job
        fields = ["job_id", "status", "persona_id", "rubric_version", "criteria", "scores", "summary"]

    @extend_schema_field(serializers.ChoiceField(choices=WIRE_STATUSES))
    def get_status(self, job: Job) -> str:
        return wire_status(job)

    def get_criteria(self, job: Job) -> list[str]:
        return criterion_names(job)

    @extend_schema_field(ScoreEntrySerializer(many=True))
    def get_scores(self, job: Job) -> list[dict[str, Any]]:
        return list(self._result(job)["scores"])

    @extend_schema_field(JobTotalsSerializer)
    def get_summary(self, job: Job) -> dict[str, Any]:
        return dict(self._result(job)["summary"])

    def _result(self, job: Job) -> dict[str, Any]:
        if "result" not in self.context:
            self.context["result"] = build_result(job)
        return self.context["result"]  # type: ignore[no-any-return]


def criterion_names(job: Job) -> list[str]:
    """The rubric's criteria, in the persona's order, from the snapshot the job was scored with."""
    return [str(criterion.get("name", "")) for criterion in job.rubric.get("criteria", [])]
