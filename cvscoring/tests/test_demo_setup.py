"""The demo user: random password kept in VAR_DIR (0600) and printed every run; staff, never superuser."""

from __future__ import annotations

import io
import stat
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings

from cvscoring import launcher

pytestmark = pytest.mark.django_db


def demo_setup(var: Path) -> dict[str, str]:
    out = io.StringIO()
    with override_settings(VAR_DIR=var):
        call_command("demo_setup", stdout=out)
    return dict(line.split("=", 1) for line in out.getvalue().split())


def test_first_run_makes_a_random_password_kept_private_and_prints_it(tmp_path: Path) -> None:
    printed = demo_setup(tmp_path)
    kept = tmp_path / "demo-password"
    user = get_user_model().objects.get(username="demo")

    assert printed["DEMO_PASSWORD_FILE"] == str(kept)
    assert kept.read_text() == printed["DEMO_PASSWORD"] + "\n"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert len(printed["DEMO_PASSWORD"]) == 24
    assert printed["DEMO_PASSWORD"] != "demo-password"
    assert user.check_password(printed["DEMO_PASSWORD"])
    assert (user.is_staff, user.is_superuser) == (True, False)
    assert user.has_perm("jobs.view_job")
    assert not user.has_perm("jobs.change_job")
    assert not user.has_perm("auth.view_user")


def test_later_runs_print_the_same_password_without_changing_it(tmp_path: Path) -> None:
    first = demo_setup(tmp_path)
    second = demo_setup(tmp_path)

    assert second == first
    assert get_user_model().objects.get(username="demo").check_password(first["DEMO_PASSWORD"])


def test_two_installs_get_different_passwords(tmp_path: Path) -> None:
    first = demo_setup(tmp_path / "one")
    get_user_model().objects.filter(username="demo").delete()

    assert demo_setup(tmp_path / "two")["DEMO_PASSWORD"] != first["DEMO_PASSWORD"]


def test_an_old_superuser_demo_with_the_published_password_is_rotated_and_demoted(tmp_path: Path) -> None:
    get_user_model().objects.create_superuser("demo", "demo@example.com", "demo-password")

    printed = demo_setup(tmp_path)
    user: Any = get_user_model().objects.get(username="demo")

    assert not user.check_password("demo-password")
    assert user.check_password(printed["DEMO_PASSWORD"])
    assert user.is_superuser is False


def test_a_new_database_reuses_the_kept_password(tmp_path: Path) -> None:
    first = demo_setup(tmp_path)
    get_user_model().objects.filter(username="demo").delete()

    again = demo_setup(tmp_path)

    assert again["DEMO_PASSWORD"] == first["DEMO_PASSWORD"]
    assert get_user_model().objects.get(username="demo").check_password(first["DEMO_PASSWORD"])


def test_the_run_command_prints_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    launcher._print_howto(
        8000, {"DEMO_USER": "demo", "DEMO_PASSWORD": "s3cr3t", "DEMO_PASSWORD_FILE": "/v/p"}
    )

    assert "  password:    s3cr3t  (kept in /v/p)\n" in capsys.readouterr().out
