"""Which licence a line names: the one a criterion spells out, another one, or colleagues holding it.

"Registered Nurse (RN)" is met by a line naming an RN licence, not by "Certified Nursing Assistant" (another
licence) nor by "worked with registered nurses" (the people around the writer).
"""

from __future__ import annotations

from jobs.scoring import skills
from jobs.scoring.criteria import CREDENTIAL, Need, acronyms
from jobs.scoring.profile import Unit


def other_credential(unit: Unit, wanted: Need) -> bool:
    """A line that names a credential, but not the one asked for (a nursing assistant's for an RN licence)."""
    folded = skills.fold(unit.line.text)
    if acronyms(unit.line.text) & wanted.named or any(name in folded for name in wanted.named if " " in name):
        return False
    return bool(CREDENTIAL.search(folded))


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
    folded = skills.fold(unit.line.text)
    named = acronyms(unit.line.text) & wanted.named or any(
        name in folded for name in wanted.named if " " in name
    )
    return bool(named) and not colleagues(unit, wanted)
