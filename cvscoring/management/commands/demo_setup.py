"""Create (or reuse) a demo user with an API token and a persona, and print how to use them."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser
from rest_framework.authtoken.models import Token

from personas.models import Persona
from personas.rubric import validate_criteria

DEMO_CRITERIA = [
    {
        "name": "Python",
        "description": "Production Python, ideally Django or Django REST Framework",
        "weight": 3,
        "required": True,
    },
    {
        "name": "Databases",
        "description": "PostgreSQL or another relational database in production",
        "weight": 2,
    },
    {"name": "Cloud and containers", "description": "Docker, Kubernetes, AWS or GCP", "weight": 1},
    {"name": "Leadership", "description": "Led or mentored a team of engineers", "weight": 1},
]


class Command(BaseCommand):
    help = "Create a demo user, API token and persona (idempotent) and print them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="demo")
        parser.add_argument("--password", default="demo-password")

    def handle(self, *args: Any, **options: Any) -> None:
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(username=options["username"])
        if created:
            user.set_password(options["password"])
            user.is_staff = True
            user.is_superuser = True
            user.save()
        token, _ = Token.objects.get_or_create(user=user)
        persona, _ = Persona.objects.get_or_create(
            owner=user,
            name="Backend Python engineer (demo)",
            defaults={
                "role_title": "Senior Backend Engineer",
                "description": "Builds and runs Python/Django services and their databases.",
                "min_years_experience": 4,
                "criteria": validate_criteria(DEMO_CRITERIA),
            },
        )
        self.stdout.write(f"DEMO_USER={user.username}")
        if created:
            self.stdout.write(f"DEMO_PASSWORD={options['password']}")
        self.stdout.write(f"DEMO_TOKEN={token.key}")
        self.stdout.write(f"DEMO_PERSONA_ID={persona.pk}")
