"""Blind-mode rules for layouts and phrasings first met on the unseen CVs (jobs/tests/blind_cvs.py)."""

from __future__ import annotations

import pytest

from jobs.scoring.redaction import redact_text


def _redacted(text: str, keep: tuple[str, ...] = ()) -> str:
    return redact_text(text, keep=keep).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nationality\nBritish\nProfile", "Nationality\n[nationality]\nProfile"),
        ("Date of birth\n12/03/1990", "Date of birth\n[dob]"),
        ("Marital status:\nMarried", "Marital status:\n[family]"),
        ("Religion\nChurch of England", "Religion\n[religion]"),
        ("Gender\nFemale", "Gender\n[gender]"),
        ("Place of birth\nKraków", "Place of birth\n[birthplace]"),
        ("Children\nTwo", "Children\n[family]"),
    ],
)
def test_a_value_on_the_line_under_its_label_goes(text: str, expected: str) -> None:
    assert _redacted(text) == expected


def test_the_line_under_a_label_stays_when_it_is_a_heading_or_prose() -> None:
    text = (
        "Nationality\nExperience\n2019 - 2024  Nurse, City Hospital\n"
        "Children\nI ran the ward's play sessions and supported anxious patients through procedures daily."
    )
    assert _redacted(text) == text


def test_a_postcode_line_under_a_redacted_street_goes() -> None:
    text = "Contact\n22 Lindenallee\nLindenallee 22\n80331 München\n1015 CJ Amsterdam\nSkills"
    assert _redacted(text) == "Contact\n22 Lindenallee\n[address]\n[address]\n[address]\nSkills"


def test_a_town_and_its_code_after_a_street_go() -> None:
    assert _redacted("Home: 12 Long Street, Cape Town 8001") == "Home: [address]"


@pytest.mark.parametrize(
    "text",
    [
        "I am 47 and keen to learn.",
        "I'm 52.",
        "Aged thirty-four, I retrained.",
        "34 years of age.",
        "Age - 29.",
    ],
)
def test_an_age_said_without_a_label_goes(text: str) -> None:
    assert "[age]" in _redacted(text)
    assert not any(char.isdigit() for char in _redacted(text))


def test_a_duration_after_i_am_is_not_an_age() -> None:
    text = "I am 10 years into nursing; I am 95% on target."
    assert _redacted(text) == text


def test_a_birthplace_joined_to_born_goes() -> None:
    assert _redacted("A Lagos-born engineer.") == "A [birthplace] engineer."


def test_a_phone_in_the_left_column_of_a_flattened_table_goes_and_the_dates_beside_it_stay() -> None:
    line = "+49 221 9876 5432                2016 - 2019  Test Analyst, Domblick Software"
    assert _redacted(line) == "[phone]                2016 - 2019  Test Analyst, Domblick Software"


def test_an_inline_referee_takes_its_line_only() -> None:
    text = "References: Dr. Anne Lee, Head of Facilities, Mercy Hospital\nHolds an OSHA 30 card.\nSkills"
    assert _redacted(text) == "\nHolds an OSHA 30 card.\nSkills"


def test_a_referees_heading_alone_still_takes_its_section() -> None:
    assert _redacted("Referees:\nAnne Lee, Mercy Hospital\nSkills\nExcel") == "\n\nSkills\nExcel"


@pytest.mark.parametrize(
    "header",
    ["Whitaker, Rosalind M.", "Mrs Rosalind Whitaker", "Herr Rosalind Whitaker", "Sra. Rosalind Whitaker"],
)
def test_a_header_name_with_a_title_or_surname_first_is_the_candidates_everywhere(header: str) -> None:
    text = f"{header}\nAccountant\nSummary\nClients trust Whitaker; Rosalind closes the books."
    assert _redacted(text) == "[name]\nAccountant\nSummary\nClients trust [name]; [name] closes the books."


def test_a_town_and_county_in_the_header_are_not_a_name_written_surname_first() -> None:
    text = "Anna Nowak\nLeeds, Yorkshire\nSummary\nAudit senior at Leeds Audit Partners."
    assert _redacted(text) == "[name]\n[address]\nSummary\nAudit senior at Leeds Audit Partners."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mevr. Sanne Bakker, HR", "[name], HR"),
        ("Dhr. Pieter Bakker, HR", "[name], HR"),
        ("Mrs. J. Smith, Ward Sister", "[name], Ward Sister"),
    ],
)
def test_other_gendered_titles_go_with_the_name(text: str, expected: str) -> None:
    assert _redacted(f"Nurse\n{text}") == f"Nurse\n{expected}"


def test_a_family_word_a_criterion_needs_stays() -> None:
    text = "Midwife: antenatal and pregnancy care. Pregnant since May."
    assert _redacted(text) == "Midwife: antenatal and [family] care. [family] since May."
    assert (
        _redacted(text, keep=("pregnancy",)) == "Midwife: antenatal and pregnancy care. [family] since May."
    )


def test_a_parents_group_tells_of_family() -> None:
    assert _redacted("Mothers' Union treasurer; parents' group.") == "[family] treasurer; [family]."


def test_moving_from_one_skill_to_another_is_not_an_origin() -> None:
    text = "Moved from Java to Kotlin in 2020; moved from Nigeria in 2015. Born and raised in Seville."
    assert _redacted(text) == "Moved from Java to Kotlin in 2020; [nationality] in 2015. [nationality]."


def test_a_gendered_title_that_is_a_criterions_tool_stays() -> None:
    text = "API testing with Postman; a salesman before."
    assert _redacted(text, keep=("postman",)) == "API testing with Postman; a salesperson before."


def test_a_value_beside_its_label_across_a_table_gap_goes() -> None:
    text = (
        "Date of birth        03/08/1995\nMarital status       Single\nHealth\tType 1 diabetic\nSkills    SQL"
    )
    # The label stays and its value goes, as on the other rows.
    expected = (
        "Date of birth        [dob]\nMarital status       [family]\nHealth\t[disability]\nSkills    SQL"
    )
    assert _redacted(text) == expected


def test_an_age_after_a_gender_goes() -> None:
    assert _redacted("Nurse\nMale, 34, non-smoker") == "Nurse\n[gender], [age], non-smoker"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Home: 14 George St, Sydney NSW 2000", "Home: [address]"),
        ("PIN - 560001", "[address]"),
        ("Postcode: 2000", "[address]"),
    ],
)
def test_postal_codes_by_label_or_australian_state_go(text: str, expected: str) -> None:
    assert _redacted(text) == expected


def test_grandparents_stammers_and_mixed_pronoun_declarations_go() -> None:
    text = "Nurse\nA grandmother (she/they) with a stammer."
    assert _redacted(text) == "Nurse\nA [family] with a [disability]."
