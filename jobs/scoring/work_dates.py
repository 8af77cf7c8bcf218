"""Which lines of a CV date a job: ranges split over lines, and a degree's years told from a job's.

`experience.find_spans` reads one line. Real layouts spread a range over several: a start date opening the
title line with the end below it ("September 2019 Senior Team Manager" / "currently working"), a dash ending
one line and "Present" the next, or, in a two-column table flattened to text, an end month and its year on
lines of their own with a description between them. Those are joined here, to the line that starts the range.

A degree's years are study, not work, wherever the section is: a CV without an Education heading (or with its
education inside Experience) must not turn "University of X 2016 - 2020" into four years of experience. A
dated line that names a job is work; one that names a degree or a school (and no job near it) is study.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from jobs.scoring.experience import (
    DATE,
    MONTH_RE,
    MONTHS,
    PRESENT_WORDS,
    SEP,
    Span,
    find_spans,
    has_digit,
    month_index,
    unseparated_spans,
)
from jobs.scoring.skills import fold

_LOOK_AHEAD = 3  # an end date sits at most this many lines below the line its range starts on
_YEAR = r"(?:19|20)\d{2}"
# A line that only ends a range: "December 2017", "2019", "- Present", "currently working".
_END_ONLY = re.compile(
    rf"(?:{SEP})?(?:(?P<date>{DATE.pattern})|(?P<present>{PRESENT_WORDS})(?:\s+[a-z]+)?)\W*",
)
_MONTH_ONLY = re.compile(rf"(?P<month>{MONTH_RE})\.?")
_YEAR_ONLY = re.compile(rf"(?P<year>{_YEAR})")
_TRAILING_SEP = re.compile(rf"{SEP}$")

_JOB = re.compile(
    r"\b(?:engineer|developer|programmer|manager|analyst|assistant|intern|internship|teacher|lecturer"
    r"|professor|instructor|tutor|researcher|scientist|nurse|technician|administrator|coordinator|consultant"
    r"|specialist|officer|director|lead|head|designer|architect|accountant|clerk|fellow|president|founder"
    r"|representative|supervisor|advisor|adviser|counselor|counsellor|librarian|aide|worker|staff|employee"
    r"|volunteer|trainer|trainee|apprentice|contractor|freelance|freelancer|postdoc|receptionist|secretary"
    r"|operator|owner|executive|agent|associate professor|ingenieur|desarrollador|entwickler)s?\b"
)
_DEGREE = re.compile(
    r"\b(?:bachelor|bachelors|master|masters|mba|msc|bsc|beng|meng|btech|mtech|phd|ph\.d|doctorate|diploma"
    r"|degree|gpa|coursework|undergraduate|baccalaureate|a-levels|licenciatura|maestria|licence|studium"
    r"|abitur|high school)\b|\b[bm]\.(?:s|a|sc|eng)\."
)
_SCHOOL = re.compile(
    r"\b(?:university|universidad|universite|universitat|universita|college|hochschule|fachhochschule"
    r"|polytechnic|politecnico|institute of technology|business school|graduate school|law school"
    r"|medical school|ecole|escuela)\b"
)
_WORKPLACE = re.compile(r"\b(?:hospital|clinic|medical center|library|laboratory|lab|department)\b")
_CONTEXT_WORDS = 12  # a neighbouring line this short can say what a dated line is (a title, a degree)


def work_spans(texts: Sequence[str], present: int) -> list[list[Span]]:
    """Per line, the date ranges that date a job (a range split over lines belongs to its first line)."""
    spans = [find_spans(text, present) or unseparated_spans(text, present) for text in texts]
    ends_used: set[int] = set()
    for index, text in enumerate(texts):
        if spans[index] or index in ends_used:
            continue
        start = _open_start(text)
        if start is None:
            continue
        found = _end_below(texts, index, present)
        if found is not None:
            end, is_open, used = found
            ends_used.update(used)
            if start <= end <= present:
                spans[index] = [Span(start, end, is_open)]
    return [[] if found and _is_study(texts, index) else found for index, found in enumerate(spans)]


def _open_start(text: str) -> int | None:
    """The month a range starts on, when the line holds one date that opens it and no end."""
    if not has_digit(text):
        return None
    folded = fold(text).strip()
    dates = list(DATE.finditer(folded))
    if len(dates) != 1:
        return None
    date = dates[0]
    if date.start() != 0 and not _TRAILING_SEP.search(folded[date.end() :]):
        return None  # a date in the middle of a sentence starts nothing
    return month_index(date, "d")


def _end_below(texts: Sequence[str], index: int, present: int) -> tuple[int, bool, set[int]] | None:
    """The end of a range started on line `index`: (month, is "present", lines it was read from)."""
    for below in range(index + 1, min(len(texts), index + 1 + _LOOK_AHEAD)):
        folded = fold(texts[below]).strip()
        end = _END_ONLY.fullmatch(folded)
        if end and end.group("present"):
            return present, True, {below}
        if end and end.group("date"):
            month = month_index(end, "d")
            return (month, False, {below}) if month is not None else None
        month_only = _MONTH_ONLY.fullmatch(folded)
        if month_only:
            return _year_below(texts, below, month_only.group("month"))
        if DATE.search(folded):
            return None  # another date: the next entry has begun
    return None


def _year_below(texts: Sequence[str], index: int, month: str) -> tuple[int, bool, set[int]] | None:
    """An end month alone on its line with its year alone on a line just below it."""
    for below in range(index + 1, min(len(texts), index + 1 + _LOOK_AHEAD)):
        year = _YEAR_ONLY.fullmatch(fold(texts[below]).strip())
        if year:
            return int(year.group("year")) * 12 + MONTHS[month] - 1, False, {index, below}
    return None


def names_job(text: str) -> bool:
    """Whether a line names a job ("Software Engineer", "Team Lead") and no degree or school."""
    line = fold(text)
    return bool(_JOB.search(line)) and not _DEGREE.search(line) and not _SCHOOL.search(line)


def names_study(text: str) -> bool:
    """Whether a line names a degree or a school ("MSc Computer Science", "State University")."""
    line = fold(text)
    return bool(_DEGREE.search(line) or _SCHOOL.search(line))


def _is_study(texts: Sequence[str], index: int) -> bool:
    """Whether a dated line dates a degree or a school rather than a job."""
    line = fold(texts[index])
    if _JOB.search(line):
        return False
    around = [fold(texts[i]) for i in (index - 1, index + 1) if 0 <= i < len(texts)]
    around = [text for text in around if len(text.split()) <= _CONTEXT_WORDS and not DATE.search(text)]
    if any(_JOB.search(text) for text in around):
        return False
    if _DEGREE.search(line) or (_SCHOOL.search(line) and not _WORKPLACE.search(line)):
        return True
    return any(_DEGREE.search(text) for text in around)
