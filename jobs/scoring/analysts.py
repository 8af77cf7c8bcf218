"""An analyst's title names what is analysed, not the field worked in: "Marketing Analyst" is analytics.

A "Marketing Analyst", "Healthcare Analyst", "Business Analyst" or "Supply Chain Analyst" does analytics work
about that domain: a recruiter hiring a salesperson or a nurse does not read the title as sales or nursing
work, and one hiring a data analyst reads it as analytics. So the words before "analyst" place nowhere
(field.py) unless they make a field's own analyst phrase with it ("Financial Analyst", "IT Analyst",
"Systems Analyst", "Data Analyst" in field_table), and the title is placed in data. Only the singular
"analyst" is read so: "worked with analysts" names other people. Pure: no ORM.
"""

from __future__ import annotations

import re

from jobs.scoring import skills
from jobs.scoring.field_table import PHRASES

ANALYTICS = "data"
_ANALYST = re.compile(r"((?:\b[A-Za-z&/-]+\s+){0,3})analyst\b", re.IGNORECASE)
# Phrases ending in "analyst" that place in a field of their own ("financial analyst": finance).
_OWN = frozenset(
    tuple(skills.tokens(phrase))
    for phrases in PHRASES.values()
    for phrase in phrases
    if phrase.endswith("analyst")
)


def domain_free(text: str) -> tuple[str, bool]:
    """The text without what its analysts analyse, and whether it names an analyst of no field's own."""
    if "analyst" not in text.lower():
        return text, False  # most lines: the pattern would try its words at every position for nothing
    analytics = False

    def without_domain(match: re.Match[str]) -> str:
        nonlocal analytics
        words = match[1].split()
        for start in range(len(words)):
            phrase = " ".join([*words[start:], "analyst"])
            if tuple(skills.tokens(skills.fold(phrase))) in _OWN:  # "Financial Analyst" is a field's own
                return " ".join([*[" " * len(w) for w in words[:start]], phrase])
        analytics = True
        return "analyst"

    return _ANALYST.sub(without_domain, text), analytics
