"""The roles of a CV written in other languages than the one a criterion asks for by name.

"Wrote the code for key features" names no language; in a role whose stack line reads "React, TypeScript,
Node.js" it is TypeScript work. For a criterion asking for C++ by name, such a line shows another stack's
code (as "iOS apps in Swift" does for PHP: partial.in_another_language), however well its words ("code",
"memory", "performance") match the criterion's. A role that names no language at all is left as it was: its
lines may be about the language the CV names elsewhere.
"""

from __future__ import annotations

from collections.abc import Set

from jobs.scoring import partial
from jobs.scoring.profile import CvProfile, Unit


def other_stack_roles(cv: CvProfile, asked: Set[str]) -> frozenset[int]:
    """The entries (roles, projects) whose lines name languages, none of them one asked for."""
    if not asked:
        return frozenset()
    named: dict[int, set[str]] = {}
    for unit in cv.units:
        if unit.entry is not None:
            named.setdefault(unit.entry, set()).update(unit.skills | unit.implied)
    return frozenset(entry for entry, found in named.items() if partial.in_another_language(found, asked))


def in_other_stack(unit: Unit, others: frozenset[int]) -> bool:
    """Whether a line naming no language sits in a role written in another one."""
    # Against no language asked, "another language" is any language the line names.
    return unit.entry in others and not partial.in_another_language(unit.skills | unit.implied, ())
