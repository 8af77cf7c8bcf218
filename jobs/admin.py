from __future__ import annotations

from django.contrib import admin
from django.utils.html import format_html

from jobs.models import Job, JobItem


class JobItemInline(admin.TabularInline[JobItem, Job]):
    model = JobItem
    extra = 0
    can_delete = False
    fields = ["position", "cv", "status", "score", "recommendation", "flags", "scorer", "model", "error_code", "error"]
    readonly_fields = fields
    ordering = ["position"]


@admin.register(Job)
class JobAdmin(admin.ModelAdmin[Job]):
    list_display = ["id", "type", "status", "user", "persona", "progress_display", "attempts", "created_at", "updated_at", "completed_at"]
    list_filter = ["status", "type", "created_at"]
    search_fields = ["id", "user__username", "persona__name"]
    readonly_fields = [
        "id", "type", "status", "user", "persona", "candidate_ids", "cv_ids", "rubric", "rubric_version",
        "result", "error", "progress", "attempts", "heartbeat_at", "cancel_requested", "rescored_from",
        "created_at", "updated_at", "started_at", "completed_at", "rq_link",
    ]
    inlines = [JobItemInline]

    @admin.display(description="progress")
    def progress_display(self, job: Job) -> str:
        progress = job.progress or {}
        return f"{progress.get('processed', 0)}/{progress.get('total', len(job.cv_ids))}"

    @admin.display(description="RQ queue")
    def rq_link(self, job: Job) -> str:
        return format_html('<a href="/admin/rq/">scoring queue dashboard</a> (RQ job id {})', job.rq_job_id)
