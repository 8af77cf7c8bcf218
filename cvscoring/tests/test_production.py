"""Production settings: clean `check --deploy`, HTTPS only (probes exempt), JSON-only API, no public key."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import Any

import pytest
from rest_framework.test import APIClient

from cvscoring.tests.test_settings_guard import ROOT, SAFE, import_settings

HOST = "cvscoring.example.com"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8"
# Requests made inside a production-configured process; no database or Redis is touched on these paths.
# Static files are named plainly: hashed names need `collectstatic`, which the image runs at build.
PROBE = f"""
import json, django
django.setup()
from django.conf import settings
from django.test import Client, override_settings
plain = {{"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
override_settings(STORAGES={{**settings.STORAGES, "staticfiles": plain}}).enable()
client = Client(HTTP_HOST="{HOST}")
login_http = client.get("/accounts/login/")
login_https = client.get("/accounts/login/", secure=True)
forwarded = client.get("/accounts/login/", HTTP_X_FORWARDED_PROTO="https")
api = client.get("/api/v1/personas/", secure=True, HTTP_ACCEPT="{BROWSER_ACCEPT}")
print(json.dumps({{
    "login_http": [login_http.status_code, login_http.get("Location")],
    "healthz": client.get("/healthz").status_code,
    "readyz_redirected": client.get("/readyz").status_code == 301,
    "hsts": login_https.get("Strict-Transport-Security"),
    "csp": "Content-Security-Policy" in login_https,
    "forwarded": forwarded.status_code,
    "proxy_header": getattr(settings, "SECURE_PROXY_SSL_HEADER", None),
    "api": [api.status_code, api["Content-Type"]],
}}))
"""


def production(*args: str, **overrides: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key not in SAFE}
    env.update({**SAFE, **overrides, "DJANGO_SETTINGS_MODULE": "cvscoring.settings"})
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )


def test_check_deploy_reports_nothing_under_the_production_environment() -> None:
    result = production("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert result.stdout == "System check identified no issues (1 silenced).\n"


def test_check_deploy_still_warns_when_an_operator_turns_https_off() -> None:
    env = {**os.environ, **SAFE, "SECURE_SSL_REDIRECT": "0", "SECURE_HSTS_SECONDS": "0"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert "security.W004" in result.stderr
    assert "security.W008" in result.stderr


def test_production_redirects_to_https_answers_probes_and_serves_the_api_as_json_only() -> None:
    facts = json.loads(production("-c", PROBE).stdout)

    assert facts == {
        "login_http": [301, f"https://{HOST}/accounts/login/"],
        "healthz": 200,
        "readyz_redirected": False,
        "hsts": "max-age=31536000; includeSubDomains",
        "csp": True,
        # X-Forwarded-Proto is not trusted unless SECURE_PROXY_SSL_HEADER names it.
        "forwarded": 301,
        "proxy_header": None,
        "api": [401, "application/json"],
    }


@pytest.mark.parametrize("configured", ["X-Forwarded-Proto", "HTTP_X_FORWARDED_PROTO"])
def test_the_proxy_ssl_header_is_trusted_only_when_configured(configured: str) -> None:
    facts = json.loads(production("-c", PROBE, SECURE_PROXY_SSL_HEADER=configured).stdout)

    assert facts["proxy_header"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert facts["forwarded"] == 200


@pytest.mark.django_db
def test_the_browsable_api_is_served_outside_production_only() -> None:
    response = APIClient().get("/api/v1/personas/", HTTP_ACCEPT=BROWSER_ACCEPT)

    assert response.status_code == 401
    assert response["Content-Type"] == "text/html; charset=utf-8"


def compose_secret_key() -> str:
    text = (ROOT / "docker-compose.yml").read_text()
    match = re.search(r"^\s*SECRET_KEY:\s*(\S.*)$", text, re.MULTILINE)
    assert match is not None
    return match.group(1)


def test_compose_has_no_default_secret_key_and_its_former_one_is_refused() -> None:
    refused = import_settings(SECRET_KEY="compose-local-only-not-a-secret-0123456789abcdef")

    assert compose_secret_key().startswith("${SECRET_KEY:?")
    assert refused.returncode != 0
    assert "Set SECRET_KEY" in refused.stderr


def test_the_demo_user_is_refused_in_production(tmp_path: Any) -> None:
    env = {**os.environ, **SAFE, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    env["CVSCORING_VAR_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "manage.py", "demo_setup"], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert result.returncode == 1
    assert "The demo user exists only outside production" in result.stderr
    assert not (tmp_path / "demo-password").exists()
