"""The API refuses a persona that selects on a protected attribute in any field, unseen phrasings and
lookalike letters included, with a 400 naming the field and the words; a persona that only mentions one is
saved (personas/serializers.py, rubric.py, protected*.py)."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from personas.models import Persona
from personas.tests.factories import backend_criteria

pytestmark = pytest.mark.django_db


def persona_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Ward nurse",
        "role_title": "Staff Nurse",
        "description": "Adult medical ward",
        "min_years_experience": 2,
        "criteria": backend_criteria(),
    }
    body.update(overrides)
    return body


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("name", "Wo\u200dmen only", "'women only'"),
        ("role_title", "Receptionist, fr\u0435sh-faced", "'fresh-faced'"),
        ("description", "Busy shop floor. No wheelchair users.", "'no wheelchair users'"),
        ("description", "Tylko m\u0119\u017cczy\u017ani, wiek do 35 lat", "'tylko mezczyzni', 'wiek do 35'"),
        ("role_title", "Nurse (\uff46\uff45\uff4d\uff41\uff4c\uff45 preferred)", "'female preferred'"),
        ("description", "Religion: Hindu", "'religion: hindu'"),
        ("name", "Must not be pregnant", "'must not be pregnant'"),
        ("role_title", "Barmaid (part-time)", "'barmaid (part-time)'"),
        ("role_title", "Sachbearbeiter (m/w)", "'(m/w)'"),
        ("description", "Kellnerin gesucht", "'kellnerin gesucht'"),
        ("description", "Warehouse team. Must be fit.", "'must be fit'"),
    ],
)
def test_an_unseen_selection_in_a_text_field_is_refused_naming_the_field_and_the_words(
    api: APIClient, field: str, text: str, words: str
) -> None:
    response = api.post("/api/v1/personas/", persona_body(**{field: text}), format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], list(error["fields"])) == ("validation_error", [field])
    assert error["fields"][field][0]["code"] == "protected_attribute"
    assert error["fields"][field][0]["message"] == (
        f"{field} selects on a protected attribute ({words}); describe skills and experience instead."
    )
    assert Persona.objects.count() == 0


@pytest.mark.parametrize(
    ("criterion", "words"),
    [
        ({"name": "Culture fit", "description": "n o  w o m e n"}, "'no women'"),
        ({"name": "Marital status", "description": "Single"}, "'marital'"),
        ({"name": "Presence", "description": "Must be fair-skinned"}, "'must be fair-skinned'"),
        ({"name": "Faith", "description": "Practising Catholic", "weight": 5, "required": True}, "'faith'"),
        ({"name": "Languages", "description": "German mother tongue", "weight": 3}, "'mother tongue'"),
        (
            {"name": "Graduation", "description": "Graduated 2023 or later", "required": True},
            "'graduated 2023 or later'",
        ),
    ],
)
def test_an_unseen_selection_in_a_criterion_is_refused_naming_the_criterion_and_the_words(
    api: APIClient, criterion: dict[str, Any], words: str
) -> None:
    response = api.post("/api/v1/personas/", persona_body(criteria=[criterion]), format="json")

    assert response.status_code == 400
    assert response.json()["error"]["fields"]["criteria"] == [
        {
            "message": f"criteria[0] ('{criterion['name']}') selects on a protected attribute ({words});"
            " describe skills and experience instead.",
            "code": "protected_attribute",
        }
    ]
    assert Persona.objects.count() == 0


def test_a_persona_that_only_mentions_protected_attributes_is_saved(api: APIClient) -> None:
    body = persona_body(
        name="Paediatric nurse, maternity ward",
        role_title="Paediatric Nurse (children aged 2 to 12)",
        description="Women's health clinic experience welcome. Must hold a valid work permit and be"
        " available weekends. Physically demanding role: lifting 20 kg. We do not discriminate on the"
        " basis of religion, sex, national origin, age or disability.",
        criteria=[
            {"name": "Gender-neutral language", "description": "Writes patient leaflets in plain words"},
            {"name": "Aged care", "description": "Elderly care and caring for older people"},
            {"name": "Diversity and inclusion champion", "description": "Runs the ward's D&I forum"},
        ],
    )
    response = api.post("/api/v1/personas/", body, format="json")

    assert response.status_code == 201
    assert Persona.objects.count() == 1


def test_a_persona_with_lawful_titles_right_to_work_and_lookalikes_is_saved(api: APIClient) -> None:
    body = persona_body(
        name="Verkäufer (m/w/d)",
        role_title="Serveur / Serveuse (H/F)",
        description="Must have the right to work in the UK without sponsorship. Able to lift 20 kg. Join a"
        " young company building for the age of AI. English at native or near-native level.",
        criteria=[
            {"name": "Age of AI", "description": "Built products with LLMs", "weight": 5, "required": True},
            {"name": "Native mobile", "description": "Swift and Kotlin; React Native", "weight": 2},
            {"name": "Databases", "description": "Master/slave replication in MySQL", "weight": 1},
        ],
    )
    response = api.post("/api/v1/personas/", body, format="json")

    assert response.status_code == 201
    assert Persona.objects.count() == 1
