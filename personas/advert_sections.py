"""Split a job advert into requirement items, each a must, a nice-to-have or a duty (English, Spanish).

Pure: no Django. Adverts arrive as clean bullet lists, as one run-on paragraph with inline headings
("Must have - ...", "Desired Skills: ..."), or with their line breaks lost; the rules below handle all three.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from personas import advert_cues


class Kind(StrEnum):
    MUST = "must"
    NICE = "nice"
    DUTY = "duty"
    SUMMARY = "summary"  # text before the first heading: the advert's own pitch
    OTHER = "other"  # about us, benefits, how to apply: never a criterion


@dataclass(frozen=True)
class Item:
    text: str
    kind: Kind  # after inline cues: a "(preferred)" line in a requirements list is NICE
    position: int


# Longest phrases first where one contains another ("preferred qualifications" before "qualifications").
_HEADINGS: list[tuple[Kind, str]] = [
    (Kind.MUST, r"(?:duties|responsibilities) and requirements"),
    (Kind.DUTY, r"(?:essential |key )?(?:roles?|duties) and responsibilities"),
    (Kind.DUTY, r"responsibilities and duties|key responsibility areas|(?:main |key )?responsibilities"),
    (Kind.DUTY, r"what you(?:'ll| will) (?:be )?do(?:ing)?|what you get to do in this role|duties"),
    (Kind.DUTY, r"(?:main|key|principal|your) (?:duties|tasks)|the job involves"),
    (Kind.DUTY, r"(?:tus |sus |nuestras )?(?:principales )?(?:funciones|responsabilidades)(?: principales)?"),
    (Kind.DUTY, r"¿?(?:qué|que) har[aá]s\??"),
    (Kind.NICE, r"preferred qualifications|preferred skills|desired skills|good to have|nice to haves?"),
    (Kind.NICE, r"bonus(?: points)?|pluses|additional experience|additional skills|optional"),
    (Kind.NICE, r"(?:se )?valorar[aá]|valorable|deseables?|ser[aá] un plus|requisitos deseados"),
    (Kind.NICE, r"(?:it's |it is |it would be )?a (?:bonus|plus) if you(?: also)? have"),
    (Kind.NICE, r"desirable(?: criteria| skills)?"),
    (Kind.MUST, r"minimum qualifications|basic qualifications|minimum required skills|required skills"),
    (Kind.MUST, r"minimum skills and competencies|required experience|skills required(?: for the position)?"),
    (Kind.MUST, r"skill sets?/ ?requirements|requirements|requirement|qualifications|qualification"),
    (Kind.MUST, r"what you need for this position|what you(?:'ll| will)? need|must haves?|skills"),
    (Kind.MUST, r"necessary prerequisites|prerequisites|desired candidate profile|who you are|about you"),
    (
        Kind.MUST,
        r"what we(?:'re| are) looking for|what you(?:'ll)? bring|your profile|you have|ideal candidate",
    ),
    (Kind.MUST, r"buscamos a alguien (?:que|con)|tu perfil|lo que buscamos|qu[eé] buscamos"),
    (Kind.MUST, r"se requieren?|requerimos|necesitamos|person specification|essential(?: criteria| skills)?"),
    (Kind.MUST, r"minimum requirements|job requirements|key skills|you(?:'ll| will) need"),
    (Kind.MUST, r"to be successful in this role you have|education|experience|languages?"),
    (Kind.MUST, r"requisitos(?: m[ií]nimos)?|requerimientos|imprescindibles?|perfil(?: requerido)?"),
    (Kind.MUST, r"debes postular a este rol solo si|y sobre todo si dominas|formaci[oó]n(?: acad[eé]mica)?"),
    (Kind.MUST, r"conocimientos|experiencia|idiomas?"),
    (
        Kind.SUMMARY,
        r"job description|job summary|about the (?:job|role|position)|the role|role overview|overview",
    ),
    (Kind.SUMMARY, r"descripci[oó]n(?: del (?:puesto|empleo|cargo))?|sobre el puesto|acerca del puesto"),
    (Kind.OTHER, r"about (?:us|the company)|benefits|perks|what we offer|what's in it for you|se ofrece"),
    (Kind.OTHER, r"why (?:join|work with|work for) us\??|¿?(?:qu[eé]|lo que) (?:te )?ofrecemos\??"),
    (Kind.OTHER, r"about [\w&.,' -]{2,40}?(?=:)|top reasons to work with us|companies and partners"),
    (Kind.OTHER, r"how to apply|job types?|salary|remuneration|contract length|work remotely|location"),
    (Kind.MUST, r"programming languages needed"),
    (Kind.OTHER, r"working days and times|application deadline"),
    (
        Kind.OTHER,
        r"beneficios|ofrecemos|condiciones(?: del contrato)?|¿?c[oó]mo postular\??|lugar de pr[aá]cticas",
    ),
    (Kind.OTHER, r"¿?qu[eé] bene\w* disfrutar[aá]s\??|recomendaciones para postular|inscr[ií]bete hasta"),
]
_HEADING_KIND = [(kind, re.compile(rf"(?:{pattern})", re.IGNORECASE)) for kind, pattern in _HEADINGS]
_ANY_HEADING = "|".join(f"(?:{pattern})" for _, pattern in _HEADINGS)
_SP = r"[^\S\n]"  # a space within the line
# A heading owns a short line of its own, or ends in ":" or " -" inside running text.
_LINE_HEADING = re.compile(
    rf"^[^\w\n]{{0,3}}(?P<h>{_ANY_HEADING})(?:{_SP}*\([^)\n]{{0,40}}\)|{_SP}*[-\u2013]{_SP}*\w+"
    rf"|(?:{_SP}+\w+){{1,3}}(?={_SP}*:)|{_SP}+(?:and|&|y){_SP}+\w+)?"
    rf"{_SP}*[:\-\u2013]?{_SP}*(?:\.{{3}}|…)?{_SP}*$",
    re.IGNORECASE | re.MULTILINE,
)
_INLINE_HEADING = re.compile(
    rf"(?:(?<=^)|(?<=[\n.!?)])|(?<=\s))(?P<h>{_ANY_HEADING})(?:{_SP}*\([^)\n]{{0,30}}\))?{_SP}*"
    rf"(?::|{_SP}[-\u2013]{_SP})",
    re.IGNORECASE | re.MULTILINE,
)

# Run-on adverts also use headings with no colon, told by their Title Case: "What You Will Be Doing We".
_TITLED_HEADING = re.compile(rf"(?<=[\s.!])(?P<h>{_ANY_HEADING})(?=(?-i:\s+[A-Z0-9-]))", re.IGNORECASE)


def _title_case(heading: str) -> bool:
    words = heading.split()
    long = [word for word in words if len(word) >= 4]
    return len(words) >= 2 and bool(long) and sum(w[0].isupper() for w in long) >= 0.6 * len(long)


_BULLET = re.compile(r"(?:^|\s)[•·▪●◦*]\s+|(?:^|(?<=\s))[-\u2013]\s+(?=[A-ZÁÉÍÓÚÑ])|\n")
_SENTENCE = re.compile(r"(?<=[a-z0-9)%])(?<!e\.g)(?<!i\.e)(?<!etc)(?<!vs)[.!?]\s+(?=[A-ZÁÉÍÓÚÑ¿])|;\s*")
# "The ideal candidate has X, is comfortable with Y, and has Z": one clause per requirement.
_CLAUSE = re.compile(r",\s+(?:and\s+)?(?=(?:has|have|is|are|can|brings?|knows?)\s)")
MIN_CLAUSE_WORDS = 4
# Run-on adverts chain requirements without punctuation: "... or above Proficient with MVC ...".
_RUN_ON_CUE = re.compile(
    r"(?<=[A-Za-z0-9)])\s+(?=(?:Expert|Proficient|Proficiency|Hands[- ]on|Must|Experience|Knowledge|Familiar"
    r"|Familiarity|Ability|Strong|Good|Excellent|Understand|Understanding|Demonstrated|Proven|Effective"
    r"|Have|Bachelor|Master|Degree|High school|At least|Minimum|Working|Solid|Deep|Relational"
    r"|\d+\+? years)\b)"
)
_GLUED = re.compile(r"(?<=[a-z]{3})(?=[A-Z][a-z]{3})|(?<=[a-z]{3}[.)])(?=[A-Z][a-z]{3})")
_SPACES = re.compile(r"[^\S\n]+")
_MARKDOWN = re.compile(r"^\s*#{1,6}\s+|\*\*|__|`")
MAX_ITEM_CHARS = 400


def clean(text: str) -> str:
    """NFKC, tidy spaces, and put back the line breaks of adverts that lost theirs."""
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_MARKDOWN.sub("", _SPACES.sub(" ", line)).strip() for line in text.split("\n")]
    text = "\n".join(_unglue(line) for line in _without_page_furniture(lines)).strip()
    text = _DANGLING.sub(r"\1 ", _HYPHENATED.sub("", text))
    return _WRAPPED.sub(" ", text)


# A line a PDF wrapped mid-sentence: no closing punctuation, and the next line goes on in lower case.
_WRAPPED = re.compile(
    r"(?<=[^\s.:;!?])[^\S\n]*\n(?:[^\S\n]*\n)?(?=[a-záéíóúñ(])"
    r"|(?<=[,&])[^\S\n]*\n(?:[^\S\n]*\n)?(?=[^\s•·▪●◦*-])"
)
_DANGLING = re.compile(r"\b(or|and|y|o|de|with|of|the|in|to|for|such as)[^\S\n]*\n(?=[^\s•·▪●◦*-])")
_HYPHENATED = re.compile(r"(?<=[a-z])-[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*(?=[a-z])")


def _without_page_furniture(lines: list[str]) -> list[str]:
    """Drop what a printed job-board page repeats (logos, site names) and the ads it carries."""
    counts = Counter(lines)
    ads = {i + offset for i, line in enumerate(lines) if _AD_MARKER.search(line) for offset in range(-5, 1)}
    return [
        line
        for i, line in enumerate(lines)
        if i not in ads and not (line and _repeated(line, counts[line]) and heading_kind(line) == Kind.OTHER)
    ]


def _repeated(line: str, count: int) -> bool:
    # A bullet said twice ("- Python" as a must and again as a tool) is the advert's, not the page's.
    short = line.isupper() or len(line.split()) <= 2
    return count >= 3 or (count == 2 and short and line[:1] not in "-\u2013•·*▪●◦")


_AD_MARKER = re.compile(r"\b(?:patrocinado|sponsored|publicidad|advertisement)\b|^close ad$", re.IGNORECASE)


def _unglue(line: str) -> str:
    # Words glued at a lost line break ("Job SummaryUrgent") only split a long line with many of them, so
    # camel-case names (JavaScript, PostgreSQL) in ordinary lines are left alone.
    glued = len(_GLUED.findall(line))
    if len(line) < 200 or glued < 4 or glued * 150 < len(line):
        return line
    return _GLUED.sub("\n", line)


def heading_kind(heading: str) -> Kind:
    """Classify a heading's text by the first pattern it matches."""
    for kind, pattern in _HEADING_KIND:
        if pattern.fullmatch(heading.strip()):
            return kind
    return Kind.OTHER


