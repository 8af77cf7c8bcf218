"""Blind-mode rules for phrasings a probe of 29 planted CVs (3 December) found reaching the scorer."""

from __future__ import annotations

import pytest

from jobs.scoring.redaction import keep_words, redact_text


def _redacted(text: str, keep: tuple[str, ...] = ()) -> str:
    return redact_text(text, keep=keep_words(keep)).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| D.O.B | 09 Sep 1994 |", "| D.O.B | [dob] |"),
        ("| Sex | F |", "| Sex | [gender] |"),
        ("Date of Birth | 12 March 1990", "Date of Birth | [dob]"),
    ],
)
def test_a_value_in_a_table_cell_after_its_label_cell_goes(text: str, expected: str) -> None:
    assert _redacted(f"Summary\n{text}") == f"Summary\n{expected}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S/O Tariq Mehmood", "[family]"),
        ("D/O: Late Sh. Ram Prasad", "[family]"),
        ("W/O Mr. Anil Mehta", "[family]"),
        ("Daughter of Chief Emeka Obi", "[family]"),
    ],
)
def test_a_relation_and_the_relatives_name_go(text: str, expected: str) -> None:
    assert _redacted(f"Profile\n{text}") == f"Profile\n{expected}"


def test_a_fathers_name_under_the_header_is_not_taken_for_the_candidates() -> None:
    text = "CURRICULUM VITAE\nMuhammad Usman Tariq\nS/O Tariq Mehmood\nSkills: AutoCAD"
    assert _redacted(text) == "CURRICULUM VITAE\n[name]\n[family]\nSkills: AutoCAD"


def test_a_son_and_a_daughter_read_the_same_once_redacted() -> None:
    son = "Arjun Nair\nS/O Ramesh Nair\nSex : Male\nSkills: Go, Scala"
    daughter = "Priya Nair\nD/O Ramesh Nair\nSex : Female\nSkills: Go, Scala"
    assert _redacted(son) == _redacted(daughter) == "[name]\n[family]\n[gender]\nSkills: Go, Scala"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Domicile: Lahore", "[birthplace]"),
        ("LGA: Nnewi North", "[birthplace]"),
        ("Civilstånd: gift", "[family]"),
        ("Height/Weight: 160 cm / 55 kg", "[physical]"),
        ("Height & Weight: 5'9\" / 160 lbs", "[physical]"),
        ("Veteran (USMC)", "[military status]"),
        ("USAF veteran", "[military status]"),
        ("Hobbies: Sunday service, the pagoda", "Hobbies: [religion], the [religion]"),
    ],
)
def test_labels_and_words_first_met_in_the_probe_go(text: str, expected: str) -> None:
    assert _redacted(f"Profile\n{text}") == f"Profile\n{expected}"


def test_the_place_of_a_declaration_goes_but_a_prize_stays() -> None:
    text = "Declaration\nDate: 01/02/2024      Place: New Delhi\nPlace: Rohtak\nAwards\n1st Place: Hackathon"
    expected = (
        "Declaration\nDate: 01/02/2024      Place: [address]\nPlace: [address]\nAwards\n1st Place: Hackathon"
    )
    assert _redacted(text) == expected


def test_a_philippine_block_and_lot_address_goes_to_the_end_of_its_segment() -> None:
    text = "Contact\nBlk 5 Lot 12, Phase 2, Camella Homes, Bacoor, Cavite\nBrgy. San Isidro, Antipolo | Nurse"
    assert _redacted(text) == "Contact\n[address]\n[address]| Nurse"


def test_a_town_after_a_birth_date_goes_unless_it_is_a_skill() -> None:
    text = "Profile\nBorn: 1983, Zürich          Julia\nBorn 1980, Python.\nBorn 1975, Phoenix"
    assert _redacted(text, keep=("Phoenix framework",)) == (
        "Profile\n[dob]          Julia\n[dob], Python.\n[dob], Phoenix"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As a practising Muslim woman I bring", "As a practising [religion] [gender] I bring"),
        ("I am a 38-year-old man", "I am a [age] [gender]"),
        ("a proud Nigerian woman engineer", "a proud [nationality] [gender] engineer"),
    ],
)
def test_a_gender_word_beside_a_redacted_identity_goes(text: str, expected: str) -> None:
    assert _redacted(f"Profile\n{text}") == f"Profile\n{expected}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After my stroke I became a tester.", "After my [disability] I became a tester."),
        ("Since my chemo I work part-time.", "Since my [disability] I work part-time."),
        ("During my stroke unit placement I triaged.", "During my stroke unit placement I triaged."),
        ("After my treatment planning rotation.", "After my treatment planning rotation."),
    ],
)
def test_a_health_event_of_ones_own_goes_but_work_on_it_stays(text: str, expected: str) -> None:
    assert _redacted(f"Profile\n{text}") == f"Profile\n{expected}"


def test_skill_words_beside_the_new_rules_stay() -> None:
    text = (
        "Experience\nPayments engineer at Visa Inc; single sign-on with Passport.js.\n"
        "Fixed race conditions in Go; tuned height maps in Unity; blood bank app in Django.\n"
        "Migrated the parent company's billing to Rust. Place: remote\n"
        "Tools: Chef, Elm, Julia, Scala, Swift, React Native, Ruby; Nurse rostering."
    )
    assert _redacted(text, keep=("Chef", "Julia", "Nurse")) == text
