from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from personas.models import Persona
from personas.tests.factories import backend_criteria, make_persona

pytestmark = pytest.mark.django_db


def persona_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Backend engineer",
        "role_title": "Senior Backend Engineer",
        "description": "Python/Django",
        "min_years_experience": 4,
        "criteria": backend_criteria(),
    }
    body.update(overrides)
    return body


def test_create_persona_returns_it_with_a_rubric_version(api: APIClient, user: Any) -> None:
    response = api.post("/api/v1/personas/", persona_body(), format="json")

    assert response.status_code == 201
    data = response.json()
    assert data["name"] == "Backend engineer"
    assert data["blind"] is True
    assert data["rubric_version"].startswith("rb-")
    assert data["criteria"][0] == {
        "name": "Python",
        "description": "Production Python, ideally Django / DRF",
        "weight": 3.0,
        "required": True,
    }
    assert data["criteria"][2]["required"] is False
    assert Persona.objects.get(pk=data["id"]).owner == user


def test_criterion_weight_defaults_to_one(api: APIClient) -> None:
    response = api.post("/api/v1/personas/", persona_body(criteria=[{"name": "Python"}]), format="json")

    assert response.status_code == 201
    assert response.json()["criteria"] == [
        {"name": "Python", "description": "", "weight": 1.0, "required": False}
    ]


@pytest.mark.parametrize(
    ("criteria", "code"),
    [
        ([], "invalid_criteria"),
        ([{"name": "Python", "weight": 0}], "invalid_weight"),
        ([{"name": "Python", "weight": -2}], "invalid_weight"),
        ([{"name": "Python", "weight": "heavy"}], "invalid_weight"),
        ([{"name": ""}], "invalid_criterion"),
        ([{"name": "Python"}, {"name": "python"}], "duplicate_criterion"),
        ([{"name": "Python", "colour": "red"}], "invalid_criterion"),
        ([{"name": "Young and energetic"}], "protected_attribute"),
        ([{"name": "Culture fit", "description": "Native English speaker"}], "protected_attribute"),
        ([{"name": "Gender", "description": "male preferred"}], "protected_attribute"),
    ],
)
def test_invalid_criteria_are_refused_with_a_stable_code(api: APIClient, criteria: Any, code: str) -> None:
    response = api.post("/api/v1/personas/", persona_body(criteria=criteria), format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "validation_error"
    assert error["fields"]["criteria"][0]["code"] == code
    assert Persona.objects.count() == 0


def test_ordinary_engineering_terms_are_not_mistaken_for_protected_attributes(api: APIClient) -> None:
    criteria = [
        {"name": "Concurrency", "description": "Finds race conditions and fixes them"},
        {"name": "Management", "description": "Managed engineers; single sign-on projects"},
    ]
    response = api.post("/api/v1/personas/", persona_body(criteria=criteria), format="json")

    assert response.status_code == 201


def test_users_see_only_their_own_personas(
    api: APIClient, other_api: APIClient, user: Any, other_user: Any
) -> None:
    mine = make_persona(owner=user)
    theirs = make_persona(owner=other_user, name="Theirs")

    listed = api.get("/api/v1/personas/").json()
    assert [item["id"] for item in listed["results"]] == [str(mine.pk)]
    assert api.get(f"/api/v1/personas/{theirs.pk}/").status_code == 404
    assert api.patch(f"/api/v1/personas/{theirs.pk}/", {"name": "x"}, format="json").status_code == 404
    assert api.delete(f"/api/v1/personas/{theirs.pk}/").status_code == 404
    assert Persona.objects.filter(pk=theirs.pk, name="Theirs").exists()


def test_update_changes_the_rubric_version(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)
    before = persona.rubric_version

    response = api.patch(
        f"/api/v1/personas/{persona.pk}/", {"criteria": [{"name": "Go", "weight": 2}]}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["rubric_version"] != before


def test_delete_persona(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    assert api.delete(f"/api/v1/personas/{persona.pk}/").status_code == 204
    assert not Persona.objects.filter(pk=persona.pk).exists()


def test_unknown_or_malformed_persona_id_is_404(api: APIClient) -> None:
    assert api.get("/api/v1/personas/not-a-uuid/").status_code == 404
    assert (
        api.get("/api/v1/personas/6f1c0e9e-1111-4a4a-9b9b-123456789abc/").json()["error"]["code"]
        == "not_found"
    )


def test_personas_require_authentication(db: Any) -> None:
    response = APIClient().get("/api/v1/personas/")

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        (
            "description",
            "Only hire men under 30, native English speakers",
            "'only hire men', 'under 30', 'native",
        ),
        ("description", "Must be under 30 years of \u0251ge", "'under 30 years of age'"),
        ("role_title", "Young Sales Executive", "'young'"),
        ("name", "Polish nationals only", "'polish nationals only'"),
        ("role_title", "Entwickler (m/w/d), nur M\u00e4nn\u0435r", "'nur manner'"),
        ("description", "D\u00e9veloppeur. Candidats de moins de 3O ans.", "'candidats de moins de 30'"),
        ("description", "Backend engineer. m.e.n o.n.l.y", "'men only'"),
    ],
)
def test_a_persona_selecting_on_a_protected_attribute_in_any_text_field_is_refused(
    api: APIClient, field: str, text: str, words: str
) -> None:
    response = api.post("/api/v1/personas/", persona_body(**{field: text}), format="json")

    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], list(error["fields"])) == ("validation_error", [field])
    assert error["fields"][field][0]["code"] == "protected_attribute"
    assert error["fields"][field][0]["message"].startswith(
        f"{field} selects on a protected attribute ({words}"
    )
    assert Persona.objects.count() == 0


def test_a_criterion_selecting_in_its_description_is_refused_with_the_words(api: APIClient) -> None:
    criteria = [{"name": "Culture fit", "description": "Energetic, und\u0435r 30"}]
    response = api.post("/api/v1/personas/", persona_body(criteria=criteria), format="json")

    assert response.status_code == 400
    assert response.json()["error"]["fields"]["criteria"] == [
        {
            "message": "criteria[0] ('Culture fit') selects on a protected attribute ('under 30');"
            " describe skills and experience instead.",
            "code": "protected_attribute",
        }
    ]


def test_editing_a_persona_into_a_protected_selection_is_refused(api: APIClient, user: Any) -> None:
    persona = make_persona(owner=user)

    response = api.patch(f"/api/v1/personas/{persona.pk}/", {"description": "Women only"}, format="json")

    assert response.status_code == 400
    assert response.json()["error"]["fields"]["description"][0]["code"] == "protected_attribute"
    persona.refresh_from_db()
    assert persona.description != "Women only"


def test_mentioning_protected_attributes_is_not_selecting_on_them(api: APIClient) -> None:
    body = persona_body(
        name="Mobile team",
        role_title="Senior React Native Engineer",
        description="A young company building cloud-native apps. We do not discriminate on the basis of"
        " religion, sex, national origin, age or disability.",
        criteria=[{"name": "React Native", "description": "Native iOS and Android modules"}],
    )
    response = api.post("/api/v1/personas/", body, format="json")

    assert response.status_code == 201
    assert Persona.objects.count() == 1


def test_a_nul_character_in_criteria_is_a_400_not_a_server_error(api: APIClient) -> None:
    response = api.post("/api/v1/personas/", persona_body(criteria=[{"name": "Py\x00thon"}]), format="json")

    assert response.status_code == 400
    assert response.json()["error"]["fields"]["criteria"][0]["code"] == "invalid_criterion"
