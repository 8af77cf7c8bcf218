"""What a drafted persona must leave out of an advert: selection on protected attributes, and non-skills.

`find_protected_selection` is the one interface the drafter calls: the persona check
(`personas.rubric.find_protected_selection`, NFKC and lookalike letters folded) plus the selection phrases
adverts use that a persona rarely does ("recent graduate", an age range, Spanish wording), each named by the
attribute it selects on so the recruiter is told why a line was left out.
"""

from __future__ import annotations

import re

from personas.protected import normalise
from personas.rubric import find_protected_selection as persona_selections

# Adverts phrase selection in ways a rubric criterion rarely does; each names the attribute it selects on.
_ADVERT_PHRASES = {
    "age": r"\b(recent(ly)? grad(uate)?s?|graduated (with)?in the (last|past)|digital natives?|"
    r"\d\d ?(-|\u2013|to|a|y) ?\d\d (years old|years of age|a[nñ]os(?! de experiencia))|j[oó]ven(es)?|edad|"
    r"reci[eé]n (egresad|titulad|graduad)\w*|menor(es)? de \d\d|mayor(es)? de \d\d|aged? \d\d|"
    r"(between|from) \d\d (and|to) \d\d years old)\b",
    "gender": r"\b(sexo|g[eé]nero|hombres?|mujer(es)?|var[oó]n|femenin[oa]|masculin[oa]|(fe)?males?|"
    r"men|women|"
    r"chicos?|chicas?|girls?|boys?|guys?|ladies|gentlemen)\b",
    "nationality": r"\b(native[- ]level|mother tongue|native (english|spanish|french|german)|"
    r"(ingl[eé]s|espa[nñ]ol|idioma) nativo|hablantes? nativos?|nacionalidad|citizens?( only)?)\b",
    "appearance": r"\b(buena presencia|good appearance|presentable)\b",
    "marital_or_family_status": r"\b(estado civil|sin hijos|no children)\b",
}
_ADVERT_PATTERNS = {name: re.compile(p, re.IGNORECASE) for name, p in _ADVERT_PHRASES.items()}

# Equal-opportunity statements name protected attributes to say they are NOT selected on; the persona check
# allows them, so they may stay in a description (they never become criteria: they are not requirements).
_EQUAL_OPPORTUNITY = re.compile(
    r"equal (employment )?opportunit|regardless of|without regard to|reasonable accommodation|"
    r"protected (veteran|characteristic|categor|by law)|affirmative action|we celebrate diversity|"
    r"igualdad de oportunidades|sin distinci[oó]n|no discrimina",
    re.IGNORECASE,
)

# Conditions of the post, not skills a CV can show: kept out of criteria without comment.
_NOT_A_SKILL = re.compile(
    r"authori[sz](ed|ation) to work|eligibility to work|employment eligibility|verify identity|work visas?|"
    r"sponsor|relocat|willing to travel|able to travel|reg[ií]strate|click here|apply (now|today|here)|"
    r"^(no|yes|s[ií]|n/a)$|\bto apply\b|send (your|a) (cv|resume)|cover letter|we offer|ofrecemos|se ofrece|"
    r"overlap (at least )?\d|hours a day|on-site regular attendance|punctuality|join immediately|"
    r"internet connection|laptop|webcam|smartphone|salary|compensation|benefits? package|"
    r"vacaciones|teletrabajo|remote[- ]first|seguro m[eé]dico|health insurance|401k|paid time off|"
    r"learning budget|flexible (hours|working)|"
    r"disponibilidad|viajar|background (check|investigation)|copyright|all rights reserved|"
    r"https?://|www\.|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|read next story|patrocinado|sponsored",
    re.IGNORECASE,
)

REASONS = {
    "age": "selects on age",
    "gender": "selects on gender or sex",
    "race_or_ethnicity": "selects on race or ethnicity",
    "religion": "selects on religion",
    "nationality": "selects on nationality or native language rather than proficiency",
    "marital_or_family_status": "selects on marital or family status",
    "disability_or_health": "selects on disability or health",
    "sexual_orientation": "selects on sexual orientation",
    "appearance": "selects on appearance",
    "protected_attribute": "selects on a protected attribute",
}


def is_equal_opportunity_statement(text: str) -> bool:
    """Tell whether `text` is an equal-opportunity or accommodation statement."""
    return bool(_EQUAL_OPPORTUNITY.search(text))


def find_protected_selection(text: str) -> list[str]:
    """Name each protected attribute `text` selects on; [] for equal-opportunity statements."""
    text = normalise(text)
    if is_equal_opportunity_statement(text):
        return []
    found = [name for name, pattern in _ADVERT_PATTERNS.items() if pattern.search(text)]
    if not found and persona_selections(text):
        found.append("protected_attribute")
    return found


def is_not_a_skill(text: str) -> bool:
    """Tell whether an advert line states a condition of the post (visa, travel, kit) or page debris."""
    return bool(_NOT_A_SKILL.search(text)) or is_equal_opportunity_statement(text)


def reason_for(attributes: list[str]) -> str:
    """A recruiter-readable reason for leaving a line out."""
    named = ", ".join(REASONS.get(name, f"selects on {name.replace('_', ' ')}") for name in attributes)
    return f"{named[:1].upper()}{named[1:]}, a protected attribute: score skills and experience instead."