def sections(text: str) -> list[tuple[Kind, str]]:
    """Cut the advert at its headings: (kind, body) in order; the text before the first heading is SUMMARY."""
    cuts = _heading_spans(text)
    out: list[tuple[Kind, str]] = []
    start, kind, before, label = 0, Kind.SUMMARY, Kind.SUMMARY, False
    for begin, end, heading in cuts:
        out.extend(_bodies(kind, text[start:begin], before if label else None))
        before = before if label else kind
        start, kind = end, heading_kind(heading)
        label = bool(_LABEL.fullmatch(heading)) or _opens_a_bullet(text, begin, end)
    out.extend(_bodies(kind, text[start:], before if label else None))
    return [(kind, body.strip()) for kind, body in out if body.strip()]


def _bodies(kind: Kind, body: str, before: Kind | None) -> list[tuple[Kind, str]]:
    """ "Salary: 26,000" labels its own line only: the lines after it go on with the section before it."""
    line, newline, rest = body.partition("\n")
    if before is not None and line.strip() and newline:
        return [(kind, line), (before, rest)]
    return [(kind, body)]


_BULLET_START = re.compile(r"[^\S\n]*(?:[•·▪●◦*]|[-\u2013])?[^\S\n]*$")


def _opens_a_bullet(text: str, begin: int, end: int) -> bool:
    """ "- Nice to have: AWS" labels its own bullet only: the list's next bullets go on as before.

    A heading that opens a line of a list, with the item written after it on the same line, is a cue for that
    item, not a section; a heading alone on its line (or in running text) still opens one.
    """
    line_start = text.rfind("\n", 0, begin) + 1
    opened = text[line_start:begin]
    rest_of_line = text[end:].split("\n", 1)[0]
    return bool(opened.strip()) and _BULLET_START.fullmatch(opened) is not None and bool(rest_of_line.strip())


