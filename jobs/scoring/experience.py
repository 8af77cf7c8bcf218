"""Years of experience from a CV's date ranges: "2018 - present", "Jan 2019 - Mar 2021", "03/2017 - 06/2020".

Reproducibility: "present" is never the calendar day. It resolves to `AS_OF` (a constant that is part of the
offline scorer's version) or to the latest date written in the CV, whichever is later, so the same CV gets the
same years next month. Bump the offline version when `AS_OF` moves.

Conventions: a year without a month counts as mid-year (July), so "2018 - 2020" is 2 years; overlapping jobs
are merged, never counted twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobs.scoring.alternation import prefix_tree
from jobs.scoring.skills import fold

AS_OF = (2026, 11)  # (year, month) that "present" means unless the CV names a later date
_EARLIEST_YEAR = 1960
_YEAR_ONLY_MONTH = 7

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan janvier janv enero ene januar janner jaenner",
        "february feb fevrier fevr fev febrero februar",
        "march mar mars marzo marz maerz",
        "april apr avril avr abril abr",
        "may mai mayo",
        "june jun juin junio juni",
        "july jul juillet juil julio juli",
        "august aug aout agosto ago",
        "september sep sept septembre septiembre setiembre set",
        "october oct octobre octubre oktober okt",
        "november nov novembre noviembre",
        "december dec decembre diciembre dic dezember dez",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

# Longest first, as a prefix tree (the same matches): every date pattern tries the month names at each
# position of a line with a digit, and ~70 names one by one were most of the date reading's CPU.
MONTH_RE = prefix_tree(sorted(MONTHS, key=len, reverse=True))
PRESENT_WORDS = (
    r"present|current|currently|now|today|ongoing|to date|date|aujourd'hui|aujourd hui|ce jour|a ce jour"
    r"|actuel|actuellement|en cours|actualidad|presente|hoy|la fecha|actual|actualmente|heute|jetzt|aktuell"
    r"|derzeit|dato|laufend"
)
SEP = r"\s*(?:-{1,2}|~|->|to|until|till|a|au|hasta|al|bis|>)\s*"


def _date(tag: str, short: bool = False) -> str:
    year = r"(?:19|20)\d{2}"
    # "Sep 15 - NOW": a month and a two-digit year, trusted only inside a range ("May 15" alone is a day).
    two_digits = rf"|(?P<{tag}sm>{MONTH_RE})\.?\s*['\u2019]?(?P<{tag}sy>\d{{2}})(?![\d:])" if short else ""
    return (
        # "Feb 2018", "Feb. 2018", "Feb, 2018", "Feb '18"... and "Feb/2018", "Feb-2018" (a month name glued to
        # its year by a slash or a dash is as common a layout as the space).
        rf"(?:(?P<{tag}m>{MONTH_RE})(?:\.?\s*,?\s*'?|[/-])(?P<{tag}y>{year})"
        rf"{two_digits}"
        rf"|(?:\d{{1,2}}[/.])?(?P<{tag}n>0?[1-9]|1[0-2])\s*[/.]\s*(?P<{tag}ny>{year})"
        rf"|(?P<{tag}iy>{year})\s*[-/.]\s*(?P<{tag}in>0[1-9]|1[0-2])(?!\d)"
        rf"|(?P<{tag}o>{year}))"
    )


_RANGE = re.compile(
    rf"(?<![\d/.]){_date('s', True)}{SEP}(?:{_date('e', True)}|(?P<present>{PRESENT_WORDS}))(?![\d/])"
)
_SINCE = re.compile(rf"\b(?:since|depuis|desde|seit|from)\s+{_date('s')}(?![\w/])(?!{SEP}\w)")
DATE = re.compile(rf"(?<![\d/.]){_date('d')}(?![\w/])")
# "1998/2004", "2004/ 2013", "2013/---": years joined by a slash are a range as much as by a dash (a layout
# common in CVs from Russia and eastern Europe); a run of dashes after the slash leaves it open.
_SLASHED = re.compile(
    rf"(?<![\d/.])(?P<so>(?:19|20)\d{{2}})\s*/\s*(?:(?P<eo>(?:19|20)\d{{2}})|(?P<present>-{{2,}}|{PRESENT_WORDS}))"
    rf"(?![\w/])"
)
_CLAIM = re.compile(r"(\d{1,2})\s*\+?\s*(?:years?|yrs?|ans|anos|jahre)\b")
# "Sep. 2023 Mar. 2024", "2011 2017": a range whose dash the PDF dropped. Full dates only (a two-digit year
# would read "May 15 2019" as a range) and never inside a run of years ("2019 2020 2021" lists years).
_NOW_WORDS = "present|current|currently|now|ongoing"
_NOW = re.compile(rf"\b(?:{_NOW_WORDS})\b")
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_UNSEPARATED = re.compile(
    rf"(?<![\d/.])(?<!\d\s){_date('s')}\s+(?:{_date('e')}|(?P<present>{_NOW_WORDS}))"
    rf"(?![\w/])(?!\s*[\d/.])"
)
_NUMBER_WORDS_TEXT = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty"
)
NUMBER_WORDS = {word: value for value, word in enumerate(_NUMBER_WORDS_TEXT.split(), start=1)}
# "over ten years", "three years of experience": a total written in words is the same claim as "10 years".
_WORD_CLAIM = re.compile(rf"\b({'|'.join(NUMBER_WORDS)})\s*\+?\s*(?:years?|yrs?)\b")


@dataclass(frozen=True)
class Span:
    """A period in months since year 0 (end exclusive); `open` when it ran to "present"."""

    start: int
    end: int
    open: bool = False


def month_index(match: re.Match[str], tag: str) -> int | None:
    groups = match.groupdict()
    if groups.get(f"{tag}m"):
        return int(groups[f"{tag}y"]) * 12 + MONTHS[groups[f"{tag}m"]] - 1
    if groups.get(f"{tag}sy"):
        short = int(groups[f"{tag}sy"])
        century = 2000 if short <= AS_OF[0] % 100 + 1 else 1900
        return (century + short) * 12 + MONTHS[groups[f"{tag}sm"]] - 1
    if groups.get(f"{tag}ny"):
        return int(groups[f"{tag}ny"]) * 12 + int(groups[f"{tag}n"]) - 1
    if groups.get(f"{tag}iy"):
        return int(groups[f"{tag}iy"]) * 12 + int(groups[f"{tag}in"]) - 1
    if groups.get(f"{tag}o"):
        return int(groups[f"{tag}o"]) * 12 + _YEAR_ONLY_MONTH - 1
    return None


def latest_month(text: str) -> int:
    """Return the reference month for "present": AS_OF or the CV's latest written date, whichever is later."""
    reference = AS_OF[0] * 12 + AS_OF[1] - 1
    for match in DATE.finditer(fold(text)):
        month = month_index(match, "d")
        if month is not None:
            reference = max(reference, month)
    return reference


