"""Blind-mode steps that need more than one pattern: referee sections, phone numbers, places in the header."""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers

from jobs.scoring import sections
from jobs.scoring.redaction_gate import fragments, register, subn_lines
from jobs.scoring.redaction_rules import any_of
from jobs.scoring.redaction_words import DEMONYMS
from jobs.scoring.skills import find_skills, fold

# --- Referees: the whole section goes (names, titles, contacts), and so do "Referee:" lines. -------------
_REFEREES_HEADING = re.compile(
    r"^(?:(?:professional|character|personal|work)[ \t]+)?(?:references?|referees?|r[e\u00e9]f[e\u00e9]rences"
    r"(?:[ \t]+professionnelles)?|referencias(?:[ \t]+(?:laborales|personales))?|referenzen|referentes"
    # Italian, Polish, Dutch, Portuguese; Turkish, Swedish, Danish, Norwegian, Finnish, Slovak.
    r"|referenze|referencje|referenties|refer[e\u00ea]ncias|referanslar|referans|referenser|referencer"
    r"|referanser|suosittelijat|referencie"
    r"|recommendations?|testimonials?|endorsements?)"
    # "Referee 1", "Reference #2": one block of several, each a heading of its own.
    r"(?:[ \t]*(?:#|no\.?)?[ \t]*\d{1,2})?(?:[ \t]*[:\uff1a].*)?$",
    re.IGNORECASE,
)
_REFEREE_LINE = re.compile(
    r"^(?:referee|reference|referencia|r[e\u00e9]f[e\u00e9]rence|referenz)s?[ \t]*\d*[ \t]*[:\uff1a]"
    r"|\b(?:references?|referees?|referencias)\b[^\n]{0,40}\b(?:available|provided|supplied|upon|on)"
    r"[ \t]+request"
    r"|\bavailable[ \t]+(?:up)?on[ \t]+request\b",
    re.IGNORECASE,
)
_BULLETS = " \t#*-=_|\u2022\u00b7>"
_INLINE_REFEREE = re.compile(r"[:\uff1a][ \t]*[^\W\d_]{2,}")
# "References available on request." and then the names anyway: a referee entry is a name with a comma, a
# dash or a bracket after it ("Tadhg Ó Briain, Engineering Manager"), or a contact line.
_REFEREE_ENTRY = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?[A-Z\u00c0-\u00de][\w'\u2019.-]*"
    r"(?:[ \t]+[A-Z\u00c0-\u00de][\w'\u2019.-]*){1,3}[ \t]*(?:,|[(\u2013\u2014]|[ \t]-[ \t])"
    r"|@|\+?\d[\d \t()-]{7,}\d"
)
_MENTIONS_REFEREES = re.compile(r"\brefer", re.IGNORECASE)


def drop_referees(text: str) -> tuple[str, int]:
    """Blank the referee sections and referee lines, keeping line numbers; return the text and the count."""
    lines = text.split("\n")
    count = 0
    inside = following = False
    for index, line in enumerate(lines):
        stripped = line.strip(_BULLETS)
        if _REFEREES_HEADING.match(stripped):
            # "References: Dr. Anne Lee, Head of ..." names its referee inline: that line goes, not the next.
            inside = not _INLINE_REFEREE.search(stripped)
            count += 1
            lines[index] = ""
        elif inside and stripped and sections.heading_section(line) is not None:
            inside = False
        elif inside:
            lines[index] = ""
        elif _REFEREE_LINE.search(stripped):
            count += 1
            lines[index] = ""
            following = _MENTIONS_REFEREES.search(stripped) is not None
        elif following and stripped and _REFEREE_ENTRY.search(stripped):
            lines[index] = ""  # a referee named after "available on request"
        elif stripped:
            following = False
    return "\n".join(lines), count


# --- Phone numbers: libphonenumber over the regions CVs come from, then a generic international shape. ----
PHONE_REGIONS = (
    "US",
    "GB",
    "DE",
    "FR",
    "ES",
    "IN",
    "IT",
    "NL",
    "PT",
    "BR",
    "MX",
    "PL",
    "AU",
    "CA",
    "IE",
    "CH",
)
_PHONE = re.compile(r"(?<![\w/.])\(?(?:\+|00)?\(?\d[\d \t().-]{6,}\d(?![\w/])")  # "(+39) 347 ..." too
_PHONE_LABEL = re.compile(
    r"\b((?:phone|tel|t[e\u00e9]l[e\u00e9]phone|tel[e\u00e9]fono|telefon|mobile?|cell|handy|m[o\u00f3]vil"
    r"|portable|whatsapp)\.?[ \t]*[:\uff1a][ \t]*)[+\d][\d \t()./-]{5,}\d",
    re.IGNORECASE,
)
_DIGIT_RUN = re.compile(r"\+?\(?\d[\d \t().\-/]{5,}\d")
_VALID = phonenumbers.Leniency.VALID
_LOCAL_PHONE = re.compile(
    r"(?<![\w/.-])\d{3}[-.]\d{4}(?![\w/.-])"
)  # "555-0143": too short for libphonenumber
_MONTH_YEAR = re.compile(r"\b\d{1,2}[./](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])\b")
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)")


