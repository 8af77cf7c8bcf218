"""A phrase a PDF wrapped over two lines is read across the break: "managed a team of" / "6 engineers".

Layouts wrap long bullets, so a phrase with words in between (phrasings.py) is often cut in two: the verb of
managing ends one line and the people managed open the next. A recruiter reads the bullet, not the line, so
the skill the two lines name together is given to the first (where the verb is). Only two lines of the same
place (one role, the summary) are read together, and only when the second goes on with the first: it opens
in lower case or with a number ("6 engineers"), never with a capital, which starts a bullet or a sentence,
unless the first ends inside a capitalised name ("the Java Development" / "Team").
"""

from __future__ import annotations

import dataclasses

from jobs.scoring import senses, skills
from jobs.scoring.phrasings import phrase_skills
from jobs.scoring.profile import CvProfile, Unit


def across_breaks(cv: CvProfile) -> CvProfile:
    """The CV with each phrase wrapped over two lines given to its first line."""
    units = list(cv.units)
    for position in range(len(units) - 1):
        found = _wrapped(units[position], units[position + 1])
        if found:
            units[position] = _with(units[position], found)
    if units == list(cv.units):
        return cv
    all_skills = frozenset().union(*(u.skills | u.implied for u in units))
    return dataclasses.replace(cv, units=tuple(units), all_skills=all_skills)


def _wrapped(first: Unit, second: Unit) -> set[str]:
    """Skills only the two lines read as one name: none when the second starts a bullet or a sentence."""
    opening = second.line.text[:1]
    goes_on = opening.islower() or opening.isdigit() or _name_runs_on(first.line.text)
    if first.kind != second.kind or first.entry != second.entry or not goes_on:
        return set()
    joined = skills.fold(f"{first.line.text} {second.line.text}")
    return phrase_skills(joined) - first.skills - second.skills


def _name_runs_on(text: str) -> bool:
    """Whether the line ends inside a capitalised name ("the in-house Java Development" / "Team"), unfinished.

    Two capitalised words and no punctuation at its end: the capital opening the next line goes on with the
    name; "managed the migration" ending a line in lower case leaves a capital next line a new bullet.
    """
    words = text.split()[-2:]
    return len(words) == 2 and all(w[:1].isupper() and w[-1].isalnum() for w in words)


def _with(unit: Unit, found: set[str]) -> Unit:
    direct = unit.skills | found
    implied = frozenset(skills.expand_line(set(direct), senses.calls_back_end(unit.line.text))) - direct
    return dataclasses.replace(unit, skills=direct, implied=implied)
