"""Find and replace other people's names in CV text: supervisors, colleagues, anyone named with a title.

Other people are found by context: a title ("Mrs", "Dr"), a phrase such as "supervised by", or a listed
given name followed by a surname. A word the skills vocabulary or the persona's criteria need is never
removed. The candidate's own name is redaction_names' work, done first.
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_gate import AT_NAME, subn_lines
from jobs.scoring.redaction_names import NAME, Protects, is_name_word
from jobs.scoring.redaction_words import GIVEN_NAMES, NOT_NAME_WORDS, NOT_SURNAMES
from jobs.scoring.skills import fold

_GENDERED_TITLE = (
    r"Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Sra|Srta|Herr|Frau|Sir|Dame|Madam|Madame|Se\u00f1ora?|Signora?|Mevr|Mevrouw"
    r"|Dhr"
)
_ACADEMIC_TITLE = r"Dr|Prof|Professor|Doctor|Dra"
_CAP = r"(?:[A-Z\u00c0-\u00de][\w'\u2019-]*|[A-Z]\.)"
_TITLED = re.compile(rf"\b({_GENDERED_TITLE}|{_ACADEMIC_TITLE})\b(\.?[ \t]+)((?:{_CAP}[ \t]?){{1,3}})")
_MONTHS_TEXT = (
    "january february march april june july september october november december monday tuesday wednesday"
    " thursday friday saturday sunday"
)
_MONTHS = frozenset(_MONTHS_TEXT.split())
_PLACE_PREFIXES = frozenset(
    ("san", "santa", "santo", "sao", "saint", "st", "st.", "fort", "port", "mount", "lake")
)
_SUPERVISOR = re.compile(
    r"((?i:\b(?:supervised|managed|mentored|advised|coached|hired|trained)[ \t]+by[ \t]+"
    r"|\breport(?:ed|ing)[ \t]+to[ \t]+|\bunder[ \t]+the[ \t]+supervision[ \t]+of[ \t]+"
    r"|\b(?:supervisor|advis[eo]r|line[ \t]+manager|mentor|manager|tutor)[ \t]*:[ \t]*))"
    rf"((?:{_CAP})(?:[ \t]+(?:{_CAP})){{1,2}})"
)
_ROMAN = re.compile(r"[IVX]{2,4}")
# Compiled once: these run for every word of a CV.
_TOKEN = re.compile(r"\S+")
_COLUMN_GAP = re.compile(r"\t|[ ]{3,}")
_TRAILING = re.compile(r"[^\w'-]+$")
_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
_SURNAME_TAIL = re.compile(r"(?:['\u2019]s)?[^\w'-]*$")
# "Mrs. J. [name]": the title and initials before a name already replaced go with it.
_BARE_GENDERED_TITLE = re.compile(rf"\b(?:{_GENDERED_TITLE})\b\.?[ \t]*(?:[A-Z]\.[ \t]*)*(?=\[name\])")


def _looks_like_surname(word: str, protects: Protects) -> bool:
    folded = fold(word)
    return (
        is_name_word(word)
        and len(folded) > 1
        and folded not in NOT_SURNAMES
        and folded not in NOT_NAME_WORDS
        and folded not in _MONTHS
        and _ROMAN.fullmatch(word) is None  # "Federico II" is a king (and a university), not a surname
        and not protects(word)
    )


def replace_other_names(text: str, protects: Protects) -> tuple[str, int, int]:
    """Replace titled names and "Given Surname" pairs; return the text, names and gendered titles found."""
    names = titles = 0

    def titled(match: re.Match[str]) -> str:
        nonlocal names, titles
        title, gap, rest = match.groups()
        words = [word for word in rest.split() if not _MIDDLE_INITIAL.fullmatch(word)]  # "Mrs. J. Smith"
        if not words or not _looks_like_surname(words[0].rstrip("."), protects):
            return match.group(0)
        names += 1
        gendered = not re.fullmatch(_ACADEMIC_TITLE, title)
        titles += gendered
        tail = " " if rest.endswith(" ") else ""
        return (NAME if gendered else f"{title}{gap}{NAME}") + tail

    text = _TITLED.sub(titled, text)
    text, bare = subn_lines(_BARE_GENDERED_TITLE, "", text, AT_NAME)
    titles += bare
    text, supervisors = _replace_supervisors(text, protects)
    names += supervisors
    lines = text.split("\n")
    for index, line in enumerate(lines):
        lines[index], found = _given_surname(line, protects)
        names += found
    return "\n".join(lines), names, titles


def _replace_supervisors(text: str, protects: Protects) -> tuple[str, int]:
    """Replace the name after "supervised by", "reported to", "Advisor:", whatever its given name."""
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        words = match.group(2).split()
        if not all(_looks_like_surname(word, protects) for word in words):
            return match.group(0)
        count += 1
        return match.group(1) + NAME

    return _SUPERVISOR.sub(replace, text), count


def _given_surname(line: str, protects: Protects) -> tuple[str, int]:
    if GIVEN_NAMES.isdisjoint(fold(line).split()):
        return line, 0  # most lines name nobody: a whole token must be a listed given name
    tokens = list(_TOKEN.finditer(line))
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens) - 1:
        first = tokens[index].group(0)
        given = _TRAILING.sub("", first)
        place = index > 0 and fold(tokens[index - 1].group(0)) in _PLACE_PREFIXES  # "San Francisco"
        if (
            first == given
            and fold(given) in GIVEN_NAMES
            and is_name_word(given)
            and not place
            and not protects(given)
        ):
            end = index + 1
            if _MIDDLE_INITIAL.fullmatch(tokens[end].group(0)) and end + 1 < len(tokens):
                end += 1  # a middle initial: "John Q. Public"
            if _COLUMN_GAP.search(line, tokens[end - 1].end(), tokens[end].start()):
                index += 1  # "Biuro Rachunkowe Lech     Stan cywilny": the next column's word
                continue
            surname = _SURNAME_TAIL.sub("", tokens[end].group(0))
            if tokens[end].group(0).startswith(NAME):  # "Sarah [name]": the surname is already gone
                spans.append(tokens[index].span())
                index = end
                continue
            if surname and _looks_like_surname(surname, protects):
                spans.append((tokens[index].start(), tokens[end].start() + len(surname)))
                index = end + 1
                continue
        index += 1
    for start, end in reversed(spans):
        line = line[:start] + NAME + line[end:]
    return line, len(spans)
