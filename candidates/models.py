"""Candidates and their CV documents (the stored PDF, its hash and what was extracted from it)."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone


def cv_storage_key(instance: CV, filename: str) -> str:
    """Generate the storage key; the uploaded filename never becomes a path."""
    return f"cvs/{instance.owner_id}/{uuid.uuid4().hex}.pdf"


class CandidateQuerySet(models.QuerySet["Candidate"]):
    def for_user(self, user: Any) -> CandidateQuerySet:
        return self.filter(owner=user)


class Candidate(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="candidates")
    # What the recruiter called the file; the candidate's real name is only ever inside the CV.
    label = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = CandidateQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return self.label


class CVQuerySet(models.QuerySet["CV"]):
    def for_user(self, user: Any) -> CVQuerySet:
        return self.filter(owner=user)


class CV(models.Model):
    class ParseStatus(models.TextChoices):
        PENDING = "pending"
        PARSED = "parsed"
        FAILED = "failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cvs")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="cvs")
    file = models.FileField(upload_to=cv_storage_key, max_length=255)
    original_filename = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    page_count = models.PositiveIntegerField(null=True, blank=True)
    text = models.TextField(blank=True, default="")
    # Why text was hidden from a human reader (white_text, tiny_font, off_page); the text itself is dropped.
    hidden_text = models.JSONField(default=list, blank=True)
    parse_status = models.CharField(max_length=16, choices=ParseStatus.choices, default=ParseStatus.PENDING)
    parse_error_code = models.CharField(max_length=64, blank=True, default="")
    parse_error = models.CharField(max_length=500, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    parsed_at = models.DateTimeField(null=True, blank=True)

    objects = CVQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "sha256"], name="cv_unique_file_per_owner"),
            models.CheckConstraint(
                condition=models.Q(parse_status__in=["pending", "parsed", "failed"]),
                name="cv_parse_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return self.original_filename

    def record_extraction(self, *, text: str, page_count: int, hidden_reasons: list[str]) -> bool:
        """Keep what a parse read; False if the row is gone (its candidate was erased meanwhile)."""
        self.text = text
        self.page_count = page_count
        self.hidden_text = sorted(set(hidden_reasons))
        self.parse_status = self.ParseStatus.PARSED
        self.parse_error_code = ""
        self.parse_error = ""
        self.parsed_at = timezone.now()
        return self._save_if_present(
            "text",
            "page_count",
            "hidden_text",
            "parse_status",
            "parse_error_code",
            "parse_error",
            "parsed_at",
        )

    def record_parse_failure(self, *, code: str, message: str) -> bool:
        """Remember why the file cannot be read; False if the row is gone (its candidate was erased)."""
        self.parse_status = self.ParseStatus.FAILED
        self.parse_error_code = code
        self.parse_error = message[:500]
        self.parsed_at = timezone.now()
        return self._save_if_present("parse_status", "parse_error_code", "parse_error", "parsed_at")

    def _save_if_present(self, *fields: str) -> bool:
        # Not save(update_fields=...): on a row erased while its CV was parsed, that raises DatabaseError and
        # would abort the job's attempt; an erased CV has nothing left to record, which is not an error.
        values = {field: getattr(self, field) for field in fields}
        return CV.objects.filter(pk=self.pk).update(**values) == 1
