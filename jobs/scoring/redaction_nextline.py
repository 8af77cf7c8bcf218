"""Blind-mode steps for personal details that span lines or sit in a sentence without a label.

Sidebars and two-column templates put a label on a line of its own and its value on the next ("Nationality"
then "British"), and an address's postcode line under its street. Prose states an age without "Age:" ("I am
47"). Each step keeps line i at line i and replaces within it.
"""

from __future__ import annotations

import re

from jobs.scoring import sections
from jobs.scoring.redaction_gate import register, subn_lines

# A label alone on its line (a colon allowed): the line after it is its value, of this category.
_LABELS_BY_CATEGORY = {
    ("date_of_birth", "[dob]"): "date_of_birth birth_date birthday born dob d.o.b. d.o.b geburtsdatum"
    " date_de_naissance fecha_de_nacimiento data_de_nascimento data_di_nascita geboortedatum",
    ("age", "[age]"): "age âge alter edad idade età leeftijd wiek",
    ("nationality", "[birthplace]"): "place_of_birth birthplace geburtsort lieu_de_naissance"
    " lugar_de_nacimiento naturalidade luogo_di_nascita geboorteplaats hometown native_place state_of_origin",
    ("nationality", "[nationality]"): "nationality nationalities citizenship staatsangehörigkeit nationalité"
    " nacionalidad visa_status nacionalidade nazionalità cittadinanza nationaliteit narodowość obywatelstwo",
    ("gender", "[gender]"): "gender sex pronouns geschlecht sexe sexo sesso geslacht płeć",
    ("family", "[family]"): "marital_status civil_status familienstand children dependants dependents kinder"
    " situation_familiale estado_civil stato_civile burgerlijke_staat enfants hijos filhos figli kinderen"
    " stan_cywilny",
    ("religion", "[religion]"): "religion faith konfession religião religione wyznanie",
    ("physical", "[physical]"): "height weight blood_group blood_type größe gewicht",
    ("ethnicity", "[ethnicity]"): "ethnicity",
    ("disability", "[disability]"): "disability",
    ("address", "[address]"): "address home_address postal_address",
}
_NEXT_LINE_LABELS = {
    label.replace("_", " "): found
    for found, labels in _LABELS_BY_CATEGORY.items()
    for label in labels.split(" ")
}
# "Marital status    Single", "Nationality<TAB>British", "Date of birth | 12 March 1990", "| Sex | F |": a
# table flattened to a label, a gap (or a cell's rule) and its value.
_LABEL_GAP_VALUE = re.compile(
    r"^([ \t\u2022*|-]*([^\W\d_][\w. \u00c0-\u024f]*?)(?:\t+|[ ]{2,}|[ \t]*\|[ \t]*))(\S.*?)"
    r"(?=\t|[ ]{2,}|[ \t]*\||$)"
)
_COLUMN_GAP = re.compile(r"\t+|[ ]{3,}")
_CELL_GAP = re.compile(r"\t+|[ ]{2,}|[ \t]*\|[ \t]*")
_DATED = re.compile(r"\b(?:19|20)\d\d[ \t]*[-\u2013\u2014][ \t]*(?:(?:19|20)\d\d|present|now)\b", re.I)
_LABEL_LINE = re.compile(r"^[ \t\u2022*-]*([^\W\d_][\w. \u00c0-\u024f]*?)[ \t]*[:\uff1a]?[ \t]*$")
# A value is short: a date, a word or two, a street. A longer line is prose that happens to follow.
_MAX_VALUE_WORDS = 6
# "80331 München", "1015 CJ Amsterdam", "SW1A 1AA", "Leeds LS6 2AB" on the line under a street.
_POSTCODE_LINE = re.compile(
    r"^[ \t]*(?:(?:\d{4,5}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}|\d{2}-\d{3})[ \t]+[A-Z\u00c0-\u00de][\w'-]*"
    r"(?:[ \t]+[A-Z\u00c0-\u00de][\w'-]*)?"
    r"|(?:[A-Z][\w'-]*[ \t]+)?[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2})[ \t]*$"
)
_TENS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy)"
    r"(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine))?"
)
# "I am 47", "I'm 52 and ...", "aged thirty-four", "34 years of age", "Age - 29": an age said without "Age:".
# "I am 10 years into ..." is not one.
_STATED_AGE = re.compile(
    r"\b(?:I[ \t]+am|I['\u2019]m)[ \t]+(?:\d{2}\b|"
    + _TENS
    + r"\b)(?![ \t-]*(?:years?|yrs?|%|[.,]\d|percent))"
    rf"|\baged?[ \t]+{_TENS}\b|\b(?:{_TENS}|\d{{2}})[ \t]+years?[ \t]+of[ \t]+age\b"
    r"|\bage[ \t]+[-\u2013][ \t]+\d{2}\b|\bage[ \t]*:[ \t]*" + _TENS + r"\b",
    re.IGNORECASE,
)
# "Male, 34", "Female / 34": an age after a redacted gender. "PIN - 560001", "Sydney NSW 2000": postal codes
# by label or by Australian state.
_AFTER_GENDER = re.compile(r"(?<=\[gender\])([ \t]*[,/|\u00b7\u2022][ \t]*)\d{2}\b(?![\d./:-])")
_POSTAL_CODE = re.compile(
    r"\b(?i:pin(?:[ \t]*code)?|postcode|post[ \t]+code|zip(?:[ \t]*code)?|plz|cep)"
    r"[ \t]*[:\-\u2013]?[ \t]*\d{4,6}(?:-\d{3,4})?\b"
    r"|\b(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)[ \t]+\d{4}\b"
)
# "Lagos-born", "Hamburg-born": a place of birth joined to "born" ("Nigerian-born" is a demonym's work).
_PLACE_BORN = re.compile(r"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?-born\b")
_PLACE_BORN_GATE = ("-born",)
register(_PLACE_BORN_GATE)
# "[address], Cape Town 8001": a town and its postal code after a redacted street.
_TOWN_CODE = re.compile(r"(?<=\[address\]),[ \t]*[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2}[ \t]+\d{4,6}\b")


