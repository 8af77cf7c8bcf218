"""Reading settings from the environment: typed getters, the deployment mode, and the secret-key check.

Shared by cvscoring.settings and the settings_* modules it pulls in, so each reads the environment alike.
"""

from __future__ import annotations

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CVSCORING_VAR_DIR", BASE_DIR / "var"))

DEFAULT_SECRET_KEY = "insecure-local-development-key-change-me"
# Words in the placeholder keys this repository ships (settings, .env.example, docker-compose.yml,
# Dockerfile): a key containing one was copied from here, so it is public.
PLACEHOLDER_SECRET_WORDS = ("insecure", "change-me", "not-a-secret", "collectstatic", "example")


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value not in (None, "") else default


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def is_weak_secret(key: str) -> bool:
    """Tell whether a key is one Django's deploy check flags (short, repetitive) or a placeholder of ours."""
    lowered = key.lower()
    placeholder = any(word in lowered for word in PLACEHOLDER_SECRET_WORDS)
    return len(key) < 50 or len(set(key)) < 5 or lowered.startswith("django-insecure-") or placeholder


# DJANGO_ENV=production turns on the start-up refusals in cvscoring.settings; everything else is development.
DJANGO_ENV = env_str("DJANGO_ENV", "development")
PRODUCTION = DJANGO_ENV == "production"