def _is_date_like(candidate: str) -> bool:
    # "03.2017 - 06.2020" and "2015 2016 2017" are dates, not phone numbers.
    return len(_YEAR.findall(candidate)) >= 2 or bool(_MONTH_YEAR.search(candidate))


def _is_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    return 9 <= len(digits) <= 15 and not _is_date_like(candidate)


def _libphonenumber_spans(line: str) -> list[tuple[int, int]]:
    """Spans of numbers libphonenumber finds valid where the generic shape is unsure (7 or 8 digits).

    The matcher is slow (about 1 ms a region), so it only looks at short digit runs that are not dates.
    """
    spans: list[tuple[int, int]] = []
    for window in _DIGIT_RUN.finditer(line):
        run = window.group(0)
        if not 7 <= sum(map(str.isdigit, run)) <= 8 or _is_date_like(run):
            continue
        for region in PHONE_REGIONS:
            found = [m for m in phonenumbers.PhoneNumberMatcher(run, region, leniency=_VALID)]
            if found:
                spans += [(window.start() + m.start, window.start() + m.end) for m in found]
                break
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_COLUMN = re.compile(r"\S(?:.*?\S)?(?=[ ]{3,}|\t|[ ]*$)")


def _columns(line: str) -> list[re.Match[str]]:
    """The pieces of a line between column gaps (a tab, three spaces or more), as flattened tables leave."""
    return [m for m in _COLUMN.finditer(line) if m.group(0).strip()]


def _phone_matches(column: re.Match[str]) -> list[re.Match[str]]:
    return [m for m in _PHONE.finditer(column.group(0)) if _is_phone(m.group(0))]


def redact_phones(text: str) -> tuple[str, int]:
    """Replace phone numbers with [phone]; return the text and the count."""
    text, count = _PHONE_LABEL.subn(r"\1[phone]", text)  # the label stays: "Mobile" may be a skill
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if sum(map(str.isdigit, line)) < 7:
            continue
        spans = _libphonenumber_spans(line)
        for column in _columns(line):  # a phone in the left column ends where the right column starts
            spans += [(column.start() + m.start(), column.start() + m.end()) for m in _phone_matches(column)]
        spans += [m.span() for m in _LOCAL_PHONE.finditer(line)]
        for start, end in reversed(_merge(spans)):
            line = line[:start] + "[phone]" + line[end:]
            count += 1
        lines[index] = line
    return "\n".join(lines), count


# --- Places in the header: "City, Country" segments where contact details sit. ---------------------------
_HEADER_LINES = 8
_SEGMENT_SPLIT = re.compile(r"[ \t]*(?:[|\u2022\u00b7\u00a7#\u2013\u2014]|\t|[ \t]{2,}| - )[ \t]*")
_PLACE_WORDS = r"[A-Z\u00c0-\u00de][\w.'\u2019-]*(?: [\w.'\u2019-]+){0,3}"
_PLACE = re.compile(rf"^(?:\[address\],? )?{_PLACE_WORDS}, {_PLACE_WORDS}$")
_DIGIT = re.compile(r"\d")
_DATE_RANGE = re.compile(
    r"\b(?:19|20)\d\d[ \t]*[-\u2013\u2014][ \t]*(?:(?:19|20)\d\d|present|now|today)\b", re.I
)
_NOT_PLACE = re.compile(
    r"curriculum|vitae|resume|\bcv\b|\d|@|\b(?:lead|full|data|web|engineer|developer|manager|designer"
    r"|scientist|analyst|consultant|architect|senior|junior|director|specialist|intern|nurse|teacher|accountant"
    r"|assistant|officer|coordinator|technician|administrator|supervisor|executive|associate|representative"
    r"|clerk|hospital|clinic|school|university|college|bank|company|inc|ltd|llc|corp|gmbh)\b",
    re.IGNORECASE,
)


# The town of a postal address: "80134 Napoli", "31-019 Kraków", "Leeds LS6 2AB", "Austin, TX 78704".
_ADDRESS_TOWN = re.compile(
    r"(?:^|,)[ \t]*(?!(?:19|20)\d\d\b)(?:\d{4,5}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2})[ \t]+"
    r"([A-Z\u00c0-\u00de][\w'\u2019-]+)"
    r"|\b([A-Z][a-z]+)[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"
    r"|\b([A-Z][a-z]+),[ \t]*[A-Z]{2}[ \t]+\d{5}\b",
    re.MULTILINE,
)


def address_towns(text: str) -> frozenset[str]:
    """The towns the CV's postal addresses name, folded: the header repeats them alone ("Jane Doe | Lyon")."""
    found = (m for line in text.split("\n") if _DIGIT.search(line) for m in _ADDRESS_TOWN.finditer(line))
    return frozenset(fold(town) for m in found for town in m.groups() if town)


