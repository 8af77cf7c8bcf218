"""Production settings refuse unsafe configurations at start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAFE = {
    "DJANGO_ENV": "production",
    "DEBUG": "0",
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "cvscoring.example.com",
    "DATABASE_URL": "sqlite:////tmp/cvscoring-settings-check.db",
}


def import_settings(**overrides: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in SAFE}
    env.update({**SAFE, **overrides, "DJANGO_SETTINGS_MODULE": "cvscoring.settings"})
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def test_production_starts_with_safe_settings() -> None:
    assert import_settings().returncode == 0


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"DEBUG": "1"}, "DEBUG must be off"),
        ({"SECRET_KEY": ""}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "insecure-local-development-key-change-me"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "short"}, "Set SECRET_KEY"),
        ({"ALLOWED_HOSTS": "*"}, "Set ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": ""}, "Set ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_unsafe_settings(overrides: dict[str, str], message: str) -> None:
    result = import_settings(**overrides)

    assert result.returncode != 0
    assert message in result.stderr
