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
    # The floors of trades and shops: their people, and a shift named by its time ("a night shift of 30").
    r"|operatives|pickers|drivers|cooks|chefs|brigade|porters|electricians|apprentices|labou?rers|dispensers"
    r"|(?:night|day|morning|afternoon|evening|late|early|weekend|back)\s+shifts?"
)
# Words between verb and people: no sentence or clause punctuation, no second verb of the kind ("led to").
_GAP = r"(?:[\w'&+/-]+,?\s+){0,4}?"
# Some PDFs lose the space after a word ("Development Teamto offer"): a short function word glued to the
# people still ends the phrase.
_GLUED_TAIL = r"(?:to|of|in|and|for|with|that|who|at|on|from)?"
_MANAGES_PEOPLE = re.compile(rf"\b(?:{_VERB})\s+(?!to\b){_GAP}(?:{_PEOPLE}){_GLUED_TAIL}\b")

# A large language model trained or tuned ("fine-tuned an open LLM", "LLM fine-tuning") is NLP modelling; one
# only named is used, not built, and shows NLP in part (partial.py). Tried only on lines naming an LLM.
_LLM = r"(?:llms?|large language models?)"
_TUNES_AN_LLM = re.compile(
    rf"\b(?:fine-?tun\w*|pre-?train\w*|train\w*)\s+(?:[\w'&+/-]+\s+){{0,2}}?{_LLM}\b|\b{_LLM}\s+(?:fine-?tuning|pre-?training|training)\b"
)
# Business processes modelled, mapped, re-engineered or optimised, in words of the line's own ("optimisation
# and automation of business processes", "business process re-design"): a business analyst's process work,
# whether or not BPMN is named. Tried only on lines naming business processes.
_PROCESS_VERB = (
    r"(?:model|map|re-?engineer|redesign|re-design|optimi[sz]|automat|document|describ|analy[sz])\w*"
)
_MODELS_PROCESSES = re.compile(
    rf"\b{_PROCESS_VERB}\s+(?:[\w'&/-]+,?\s+){{0,4}}?business process(?:es)?\b"
    rf"|\bbusiness process(?:es)?\s+{_PROCESS_VERB}"
)
# "Communication with the customer", "worked with the client": the one customer a project is for, named with
# "the", is its stakeholder. Not "with customers": the public served over a counter or a phone line.
_WITH_THE_CLIENT = re.compile(
    r"\b(?:communicat|interact|liais|meet|workshop|negotiat|work|collaborat|coordinat|agree)\w*\s+(?:closely\s+|directly\s+)?with\s+the"
    r"\s+(?:customer|client)(?![\w-])"
)

# Not "reports": "managed the monthly reports" is no management of people ("direct reports" is in the table).
# Each phrase with the literal words a line must hold for its pattern to be tried at all ("" : any line).
PHRASES: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (_MANAGES_PEOPLE, "Leadership", ("",)),
    (_TUNES_AN_LLM, "NLP", ("llm", "language model")),
    (_MODELS_PROCESSES, "Process modelling", ("business process",)),
    (_WITH_THE_CLIENT, "Stakeholder management", ("with the customer", "with the client")),
)


def phrase_skills(folded: str) -> set[str]:
    """Return the skills the folded text names by a phrase with words in between."""
    return {
        name
        for pattern, name, literals in PHRASES
        if any(literal in folded for literal in literals) and pattern.search(folded)
    }


def people_led(folded: str) -> list[str]:
    """Whom the folded text says were led, the verb left out: "supervised warehouse operatives" -> "warehouse
    operatives" (the people and the word before them)."""
    return [" ".join(match.group(0).split()[1:][-2:]) for match in _MANAGES_PEOPLE.finditer(folded)]