def _label(line: str) -> tuple[str, str] | None:
    match = _LABEL_LINE.match(line)
    return _NEXT_LINE_LABELS.get(match.group(1).strip().lower()) if match else None


def _is_value(line: str) -> bool:
    stripped = line.strip()
    return (
        bool(stripped)
        and not stripped.startswith("[")
        and len(stripped.split()) <= _MAX_VALUE_WORDS
        and _label(line) is None
        and sections.heading_section(line) is None
    )


def _gap_value(line: str) -> tuple[str, tuple[str, str] | None]:
    """The line with the value after "Label<gap>" replaced, and what it was (None if the line is not one)."""
    match = _LABEL_GAP_VALUE.match(line)
    found = _NEXT_LINE_LABELS.get(match.group(2).strip().lower()) if match else None
    if match is None or found is None or match.group(3).startswith("[") or _label_beside_column(line):
        return line, None  # "Date of birth   2019 - 2024  Buyer": the dates are the other column's
    return line[: match.start(3)] + found[1] + line[match.end(3) :], found


def _row_values(line: str, counts: dict[str, int]) -> str:
    """A table row of label-value pairs flattened to one line ("Marital Status<TAB>Married<TAB>Religion<TAB>
    Islam"): the value after each label goes, once the row's first cell was a label with its value."""
    cells = _CELL_GAP.split(line)
    if len(cells) < 4 or not any(cell.startswith("[") for cell in cells[1::2]):
        return line  # the first pair did not read as one: not such a row
    gaps = _CELL_GAP.findall(line)
    for index in range(2, len(cells) - 1, 2):
        found = _NEXT_LINE_LABELS.get(cells[index].strip(" \t\u2022*-:").lower())
        value = cells[index + 1].strip()
        if found is None or not value or value.startswith("[") or len(value.split()) > _MAX_VALUE_WORDS:
            continue
        cells[index + 1] = cells[index + 1].replace(value, found[1], 1)
        counts[found[0]] = counts.get(found[0], 0) + 1
    return "".join(part for pair in zip(cells, [*gaps, ""], strict=True) for part in pair)


