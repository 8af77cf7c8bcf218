"""POST /api/v1/personas/draft: an advert (pasted text, PDF, .docx, .txt) in, an unsaved persona out."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from rest_framework.test import APIClient

from candidates.tests.pdfgen import make_pdf
from jobs.tests.llm_standin import StandIn
from personas.models import Persona

pytestmark = pytest.mark.django_db

ADVERT = """Backend Engineer
We are looking for a backend engineer to build the APIs of our logistics platform.
Requirements:
- At least 4 years of experience with Python
- Strong knowledge of PostgreSQL
- Experience with Docker and Kubernetes
- Experience designing REST APIs
Nice to have:
- Experience with Kafka is a plus
- AWS experience preferred
"""
DISCRIMINATORY = """Sales Assistant
We are looking for a young and dynamic sales assistant to join our shop team.
Requirements:
- Aged 20-30 years old
- Native English speaker
- Recent graduate
- Female candidates only
- Experience in retail sales
- Excellent customer service skills
- Cash handling and stock control
- Experience with point of sale systems
"""
CV_TEXT = """Jane Example
Software Engineer
jane@example.com
PROFILE
I am a backend developer with six years of experience. I have built APIs in Python.
EXPERIENCE
Backend Developer, Acme Ltd, 2019 - present
Developer, Beta GmbH, 2016 - 2019
EDUCATION
BSc Computer Science, 2012 - 2016
SKILLS
Python, Django, PostgreSQL
"""
INVOICE_TEXT = """INVOICE
Invoice number: 2026-0042      Invoice date: 30 November 2026      Due date: 30 December 2026
Bill to: Example Corp, 1 Main Street
Description                 Qty   Unit price   Amount
Consulting services          10      100.00    1000.00
Subtotal 1000.00   VAT 20% 200.00   Total due 1200.00
Payment terms: 30 days
"""


def draft(api: APIClient, **kwargs: Any) -> Any:
    return api.post("/api/v1/personas/draft", **kwargs)


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def names(body: dict[str, Any]) -> list[str]:
    return [criterion["name"] for criterion in body["criteria"]]


def test_pasted_advert_yields_an_unsaved_persona_that_saves_unchanged(api: APIClient) -> None:
    response = draft(api, data={"text": ADVERT}, format="json")

    assert response.status_code == 200
    body = response.json()
    assert body["role_title"] == "Backend Engineer"
    assert body["name"] == "Backend Engineer"
    assert (
        body["description"]
        == "We are looking for a backend engineer to build the APIs of our logistics platform."
    )
    assert body["min_years_experience"] == 4
    assert body["language"] == "en"
    assert body["source"] == "offline"
    assert body["left_out"] == []
    assert 4 <= len(body["criteria"]) <= 8
    assert Persona.objects.count() == 0

    saved = api.post("/api/v1/personas/", body, format="json")

    assert saved.status_code == 201
    assert [c["name"] for c in saved.json()["criteria"]] == names(body)
    assert Persona.objects.count() == 1


def test_draft_marks_the_musts_required_and_the_nice_to_haves_not(api: APIClient) -> None:
    body = draft(api, data={"text": ADVERT}, format="json").json()

    by_name = {c["name"]: c for c in body["criteria"]}
    assert by_name["Python"]["required"] is True
    assert by_name["PostgreSQL"]["required"] is True
    assert by_name["Docker and Kubernetes"]["required"] is True
    assert by_name["Kafka"]["required"] is False
    assert by_name["Kafka"]["weight"] == 1
    assert by_name["AWS experience"]["required"] is False
    assert all(c["weight"] in (2, 3) for c in body["criteria"] if c["required"])
    assert by_name["PostgreSQL"]["description"] == (
        "Counts as evidence: roles, projects or qualifications on the CV that show "
        "Strong knowledge of PostgreSQL."
    )


def test_the_route_answers_with_and_without_the_trailing_slash(api: APIClient) -> None:
    with_slash = api.post("/api/v1/personas/draft/", {"text": ADVERT}, format="json")
    without = api.post("/api/v1/personas/draft", {"text": ADVERT}, format="json")

    assert with_slash.status_code == 200
    assert without.status_code == 200
    assert with_slash.json() == without.json()


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("advert.txt", ADVERT.encode()),
        ("advert-cp1252.txt", ADVERT.replace("Nice", "Nicé").encode("cp1252")),
        ("advert.pdf", make_pdf([ADVERT.splitlines()])),
        ("advert.docx", docx_bytes(ADVERT)),
    ],
)
def test_an_advert_file_is_read_in_every_supported_format(
    api: APIClient, filename: str, content: bytes
) -> None:
    response = draft(api, data={"file": SimpleUploadedFile(filename, content)}, format="multipart")

    assert response.status_code == 200
    body = response.json()
    assert body["role_title"] == "Backend Engineer"
    assert {"Python", "PostgreSQL", "Kafka"} <= set(names(body))


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ({"text": "   "}, "validation_error"),
        ({"text": "Hello, this is just a short note about lunch on Friday at noon, see you there then."},
         "not_a_job_advert"),
        ({"text": CV_TEXT}, "not_a_job_advert"),
        ({"text": INVOICE_TEXT}, "not_a_job_advert"),
        ({}, "validation_error"),
    ],
)  # fmt: skip
def test_text_that_is_not_an_advert_is_refused(api: APIClient, payload: dict[str, str], code: str) -> None:
    response = draft(api, data=payload, format="json")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == code
    assert Persona.objects.count() == 0


def zip_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a word file")
    return out.getvalue()


@pytest.mark.parametrize(
    ("filename", "content", "code"),
    [
        ("empty.txt", b"", "not_a_job_advert"),
        ("cv.txt", CV_TEXT.encode(), "not_a_job_advert"),
        ("cv.pdf", make_pdf([CV_TEXT.splitlines()]), "not_a_job_advert"),
        ("invoice.docx", docx_bytes(INVOICE_TEXT), "not_a_job_advert"),
        ("blank.pdf", make_pdf([[]]), "not_a_job_advert"),
        ("archive.zip", zip_bytes(), "unsupported_type"),
        ("fake.docx", zip_bytes(), "not_a_job_advert"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "unsupported_type"),
    ],
)
def test_a_file_that_is_not_an_advert_is_refused(
    api: APIClient, filename: str, content: bytes, code: str
) -> None:
    response = draft(api, data={"file": SimpleUploadedFile(filename, content)}, format="multipart")

    assert response.status_code == 400
    assert response.json()["error"]["code"] == code


def test_draft_needs_authentication() -> None:
    response = APIClient().post("/api/v1/personas/draft", {"text": ADVERT}, format="json")

    assert response.status_code == 401


def test_discriminatory_advert_yields_no_protected_criterion_and_says_what_it_dropped(api: APIClient) -> None:
    body = draft(api, data={"text": DISCRIMINATORY}, format="json").json()

    text = " ".join(f"{c['name']} {c['description']}" for c in body["criteria"]).lower()
    for phrase in ("young", "aged", "native", "graduate", "female"):
        assert phrase not in text
    assert "young" not in body["description"].lower()
    dropped = {item["text"]: item["reason"] for item in body["left_out"]}
    assert set(dropped) == {
        "We are looking for a young and dynamic sales assistant to join our shop team",
        "Aged 20-30 years old",
        "Native English speaker",
        "Recent graduate",
        "Female candidates only",
    }
    assert "age" in dropped["Aged 20-30 years old"]
    assert "native language" in dropped["Native English speaker"]
    assert "gender" in dropped["Female candidates only"]
    assert {"Retail sales", "Point of sale systems"} <= set(names(body))
    assert api.post("/api/v1/personas/", body, format="json").status_code == 201


# --- with an API key: Claude drafts, through the local stand-in ---------------------------------------


@pytest.fixture
def claude() -> Iterator[StandIn]:
    with (
        StandIn() as standin,
        override_settings(
            ANTHROPIC_API_KEY="test-key", ANTHROPIC_BASE_URL=standin.base_url, LLM_MAX_RETRIES=0
        ),
    ):
        yield standin


def test_with_an_api_key_claude_drafts_through_the_tool(api: APIClient, claude: StandIn) -> None:
    body = draft(api, data={"text": ADVERT}, format="json").json()

    assert body["source"] == "claude"
    assert names(body)[:4] == [
        "At least 4 years of experience with Python",
        "Strong knowledge of PostgreSQL",
        "Experience with Docker and Kubernetes",
        "Experience designing REST APIs",
    ]
    assert body["criteria"][4] == {
        "name": "Experience with Kafka is a plus",
        "description": "The CV shows: Experience with Kafka is a plus",
        "weight": 1,
        "required": False,
    }
    assert body["min_years_experience"] == 4
    request = claude.requests[0].body
    assert request["tool_choice"] == {
        "type": "tool",
        "name": "draft_persona",
        "disable_parallel_tool_use": True,
    }
    assert "<job_advert>\nBackend Engineer" in request["messages"][0]["content"]
    assert api.post("/api/v1/personas/", body, format="json").status_code == 201


def test_claude_criteria_on_protected_attributes_are_dropped_and_listed(
    api: APIClient, claude: StandIn
) -> None:
    body = draft(api, data={"text": DISCRIMINATORY}, format="json").json()

    assert body["source"] == "claude"
    assert names(body) == [
        "Experience in retail sales",
        "Excellent customer service skills",
        "Cash handling and stock control",
        "Experience with point of sale systems",
    ]
    assert [item["text"] for item in body["left_out"]] == [
        "Aged 20-30 years old",
        "Native English speaker",
        "Recent graduate",
        "Female candidates only",
        "We are looking for a young and dynamic sales assistant to join our shop team.",
    ]
    assert "young" not in body["description"]


@pytest.mark.parametrize("fault", ["server_error", "invalid_json", "refusal", "no_tool_use", "out_of_range"])
def test_any_claude_failure_falls_back_to_the_offline_draft(
    api: APIClient, claude: StandIn, fault: str
) -> None:
    claude.configure(faults=[fault])

    body = draft(api, data={"text": ADVERT}, format="json").json()

    assert body["source"] == "offline"
    assert {"Python", "PostgreSQL", "Kafka"} <= set(names(body))
    assert claude.calls == 1
