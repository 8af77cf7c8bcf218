"""Blind mode on real CV layouts: personal data planted into corpus CVs, in varied places and conventions.

The synthetic set (blind_cvs.py) holds the data where we put it; real CVs have their own headers, sidebars
and flattened tables. Here invented personal details in German, French, Spanish, Indian and US conventions
are planted at the top, after the header, in the middle and at the end of the text of real corpus CVs (read
in place, never copied), and every value must be gone from what the scorer sees, while no skill is lost.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from candidates.pdf import ExtractionFailed, extract_in_this_process
from candidates.tests.corpus import require_corpus
from jobs.scoring.redaction import redact_text
from jobs.scoring.redaction_lines import drop_referees
from jobs.scoring.skills import find_skills
from jobs.tests.blind_cvs import plain, planted

pytestmark = pytest.mark.slow

# Four chunks each: the top of the CV, after its third line, its middle, its last line. All values invented.
PLANTS: dict[str, list[list[str]]] = {
    "de": [
        ["«n:Anna-Lena Schmidt»", "Persönliche Daten"],
        ["Geburtsdatum: «12.03.1985»", "Geburtsort: «Köln»", "Familienstand: «verheiratet, zwei Kinder»"],
        [
            "Staatsangehörigkeit: «österreichisch»",
            "Konfession: «römisch-katholisch»",
            "Anschrift: «Lindenweg 14, 50674 Köln»",
        ],
        ["«Köln», den 01.02.2024, «n:Anna-Lena Schmidt»"],
    ],
    "fr": [
        ["«Madame» «n:Claire Dubois», «née Martin»", "«claire.dubois@example.fr»"],
        [
            "«Née le 3 mai 1990 à Lyon»",
            "Nationalité : «française»",
            "Situation familiale : «mariée, 2 enfants»",
        ],
        ["Adresse : «12 rue des Lilas, 69003 Lyon»", "Âge : «33 ans»", "«Elle» a dirigé une équipe de cinq."],
        ["«Photo d'identité»"],
    ],
    "es": [
        ["«n:Lucía Fernández Ruiz»", "«lucia.fernandez@example.es»"],
        ["Fecha de nacimiento: «15/07/1988»", "Nacionalidad: «mexicana»", "Estado civil: «casada»"],
        ["Dirección: «Calle Mayor 23, 3º B, 28013 Madrid»", "DNI: «12345678Z»", "Edad: «34 años»"],
        ["«Madre de dos hijos»"],
    ],
    "in": [
        ["«n:Priyanka Sharma»", "Father's Name: «n:Rajesh Sharma»"],
        [
            "Date of Birth \u2013 «12th March 1985»",
            "Gender: «Female»",
            "Marital Status: «Married»",
            "Religion: «Hindu»",
        ],
        [
            "Nationality - «Indian»",
            "Passport No: «K1234567»",
            "Permanent Address: «Gandhi Nagar, Hyderabad - 500001»",
        ],
        ["Declaration: the above is true. «n:Priyanka Sharma»"],
    ],
    "us": [
        ["«n:Tyrone Jackson»", "«4417 Peachtree Road NE», «Atlanta, GA 30319» · «tjackson88@example.com»"],
        ["«He/him»", "«Age 41»", "«Born in 1983»", "Volunteer deacon at «Ebenezer Baptist Church»"],
        ["«Father of two»", "«U.S. Army veteran»", "President, «Black Engineers» Society"],
        ["Graduated from «Morehouse» College; «Single mother» of «three» nephews' choir"],
    ],
}


def _plant(text: str, chunks: list[list[str]]) -> str:
    lines = text.splitlines()
    places = [0, min(3, len(lines)), len(lines) // 2, len(lines)]
    for at, chunk in sorted(zip(places, chunks, strict=True), reverse=True):
        lines[at:at] = chunk
    return "\n".join(lines)


def _real_texts() -> list[tuple[str, str]]:
    # Template CVs and real people's CVs (more-cvs/, read in place): headers, sidebars, flattened columns.
    root = require_corpus()
    paths: list[Path] = [
        *sorted((root / "cvs").glob("*.pdf"))[::2],
        *sorted((root / "more-cvs").glob("*.pdf"))[::2],
    ]
    texts = []
    for path in paths:
        try:
            texts.append((path.name, extract_in_this_process(str(path), 30).text))
        except ExtractionFailed:
            continue  # the image-only CV
    return [(name, text) for name, text in texts if len(text.split()) > 100]


@pytest.fixture(scope="module")
def real_texts() -> list[tuple[str, str]]:
    return _real_texts()


def _present(value: str, text: str) -> bool:
    return re.search(rf"(?<![\w\[]){re.escape(value)}(?![\w\]])", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("convention", sorted(PLANTS))
def test_details_planted_into_real_layouts_are_all_removed_and_no_skill_is(
    convention: str, real_texts: list[tuple[str, str]]
) -> None:
    assert len(real_texts) >= 30
    leaked: dict[str, list[str]] = {}
    lost: dict[str, set[str]] = {}
    for name, original in real_texts:
        cv = _plant(original, PLANTS[convention])
        text = plain(cv)
        redacted = redact_text(text).text
        assert len(redacted.split("\n")) == len(text.split("\n"))
        values = [v for v in planted(cv) if not find_skills(v) and not _present(v, original)]
        if found := [value for value in values if _present(value, redacted)]:
            leaked[name] = found
        # A skill named only by a planted value ("österreichisch" is the German language) may go with it.
        planted_skills = find_skills(" ".join(planted(cv)))
        if missing := find_skills(drop_referees(text)[0]) - find_skills(redacted) - planted_skills:
            lost[name] = missing
    assert leaked == {}
    assert lost == {}