def _column_starts(line: str) -> list[int]:
    """Where each column of a line starts, the gaps being a tab or three spaces or more."""
    return [0, *(gap.end() for gap in _COLUMN_GAP.finditer(line.rstrip()))] if line.strip() else []


def _label_beside_column(line: str) -> tuple[str, str] | None:
    """The label opening a line whose other column is not its value ("Date of birth   2019 - 2024 Analyst").

    Two columns read line by line put the label's value under it, at the start of the next line; what
    stands beside it is the other column's role, heading or sentence.
    """
    gap = _COLUMN_GAP.search(line.rstrip()) if "   " in line or "\t" in line else None  # most lines: none
    found = _NEXT_LINE_LABELS.get(line[: gap.start()].strip(" \t\u2022*-:").lower()) if gap else None
    if gap is None or found is None:
        return None
    other = line[gap.end() :]
    if not (_DATED.search(other) or sections.heading_section(other) or len(other.split()) > _MAX_VALUE_WORDS):
        return None
    return found


def _column_values(lines: list[str], counts: dict[str, int]) -> None:
    """Replace the value under a label in an interleaved left column."""
    for index in range(len(lines) - 1):
        found = _label_beside_column(lines[index])
        starts = _column_starts(lines[index + 1]) if found else []
        if found is None or not starts:
            continue
        end = starts[1] if len(starts) > 1 else len(lines[index + 1])
        value = lines[index + 1][:end]
        if not _is_value(value) or value.strip().startswith("["):
            continue
        lines[index + 1] = value.replace(value.strip(), found[1], 1) + lines[index + 1][end:]
        counts[found[0]] = counts.get(found[0], 0) + 1


def redact_next_line_values(text: str) -> tuple[str, dict[str, int]]:
    """Replace the value on the line after a lone label ("Nationality" / "British"), or after its gap."""
    lines = text.split("\n")
    counts: dict[str, int] = {}
    _column_values(lines, counts)
    for index, line in enumerate(lines):
        lines[index], beside = _gap_value(line)
        if beside is not None:
            counts[beside[0]] = counts.get(beside[0], 0) + 1
            lines[index] = _row_values(lines[index], counts)
    for index, line in enumerate(lines[:-1]):
        found = _label(line)
        if found is None or not _is_value(lines[index + 1]):
            continue
        category, placeholder = found
        lines[index + 1] = placeholder
        counts[category] = counts.get(category, 0) + 1
    return "\n".join(lines), counts


def redact_postcode_lines(text: str) -> tuple[str, int]:
    """Replace a postcode-and-town line under a redacted street line, and a town with its code after one."""
    text, count = _TOWN_CODE.subn("", text)
    lines = text.split("\n")
    previous = ""
    for index, line in enumerate(lines):
        if previous.rstrip().endswith("[address]") and _POSTCODE_LINE.match(line):
            lines[index] = "[address]"
            count += 1
        if line.strip():
            previous = lines[index]
    return "\n".join(lines), count


def redact_stated_age(text: str) -> tuple[str, int]:
    """Replace an age stated in a sentence ("I am 47") with [age]."""
    return _STATED_AGE.subn("[age]", text)


def redact_age_after_gender(text: str) -> tuple[str, int]:
    """Replace an age written after a redacted gender ("Male, 34" is "[gender], 34" by then)."""
    return _AFTER_GENDER.subn(r"\1[age]", text)


def redact_postal_codes(text: str) -> tuple[str, int]:
    """Replace a postal code given with its label or after an Australian state."""
    return _POSTAL_CODE.subn("[address]", text)


def redact_place_born(text: str) -> tuple[str, int]:
    """Replace a birthplace written as "Lagos-born" with [birthplace]."""
    return subn_lines(_PLACE_BORN, "[birthplace]", text, _PLACE_BORN_GATE)
