"""Plain factory functions for webhook tests."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from candidates.tests.factories import make_persona


def make_finished_job(*, user: Any, status: str = "completed", callback_url: str = "") -> Any:
    """A job that has just ended, with no CVs (its status document is small and exact)."""
    from jobs.models import Job

    persona = make_persona(owner=user)
    return Job.objects.create(
        user=user,
        persona=persona,
        status=status,
        rubric=persona.snapshot(),
        rubric_version=persona.rubric_version,
        progress={"processed": 0, "total": 0, "scored": 0, "failed": 0},
        result={"summary": {}},
        callback_url=callback_url,
        attempts=1,
        completed_at=timezone.now(),
    )
