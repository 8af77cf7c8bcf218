from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

from webhooks.models import WebhookDelivery, WebhookEndpoint


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(admin.ModelAdmin[WebhookEndpoint]):
    list_display = ["user", "url", "created_at", "updated_at"]
    search_fields = ["user__username", "url"]
    readonly_fields = ["secret", "created_at", "updated_at"]
    raw_id_fields = ["user"]
    actions = ["rotate_secrets"]

    @admin.action(description="Rotate the signing secret of the selected endpoints")
    def rotate_secrets(self, request: HttpRequest, queryset: QuerySet[WebhookEndpoint]) -> None:
        for endpoint in queryset:
            endpoint.rotate_secret()


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(admin.ModelAdmin[WebhookDelivery]):
    list_display = [
        "created_at",
        "event",
        "job_link",
        "user",
        "attempt",
        "status",
        "status_code",
        "short_error",
        "duration_ms",
        "next_attempt_at",
        "delivered_at",
    ]
    list_filter = ["status", "event", "created_at"]
    search_fields = ["=job_id", "=delivery_id", "url", "user__username"]
    date_hierarchy = "created_at"
    readonly_fields = [field.name for field in WebhookDelivery._meta.fields]
    list_select_related = ["user"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: WebhookDelivery | None = None) -> bool:
        return False

    @admin.display(description="job", ordering="job_id")
    def job_link(self, obj: WebhookDelivery) -> str:
        try:
            url = reverse("admin:jobs_job_change", args=[obj.job_id])
        except NoReverseMatch:
            return str(obj.job_id)
        return format_html('<a href="{}">{}</a>', url, obj.job_id)

    @admin.display(description="error")
    def short_error(self, obj: WebhookDelivery) -> str:
        return obj.error[:80]
