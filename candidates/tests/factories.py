"""Plain factory functions for tests."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile

from candidates.tests.pdfgen import cv_pdf

STRONG_BACKEND_CV = """Alex Example
Senior Backend Engineer
alex@example.com | +44 20 7946 0000
EXPERIENCE
Senior Backend Engineer, Acme Corp, Jan 2018 - present
Built Django REST Framework APIs in Python serving 2 million users.
Ran PostgreSQL and Redis in production on Kubernetes; led a team of 5 engineers.
Backend Developer, Beta Ltd, 2014 - 2017
Wrote Python services with Django and Celery; designed PostgreSQL schemas.
SKILLS
Python, Django, DRF, PostgreSQL, Redis, Docker, Kubernetes, AWS
EDUCATION
BSc Computer Science, University of Example, 2010 - 2014
"""

WEAK_BACKEND_CV = """Sam Sample
Shop Assistant
sam@example.com
EXPERIENCE
Shop Assistant, Corner Store, 2019 - present
Served customers, handled the till and stocked shelves every morning.
Trained two new colleagues on opening and closing the store.
Waiter, Harbour Cafe, 2017 - 2019
Took orders, served tables and kept the dining room clean on busy weekends.
SKILLS
Customer service, cash handling, stock rotation, Microsoft Word, teamwork
EDUCATION
High school diploma, Riverside High School, 2017
"""


def make_user(*, username: str = "alice", password: str = "pw-for-tests-only") -> Any:
    return get_user_model().objects.create_user(
        username=username, password=password, email=f"{username}@example.com"
    )


def backend_criteria() -> list[dict[str, Any]]:
    return [
        {
            "name": "Python",
            "description": "Production Python, ideally Django / DRF",
            "weight": 3,
            "required": True,
        },
        {"name": "PostgreSQL", "description": "Designing and running PostgreSQL databases", "weight": 2},
        {"name": "Kubernetes", "description": "Deploying services on Kubernetes", "weight": 1},
        {"name": "Leadership", "description": "Led a team of engineers", "weight": 1},
    ]


def make_persona(*, owner: Any, name: str = "Backend engineer", **overrides: Any) -> Any:
    from personas.models import Persona

    values: dict[str, Any] = {
        "role_title": "Senior Backend Engineer",
        "description": "Python/Django backend engineer for a SaaS product",
        "min_years_experience": 5,
        "criteria": backend_criteria(),
    }
    values.update(overrides)
    return Persona.objects.create(owner=owner, name=name, **values)


def pdf_upload(name: str = "cv.pdf", text: str = STRONG_BACKEND_CV) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, cv_pdf(text), content_type="application/pdf")
