"""Test data for jobs: jobs made the way an upload makes them, and jobs that have just ended."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from candidates.tests.factories import STRONG_BACKEND_CV, pdf_upload
from jobs.models import Job
from jobs.services import start_scoring_job
from personas.tests.factories import make_persona


def make_job(owner: Any, *texts: str, **persona: Any) -> Job:
    """A queued job of one PDF per text (cv0.pdf, cv1.pdf, ...) against a new persona of `owner`."""
    files = [pdf_upload(f"cv{index}.pdf", text) for index, text in enumerate(texts or (STRONG_BACKEND_CV,))]
    return start_scoring_job(user=owner, persona=make_persona(owner=owner, **persona), files=files)


def make_finished_job(*, user: Any, status: str = "completed", callback_url: str = "") -> Job:
    """A job that has just ended, with no CVs (its status document is small and exact)."""
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
