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

from jobs.scoring import sections
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


# Personal-details headings in the languages CVs arrive in; the values under one are often bare words.
_PERSONAL_HEADING = re.compile(
    r"^[ \t\u2022*#-]*(?:personal[ \t]+(?:details|information|info|data|particulars)|bio[ \t-]?data"
    r"|ki[s\u015f]isel[ \t]+bilgiler|datos[ \t]+personales|informaci[o\u00f3]n[ \t]+personal"
    r"|pers[o\u00f6]nliche[ \t]+(?:daten|angaben)|donn[e\u00e9]es[ \t]+personnelles"
    r"|informations[ \t]+personnelles|dati[ \t]+personali|informazioni[ \t]+personali|dados[ \t]+pessoais"
    r"|informa[c\u00e7][o\u00f5]es[ \t]+pessoais"
    r"|personalia|persoonsgegevens|persoonlijke[ \t]+gegevens|dane[ \t]+osobowe|personuppgifter"
    r"|personlige[ \t]+(?:oplysninger|opplysninger)|personlig[ \t]+information|henkil[o\u00f6]tiedot"
    r"|osobn[i\u00ed][ \t]+[u\u00fa]daje)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# Marital status and sex as bare words, in the languages CVs arrive in. "Single" and "gift" are everyday
# words elsewhere, so these go only as a whole item of a personal-details line.
_BARE_MARITAL = (
    r"single|married|divorced|widowed|separated|evli|bekar|bek\u00e2r|dul|bo\u015fanm\u0131\u015f|gift|ogift"
    r"|ugift|sambo|samboer|skild|skilt|fraskilt|fr\u00e5nskild|naimisissa|naimaton|gehuwd|ongehuwd|getrouwd"
    r"|samenwonend|alleenstaand|\u017conaty|zam\u0119\u017cna|kawaler|panna|rozwiedzion[ya]|wdowa|wdowiec"
    r"|\u017eenat\u00fd|vdan\u00e1|svobodn[\u00fd\u00e1]|rozveden[\u00fd\u00e1]|coniugat[oa]|celibe|nubile"
    r"|sposat[oa]|divorziat[oa]|vedov[oa]|casad[oa]|solter[oa]|divorciad[oa]|viud[oa]|solteir[oa]"
    r"|mari\u00e9e?|c\u00e9libataire|pacs\u00e9e?|divorc\u00e9e?|veuf|veuve|verheiratet|ledig|geschieden"
    r"|verwitwet|menikah|belum[ \t]+menikah|lajang|berkahwin|bujang"
)
_BARE_SEX = (
    r"female|male|kad\u0131n|erkek|bayan|kvinna|kvinde|kvinne|nainen|mies|vrouw|kobieta|m\u0119\u017cczyzna"
    r"|\u017eena|mu\u017e|donna|uomo|mujer|hombre|mulher|homem|femme|homme|weiblich|m\u00e4nnlich"
    r"|f\u00e9minin|masculin|femenino|masculino|feminino|femminile|maschile|vrouwelijk|mannelijk"
)
_ITEM = r"(?:^|(?<=[\u00b7\u2022|,;/\t]))(?P<lead>[ \t]*)(?:{})(?P<trail>[ \t]*)(?=$|[\u00b7\u2022|,;/\t])"
_BARE_ITEMS = (
    ("family", "[family]", re.compile(_ITEM.format(_BARE_MARITAL), re.IGNORECASE)),
    ("gender", "[gender]", re.compile(_ITEM.format(_BARE_SEX), re.IGNORECASE)),
    # "1991 doğumlu" (born 1991), "Born 1990" alone as an item.
    (
        "date_of_birth",
        "[dob]",
        re.compile(_ITEM.format(r"(?:\d{1,2}[./]\d{1,2}[./])?(?:19|20)\d\d[ \t]+do[g\u011f]umlu"), re.I),
    ),
)
# Children said with a label of their own or counted, in the languages the label rules do not read.
_CHILDREN = re.compile(
    r"\b(?:b[\u00f8o]rn|lapset|[\u00e7c]ocuklar?|d[\u011be]ti)[ \t]*:[ \t]*[^\n\u00b7\u2022|;]+"
    r"|\b\d+[ \t]+(?:[\u00e7c]ocuk(?:lu)?|b[\u00f8o]rn|lasta|d[\u011be]ti)\b",
    re.IGNORECASE,
)
_PERSONAL_PLACEHOLDERS = re.compile(r"\[(?:family|dob|id|gender|nationality|religion|birthplace|age)\]")
# A header or a personal-details block ends at a heading; a heading in a language the sections do not read
# ("Erhvervserfaring") is not seen, so a block is also cut after this many lines.
_BLOCK_LINES = 10


def _personal_lines(lines: list[str]) -> set[int]:
    """The lines that hold personal details: the CV's header (up to its first heading), those under a
    personal-details heading, and any line already holding two personal placeholders."""
    found: set[int] = set()
    block, start = "header", 0
    for index, line in enumerate(lines):
        if sections.heading_section(line) is not None:
            block = ""
        elif _PERSONAL_HEADING.match(line):
            block, start = "personal", index
        elif block and index - start < _BLOCK_LINES:
            found.add(index)
        if len(_PERSONAL_PLACEHOLDERS.findall(line)) >= 2:
            found.add(index)
    return found


def redact_bare_personal_words(text: str) -> tuple[str, dict[str, int]]:
    """Replace bare marital and sex words, birth years and children in personal-details lines."""
    counts: dict[str, int] = {}
    text, children = _CHILDREN.subn("[family]", text)
    if children:
        counts["family"] = children
    lines = text.split("\n")
    for index in sorted(_personal_lines(lines)):
        for category, placeholder, pattern in _BARE_ITEMS:
            lines[index], found = pattern.subn(rf"\g<lead>{placeholder}\g<trail>", lines[index])
            if found:
                counts[category] = counts.get(category, 0) + found
    return "\n".join(lines), counts


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
