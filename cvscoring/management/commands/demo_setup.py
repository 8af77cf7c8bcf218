"""Create (or reuse) a demo user, API token and persona, and print how to use them; never in production.

The demo user's password is random, made when the user is created and kept in VAR_DIR/demo-password (0600),
so the run command can print it every time. The user is staff with view-only permissions: enough to look
around the admin and django-rq's dashboard, not to manage users.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management.base import BaseCommand, CommandError, CommandParser
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


PASSWORD_FILE = "demo-password"
VIEWABLE_APPS = ("personas", "candidates", "jobs", "webhooks")


def password_file() -> Path:
    return Path(settings.VAR_DIR) / PASSWORD_FILE


def write_private(path: Path, text: str) -> None:
    """Write a file only its owner can read, even if it existed with wider permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write(text + "\n")


def demo_password(user: Any, *, created: bool) -> str:
    """The password kept in VAR_DIR, set on a new user; a new random one when none is kept yet.

    A demo user from before the password was kept (then a fixed, published one) gets a random one too.
    """
    kept = password_file()
    password = kept.read_text().strip() if kept.exists() else ""
    if password and not created:
        return password
    if not password:
        password = secrets.token_urlsafe(18)
        write_private(kept, password)
    user.set_password(password)
    user.save(update_fields=["password"])
    return password


def grant_demo_role(user: Any) -> None:
    """Staff with view-only permissions on the project's models; never a superuser."""
    user.is_staff = True
    user.is_superuser = False
    user.save(update_fields=["is_staff", "is_superuser"])
    views = Permission.objects.filter(codename__startswith="view_", content_type__app_label__in=VIEWABLE_APPS)
    user.user_permissions.set(views)


class Command(BaseCommand):
    help = "Create a demo user, API token and persona (idempotent) and print them; refused in production."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--username", default="demo")

    def handle(self, *args: Any, **options: Any) -> None:
        if settings.PRODUCTION:
            raise CommandError("The demo user exists only outside production (DJANGO_ENV=production).")
        user, created = get_user_model().objects.get_or_create(username=options["username"])
        password = demo_password(user, created=created)
        grant_demo_role(user)
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
        self.stdout.write(f"DEMO_PASSWORD={password}")
        self.stdout.write(f"DEMO_PASSWORD_FILE={password_file()}")
        self.stdout.write(f"DEMO_TOKEN={token.key}")
        self.stdout.write(f"DEMO_PERSONA_ID={persona.pk}")
