"""The webhook API: the caller's endpoint and secret, their delivery attempts, an upload's callback_url."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import override_settings
from rest_framework.test import APIClient

from candidates.models import CV, Candidate
from candidates.tests.factories import pdf_upload
from jobs.models import Job
from jobs.tests.factories import make_finished_job
from personas.tests.factories import make_persona
from webhooks.models import WebhookDelivery, WebhookEndpoint
from webhooks.services import notify_job_finished
from webhooks.tests.test_targets import fake_dns

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("media")]

ENDPOINT = "/api/v1/webhooks/endpoint"
UPLOAD = "/api/v1/candidate/upload-batch"


def test_the_endpoint_is_made_on_first_read_with_a_secret_and_no_url(api: APIClient, user: Any) -> None:
    response = api.get(ENDPOINT)

    assert response.status_code == 200
    body = response.json()
    assert body["url"] == ""
    assert body["secret"] == WebhookEndpoint.objects.get(user=user).secret
    assert body["secret"].startswith("whsec_")
    assert api.get(ENDPOINT).json()["secret"] == body["secret"]


def test_setting_a_public_url_keeps_the_secret(
    api: APIClient, user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = api.get(ENDPOINT).json()["secret"]
    fake_dns(monkeypatch, {"hooks.example.com": ["8.8.8.8"]})

    response = api.put(ENDPOINT, {"url": "https://hooks.example.com/cv"}, format="json")

    assert response.status_code == 200
    assert (response.json()["url"], response.json()["secret"]) == ("https://hooks.example.com/cv", secret)
    assert WebhookEndpoint.objects.get(user=user).url == "https://hooks.example.com/cv"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://127.0.0.1:8000/hook", "private_address"),
        ("http://[::1]/hook", "private_address"),
        ("http://169.254.169.254/latest", "private_address"),
        ("http://localhost/hook", "private_address"),
        ("ftp://example.com/hook", "invalid"),
        ("not a url", "invalid"),
    ],
)
def test_an_unsafe_endpoint_url_is_refused(api: APIClient, user: Any, url: str, code: str) -> None:
    response = api.put(ENDPOINT, {"url": url}, format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["fields"]["url"][0]["code"] == code
    assert WebhookEndpoint.objects.filter(user=user).exclude(url="").count() == 0


def test_a_refused_endpoint_url_does_not_reveal_what_its_host_resolved_to(
    api: APIClient, user: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, {"intranet.example.com": ["10.1.2.3"]})

    response = api.put(ENDPOINT, {"url": "https://intranet.example.com/hook"}, format="json")

    assert response.status_code == 400
    assert "10.1.2.3" not in response.content.decode()
    assert response.json()["error"]["fields"]["url"][0] == {
        "code": "private_address",
        "message": "The host resolves to an address inside the network; refused.",
    }


def test_rotating_the_secret_replaces_it(api: APIClient, user: Any) -> None:
    before = api.get(ENDPOINT).json()["secret"]

    response = api.post(f"{ENDPOINT}/rotate-secret")

    assert response.status_code == 200
    assert response.json()["secret"] != before
    assert WebhookEndpoint.objects.get(user=user).secret == response.json()["secret"]


def test_the_endpoint_needs_a_token() -> None:
    response = APIClient().get(ENDPOINT)

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


@override_settings(WEBHOOK_ALLOW_PRIVATE=True)
def test_deliveries_list_only_the_callers_attempts(api: APIClient, user: Any, other_user: Any) -> None:
    mine = notify_job_finished(make_finished_job(user=user, callback_url="http://127.0.0.1:9/a"))
    notify_job_finished(make_finished_job(user=other_user, callback_url="http://127.0.0.1:9/b"))
    assert mine is not None

    response = api.get("/api/v1/webhooks/deliveries")
    filtered = api.get(f"/api/v1/webhooks/deliveries?job_id={mine.job_id}")

    assert response.status_code == 200
    assert response.json()["count"] == 1
    [entry] = response.json()["results"]
    assert (entry["id"], entry["job_id"], entry["event"], entry["attempt"], entry["status"]) == (
        str(mine.pk),
        str(mine.job_id),
        "job.completed",
        1,
        "scheduled",
    )
    assert filtered.json()["count"] == 1
    assert api.get("/api/v1/webhooks/deliveries?job_id=nope").json()["error"]["code"] == "validation_error"


@override_settings(WEBHOOK_ALLOW_PRIVATE=True)
def test_an_upload_keeps_its_callback_url(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    response = api.post(
        UPLOAD,
        {
            "persona_id": str(persona.pk),
            "files": [pdf_upload("a.pdf")],
            "callback_url": "http://127.0.0.1:9/done",
        },
        format="multipart",
    )

    assert response.status_code == 202
    assert Job.objects.get(pk=response.json()["job_id"]).callback_url == "http://127.0.0.1:9/done"


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("http://127.0.0.1:9/done", "private_address"),
        ("http://[fd00::5]/done", "private_address"),
        ("http://10.0.0.5/done", "private_address"),
        ("gopher://8.8.8.8/done", "invalid"),
    ],
)
def test_an_upload_with_an_unsafe_callback_url_is_refused_and_creates_nothing(
    api: APIClient, user: Any, url: str, code: str
) -> None:
    persona = make_persona(owner=user)

    response = api.post(
        UPLOAD,
        {"persona_id": str(persona.pk), "files": [pdf_upload("a.pdf")], "callback_url": url},
        format="multipart",
    )

    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["fields"]["callback_url"][0]["code"]) == ("validation_error", code)
    assert Job.objects.count() == 0
    assert Candidate.objects.count() == 0
    assert CV.objects.count() == 0
    assert [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()] == []
    assert WebhookDelivery.objects.count() == 0
