"""The recruiter's pages: server-rendered shells whose script reads and writes through the JSON API.

The views only check that the page is the caller's to see (another user's job or persona is a 404) and
hand the template what it shows before the first API answer arrives. Every change goes through the API.
"""

from __future__ import annotations

from uuid import UUID

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import ensure_csrf_cookie

from jobs.models import Job
from personas.models import Persona


@login_required
@ensure_csrf_cookie
def home(request: HttpRequest) -> HttpResponse:
    """Pick a persona, drop a batch of PDFs, and see the caller's jobs."""
    context = {"max_files": settings.MAX_BATCH_FILES, "max_cv_bytes": settings.MAX_CV_BYTES}
    return render(request, "pages/home.html", context)


@login_required
@ensure_csrf_cookie
def persona_editor(request: HttpRequest, persona_id: UUID | None = None) -> HttpResponse:
    """Create a persona, or edit one of the caller's."""
    persona = None
    if persona_id is not None:
        persona = get_object_or_404(Persona.objects.for_user(request.user), pk=persona_id)
    return render(request, "pages/persona_editor.html", {"persona": persona})


@login_required
@ensure_csrf_cookie
def job_page(request: HttpRequest, job_id: UUID) -> HttpResponse:
    """Follow one of the caller's jobs live, then read its ranked shortlist."""
    job = get_object_or_404(Job.objects.for_user(request.user).select_related("persona"), pk=job_id)
    return render(request, "pages/job.html", {"job": job})
