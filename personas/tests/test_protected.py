"""Selecting on a protected attribute, after Unicode normalisation (personas/protected.py)."""

import pytest

from personas.protected import find_protected_selection, normalise
from personas.rubric import find_protected_selection as reexported


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Only hire men under 30, native English speakers",
            ["only hire men", "under 30", "native english speakers"],
        ),
        ("Polish nationals only", ["polish nationals only"]),
        ("Young and energetic", ["young"]),
        ("An energetic young team player", ["young"]),
        ("Male candidates preferred", ["male candidates preferred"]),
        ("Must be under 35 years old.", ["under 35 years old", "35 years old"]),
        ("Candidates aged 25 to 35", ["aged 25"]),
        ("Applicants must be married", ["must be married"]),
        ("No women, no foreigners", ["no women", "no foreigners"]),
        ("Christian candidates only", ["christian candidates only"]),
        ("Must be a US citizen", ["must be a us citizen"]),
        ("U.S. citizens ONLY due to government requirement", ["u.s. citizens only"]),
        ("Born after 1990", ["born after 1990"]),
        ("Digital natives wanted", ["digital natives wanted", "digital natives"]),
        ("English mother tongue", ["mother tongue"]),
        ("Recent graduates only", ["recent graduates only"]),
        ("Applicants with no disabilities", ["no disabilities"]),
        ("Ideal candidate: male, 25-35", ["ideal candidate: male"]),
        ("Candidates over 50 need not apply", ["candidates over 50 need not apply"]),
        ("Only applicants under the age of 30", ["under the age of 30"]),
        ("Must hold a British passport", ["must hold a british passport"]),
        ("Must not have children", ["must not have children"]),
        ("Under-30s wanted", ["under-30s"]),
        ("Female nurse", ["female"]),
    ],
)
def test_selection_phrases_are_found_and_quoted(text: str, words: list[str]) -> None:
    assert find_protected_selection(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "under 30 years of \u0251ge",  # Latin alpha
        "\u043enly m\u0435n",  # Cyrillic o and e
        "\u03bfnly w\u03bfmen",  # Greek omicron
        "\uff35\uff2e\uff24\uff25\uff32 \uff13\uff10",  # full-width UNDER 30
        "un\u200bder 3O",  # zero-width space, letter O for zero
        "o n l y   m e n",  # letter-spaced
        "\u1d0f\u0274\u029f\u028f men",  # small capitals
        "Y0ung and f3male",  # digits for letters
        "N\u00e4tive English speaker",  # an accent
    ],
)
def test_lookalike_letters_and_tricks_do_not_hide_a_selection(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "We do not discriminate on the basis of religion, sex, national origin, age or disability.",
        "All qualified applicants will receive consideration without regard to race, color, religion, sex,"
        " sexual orientation, gender identity, national origin, disability or veteran status.",
        "We encourage women and older workers to apply.",
        "React Native developer for native iOS and Android apps",
        "Cloud-native and Kubernetes-native platforms",
        "Senior Backend Engineer",
        "A young company with a single point of contact and single sign-on",
        "Response times under 30 ms; over 5 years of experience; a team of over 20 engineers",
        "Native-level English, fluent German",
        "Experience supporting young people in care",
        "Must be eligible to work in the UK",
        "Women's health clinic experience; parental leave for parents",
        "Black-box and white-box testing; a black belt in SQL",
        "Must be a strong believer in TDD and a mature product thinker",
        "Male and female connectors; web3, i18n and b2b; caring for female patients",
    ],
)
def test_mentioning_is_not_selecting(text: str) -> None:
    assert find_protected_selection(text) == []


def test_normalise_folds_lookalikes_and_the_checker_is_exported_from_the_rubric() -> None:
    assert normalise("\u0421\u0430f\u00e9 \u0251ge \ufb01ne \u00ad 3O") == "cafe age fine 30"
    assert reexported is find_protected_selection
