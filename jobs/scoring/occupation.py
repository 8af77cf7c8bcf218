"""Whose work a role was: an occupation (sales, teaching) is evidenced by the roles whose title holds it.

An analyst's "analysed store sales to meet sales demand" or a developer's "taught a workshop" names an
occupation the writer did not hold; a role titled "Sales Manager" or "Kindergarten Teacher" did. So, for a
criterion about an occupation, the lines of other roles count for less and their years not at all.
A title some PDFs glue together ("ClassroomTeacher") is read both as written and split at lower->Upper.
Years in an occupation ask more of the title than its lines do: only a title naming the occupation's phrase
("Office Manager", "Administrative Assistant") dates years in it; one shared word ("Home Healthcare
Assistant") or a title close in meaning still lets the role's lines count in full, but dates no years.
"""

from __future__ import annotations

import re

from jobs.scoring import title_lines
from jobs.scoring.profile import CvProfile, Unit, stems

_FIRST_LINES = 2
_TITLE_WORDS = 10  # a longer line describes the work
# "Role: Car dealership director." says it is the title wherever it stands in the role's lines (a CV whose
# one-year roles carry no range gathers them under the next dated one).
_LABELLED = re.compile(r"(?:role|position|job title|title|designation|post)\s*:", re.IGNORECASE)
TITLE_RELEVANT = 0.45  # a title line this relevant to the criterion (one of its words) holds the occupation
# Occupations whose roles do another's work as part of their own: a generalist HR role recruits, so an HR
# Advisor's "ran volume recruitment" is recruitment held, not a line about other people's work. Its years
# still count only from roles titled with the occupation itself (held_by_name).
_COVERED_BY = {"Recruiting": frozenset({"Human resources"})}


def titles(cv: CvProfile) -> dict[int, list[int]]:
    """The title lines of each dated role: the line that dates it, and its first two lines when short.

    The title is written just above its dates, on their line or just below them ("09/2013 to Current",
    then "Kindergarten Teacher, Company").
    """
    found: dict[int, list[int]] = {}
    seen: dict[int, int] = {}
    for position, unit in enumerate(cv.units):
        if unit.entry is None or unit.kind != "role":
            continue
        seen[unit.entry] = seen.get(unit.entry, 0) + 1
        short = len(unit.line.text.split()) <= _TITLE_WORDS or title_lines.titled_before_employer(
            unit.line.text, unit.line.is_list
        )
        first = short and seen[unit.entry] <= _FIRST_LINES
        if first or unit.line.text == cv.entries[unit.entry].quote or _labelled(unit.line.text):
            found.setdefault(unit.entry, []).append(position)
    return found


def _labelled(text: str) -> bool:
    return len(text.split()) <= _TITLE_WORDS and bool(_LABELLED.match(text))


def held(job: frozenset[str], cv: CvProfile, relevance: list[float]) -> frozenset[int] | None:
    """The roles whose title names the occupation; None when the criterion is about no occupation."""
    if not job:
        return None
    return frozenset(
        entry
        for entry, positions in titles(cv).items()
        if any(_holds(job, cv.units[p], relevance[p]) for p in positions)
    )


def held_by_name(job: frozenset[str], cv: CvProfile) -> frozenset[int] | None:
    """The roles whose title names the occupation's own phrase: those whose years count in it.

    A recruiter counts "2+ years as an office administrator" from roles titled so, not from a "Home
    Healthcare Assistant" that shares one word with the criterion; None when it is about no occupation.
    """
    if not job:
        return None
    return frozenset(
        entry for entry, positions in titles(cv).items() if any(_names(job, cv.units[p]) for p in positions)
    )


def _holds(job: frozenset[str], unit: Unit, relevance: float) -> bool:
    # A glued title ("ClassroomTeacher") is in unit.skills already: the profile reads it split too.
    covering = frozenset().union(*(_COVERED_BY.get(name, frozenset()) for name in job))
    return _names(job | covering, unit) or relevance >= TITLE_RELEVANT


def _names(job: frozenset[str], unit: Unit) -> bool:
    return bool(job & (unit.skills | unit.implied))


def name_stems(job: frozenset[str]) -> frozenset[str]:
    """The occupation's own words ("sale" of Sales, "teach" of Teaching)."""
    return frozenset().union(*(stems(name) for name in job))


def unheld(unit: Unit, roles: frozenset[int] | None, cv: CvProfile) -> bool:
    """Whether a line is of a role that did not hold the occupation (or, when none did, outside the roles).

    A line outside the roles (summary, education) claiming an occupation none of the dated roles held
    ("TEFL/ESL teacher" atop a developer's career) is read like a line of a role that did not hold it.
    """
    if roles is None:
        return False
    if unit.kind == "role":
        return unit.entry is not None and unit.entry not in roles
    return not roles and bool(cv.entries)
