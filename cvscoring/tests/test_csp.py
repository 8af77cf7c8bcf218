"""Content-Security-Policy on every page: same origin, inline code only with the response's nonce."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from cvscoring.tests.test_settings_guard import ROOT

pytestmark = pytest.mark.django_db

NONCE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")
STRICT = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]


def directives(response: Any) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part for part in (item.strip() for item in policy.split(";")) if part}


@pytest.fixture
def staff_browser(user: Any) -> Client:
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("path", "logged_in"),
    [
        ("/", True),
        ("/personas/new/", True),
        ("/admin/", True),
        ("/api/schema/swagger/", True),
        ("/api/v1/personas/", True),
        ("/accounts/login/", False),
        ("/admin/login/", False),
        ("/api-auth/login/", False),
    ],
)
def test_every_page_gets_the_strict_policy(staff_browser: Client, path: str, logged_in: bool) -> None:
    response = (staff_browser if logged_in else Client()).get(path)
    policy = directives(response)

    assert response.status_code == 200
    assert all(rule in policy.values() for rule in STRICT)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["script-src"].startswith("script-src 'self'")


def test_swagger_ui_inline_script_and_style_carry_the_responses_nonce(db: Any) -> None:
    response = Client().get("/api/schema/swagger/")
    page = response.content.decode()
    policy = directives(response)
    nonce = NONCE.search(policy["script-src"])
    inline = re.findall(r"<(script|style)( nonce=\"([^\"]*)\")?>", page)

    assert nonce is not None
    assert policy["style-src"] == f"style-src 'self' 'nonce-{nonce.group(1)}'"
    tagged = f' nonce="{nonce.group(1)}"'
    assert inline == [("style", tagged, nonce.group(1)), ("script", tagged, nonce.group(1))]
    # A fresh nonce on every response.
    assert (
        Client().get("/api/schema/swagger/")["Content-Security-Policy"] != response["Content-Security-Policy"]
    )


def test_only_django_rqs_dashboard_may_run_inline_script(staff_browser: Client) -> None:
    dashboard = directives(staff_browser.get("/admin/rq/"))
    admin = directives(staff_browser.get("/admin/"))

    assert dashboard["script-src"] == "script-src 'self' 'unsafe-inline'"
    assert admin["script-src"] == "script-src 'self'"
    assert admin["style-src"] == "style-src 'self' 'unsafe-inline'"


def test_our_templates_have_no_inline_code_without_a_nonce() -> None:
    inline_script = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*\bnonce=)[^>]*>")
    inline_style = re.compile(r"<style(?![^>]*\bnonce=)[^>]*>|\sstyle=\"")
    handler = re.compile(r"\son[a-z]+=\"", re.IGNORECASE)
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "templates").rglob("*.html"))
        if any(rule.search(path.read_text()) for rule in (inline_script, inline_style, handler))
    ]

    assert offenders == []
