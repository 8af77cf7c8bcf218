"""Selecting by a stand-in for a protected attribute: "ideally in your twenties", "no hijabs", "accent-free".

These name no attribute, yet each picks candidates by one: an age bracket by decade, religious dress and
hair that tells faith or ethnicity, an accent or a birthplace for national origin, a clean bill of health
for disability, plans for a family for sex and family status. Left alone on purpose, as lawful in many
places or tied to the work: "recent graduate" roles, "max 5 years since graduation", a physical task
("can lift 25 kg"), "clean-shaven" for a respirator's fit and beards near food (a beard net is the
answer there, but the rule is not the attribute), "physically fit". Runs on text already folded
by `protected.normalise` (lower case, no accents, numbers written out turned into digits). Pure: no Django.
"""

from __future__ import annotations

import re

_DECADE = r"(?:twenties|thirties|forties|fifties|[2-5]0s|20's|30's)"
_AGE_BRACKET = (
    # "ideally in your twenties", "must be in their 30s", "early thirties preferred"; "students in their
    # twenties" describes the people served, not the hire.
    rf"\bin your (?:early|mid|late)?[ -]?{_DECADE}\b"
    rf"|\b(?:be|are|is|ideally|preferably|candidates?|applicants?|someone|hires?) in (?:their|his|her|the)"
    rf" (?:early|mid|late)?[ -]?{_DECADE}\b"
    rf"|\b(?:early|mid|late)[ -]{_DECADE} (?:preferred|only|wanted|required|candidates?|applicants?)\b"
)
_DRESS = (
    # Religious dress and hair said to be unwelcome: faith, and for hair, ethnicity.
    r"\bno (?:hijabs?|headscarf|headscarves|head ?coverings?|turbans?|kippahs?|yarmulkes?|niqabs?|burqas?"
    r"|religious (?:dress|symbols?|clothing)|dreadlocks|dreads|locs|afros?|braids|cornrows)\b"
    r"|\b(?:ethnic|afro|natural) hair(?:styles?)? (?:not (?:permitted|allowed|accepted)|prohibited)\b"
)
_ORIGIN = (
    r"\b(?:no|without an?|free of|free from) (?:foreign |strong |regional |heavy )?accents?\b"
    r"|\baccent[- ]free\b|\bnative[- ]born\b|\blocally[- ]born\b"
    r"|\b\w+-born (?:candidates?|applicants?|people|staff|only|citizens?)\b"
)
_HEALTH = (
    r"\bno (?:history of )?(?:health|medical|mental health|chronic) (?:conditions?|problems?|issues?"
    r"|illness(?:es)?)\b|\bno history of (?:mental )?illness\b|\bclean bill of health\b|\bperfect health\b"
)
_FAMILY = (
    r"\bno (?:family|childcare|caring|care) (?:commitments|responsibilities|obligations)\b"
    r"|\b(?:no|not|without) (?:any )?(?:plans?|planning|intention) to (?:start|have) (?:a family|children"
    r"|kids)\b"
)
# "Young and dynamic" is already refused as "young" (protected.py).
PROXY = re.compile("|".join((_AGE_BRACKET, _DRESS, _ORIGIN, _HEALTH, _FAMILY)))


def selections(sentence: str) -> list[str]:
    """The proxy phrases in one normalised sentence."""
    return [match.group(0) for match in PROXY.finditer(sentence)]
