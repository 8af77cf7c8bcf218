"""Preferred items of a requirements list ("would be beneficial", "Nice to have: X") are not required."""

from __future__ import annotations

from personas.advert_sections import Kind, items
from personas.draft import draft_offline
from personas.draft_names import criterion_name

ADVERT = """Office Administrator

Requirements:
- Two years of office experience
- Microsoft Office (Excel, Word, Outlook)
- A driving licence would be beneficial
- Knowledge of Sage is an asset
- Ideally, experience with payroll
- Spanish would be nice
- Nice to have: bookkeeping
- Excellent written English
- A friendly and helpful manner with visitors
"""


def _kinds(text: str) -> dict[str, Kind]:
    return {item.text: item.kind for item in items(text)}


def test_items_worded_as_preferred_in_a_requirements_list_are_nice_to_have() -> None:
    kinds = _kinds(ADVERT)
    assert kinds["A driving licence would be beneficial"] == Kind.NICE
    assert kinds["Knowledge of Sage is an asset"] == Kind.NICE
    assert kinds["Ideally, experience with payroll"] == Kind.NICE
    assert kinds["Spanish would be nice"] == Kind.NICE


def test_a_nice_to_have_label_on_one_bullet_does_not_turn_the_rest_of_the_list_optional() -> None:
    kinds = _kinds(ADVERT)
    assert kinds["bookkeeping"] == Kind.NICE
    assert kinds["Excellent written English"] == Kind.MUST


def test_everyday_words_that_only_resemble_a_preference_stay_required() -> None:
    assert _kinds(ADVERT)["A friendly and helpful manner with visitors"] == Kind.MUST
    assert _kinds("Requirements:\n- Asset management experience\n- Welcome visitors at reception\n") == {
        "Asset management experience": Kind.MUST,
        "Welcome visitors at reception": Kind.MUST,
    }


def test_a_nice_to_have_heading_on_its_own_line_still_opens_a_section() -> None:
    kinds = _kinds("Requirements:\n- Python\n\nNice to have:\n- Docker\n- Kubernetes\n")
    assert (kinds["Python"], kinds["Docker"], kinds["Kubernetes"]) == (Kind.MUST, Kind.NICE, Kind.NICE)


def test_the_draft_marks_preferred_items_not_required_and_names_them_without_the_cue() -> None:
    required = {c["name"]: c["required"] for c in draft_offline(ADVERT).criteria}
    assert required["Driving licence"] is False
    assert required["Sage"] is False
    assert required["Spanish"] is False
    assert required["Written English"] is True


def test_a_preference_or_exposure_opening_a_requirement_is_left_out_of_its_name() -> None:
    assert criterion_name("Ideally, experience with payroll") == "Payroll"
    assert criterion_name("Exposure to Terraform is desirable") == "Terraform"
