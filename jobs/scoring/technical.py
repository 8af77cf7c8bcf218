"""Hands-on technical work in IT: what a recruiter reads as "a technical background" in software or systems.

"A computer science or IT degree, or hands-on work in systems, infrastructure or software": a recruiter
hiring an IT project manager reads a former SQL developer, system administrator, network administrator or
helpdesk technician as having it, though none of their lines repeats the criterion's words. So a criterion
that asks for technical or hands-on work and names IT or software is also met by the concrete hands-on IT
skills below (any one of them). A bare "software" or "infrastructure" is not enough to ask it: "CorelDraw
software" is a tool, "infrastructure" may be civil works; the criterion must name IT, software or computing
beside a word of technical, hands-on work.
"""

from __future__ import annotations

import re

# The work itself: writing software, running servers, networks and databases, supporting IT users. Not DevOps:
# it is implied by "monitoring", which nurses do to patients.
HANDS_ON_IT = (
    "Software development",
    "Backend",
    "Frontend",
    "Databases",
    "Systems administration",
    "Networking",
    "IT support",
)
# "IT" and "ICT" only in capitals: folded, "it" is the pronoun.
_IT = re.compile(r"\b(?:IT|ICT)\b")
_COMPUTING = re.compile(
    r"\b(?:software|information technology|computing|computer|computers|programming|tech)\b", re.IGNORECASE
)
_HANDS_ON = re.compile(r"\b(?:technical|hands[- ]on|technology|background)\b", re.IGNORECASE)


def asks_hands_on_it(text: str) -> bool:
    """Whether a criterion asks for technical, hands-on work in IT or software."""
    names_it = _IT.search(text) is not None or _COMPUTING.search(text) is not None
    return names_it and _HANDS_ON.search(text) is not None


def hands_on_terms(text: str, named: set[str]) -> tuple[str, ...]:
    """Return the hands-on IT skills that evidence the criterion beside those it names (none if not asked)."""
    if not asks_hands_on_it(text):
        return ()
    return tuple(term for term in HANDS_ON_IT if term not in named)
