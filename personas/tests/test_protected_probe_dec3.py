"""Phrasings from the dec3 probe that the rules missed, and the lookalikes of the rules they gave that must
still pass (personas/protected*.py).

Judged a selection: "EU citizens only" and "born outside the UK" (nationality and national origin; the lawful
form is the right to work, which passes); "reserved for men" and "only open to heterosexual applicants"
(a post kept for one group). Judged to pass: a club or a programme the hire runs for young people, and
junior colleagues the hire mentors; "not colour blind" is left alone, colour vision being a genuine
requirement of some work (electricians).
"""

import pytest

from personas.protected import find_protected_selection


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We'd love someone aged roughly 25", ["aged roughly 25"]),
        ("Position reserved for men", ["reserved for men"]),
        ("Only open to heterosexual applicants", ["only open to heterosexual"]),
        ("Candidates need to identify as a woman", ["need to identify as a woman"]),
        ("Sikh applicants will be preferred", ["sikh applicants will be preferred"]),
        ("No practising Muslims", ["no practising muslims"]),
        ("Must not be blind or deaf", ["must not be blind"]),
        ("Not appropriate for pregnant women", ["not appropriate for pregnant women"]),
        (
            "Candidates born outside the UK will not be considered",
            ["candidates born outside the uk will not be considered"],
        ),
        ("Applicants over 40 should look elsewhere", ["applicants over 40 should look elsewhere"]),
        ("We don't employ foreigners", ["don't employ foreigners"]),
        ("Candidate must be a Jew", ["must be a jew"]),
        ("Females between 18 and 25 only", ["females between 18 and 25"]),
    ],
)
def test_a_dec3_probe_selection_is_found_and_quoted(text: str, words: list[str]) -> None:
    assert find_protected_selection(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Role restricted to women with a driving licence",
        "Limited to men.",
        "We never hire pregnant women",
        "Anyone born abroad will be rejected",
        "Women please do not apply",
        "No openly gay applicants",
        "Must not be in a wheelchair",
        "Candidates aged about 30",
        "We recruit and train young engineers",
        "Hiring for our Young Talent programme",
        "V\u0430c\u0430ncy r\u0435served for m\u0435n",  # Cyrillic a and e
        "\uff52\uff45\uff53\uff45\uff52\uff56\uff45\uff44 \uff46\uff4f\uff52 \uff4d\uff45\uff4e",  # fullwidth
    ],
)
def test_a_dec3_rule_refuses_its_other_phrasings(text: str) -> None:
    assert find_protected_selection(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # The probe's one wrong refusal: a club the hire runs for young people.
        "Mentor the Young Engineers club at local schools",
        "Volunteer at the Young Farmers club",
        "Mentor young engineers in the team",
        "Mentor and develop young engineers",
        "Coaching younger developers",
        # Things kept or limited, not people.
        "Access limited to a single region",
        "Support restricted to older versions",
        "Parking reserved for disabled visitors",
        "Places limited to 20 participants",
        "Open to women and men alike",
        "Only available to British Airways staff",
        # Ages of the people served, given roughly.
        "Teaching children aged around 10 to 12",
        "Pupils aged about 14",
        # Refusals of things, a figure of speech and a genuine requirement.
        "We do not accept applications from agencies",
        "We cannot sponsor candidates from abroad",
        "Users should not apply the patch",
        "Older builds should look elsewhere for support",
        "You cannot be blind to risk",
        "Must not be colour blind",
        # The lawful form of a nationality condition.
        "Candidates must be eligible to work in the US without sponsorship",
        "Must have the right to work in the UK; we cannot sponsor visas",
    ],
)
def test_a_dec3_mention_passes(text: str) -> None:
    assert find_protected_selection(text) == []
