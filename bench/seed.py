"""The benchmark's recruiter: a user with an API token and a realistic persona (ORM, this run's database)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from rest_framework.authtoken.models import Token

from personas.models import Persona

CRITERIA: list[dict[str, Any]] = [
    {
        "name": "Python",
        "description": "Production Python services, ideally Django and Django REST Framework, with tests.",
        "weight": 3,
        "required": True,
    },
    {
        "name": "Databases",
        "description": "Designing PostgreSQL schemas, writing migrations, tuning slow queries and indexes.",
        "weight": 2,
    },
    {
        "name": "Distributed systems",
        "description": "Queues, background workers, caching (Redis), idempotent APIs and failure handling.",
        "weight": 2,
    },
    {
        "name": "Cloud and operations",
        "description": "Docker, Kubernetes or a managed cloud (AWS, GCP), CI/CD pipelines, on-call.",
        "weight": 1,
    },
    {
        "name": "Leadership",
        "description": "Led or mentored engineers, drove technical decisions, ran reviews or hiring.",
        "weight": 1,
    },
    {
        "name": "Communication",
        "description": "Writes clear design documents and works well with product and other teams.",
        "weight": 1,
    },
]


@dataclass(frozen=True)
class Recruiter:
    user: Any
    token: str
    persona: Persona


def create_recruiter() -> Recruiter:
    user = get_user_model().objects.create_user(username="bench", email="bench@example.com")
    token, _ = Token.objects.get_or_create(user=user)
    persona = Persona.objects.create(
        owner=user,
        name="Senior backend engineer",
        role_title="Senior Backend Engineer",
        description="Builds and runs the Python/Django services behind a B2B SaaS product.",
        min_years_experience=5,
        criteria=CRITERIA,
    )
    return Recruiter(user=user, token=token.key, persona=persona)
