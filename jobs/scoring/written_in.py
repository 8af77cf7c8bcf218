"""Which language a CV is written in: a CV written in English shows written English, in part.

"Excellent written English" asked of a teacher whose CV lists no languages scored 0 and, being required,
sank her below unrelated CVs that list "English" under Languages. A recruiter reads the CV itself as a
writing sample: its own language is evidence of that language, though not of the level asked ("excellent",
"native" need more), so it earns a fixed part of the criterion, stated as such, and a line of the CV's own
prose is quoted as the sample. Told apart by the share of each language's commonest function words.
"""

from __future__ import annotations

import re
from collections import Counter

from jobs.scoring.profile import CvProfile
from jobs.scoring.strength import Finding, Scored

# Function words of each language the skills table names (its "lang" skills), none shared between two.
_FUNCTION_WORDS = {
    "English": "the and of to in for with on at by from is was are were this that have has which",
    "Spanish": "el la los las del y en con para por que es una un se al su sus como",
    "French": "le la les des et du en pour avec dans sur une un est au aux par qui que",
    "German": "der die das und mit für von zu den dem ist ein eine auf im bei als",
}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 12  # fewer function words than this say nothing reliable (CVs are terse)
_MIN_SHARE = 0.6  # the language's share of all function words found
WRITTEN = 0.6  # the CV as a writing sample: 6/10, never the level a criterion may ask ("excellent", "C2")
_PROSE = ("summary", "role", "project")
# A level that meets "excellent", "fluent" or "written" however the criterion words it.
_HIGH_LEVEL = re.compile(
    r"\b(?:native|mother[ -]?tongue|first language|bilingual|fluent|fluency|proficient|full professional"
    r"|advanced|c1|c2)\b",
    re.IGNORECASE,
)


def _owners() -> dict[str, str]:
    owners: dict[str, str] = {}
    for language, words in _FUNCTION_WORDS.items():
        for word in words.split():
            # A word two languages use ("la", "en", "que") decides nothing: it is dropped for both.
            owners[word] = "" if word in owners else language
    return {word: language for word, language in owners.items() if language}


_OWNER = _owners()


def language_of(text: str) -> str | None:
    """The language the text is mostly written in ("English", ...), or None when it cannot be told."""
    counts = Counter(_OWNER[w] for w in _WORD.findall(text.lower()) if w in _OWNER)
    total = sum(counts.values())
    if total < _MIN_WORDS:
        return None
    language, found = counts.most_common(1)[0]
    return language if found / total >= _MIN_SHARE else None


def states_a_high_level(units: Scored, languages: tuple[str, ...]) -> bool:
    """Whether a line of the evidence gives a language asked a high level ("English (native)", "C2").

    Only a line naming such a language and not rating it low itself: "English (C2), German (A2)" gives
    German no high level, and "English (native)" none to German.
    """
    asked = set(languages)
    return any(
        _HIGH_LEVEL.search(unit.line.text)
        and asked & unit.skills
        and not asked & unit.skills <= unit.low_skills
        for _, unit in units
    )


def written(name_terms: tuple[str, ...], cv: CvProfile) -> Finding | None:
    """The CV's own language as evidence of a language the criterion asks for, with a prose line quoted."""
    language = language_of("\n".join(unit.line.text for unit in cv.units))
    prose = [unit for unit in cv.units if unit.kind in _PROSE and unit.quote]
    if language not in name_terms or not prose:
        return None
    sample = max(prose, key=lambda unit: len(unit.quote))
    return Finding(WRITTEN, [(WRITTEN, sample)], f"the CV itself is written in {language}")
