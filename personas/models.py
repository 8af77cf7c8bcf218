"""The persona: a job profile with a weighted rubric that CVs are scored against."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from django.conf import settings
from django.db import models

from personas.rubric import normalise_criteria


class PersonaQuerySet(models.QuerySet["Persona"]):
    def for_user(self, user: Any) -> PersonaQuerySet:
        return self.filter(owner=user)


class Persona(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="personas")
    name = models.CharField(max_length=200)
    role_title = models.CharField(max_length=200)
    description = models.TextField(blank=True, default="")
    min_years_experience = models.PositiveSmallIntegerField(default=0)
    # A list of {name, description, weight (>0), required}; validated by personas.rubric.
    criteria = models.JSONField(default=list)
    # Blind mode hides names, contact details and other personal markers from the LLM.
    blind = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PersonaQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.role_title})"

    @property
    def rubric_version(self) -> str:
        """Hash everything about the persona that changes a score, so each result names the rubric it used."""
        payload = {
            "role_title": self.role_title,
            "description": self.description,
            "min_years_experience": self.min_years_experience,
            "criteria": normalise_criteria(self.criteria),
            "blind": self.blind,
        }
        canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return "rb-" + hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def snapshot(self) -> dict[str, Any]:
        """Freeze the rubric for a job, so later edits to the persona never change that job's scores."""
        return {
            "role_title": self.role_title,
            "description": self.description,
            "min_years_experience": self.min_years_experience,
            "criteria": normalise_criteria(self.criteria),
            "blind": self.blind,
            "version": self.rubric_version,
        }
