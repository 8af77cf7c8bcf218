"""Selecting by a stand-in for a protected attribute (personas/protected_proxies.py); what still passes."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from personas.models import Persona
from personas.protected import find_protected_selection
from personas.tests.factories import backend_criteria


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Age by decade.
        ("Ideally in your twenties", ["in your twenties"]),
        ("Candidates in their 30s, please", ["candidates in their 30s"]),
        ("Early thirties preferred", ["early thirties preferred"]),
        # Faith and ethnicity by dress and hair.
        ("No hijabs or headscarves on the shop floor", ["no hijabs"]),
        ("No turbans", ["no turbans"]),
        ("Afro hairstyles not permitted", ["afro hairstyles not permitted"]),
        # National origin by accent and birthplace.
        ("Accent-free English on the phone", ["accent-free"]),
        ("No foreign accent", ["no foreign accent"]),
        ("British-born candidates", ["british-born candidates"]),
        ("Native-born staff", ["native-born"]),
        # Disability by health.
        ("Must have no health conditions", ["no health conditions"]),
        ("No history of mental illness", ["no history of mental illness"]),
        ("A clean bill of health", ["clean bill of health"]),
        # Sex and family status by plans for a family.
        ("No family commitments", ["no family commitments"]),
        ("No plans to start a family in the next two years", ["no plans to start a family"]),
        # Written with lookalike letters: the text is normalised first.
        ("N\u043e hij\u0430bs", ["no hijabs"]),
    ],
)
def test_proxies_for_protected_attributes_are_found_and_quoted(text: str, words: list[str]) -> None:
    assert find_protected_selection(text) == words


@pytest.mark.parametrize(
    "text",
    [
        # Lawful in many places, or tied to the task: left to the recruiter on purpose.
        "Recent graduate role; graduate scheme",
        "Max 5 years since graduation",
        "Must be clean-shaven for respirator face-fit testing",
        "Must be physically fit and able to lift 25 kg",
        "Must be fit to drive (DVLA Group 2); fit for work at heights; fit and proper (FCA)",
        "The class of 2010 alumni network",
        # Lookalikes of a refused practice, look, background or medication.
        "Must not fast-track approvals; do not pray on customers' fears",
        "Black background colour in the UI; must pass a white background check",
        "European look and feel for the site; must look professional",
        "No medication errors on the ward",
        "Single and married couples' mortgages",
        # The people served, not the hire.
        "Teaching students in their twenties; patients in their 80s",
        "Carers' support worker: helping carers balance family commitments and caring responsibilities",
        # Equal-opportunity statements.
        "We welcome applicants with or without a hijab, and regardless of accent or health conditions.",
        # Words of the job.
        "Airborne and waterborne diseases; born-digital archives",
        "Customer service with a clear, friendly phone manner",
        "Senior Data Engineer, React Native, cloud-native",
    ],
)
def test_what_proxies_leave_alone_passes(text: str) -> None:
    assert find_protected_selection(text) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("description", "Front-of-house role. No hijabs.", "'no hijabs'"),
        ("role_title", "Receptionist, ideally in your twenties", "'in your twenties'"),
    ],
)
def test_a_persona_selecting_by_a_proxy_is_refused_naming_the_field_and_the_words(
    api: APIClient, field: str, text: str, words: str
) -> None:
    body: dict[str, Any] = {
        "name": "Receptionist",
        "role_title": "Receptionist",
        "description": "Front desk",
        "min_years_experience": 1,
        "criteria": backend_criteria(),
        field: text,
    }
    response = api.post("/api/v1/personas/", body, format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["fields"][field][0]["code"] == "protected_attribute"
    assert error["fields"][field][0]["message"].startswith(
        f"{field} selects on a protected attribute ({words}"
    )
    assert Persona.objects.count() == 0


@pytest.mark.parametrize(
    "text",
    [
        "Graduates from 2022 onwards only",
        "Must have left school within the last 3 years",
        "Must be in top physical condition",
        "Must not be on antidepressants",
        "No applicants with ADHD",
        "Candidates must not be expecting a child",
        "Must not have plans to start a family",
    ],
)
def test_more_stand_ins_are_found(text: str) -> None:
    assert find_protected_selection(text) != []