_ASCII_DIGIT = re.compile(r"[0-9]")


def has_digit(text: str) -> bool:
    """`any(char.isdigit() for char in text)`, by one C-level scan on ASCII text (nearly every line)."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(char.isdigit() for char in text)  # "²" counts: folding makes it a 2


def find_spans(line: str, present: int) -> list[Span]:
    """Return the date ranges written on one line; `present` is the month that "present"/"now" means."""
    if not has_digit(line):
        return []  # every date has a year in digits: most lines are done here, cheaply
    folded = fold(line)
    spans = [*_ranges(_RANGE, folded, present), *_ranges(_SLASHED, folded, present)]
    for match in _SINCE.finditer(folded):
        start = month_index(match, "s")
        if start is not None:
            spans.append(Span(start, present, True))
    return [span for span in spans if _EARLIEST_YEAR * 12 <= span.start <= span.end <= present]


def _ranges(pattern: re.Pattern[str], folded: str, present: int) -> list[Span]:
    """The ranges a pattern with a start ("s"), an end ("e") or "present" finds in a folded line."""
    spans: list[Span] = []
    for match in pattern.finditer(folded):
        start = month_index(match, "s")
        is_open = match.group("present") is not None
        end = present if is_open else month_index(match, "e")
        if start is not None and end is not None:
            spans.append(Span(start, end, is_open))
    return spans


def years(spans: list[Span]) -> float:
    """Return the years covered by the spans, overlaps merged, rounded to one decimal."""
    months = 0
    current_start, current_end = -1, -1
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.start > current_end:
            months += current_end - current_start
            current_start, current_end = span.start, span.end
        else:
            current_end = max(current_end, span.end)
    months += current_end - current_start
    return round(months / 12, 1)


# "Pediatric patients ages 6 months to 17 years", "children aged 3-11 years", "adults 65 years and older", "a
# 10-year-old codebase": years of somebody's or something's age, not of the writer's experience.
_AGED_BEFORE = re.compile(
    r"\b(?:aged?|ages)\s+(?:of\s+|between\s+|from\s+)?"
    rf"(?:(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s*(?:months?|years?|yrs?)?\s*(?:to|-|\u2013|and|through)\s*)?$"
)
_AGED_AFTER = re.compile(r"\s*-?\s*(?:old\b|of age\b|and (?:older|over|above|under|younger)\b)")


def _not_an_age(folded: str, match: re.Match[str]) -> bool:
    before = folded[max(0, match.start() - 40) : match.start()]
    return not (_AGED_BEFORE.search(before) or _AGED_AFTER.match(folded, match.end()))


def claimed_years(text: str) -> int:
    """Return the largest "N years" a line claims (used only when a CV has no date ranges)."""
    folded = fold(text)
    in_words = (NUMBER_WORDS[m.group(1)] for m in _WORD_CLAIM.finditer(folded) if _not_an_age(folded, m))
    # A claim in digits holds one, which a scan finds in C: the claim's own pattern opens with a group, so
    # `re` tried it at every position of every line of every CV.
    claims = _CLAIM.finditer(folded) if has_digit(folded) else ()
    in_digits = (int(m.group(1)) for m in claims if _not_an_age(folded, m))
    return max((*in_digits, *in_words), default=0)


def unseparated_spans(line: str, present: int) -> list[Span]:
    """Ranges written as two dates with nothing between them (the separator lost in extraction).

    Not part of `find_spans`, which also counts ranges to tell a CV from other documents: only a CV's roles
    are read this loosely.
    """
    folded = fold(line)
    if len(_YEARS.findall(folded)) < 2 and not (_YEARS.search(folded) and _NOW.search(folded)):
        return []  # two dates, or a date and "present", are needed: a cheap test before the long pattern
    spans: list[Span] = []
    for match in _UNSEPARATED.finditer(folded):
        start = month_index(match, "s")
        is_open = match.group("present") is not None
        end = present if is_open else month_index(match, "e")
        if start is not None and end is not None and start < end:  # "Summit 2018 07/2018" is one date
            spans.append(Span(start, end, is_open))
    return spans
