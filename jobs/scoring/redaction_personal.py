"""Blind-mode rules for personal details written without the labels the other rules look for.

- Marital status as a bare word in a personal-details line ("Personal: Single, non-smoker, full driving
  licence"): "single" is everywhere in CVs ("single-page app", "single point of contact"), so it goes only
  inside such a line, and the rest of the line (a driving licence a sales persona may ask for) stays.
- A gender word left beside an identity word ("a proud transgender woman", "trans man", "a practising Muslim
  woman", "a 38-year-old man"): the identity rules take "transgender", "Muslim" or the age, this takes the
  word after it.
- Irish Eircodes ("D02 X285"), which fit none of the other postcode shapes, where an address gives them: after
  a comma, after "Eircode", after a county ("Co. Dublin") or after an already redacted part of the address.
- Korean road addresses ("12, Teheran-ro, Gangnam-gu, Seoul, 06236"): a lower-case road name no street rule
  reads, with its district and postcode.
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_gate import DIGITS, register, subn_lines

_PERSONAL_LINE = re.compile(
    r"^([ \t\u2022\u00b7*-]*(?:personal"
    r"(?:[ \t]+(?:details|information|info|data|particulars|profile|status))?"
    r"|(?:marital|civil|relationship|family)?[ \t]*status)[ \t]*[:\-\u2013][ \t]*)(.+)$",
    re.IGNORECASE | re.MULTILINE,
)
_MARITAL = re.compile(
    r"\b(?:single|married|unmarried|separated|divorced|widowed|engaged|cohabiting|in[ \t]+a[ \t]+relationship"
    r"|in[ \t]+a[ \t]+civil[ \t]+partnership|civil[ \t]+partnership|domestic[ \t]+partnership)\b",
    re.IGNORECASE,
)
_GENDER_AFTER_IDENTITY = re.compile(
    r"(?:(?<=\[orientation\])|(?<=\[religion\])|(?<=\[nationality\])|(?<=\[ethnicity\])|(?<=\[age\])"
    r"|(?<=\[disability\]))[ \t]+(?:wom[ae]n|m[ae]n|girls?|boys?|females?|males?|lady|ladies)\b"
    r"|\b(?:trans|cis)[ \t]+(?:(?:wom[ae]n|m[ae]n|girls?|boys?)\b|\[gender\])",
    re.IGNORECASE,
)
_EIRCODE = re.compile(
    r"(?:(?<=,[ \t])|(?<=\][ \t])|(?<=Eircode:[ \t])|(?<=Eircode[ \t])|(?<=Co\.[ \t]\w{4}[ \t])"
    r"|(?<=Co\.[ \t]\w{5}[ \t])|(?<=Co\.[ \t]\w{6}[ \t])|(?<=Co\.[ \t]\w{7}[ \t])|(?<=Co\.[ \t]\w{8}[ \t])"
    r"|(?<=Co\.[ \t]\w{9}[ \t])|(?<=Dublin[ \t]))"
    r"(?:[AC-FHKNPRTV-Y]\d\d|D6W)[ \t]?(?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[A-Z])"
    r"[0-9AC-FHKNPRTV-Y]{4}\b"
)


def redact_marital_words(text: str) -> tuple[str, int]:
    """Replace marital-status words inside a personal-details or status line with [family]."""
    count = 0

    def line(match: re.Match[str]) -> str:
        nonlocal count
        value, found = _MARITAL.subn("[family]", match.group(2))
        count += found
        return match.group(1) + value

    return _PERSONAL_LINE.sub(line, text), count


# A line this rule changes holds the placeholder it follows, or "trans"/"cis" (its matches stay in a line).
_GENDER_AFTER_IDENTITY_GATE = (
    *(f"[{name}]" for name in ("orientation", "religion", "nationality", "ethnicity", "age", "disability")),
    "trans",
    "cis",
)
register(_GENDER_AFTER_IDENTITY_GATE)


def redact_gender_after_identity(text: str) -> tuple[str, int]:
    """Replace "woman"/"man" written beside an identity word ("[religion] woman", "trans man")."""
    return subn_lines(_GENDER_AFTER_IDENTITY, _gender, text, _GENDER_AFTER_IDENTITY_GATE)


def _gender(match: re.Match[str]) -> str:
    return " [gender]" if match.group(0)[0] in " \t" else "[gender]"


# "235, World Cup buk-ro, Mapo-gu, Seoul, 03936": a Korean road ("-ro", "-daero", "-gil") with its number,
# then the district ("-gu", "-si", "-dong") and the five-digit postcode after the town.
_KOREAN_ADDRESS = re.compile(
    r"\b\d{1,5}(?:-\d{1,4})?,?[ \t]+(?:[A-Z][\w'.]*[ \t]+){0,3}[A-Za-z]+-(?:ro|daero|gil)\b"
    r"(?:,?[ \t]*[A-Z][a-z]+-(?:gu|si|dong|eup|myeon))*(?:,[ \t]*[A-Z][a-z]+)?(?:,[ \t]*\d{5}\b)?"
)


def redact_korean_addresses(text: str) -> tuple[str, int]:
    """Replace a Korean road address, its district and postcode with [address]."""
    return subn_lines(_KOREAN_ADDRESS, "[address]", text, DIGITS)  # its number, within one line


def redact_eircodes(text: str) -> tuple[str, int]:
    """Replace an Irish Eircode given as part of an address with [address]."""
    # Only lines with a digit: the code holds two, and `re` tries the eleven look-behinds at every position.
    return subn_lines(_EIRCODE, "[address]", text, DIGITS)


# "1-2-3 Jingumae, Shibuya-ku, Tokyo 150-0001", "15 Chome-3-1 Shibuya": a Japanese address, found by its
# ward or city ("-ku", "-shi"), with the block numbers before it and the town and postcode after it (the
# postcode may already be a "[phone]": it has a phone's digits).
_JAPANESE_ADDRESS = re.compile(
    r"(?:\b\d{1,4}(?:-\d{1,4}){0,2}[ \t]+)?(?:Chome(?:-\d{1,4}){1,2}[ \t]+)?(?:[A-Z][a-z]+,?[ \t]+)?"
    r"[A-Z][a-z]+-(?:ku|shi|gun|cho|machi)\b(?:,?[ \t]*[A-Z][a-z]+)?(?:,?[ \t]*(?:\d{3}-\d{4}\b|\[phone\]))?"
)
_JAPANESE_ADDRESS_GATE = ("-ku", "-shi", "-gun", "-cho", "-machi")
register(_JAPANESE_ADDRESS_GATE)


def redact_japanese_addresses(text: str) -> tuple[str, int]:
    """Replace a Japanese address (ward or city, block numbers, town, postcode) with [address]."""
    return subn_lines(_JAPANESE_ADDRESS, "[address]", text, _JAPANESE_ADDRESS_GATE)
