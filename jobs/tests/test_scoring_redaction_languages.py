"""Blind-mode rules for Polish, Italian and Dutch details and births told in several languages."""

from __future__ import annotations

import pytest

from jobs.scoring.redaction_gate import case_folded
from jobs.scoring.redaction_languages import (
    DATE_RULES,
    FAMILY_RULES,
    LABEL_RULES,
    NATIONALITY_RULES,
    RELIGION_RULES,
    TITLE_RULES,
)
from jobs.tests.redacting import body, redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wiek: 41", "[age]"),
        ("P\u0142e\u0107: m\u0119\u017cczyzna", "[gender]"),
        ("PLEC: M", "[gender]"),
        ("Narodowo\u015b\u0107: ukrai\u0144ska", "[nationality]"),
        ("Wyznanie: prawos\u0142awne", "[religion]"),
        ("Jahrgang 1979", "[dob]"),
        ("Anno di nascita: 1985", "[dob]"),
    ],
)
def test_polish_italian_and_german_personal_labels_go(text: str, expected: str) -> None:
    assert body(f"Dane\n{text}\nSkills") == f"Dane\n{expected}\nSkills"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Personal: sposato, tre figli", "Personal: [family], [family]"),
        ("Personal: \u017conaty, troje dzieci", "Personal: [family], [family]"),
        ("Personal: zam\u0119\u017cna, jedno dziecko", "Personal: [family], [family]"),
        ("Personal: gehuwd, drie kinderen", "Personal: [family], [family]"),
        ("Personal: celibe", "Personal: [family]"),
    ],
)
def test_marital_status_and_children_in_italian_polish_and_dutch_go(text: str, expected: str) -> None:
    assert body(text) == expected


def test_children_counted_in_a_sentence_of_work_stay_when_a_criterion_names_them() -> None:
    assert "due figli" in redacted("Babysitter: assistenza a due figli dopo la scuola.", keep=("figli",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N\u00e9e en f\u00e9vrier 1990 \u00e0 Nantes, je", "[dob], je"),
        ("Nato il 4/5/1987 a Bari.", "[dob]."),
        ("Urodzona 3 marca 1992 r. w Poznaniu.", "[dob]."),
        ("Nacido en 1985.", "[dob]."),
        ("geboren 1988 in Kiel.", "[dob]."),
    ],
)
def test_a_birth_with_its_year_in_other_languages_goes_with_its_town(text: str, expected: str) -> None:
    assert body(text) == expected


@pytest.mark.parametrize(
    "text", ["NATO 2019 summit logistics", "Nata Sorensen led the 2019 audit", "coordinator 2019"]
)
def test_a_word_like_born_without_a_birth_stays(text: str) -> None:
    assert body(text) == text


def test_an_age_alone_between_separators_goes_but_a_duration_in_a_sentence_stays() -> None:
    assert body("41 jaar \u00b7 Rotterdam-based") == "[age] \u00b7 Rotterdam-based"
    assert body("Profiel \u00b7 38 anni") == "Profiel \u00b7 [age]"
    kept = "Verpleegkundige met 10 jaar ervaring; 15 ans d'exp\u00e9rience en audit"
    assert body(kept) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Indefinite leave to remain (ILR) since 2020",
        "Pre-settled status",
        "Poolse nationaliteit",
        "cittadinanza rumena",
        "obywatelstwo polskie",
    ],
)
def test_immigration_status_and_unlabelled_nationality_go(text: str) -> None:
    assert "[nationality]" in body(text)
    assert not any(word in body(text).lower() for word in ("leave", "settled", "pools", "rumena", "polskie"))


def test_right_to_work_stays() -> None:
    assert body("Full right to work in the UK; no sponsorship needed.") == (
        "Full right to work in the UK; no sponsorship needed."
    )


@pytest.mark.parametrize(
    "word", ["rzymskokatolickie", "katolicka", "prawos\u0142awny", "cattolica", "cat\u00f3lico", "musulmana"]
)
def test_faith_adjectives_of_other_languages_go(word: str) -> None:
    assert body(f"Hobbies: {word}.") == "Hobbies: [religion]."


@pytest.mark.parametrize("title", ["Dott.ssa", "Sig.ra", "Sig.", "D\u00f1a.", "Pani", "Pan"])
def test_a_title_of_another_language_before_the_name_goes(title: str) -> None:
    text = redacted(f"{title} Zofia Wr\u00f3bel-Kania\nAccountant\nzofia.wrobel@example.pl")
    assert text.split("\n")[0] in ("[gender] [name]", "[name]")


def test_pan_as_a_surname_stays_part_of_the_name() -> None:
    assert redacted("Pan Wei\nData Engineer\npan.wei@example.cn").split("\n")[0] == "[name]"


def test_every_gate_fragment_is_lower_case_and_folds_as_ignorecase_does() -> None:
    rules = (*LABEL_RULES, *FAMILY_RULES, *DATE_RULES, *NATIONALITY_RULES, *RELIGION_RULES, *TITLE_RULES)
    for rule in rules:
        assert isinstance(rule.gate, tuple) and rule.gate
        # A non-ASCII letter (the "ł" of "płeć") is fine when its capital lowers back to it, as re.I reads it.
        assert all(case_folded(fragment.upper()) == fragment for fragment in rule.gate if "[" not in fragment)
