"""Selections said as a requirement of the person: a faith with an adjective, a nationality ending its clause,
a first language, a bare bracket of ages; and look-alikes that are a language, a place, a body or a unit."""

import pytest

from personas.protected import find_protected_selection


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Must be a practising Christian", "must be a practising christian"),
        ("Applicants should be devout Muslims", "should be devout muslims"),
        ("Must be Polish", "must be polish"),
        ("Candidates should be Indian or Pakistani.", "should be indian"),
        ("The hire must be English; fluent French a plus", "must be english"),
        ("English as a first language", "english as a first language"),
        ("First-language German speakers", "first-language german speakers"),
        ("Candidates must be 18-25", "must be 18-25"),
        ("Applicants should be between 25 and 35.", "should be between 25 and 35"),
    ],
)
def test_a_requirement_of_the_person_is_a_selection(text: str, phrase: str) -> None:
    assert phrase in find_protected_selection(text)


@pytest.mark.parametrize(
    "text",
    [
        "Must be UK-based",
        "Must be local to Leeds",
        "Must be local",
        "Must be English speaking",
        "Must be Polish-speaking",
        "Must be fluent in Polish",
        "Must be American Board certified",
        "Must be a British Council accredited teacher",
        "Must be a committed team player",
        "Must be a good communicator",
        "Teach English as a second language",
        "Team must be 10-15 people",
        "Shifts must be 10-12 hours",
        "Budget must be 20-30k",
        "The ratio must be 20-30%",
        "Scores must be 60-80 out of 100",
    ],
)
def test_a_language_place_body_or_unit_is_no_selection(text: str) -> None:
    assert find_protected_selection(text) == []
