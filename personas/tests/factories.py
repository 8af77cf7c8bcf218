"""Test data for personas: a backend-engineer persona with a four-criterion rubric (factory-boy)."""

from __future__ import annotations

from typing import Any

import factory

from personas.models import Persona


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


class PersonaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Persona

    name = "Backend engineer"
    role_title = "Senior Backend Engineer"
    description = "Python/Django backend engineer for a SaaS product"
    min_years_experience = 5
    criteria = factory.LazyFunction(backend_criteria)


def make_persona(*, owner: Any, name: str = "Backend engineer", **overrides: Any) -> Persona:
    return PersonaFactory(owner=owner, name=name, **overrides)