_LABEL = re.compile(
    r"salary|location|job types?|contract length|work remotely|application deadline",
    re.IGNORECASE,
)


def _heading_spans(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), m.group("h")) for m in _LINE_HEADING.finditer(text)]
    spans += [(m.start(), m.end(), m.group("h")) for m in _INLINE_HEADING.finditer(text)]
    spans += [
        (m.start(), m.end(), m.group("h")) for m in _TITLED_HEADING.finditer(text) if _title_case(m["h"])
    ]
    spans.sort()
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def items(text: str) -> list[Item]:
    """Every requirement-like piece of the advert with its kind, in reading order."""
    found: list[Item] = []
    for kind, body in sections(clean(text)):
        for piece in split_items(body):
            found.append(Item(piece, _item_kind(kind, piece), len(found)))
    return found


def _item_kind(section: Kind, piece: str) -> Kind:
    if section in (Kind.MUST, Kind.SUMMARY) and advert_cues.preferred(piece):
        return Kind.NICE
    if section == Kind.NICE and advert_cues.insisted(piece):
        return Kind.MUST
    return section


def split_items(body: str) -> list[str]:
    """Split a section body at bullets, line breaks and sentence ends; lists of short terms become terms."""
    pieces: list[str] = []
    for chunk in _BULLET.split(body):
        for sentence in (clause for s in _SENTENCE.split(chunk) for clause in _clauses(s)):
            for part in _RUN_ON_CUE.split(sentence) if len(sentence) > 120 else [sentence]:
                pieces.extend(_list_terms(part))
    return [piece[:MAX_ITEM_CHARS] for piece in (p.strip(" .,;:-\u2013") for p in pieces) if len(piece) > 1]


def _clauses(sentence: str) -> list[str]:
    clauses = _CLAUSE.split(sentence)
    return clauses if all(len(clause.split()) >= MIN_CLAUSE_WORDS for clause in clauses) else [sentence]


def _list_terms(part: str) -> list[str]:
    """ "PYTHON, Java, C++, SQL, UNIX" is five requirements; a sentence with commas stays one."""
    terms = [term.strip() for term in _OUTSIDE_BRACKETS.split(_RUN_ON_TAIL.split(part, maxsplit=1)[0])]
    if len(terms) < 3:
        return [part]
    short = [term for term in terms if term and len(re.findall(r"\w+", re.sub(r"\(.*?\)", "", term))) <= 3]
    named = [term for term in short if _NAMED.match(term)]
    if len(short) == len(terms) and len(named) >= 0.6 * len(terms):
        return terms
    return [part]


_OUTSIDE_BRACKETS = re.compile(r",(?![^(]*\))|\s/\s")
_RUN_ON_TAIL = re.compile(r"\s+(?=(?:If|We|Our|You|The|This|Please|Si|Somos|Buscamos)\b)")


_NAMED = re.compile(r"(?:and |or |y |o )?(?:[A-ZÁÉÍÓÚÑ.]|\S*[\d#+])")