def redact_header_places(text: str, towns: frozenset[str] = frozenset()) -> tuple[str, int]:
    """Replace "City, Country" segments, and an address's town alone, in the CV's header (up to a heading)."""
    lines = text.split("\n")
    count = 0
    for index in [i for i, line in enumerate(lines) if line.strip()][:_HEADER_LINES]:
        if sections.heading_section(lines[index]):
            break  # "Staff Nurse, Riverside Hospital" under EXPERIENCE is a role, not a home
        if _DATE_RANGE.search(lines[index]):
            continue  # "2016 - 2024  Accountant, Wawel Finanse" beside a sidebar is a role too
        for segment in _SEGMENT_SPLIT.split(lines[index].strip()):
            place = _PLACE.match(segment) and not _NOT_PLACE.search(fold(segment))
            if (place or fold(segment) in towns) and not find_skills(segment):
                lines[index] = lines[index].replace(segment, "[address]")
                count += 1
    return "\n".join(lines), count


# --- Nationality words: a declared nationality wherever it recurs, other demonyms outside language lines. -
_DECLARED = re.compile(
    r"\b(?:nationality|nationalities|citizenship|nationalit[e\u00e9]|nacionalidad|staatsangeh[o\u00f6]rigkeit"
    r"|nationalit[a\u00e4]t|nacionalidade|nazionalit[a\u00e0]|nationaliteit|uyru[kg]\w*|kansalaisuus"
    r"|statsborgerskab|statsborgerskap|medborgarskap)"
    # "Nationality: British, Irish", or with no colon one word alone ("Nationalité française · Permis B").
    r"(?:[ \t]*[:\uff1a][ \t]*([^\W\d_]+(?:[ \t]*(?:,|/|&|and)[ \t]*[^\W\d_]+){0,2})"
    r"|[ \t]+([^\W\d_]+)(?=[ \t]*(?:(?![^\n])|[\u00b7|\u2022,;/])))",
    re.IGNORECASE,
)
_LANGUAGE_LINE = re.compile(
    r"\b(?:languages?|langues?|idiomas?|sprachen|native|fluent|fluency|mother[ \t]+tongue|bilingual"
    r"|speak|speaks"
    r"|spoken|proficien\w*|conversational|intermediate|advanced|basic|[ABC][12])\b",
    re.IGNORECASE,
)


def declared_nationalities(text: str) -> set[str]:
    """The folded words given as the candidate's nationality ("Nationality: Polish, Canadian")."""
    # Without a colon the word must be a demonym: "Nationality Law" is a course.
    found = (
        m.group(1) or m.group(2) for m in _DECLARED.finditer(text) if m.group(1) or _is_demonym(m.group(2))
    )
    return {w for value in found for w in re.findall(r"[^\W\d_]{3,}", fold(value))}


def _is_demonym(word: str) -> bool:
    return _DEMONYM.fullmatch(word) is not None


_DEMONYM = re.compile(rf"\b(?:{any_of(DEMONYMS)})\b", re.IGNORECASE)
_DEMONYM_GATE = fragments(DEMONYMS)
register(_DEMONYM_GATE)
# "a modern British kitchen", "Italian cuisine", "the German market": a demonym describing a cuisine or a
# market is a chef's or a seller's work, not the writer's nationality (which stays gone when declared).
_OF_A_THING = re.compile(
    r"[ \t]+(?:cuisine|cooking|food|kitchens?|restaurants?|dishes|menus?|bakery|pastry|patisserie|tapas"
    r"|markets?)\b",
    re.IGNORECASE,
)


def redact_demonyms(text: str, declared: set[str], protects: Callable[[str], bool]) -> tuple[str, int]:
    """Replace declared nationalities everywhere, other demonyms outside language lines; never a kept word."""
    count = 0
    words = "|".join(re.escape(w) for w in sorted(declared, key=len, reverse=True))
    demonym = re.compile(rf"\b(?:{words})\b|{_DEMONYM.pattern}", re.IGNORECASE) if words else _DEMONYM

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        word = match.group(0)
        in_language_line = _LANGUAGE_LINE.search(match.string) is not None
        declared_word = fold(word) in declared
        # "Indian Institute of Technology", "Indian Ocean": a proper noun, not a person's nationality.
        proper_noun = re.match(r" [A-Z]", match.string[match.end() :]) is not None  # not across a column gap
        of_a_thing = _OF_A_THING.match(match.string, match.end()) is not None
        if protects(word) or (not declared_word and (in_language_line or proper_noun or of_a_thing)):
            return word
        if not word[0].isupper() and not declared_word:
            return word
        count += 1
        return "[nationality]"

    # Gated on ASCII fragments only: re.IGNORECASE folds some other letters as lower() does not ("\u03c2").
    gate = (*_DEMONYM_GATE, *declared) if all(word.isascii() for word in declared) else ()
    text, _ = subn_lines(demonym, replace, text, gate)
    return text, count
