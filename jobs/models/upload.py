"""An upload made under an Idempotency-Key, so a repeated request gets the first job back."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class UploadRequest(models.Model):
    """An upload made under an Idempotency-Key: a repeat of the same request gets the same job back."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    # Hash of the persona and the files (name and sha256 of each), to tell a repeat from a different request.
    fingerprint = models.CharField(max_length=64)
    job = models.ForeignKey("jobs.Job", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "key"], name="upload_request_unique_key")]

    def __str__(self) -> str:
        return f"{self.key} → {self.job_id}"
