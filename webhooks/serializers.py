"""The webhook endpoint and delivery attempts as the API shows them; URL checks as validation errors."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator
from rest_framework import serializers

from webhooks.models import WebhookDelivery, WebhookEndpoint
from webhooks.services import check_webhook_url
from webhooks.targets import MAX_URL_LENGTH, UnsafeURL


def clean_webhook_url(value: Any, *, field: str) -> str:
    """ "" when not given; the URL when it may be called; else a 400 validation_error naming `field`."""
    url = str(value or "").strip()
    if not url:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(url)
        if len(url) > MAX_URL_LENGTH:
            raise UnsafeURL("url_too_long", f"At most {MAX_URL_LENGTH} characters.")
        check_webhook_url(url)
    except DjangoValidationError as exc:
        raise serializers.ValidationError(
            {field: [serializers.ErrorDetail("Enter a valid URL.", "invalid")]}
        ) from exc
    except UnsafeURL as exc:
        raise serializers.ValidationError({field: [serializers.ErrorDetail(exc.message, exc.code)]}) from exc
    return url


class WebhookEndpointSerializer(serializers.ModelSerializer):
    url = serializers.CharField(
        max_length=MAX_URL_LENGTH,
        allow_blank=True,
        help_text="Where job events are POSTed when a job names no callback_url; empty: nowhere.",
    )
    secret = serializers.CharField(
        read_only=True, help_text="Signs every delivery (HMAC-SHA256); keep it private."
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["url", "secret", "created_at", "updated_at"]
        read_only_fields = ["secret", "created_at", "updated_at"]

    def validate_url(self, value: str) -> str:
        try:
            return clean_webhook_url(value, field="url")
        except serializers.ValidationError as exc:
            detail: Any = exc.detail
            raise serializers.ValidationError(detail["url"]) from exc


class WebhookDeliverySerializer(serializers.ModelSerializer):
    class Meta:
        model = WebhookDelivery
        fields = [
            "id",
            "delivery_id",
            "job_id",
            "event",
            "url",
            "attempt",
            "status",
            "scheduled_for",
            "attempted_at",
            "status_code",
            "error",
            "duration_ms",
            "next_attempt_at",
            "delivered_at",
            "created_at",
        ]
        read_only_fields = fields
