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
    # Fixed for repeatable tests; shaped like secrets.token_urlsafe(50).
    "SECRET_KEY": "q7Vf2LmX9rT4wZ1bN8cK3yH6dJ0sP5gA-eU_oI2nR7tW4xY9zQ1",
    "ALLOWED_HOSTS": "cvscoring.example.com",
}


@pytest.fixture(autouse=True)
def _database_in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up may open the database: a file of this test's own, not one left behind in /tmp."""
    monkeypatch.setitem(SAFE, "DATABASE_URL", f"sqlite:///{tmp_path / 'settings-check.db'}")


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
        ({"SECRET_KEY": "x" * 60}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "django-insecure-" + "q7Vf2LmX9rT4wZ1bN8cK3yH6dJ0sP5gA-eU_oI2nR7"}, "Set SECRET_KEY"),
        # The placeholders this repository has shipped: docker-compose.yml's former default, the Dockerfile's.
        ({"SECRET_KEY": "compose-local-only-not-a-secret-0123456789abcdef-padded-to-60"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "collectstatic-only-000000000000000000000000000000000000"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": "change-me-to-a-long-random-string-change-me-to-a-long-random"}, "Set SECRET_KEY"),
        ({"ALLOWED_HOSTS": "*"}, "Set ALLOWED_HOSTS"),
        ({"ALLOWED_HOSTS": ""}, "Set ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_unsafe_settings(overrides: dict[str, str], message: str) -> None:
    result = import_settings(**overrides)

    assert result.returncode != 0
    assert message in result.stderr
