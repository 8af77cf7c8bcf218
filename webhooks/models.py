"""A user's webhook endpoint and signing secret, and one row per delivery attempt."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from webhooks.signing import new_secret


class WebhookEndpoint(models.Model):
    """Where a user's job events go by default (a job's callback URL wins), and the secret that signs them."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhook_endpoint"
    )
    url = models.URLField(max_length=500, blank=True, default="")
    secret = models.CharField(max_length=100, default=new_secret)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.user} → {self.url or '(job callback URLs only)'}"

    def set_url(self, url: str) -> None:
        self.url = url
        self.save(update_fields=["url", "updated_at"])

    def rotate_secret(self) -> None:
        self.secret = new_secret()
        self.save(update_fields=["secret", "updated_at"])


class DeliveryStatus(models.TextChoices):
    SCHEDULED = "scheduled"
    SENDING = "sending"
    DELIVERED = "delivered"
    FAILED = "failed"


class WebhookDeliveryQuerySet(models.QuerySet["WebhookDelivery"]):
    def for_user(self, user: Any) -> WebhookDeliveryQuerySet:
        return self.filter(user=user)

    def overdue(self, *, older_than: timedelta) -> WebhookDeliveryQuerySet:
        """Attempts due for a while that no worker ran: their enqueue was lost (Redis down at the time)."""
        return self.filter(status=DeliveryStatus.SCHEDULED, scheduled_for__lt=timezone.now() - older_than)


class WebhookDelivery(models.Model):
    """One attempt to deliver one job event; every attempt of an event shares its `delivery_id`."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # Sent as X-CVScoring-Delivery: the same on every attempt of an event, so receivers can drop repeats.
    delivery_id = models.UUIDField(db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhook_deliveries"
    )
    # The job's id only: webhooks never import jobs (jobs → webhooks is the direction).
    job_id = models.UUIDField(db_index=True)
    event = models.CharField(max_length=32)
    url = models.URLField(max_length=500)
    attempt = models.PositiveSmallIntegerField(default=1)
    status = models.CharField(max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.SCHEDULED)
    scheduled_for = models.DateTimeField(default=timezone.now)
    attempted_at = models.DateTimeField(null=True, blank=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True, default="")
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    # On a failed attempt: when the next one is due; empty when this was the last.
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["delivery_id", "attempt"], name="webhook_delivery_unique_attempt"
            ),
            models.CheckConstraint(
                condition=Q(status__in=DeliveryStatus.values), name="webhook_delivery_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["status", "scheduled_for"])]
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.event} for job {self.job_id}, attempt {self.attempt} ({self.status})"

    @property
    def rq_job_id(self) -> str:
        return f"webhook-{self.pk}"

    def claim(self) -> bool:
        """Move scheduled → sending exactly once; a duplicate queue message changes no row: False."""
        now = timezone.now()
        changed = WebhookDelivery.objects.filter(pk=self.pk, status=DeliveryStatus.SCHEDULED).update(
            status=DeliveryStatus.SENDING, attempted_at=now
        )
        if changed == 1:
            self.status, self.attempted_at = DeliveryStatus.SENDING, now
        return changed == 1

    def record_delivered(self, *, status_code: int, duration_ms: int) -> None:
        self.status = DeliveryStatus.DELIVERED
        self.status_code = status_code
        self.duration_ms = duration_ms
        self.delivered_at = timezone.now()
        self.save(update_fields=["status", "status_code", "duration_ms", "delivered_at"])

    def record_failed(
        self,
        *,
        error: str,
        status_code: int | None = None,
        duration_ms: int | None = None,
        next_attempt_at: datetime | None = None,
    ) -> None:
        self.status = DeliveryStatus.FAILED
        self.status_code = status_code
        self.error = error[:500]
        self.duration_ms = duration_ms
        self.next_attempt_at = next_attempt_at
        self.save(update_fields=["status", "status_code", "error", "duration_ms", "next_attempt_at"])

    def schedule_next(self, *, at: datetime) -> WebhookDelivery:
        """The following attempt of the same event, due at `at`."""
        return WebhookDelivery.objects.create(
            delivery_id=self.delivery_id,
            user_id=self.user_id,
            job_id=self.job_id,
            event=self.event,
            url=self.url,
            attempt=self.attempt + 1,
            scheduled_for=at,
        )

    def was_delivered(self) -> bool:
        """Whether any attempt of this event already reached the receiver."""
        return WebhookDelivery.objects.filter(
            delivery_id=self.delivery_id, status=DeliveryStatus.DELIVERED
        ).exists()
