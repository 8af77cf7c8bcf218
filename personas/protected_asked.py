"""Selecting by asking the applicant to show the attribute: a photo, a date of birth, good looks.

A photo shows sex, age and race, a date of birth shows age, a marital status or a religion asked for is the
attribute itself: a persona that requires them scores on them. "Buena presencia", "bella presenza" and
"attractive" pick looks, which stand for sex and age in the adverts that ask for them. Left alone: a photo
ID or a security pass (the right-to-work check), photography as the work ("portfolio of photos",
"photo editing"), checking customers' ages ("date of birth verification"), and a presentable or smart
appearance (a dress standard anyone can meet). Runs on folded text (`protected_text.normalise`).
Pure: no Django.
"""

from __future__ import annotations

import re

_PHOTO = r"(?:photo(?:graph)?|picture|headshot|selfie|foto|lichtbild|bewerbungsfoto|zdjeci\w*)s?"
_DISCLOSED = rf"(?:{_PHOTO}|date of birth|birth ?date|dob|marital status|religion|geburtsdatum|familienstand)"
_REQUIRED = (
    r"required|mandatory|compulsory|essential|a must|obligatoire|obligatori[ao]|obbligatori[ao]"
    r"|erforderlich|verpflichtend|wymagane|verplicht"
)
_APPLICATION = r"cv|resume|application|applications|lebenslauf|bewerbung\w*|curriculum|candidature"
_ASKED = (
    # "Photo required", "date of birth is mandatory"; "photo ID required" is the right-to-work check.
    rf"\b(?<!of )(?<!portfolio )(?<!product )(?<!stock )(?<!id )(?<!passport )(?<!verify )(?<!check )"
    rf"{_DISCLOSED}(?: of yourself)? (?:is |are |must be )?(?:{_REQUIRED})\b(?! for (?:your |an? |the )?"
    r"(?:id|badge|pass|security|visa|payroll|pension|insurance))"
    # "CV with a recent photo", "Lebenslauf mit Lichtbild", "CV avec photo".
    rf"|\b(?:{_APPLICATION}) (?:with|including|incl\.?|mit|avec|con|com|met|z) (?:an? |your )?"
    rf"(?:recent |current |passport[- ]style |full[- ]length |clear )?{_PHOTO}\b"
    # "Attach a photo of yourself", "please state your age and date of birth".
    rf"|\b(?:attach|include|enclose|send|submit|add) (?:an? |your )?(?:recent |current |full[- ]length )?"
    rf"{_PHOTO} (?:of yourself|with your (?:{_APPLICATION}))\b"
    r"|\b(?:state|give|include|provide|tell us|indicate) (?:your )?(?:age|date of birth|marital status"
    r"|religion)\b"
)
_LOOKS = (
    # Looks asked of the hire in the words adverts use; "attractive salary" is the employer's offer.
    r"\b(?:buena|excelente) presencia\b|\bbella presenza\b|\bboa (?:aparencia|apresentacao|presenca)\b"
    r"|\bphysique agreable\b|\bgepflegtes? (?:ausseres|erscheinungsbild)\b|\bgoede uitstraling\b"
    r"|\bgood looks\b|\b(?:must|should|to) be (?:very )?(?:attractive|good[- ]looking|pretty|handsome)\b"
    r"(?! (?:to|for)\b)"
    r"|\b(?:attractive|good[- ]looking|pretty|handsome) (?:candidates?|applicants?|staff|girls?|women|men"
    r"|people|individuals?|persons?|appearance|face)\b"
)
_SELECTION = re.compile(f"{_ASKED}|{_LOOKS}")


def selections(sentence: str) -> list[str]:
    """The phrases of one folded sentence that ask for a photo, a date of birth or good looks."""
    return [match.group(0) for match in _SELECTION.finditer(sentence)]
