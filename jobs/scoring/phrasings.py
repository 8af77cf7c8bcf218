"""Skills written as a phrase with words in between, which the token-by-token synonym table cannot list.

"Managing the in-house development team", "led our UK and US teams", "supervised 12 staff": a verb of
managing, up to four words, then the people managed. The table lists fixed phrases ("managed a team"); a
recruiter reads these as people management too. The verb must come before the people ("team managed the
release" is no management), and a sentence or clause boundary stops the gap, so "managed the budget. Teams
..." is not read as one phrase.
"""

from __future__ import annotations

import re

_VERB = (
    r"manag(?:e|ed|es|ing)|led|lead(?:s|ing)?|head(?:ed|ing|s)?|supervis(?:e|ed|es|ing)|direct(?:ed|ing|s)?"
    r"|oversaw|oversee(?:s|ing)?|coach(?:ed|es|ing)?|built and led|grew and led"
)
_PEOPLE = (
    r"teams?|staff|engineers|developers|employees|people|analysts|technicians|nurses|agents"
    r"|consultants|designers|assistants|administrators|workers|personnel|associates|representatives|crew"
)
# Words between verb and people: no sentence or clause punctuation, no second verb of the kind ("led to").
_GAP = r"(?:[\w'&+/-]+,?\s+){0,4}?"
# Some PDFs lose the space after a word ("Development Teamto offer"): a short function word glued to the
# people still ends the phrase.
_GLUED_TAIL = r"(?:to|of|in|and|for|with|that|who|at|on|from)?"
_MANAGES_PEOPLE = re.compile(rf"\b(?:{_VERB})\s+(?!to\b){_GAP}(?:{_PEOPLE}){_GLUED_TAIL}\b")

# Not "reports": "managed the monthly reports" is no management of people ("direct reports" is in the table).
PHRASES: tuple[tuple[re.Pattern[str], str], ...] = ((_MANAGES_PEOPLE, "Leadership"),)


def phrase_skills(folded: str) -> set[str]:
    """Return the skills the folded text names by a phrase with words in between."""
    return {name for pattern, name in PHRASES if pattern.search(folded)}
