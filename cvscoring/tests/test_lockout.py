"""Login throttling: each password form locks after AXES_FAILURE_LIMIT wrong passwords; tokens unaffected."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from django.conf import settings
from django.test import Client, RequestFactory, override_settings
from rest_framework.test import APIClient

from cvscoring.lockout import client_ip
from cvscoring.tests.test_settings_guard import ROOT

pytestmark = pytest.mark.django_db

PASSWORD = "pw-for-tests-only"
PASSWORD_FORMS = ["/accounts/login/", "/admin/login/", "/api-auth/login/"]


@pytest.fixture
def staff(user: Any) -> Any:
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    return user


def attempt(client: Client, path: str, password: str, ip: str = "203.0.113.7") -> Any:
    return client.post(path, {"username": "alice", "password": password}, REMOTE_ADDR=ip)


def is_logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("path", PASSWORD_FORMS)
def test_wrong_passwords_lock_the_form_and_then_the_right_one_is_refused(staff: Any, path: str) -> None:
    client = Client()
    before_limit = [
        attempt(client, path, "wrong").status_code for _ in range(settings.AXES_FAILURE_LIMIT - 1)
    ]

    at_limit = attempt(client, path, "wrong")
    right_after = attempt(client, path, PASSWORD)

    assert settings.AXES_FAILURE_LIMIT == 5
    assert before_limit == [200, 200, 200, 200]
    for response in (at_limit, right_after):
        assert response.status_code == 429
        assert response["Retry-After"] == "900"
        assert b"Too many failed logins" in response.content
        assert b"Try again in 15 minutes" in response.content
    assert not is_logged_in(client)


def test_the_lockout_spans_the_forms_and_other_addresses_for_that_username(staff: Any) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "/accounts/login/", "wrong")

    elsewhere = attempt(Client(), "/admin/login/", PASSWORD, ip="198.51.100.9")

    assert elsewhere.status_code == 429
    assert not is_logged_in(client)


def test_the_locked_address_cannot_try_other_usernames(staff: Any, other_user: Any) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "/accounts/login/", "wrong")

    response = client.post(
        "/accounts/login/", {"username": "mallory", "password": PASSWORD}, REMOTE_ADDR="203.0.113.7"
    )

    assert response.status_code == 429
    assert not is_logged_in(client)


def test_a_right_password_before_the_limit_logs_in_and_resets_the_count(staff: Any) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "/accounts/login/", "wrong")

    logged_in = attempt(client, "/accounts/login/", PASSWORD)
    client.logout()
    again = [
        attempt(client, "/accounts/login/", "wrong").status_code
        for _ in range(settings.AXES_FAILURE_LIMIT - 1)
    ]

    assert logged_in.status_code == 302
    assert again == [200, 200, 200, 200]


def test_token_authenticated_api_calls_are_unaffected_by_a_lockout(staff: Any, api: APIClient) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(Client(), "/accounts/login/", "wrong", ip="127.0.0.1")

    response = api.get("/api/v1/personas/", REMOTE_ADDR="127.0.0.1")

    assert attempt(Client(), "/accounts/login/", PASSWORD, ip="127.0.0.1").status_code == 429
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "198.51.100.1", "10.0.0.2"),
        (1, "198.51.100.1", "198.51.100.1"),
        # The client wrote the left-most entry itself; only what our proxy appended counts.
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.9", "198.51.100.1"),
        (2, "198.51.100.1", "10.0.0.2"),
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(count: int, forwarded: str, expected: str) -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)

    with override_settings(TRUSTED_PROXY_COUNT=count):
        assert client_ip(request) == expected


def test_lockout_settings_come_from_the_environment() -> None:
    script = (
        "from cvscoring import settings as s; "
        "print(s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME.total_seconds(), s.AXES_LOCKOUT_PARAMETERS)"
    )
    env = {
        "AXES_FAILURE_LIMIT": "3",
        "AXES_COOLOFF_MINUTES": "2.5",
        "AXES_LOCKOUT_PARAMETERS": "username+ip_address, ip_address",
        "PATH": "/usr/bin:/bin",
    }

    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "3 150.0 [['username', 'ip_address'], 'ip_address']"
