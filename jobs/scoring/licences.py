"""Which licence a line names: the one a criterion spells out, another one, or colleagues holding it.

"Registered Nurse (RN)" is met by a line naming an RN licence, not by "Certified Nursing Assistant" (another
licence) nor by "worked with registered nurses" (the people around the writer).
"""

from __future__ import annotations

from jobs.scoring import skills
from jobs.scoring.criteria import CREDENTIAL, Need, acronyms
from jobs.scoring.profile import CvProfile, Unit, stem
from jobs.scoring.strength import is_title


def other_credential(unit: Unit, wanted: Need) -> bool:
    """A line that names a credential, but not the one asked for (a nursing assistant's for an RN licence)."""
    return not names_asked(unit, wanted) and bool(CREDENTIAL.search(skills.fold(unit.line.text)))


def colleagues(unit: Unit, wanted: Need) -> bool:
    """A line that names the licence asked for only in the plural names colleagues, not a licence held.

    One holds one licence: "coordinated care plans with doctors and registered nurses" is what a vocational
    nurse or an aide writes about the people around them.
    """
    folded = skills.fold(unit.line.text)
    plural = [name for name in wanted.named if " " in name and f"{name}s" in folded]
    if not plural:
        return False
    for name in plural:
        folded = folded.replace(f"{name}s", " ")
    return not (CREDENTIAL.search(folded) or acronyms(unit.line.text) & wanted.named)


def names_credential(unit: Unit, wanted: Need) -> bool:
    text = unit.line.text
    return bool(CREDENTIAL.search(skills.fold(text)) or acronyms(text) & wanted.keywords)


def names_the_one_asked(unit: Unit, wanted: Need) -> bool:
    """A line naming the credential a criterion spells out ("PGCE Primary with QTS" for "Qualified Teacher
    Status (QTS)"), not only colleagues who hold it: the credential itself, whatever its other words."""
    if wanted.home != "credential" or not wanted.named:
        return False
    return names_asked(unit, wanted) and not colleagues(unit, wanted)


# Words every licence shares: "Registered Nurse" and "Licensed Vocational Nurse" are of one trade by "nurse".
_ANY_LICENCE = frozenset(stem(w) for w in ("registered", "licensed", "certified", "chartered", "qualified"))


def another_of_its_kind(cv: CvProfile, wanted: Need) -> bool:
    """Whether the CV names another licence of the trade asked for and never the one asked.

    A "Licensed Vocational Nurse" whose roles are titled "Field Nurse" holds a nursing licence, not the RN
    licence: the titles are that licence's, not evidence of the one asked. A CV naming no licence of the trade
    (a staff nurse who never writes "RN") is not judged here.
    """
    if wanted.home != "credential" or not wanted.named:
        return False
    trade = {stem(w) for name in wanted.named if " " in name for w in name.split()} - _ANY_LICENCE
    if not trade:
        return False
    another = False
    for unit in cv.units:
        if names_the_one_asked(unit, wanted) and (unit.kind != "role" or is_title(unit, cv)):
            return False  # held: "worked under RN supervision" in a role's duties is not
        another = another or (bool(trade & unit.stems) and other_credential(unit, wanted))
    return another


def names_asked(unit: Unit, wanted: Need) -> bool:
    """A line naming the credential asked for by its acronym or its full name."""
    folded = skills.fold(unit.line.text)
    return bool(acronyms(unit.line.text) & wanted.named) or any(
        name in folded for name in wanted.named if " " in name
    )
