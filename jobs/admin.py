"""Staff views of jobs: progress, outcomes, duration and cost at a glance; retry and cancel from the list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import admin, messages
from django.db.models import DecimalField, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django_rq.settings import get_queues_map

from jobs.admin_display import EMPTY, format_duration, pretty_json, progress_bar, short_time
from jobs.models import Job, JobItem, JobStatus, UploadRequest
from jobs.queue import rq_job_id
from jobs.services import JobStateError, cancel_job, retry_job

# The job list (with its filters) and a job's CV table need the width the admin's app sidebar would take:
# with it, a 1400 px window cut off the list's cost column and scrolled the CV table sideways.
WIDE = {"is_nav_sidebar_enabled": False}


def latest_rq_job_id(job: Job) -> str:
    """The RQ id of the latest message; a claim counts the attempt, so a claimed job ran `attempts - 1`."""
    attempt = job.attempts if job.status == JobStatus.QUEUED else max(job.attempts - 1, 0)
    return rq_job_id(job.pk, attempt)


# Few, narrow columns, so a job's CVs fit a 1400 px window beside the admin's sidebar: the error's code and
# message share one wrapping column, the cost and time are short.
ITEM_FIELDS: tuple[str, ...] = (
    "position",
    "cv_link",
    "status",
    "score",
    "recommendation",
    "flag_list",
    "outcome",
    "scorer_model",
    "cost",
    "finished",
)


class JobItemInline(admin.TabularInline[JobItem, Job]):
    """Every CV of the job with its outcome: score, recommendation, flags, or the error that stopped it."""

    model = JobItem
    extra = 0
    can_delete = False
    fields = readonly_fields = ITEM_FIELDS
    ordering = ["position"]

    def has_add_permission(self, request: HttpRequest, obj: Job | None = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[JobItem]:
        return super().get_queryset(request).select_related("cv")

    @admin.display(description="CV")
    def cv_link(self, item: JobItem) -> SafeString | str:
        if item.cv_id is None:
            return item.filename  # refused at upload: nothing stored to link to
        url = reverse("admin:candidates_cv_change", args=[item.cv_id])
        return format_html('<a href="{}">{}</a>', url, item.filename)

    @admin.display(description="flags")
    def flag_list(self, item: JobItem) -> str:
        return ", ".join(item.flags) if item.flags else EMPTY

    @admin.display(description="scorer / model")
    def scorer_model(self, item: JobItem) -> str:
        return f"{item.scorer} / {item.model}" if item.scorer else EMPTY

    @admin.display(description="error")
    def outcome(self, item: JobItem) -> SafeString | str:
        if not item.error_code:
            return EMPTY
        return format_html("<code>{}</code>: {}", item.error_code, item.error)

    @admin.display(description="cost")
    def cost(self, item: JobItem) -> str:
        return f"${item.cost_usd:.4f}" if item.cost_usd is not None else EMPTY

    @admin.display(description="finished")
    def finished(self, item: JobItem) -> str:
        return short_time(item.finished_at)


@admin.register(Job)
class JobAdmin(admin.ModelAdmin[Job]):
    list_display = [
        "short_id",
        "status",
        "persona_name",
        "user",
        "progress_display",
        "scored",
        "failed",
        "duration",
        "cost",
        "created",
    ]  # the type is a filter; fewer, shorter columns keep the cost in view in a 1400 px window
    list_filter = ["status", "type", "created_at"]
    list_select_related = ["user", "persona"]
    search_fields = ["=id", "user__username", "user__email", "persona__name"]
    search_help_text = "A job id, an owner's username or email, or a persona name."
    date_hierarchy = "created_at"
    actions = ["retry_failed_cvs", "cancel_jobs"]
    inlines = [JobItemInline]
    fieldsets = [
        (None, {"fields": ["id", "status", "type", "user", "persona", "rescored_from", "rq_link"]}),
        (
            "Progress",
            {
                "fields": [
                    "progress_display",
                    "scored",
                    "failed",
                    "attempts",
                    "heartbeat_at",
                    "cancel_requested",
                ]
            },
        ),
        ("Timing and cost", {"fields": ["created_at", "started_at", "completed_at", "duration", "cost"]}),
        ("Error and result", {"fields": ["error_display", "result_display"]}),
        ("Rubric", {"classes": ["collapse"], "fields": ["rubric_version", "rubric_display", "callback_url"]}),
    ]
    # Every field shown is read-only: jobs change only through their own transitions (and the actions).
    readonly_fields = [str(name) for _, options in fieldsets for name in options["fields"]]

    class Media:
        css = {"all": ["cvscoring/admin.css"]}

    def get_queryset(self, request: HttpRequest) -> QuerySet[Job]:
        zero = Value(0, output_field=DecimalField(max_digits=12, decimal_places=6))
        return super().get_queryset(request).annotate(total_cost=Coalesce(Sum("items__cost_usd"), zero))

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # jobs start from an upload

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        """Every field is read-only: offer no save buttons, only the list's actions."""
        extra_context = {
            **(extra_context or {}),
            **WIDE,
            "show_save": False,
            "show_save_and_continue": False,
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> Any:
        return super().changelist_view(request, {**(extra_context or {}), **WIDE})

    @admin.display(description="persona", ordering="persona__name")
    def persona_name(self, job: Job) -> str:
        return job.persona.name if job.persona else "(deleted)"

    @admin.display(description="job", ordering="id")
    def short_id(self, job: Job) -> str:
        return str(job.pk)[:8]

    @admin.display(description="progress")
    def progress_display(self, job: Job) -> SafeString:
        return progress_bar(job)

    @admin.display(description="scored")
    def scored(self, job: Job) -> int:
        return int((job.progress or {}).get("scored", 0))

    @admin.display(description="failed")
    def failed(self, job: Job) -> int:
        return int((job.progress or {}).get("failed", 0))

    @admin.display(description="duration")
    def duration(self, job: Job) -> str:
        """The latest run: from its claim to its end (or to now while it runs)."""
        if job.started_at is None:
            return EMPTY
        return format_duration((job.completed_at or timezone.now()) - job.started_at)

    @admin.display(description="created", ordering="created_at")
    def created(self, job: Job) -> str:
        return short_time(job.created_at)

    @admin.display(description="cost (USD)", ordering="total_cost")
    def cost(self, job: Job) -> str:
        return f"${getattr(job, 'total_cost', 0):.4f}"

    @admin.display(description="RQ job")
    def rq_link(self, job: Job) -> SafeString:
        rq_id = latest_rq_job_id(job)
        index = get_queues_map()[settings.SCORING_QUEUE]
        url = reverse("django_rq:job_detail", kwargs={"queue_index": index, "job_id": rq_id})
        return format_html('<a href="{}">{}</a> (in the RQ dashboard)', url, rq_id)

    @admin.display(description="error")
    def error_display(self, job: Job) -> SafeString | str:
        return pretty_json(job.error) if job.error else EMPTY

    @admin.display(description="result")
    def result_display(self, job: Job) -> SafeString | str:
        return pretty_json(job.result) if job.result else EMPTY

    @admin.display(description="rubric")
    def rubric_display(self, job: Job) -> SafeString:
        return pretty_json(job.rubric)

    @admin.action(description="Retry the failed CVs of the selected jobs", permissions=["change"])
    def retry_failed_cvs(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        done = "Queued again the failed CVs a retry could fix, in {} job(s)."
        self._run(request, queryset, retry_job, done)

    @admin.action(description="Cancel the selected jobs", permissions=["change"])
    def cancel_jobs(self, request: HttpRequest, queryset: QuerySet[Job]) -> None:
        self._run(request, queryset, cancel_job, "Cancelled {} job(s).")

    def _run(
        self, request: HttpRequest, queryset: QuerySet[Job], service: Callable[..., object], done: str
    ) -> None:
        """Apply a job service to each selected job; a state that refuses it is reported, not raised."""
        changed = 0
        for job in queryset:
            try:
                service(job=job)
            except JobStateError as exc:
                self.message_user(request, f"Job {job.pk}: {exc.message} ({exc.code})", messages.ERROR)
            else:
                changed += 1
        if changed:
            self.message_user(request, done.format(changed), messages.SUCCESS)


@admin.register(JobItem)
class JobItemAdmin(admin.ModelAdmin[JobItem]):
    """Single CV outcomes across jobs, e.g. every `timeout` of the last day."""

    list_display = [
        "cv",
        "job",
        "status",
        "score",
        "recommendation",
        "error_code",
        "scorer",
        "cost_usd",
        "finished_at",
    ]
    list_filter = ["status", "recommendation", "error_code", "scorer", "finished_at"]
    list_select_related = ["cv", "job"]
    search_fields = ["filename", "=job__id", "error_code"]
    readonly_fields = [field.name for field in JobItem._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: JobItem | None = None) -> bool:
        return False


@admin.register(UploadRequest)
class UploadRequestAdmin(admin.ModelAdmin[UploadRequest]):
    list_display = ["key", "user", "job", "created_at"]
    search_fields = ["key", "user__username"]
    list_select_related = ["user", "job"]
    readonly_fields = ["user", "key", "fingerprint", "job", "created_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
