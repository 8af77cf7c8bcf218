"""Facts read off a job advert as a whole: its language, role title, own summary and minimum years asked.

Pure: no Django. English and Spanish wording; the rules are general, not tuned to one site's layout.
"""

from __future__ import annotations

import re

from personas.advert_sections import Item, Kind, heading_kind, sections

_ES_WORDS = re.compile(
    r"\b(de|la|el|los|las|del|para|con|por|en|una?|y|que|experiencia|conocimientos?|requisitos|manejo|"
    r"funciones|buscamos|nuestro|nuestra|deseable|años)\b",
    re.IGNORECASE,
)
_EN_WORDS = re.compile(
    r"\b(the|and|of|to|with|for|in|a|an|you|we|our|experience|knowledge|requirements|skills|will|years)\b",
    re.IGNORECASE,
)

_TITLE_LABEL = re.compile(
    r"^(?:job description|job title|position title|position|role|puesto|cargo|vacante|oferta(?: de empleo)?"
    r"|job offer|vacancy)\s*:\s*(?P<t>.+)$",
    re.IGNORECASE,
)
_TITLE_CALL = re.compile(
    r"convocatoria (?:para|de) (?P<t>[^\n:]{3,80}?)(?=\s+en\s+[A-ZÁÉÍÓÚ]|$)", re.IGNORECASE
)
_ROLE_NOUN = re.compile(
    r"(?-i:(?:\b[A-Z][\w/.#+-]*[^\S\n]+){0,3})(?:developer|engineer|manager|analyst|designer|scientist|teacher|consultant|"
    r"specialist|administrator|architect|director|officer|assistant|coordinator|accountant|nurse|technician|"
    r"desarrollador|ingeniero|analista|practicante|dise[nñ]ador|gerente|jefe|t[eé]cnico)(?=s?\b)",
    re.IGNORECASE,
)
_SEEKING = re.compile(
    r"\b(?:we are|we're|we)\s+(?:currently\s+)?(?:seeking|looking for|hiring|recruiting)\s+"
    r"(?:an?|the|our)?\s*"
    r"(?:talented |skilled |seasoned |outstanding |experienced )?(?P<t>[\w/.#+ -]{3,60}?)"
    r"(?=\s+(?:to|for|with|who|that|at|in|will)\b|[,.;(])",
    re.IGNORECASE,
)
_BUSCAMOS = re.compile(
    r"\bbuscamos (?:un|una)?\s*(?P<t>[\w/.#+ -]{3,60}?)(?=\s+(?:para|con|que)\b|[,.;(])", re.I
)
_HEADING_LINE = re.compile(r"^(?:about|job summary|job description|company|descripci[oó]n)\b", re.IGNORECASE)
_JUNK_LINE = re.compile(r"^[\d/:,. apm]+$|https?://|www\.|jobs?$", re.IGNORECASE)
_BRACKETED = re.compile(r"\s*\((?:[^)]*\byears?\b[^)]*|[^)]*\baños\b[^)]*)(?:\)|$)", re.IGNORECASE)
_AT_COMPANY = re.compile(r"\s+(?:at|@|en)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?$")
_TWICE = re.compile(r"(.{6,}?)\s*\1")
MAX_TITLE = 120
MAX_DESCRIPTION = 900

_YEARS = re.compile(
    r"(?:(?P<least>at least|minimum(?: of)?|min\.?|over|more than|al menos|m[ií]nim[oa](?: de)?|m[aá]s de)"
    r"\s+)?"
    r"(?P<n>\d{1,2})\s*(?:\+\s*)?(?:(?:-|\u2013|to|a)\s*\d{1,2}\s*\+?\s*)?"
    r"(?P<unit>years?|yrs?|a[nñ]os?)\b['\u2019]?(?!\s+old|\s+of age|\s+de edad)",
    re.IGNORECASE,
)
_EXPERIENCE_WORD = re.compile(r"experience|experiencia|work|trabajo|\bin\b|\bas\b|\bcomo\b", re.IGNORECASE)
_UP_TO = re.compile(r"\bup to\s*$|\bhasta\s*$", re.IGNORECASE)


