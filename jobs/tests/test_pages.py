from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from jobs.tests.factories import make_job
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

PASSWORD = "pw-for-tests-only"


@pytest.fixture
def browser(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "path", ["/", "/personas/new/", f"/personas/{uuid.uuid4()}/", f"/jobs/{uuid.uuid4()}/"]
)
def test_pages_send_anonymous_visitors_to_the_login_page(path: str) -> None:
    response = Client().get(path)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={path}"


def test_login_page_logs_in_and_lands_on_home(user: Any) -> None:
    client = Client()

    page = client.get("/accounts/login/")
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})

    assert page.status_code == 200
    assert b'<label for="id_username">Username</label>' in page.content
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_login_page_says_when_the_password_is_wrong(user: Any) -> None:
    response = Client().post("/accounts/login/", {"username": "alice", "password": "wrong"})

    assert response.status_code == 200
    assert b"Your username and password didn't match." in response.content


def test_logout_is_a_post_that_returns_to_login(browser: Client) -> None:
    response = browser.post("/accounts/logout/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert browser.get("/").status_code == 302


def test_home_page_is_a_shell_for_the_api_script(browser: Client) -> None:
    response = browser.get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<body data-page="home">' in html
    assert 'src="/static/cvscoring/app.js"' in html
    assert '<meta name="csrf-token" content="' in html
    assert 'data-max-files="50"' in html
    assert '<label for="persona-select">Persona</label>' in html
    assert '<label for="file-input"' in html
    assert "csrftoken" in response.cookies


def test_job_page_shows_the_callers_job(browser: Client, user: Any) -> None:
    job = make_job(user, name="Backend <script>alert(1)</script>")

    response = browser.get(f"/jobs/{job.pk}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<body data-page="job">' in html
    assert f'data-status-url="/api/v1/jobs/{job.pk}/status"' in html
    assert f'href="/api/v1/jobs/{job.pk}/results.csv"' in html
    assert "<h1>Backend &lt;script&gt;alert(1)&lt;/script&gt;</h1>" in html
    assert "<script>alert(1)</script>" not in html


def test_job_page_of_another_users_job_is_not_found(browser: Client, other_user: Any) -> None:
    job = make_job(other_user)

    assert browser.get(f"/jobs/{job.pk}/").status_code == 404


def test_job_page_of_an_unknown_job_is_not_found(browser: Client) -> None:
    assert browser.get(f"/jobs/{uuid.uuid4()}/").status_code == 404
    assert browser.get("/jobs/not-a-uuid/").status_code == 404


def test_persona_editor_for_a_new_persona(browser: Client) -> None:
    response = browser.get("/personas/new/")

    assert response.status_code == 200
    html = response.content.decode()
    assert '<body data-page="persona">' in html
    assert 'data-persona-id=""' in html
    assert '<button id="add-criterion" type="button"' in html
    assert 'id="delete-persona"' not in html


def test_persona_editor_for_the_callers_persona(browser: Client, user: Any) -> None:
    persona = make_persona(owner=user)

    response = browser.get(f"/personas/{persona.pk}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-persona-id="{persona.pk}"' in html
    assert 'id="delete-persona"' in html


def test_persona_editor_for_another_users_persona_is_not_found(browser: Client, other_user: Any) -> None:
    persona = make_persona(owner=other_user)

    assert browser.get(f"/personas/{persona.pk}/").status_code == 404


def test_session_login_reaches_the_json_api_with_the_csrf_token(user: Any) -> None:
    """The page's script uses the API with the session cookie; a write without the CSRF token is refused."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    token = client.get("/").cookies["csrftoken"].value
    body = {"name": "Data", "role_title": "Data engineer", "criteria": [{"name": "SQL", "weight": 2}]}

    refused = client.post("/api/v1/personas/", body, content_type="application/json")
    created = client.post("/api/v1/personas/", body, content_type="application/json", HTTP_X_CSRFTOKEN=token)

    assert refused.status_code == 403
    assert created.status_code == 201
    assert created.json()["criteria"] == [
        {"name": "SQL", "description": "", "weight": 2.0, "required": False}
    ]
    assert client.get("/api/v1/jobs/my-jobs").status_code == 200


def test_static_script_never_writes_html() -> None:
    script = (Path(__file__).resolve().parents[2] / "static" / "cvscoring" / "app.js").read_text()

    assert "innerHTML" not in script
    assert "insertAdjacentHTML" not in script
    assert "document.write" not in script