def language(text: str) -> str:
    """ "es" for Spanish adverts, else "en"."""
    return "es" if len(_ES_WORDS.findall(text)) > len(_EN_WORDS.findall(text)) else "en"


def role_title(text: str) -> str:
    """The advert's role: a labelled title, else its first title-like line, else who "we are seeking"."""
    lines = [line.strip(" -\u2013") for line in text.splitlines() if line.strip()]
    parts = sections(text)
    opening = parts[0][1] if parts and parts[0][0] == Kind.SUMMARY else ""
    for index, line in enumerate(lines[:12]):
        labelled = _TITLE_LABEL.match(line) or _TITLE_CALL.search(line)
        if labelled:
            return _tidy_title(labelled.group("t"))
        # An opening line that is no sentence is the title, however capitalised ("Dependienta de tienda").
        if line in opening and _looks_like_title(line, first=index == 0):
            return _tidy_title(line)
    seeking = _SEEKING.search(text) or _BUSCAMOS.search(text)
    if seeking:
        return _tidy_title(seeking.group("t"))
    role = _ROLE_NOUN.search(text)
    return _tidy_title(role.group(0)) if role else ""


def _looks_like_title(line: str, *, first: bool) -> bool:
    words = line.split()
    capitalised = sum(word[:1].isupper() for word in words) >= len(words) / 2
    return (
        1 <= len(words) <= 10
        and not _JUNK_LINE.search(line)
        and not line.endswith((".", "!", "?", ":"))
        and heading_kind(line) == Kind.OTHER
        and not _HEADING_LINE.match(line)
        and (first or capitalised)
    )


def _tidy_title(title: str) -> str:
    title = _BRACKETED.sub("", title).strip(" -\u2013:,")
    title = _AT_COMPANY.sub("", title)
    twice = _TWICE.fullmatch(title)
    title = twice.group(1) if twice else title
    return (title[:1].upper() + title[1:])[:MAX_TITLE]


def summary(text: str) -> str:
    """The advert's own summary: its opening prose, else the lines that pitch the role; cut at a sentence."""
    parts = sections(text)
    opening = [line for kind, body in parts if kind == Kind.SUMMARY for line in body.splitlines()]
    sentences = [s for kind, body in parts if kind != Kind.OTHER for s in re.split(r"(?<=[.!?])\s+|\n", body)]
    pitch = [sentence for sentence in sentences if _PITCH.search(sentence)]
    for lines in (opening, pitch):
        prose = [line for line in lines if _is_prose(line)]
        if prose:
            return _cut(" ".join(prose[:3]))
    return ""


_PITCH = re.compile(
    r"\b(we are|we're|our company|the role|this role|you will|buscamos|el puesto|tu misi[oó]n)\b", re.I
)
_SENTENCE_END = re.compile(r"[a-z)][.!?](?:\s|$)")
_CURRENCY = re.compile(r"[$€£₹]|\d{2,}[,.]\d{3}")


def _is_prose(line: str) -> bool:
    return (
        len(line) >= 50
        and line.count(" ") >= 7
        and line.count(":") < 2
        and bool(_SENTENCE_END.search(line))
        and not _JUNK_LINE.search(line)
        and not _CURRENCY.search(line)
    )


def _cut(prose: str) -> str:
    if len(prose) <= MAX_DESCRIPTION:
        return prose
    end = prose.rfind(". ", 0, MAX_DESCRIPTION)
    return prose[: end + 1] if end > 0 else prose[:MAX_DESCRIPTION]


def min_years(found: list[Item]) -> int | None:
    """The largest minimum of years of experience the advert's musts (and pitch) state; None if none."""
    stated = [n for item in found if item.kind == Kind.MUST for n in _years_in(item.text, must=True)]
    stated += [n for item in found if item.kind == Kind.SUMMARY for n in _years_in(item.text, must=False)]
    return max(stated) if stated else None


def _years_in(text: str, *, must: bool) -> list[int]:
    found = []
    for match in _YEARS.finditer(text):
        if _UP_TO.search(text[: match.start()]):
            continue
        after = text[match.end() : match.end() + 40]
        if must or match.group("least") or _EXPERIENCE_WORD.search(after):
            years = int(match.group("n"))
            if 0 < years <= 40:
                found.append(years)
    return found
