"""Roles dated by their length alone: "PHP Developer (9 months)" / "Web Developer (1 year 2 months)".

Some CVs give each job its length beside the title instead of its dates. A recruiter adds those lengths up:
three jobs of 9, 5 and 4 months are a year and a half of work, not none. Such a title opens a role of that
many months, and the undated lines of work under it, up to the next such title, describe that role. Their
order on the page is the only clue to when they were: the first is taken to end with the CV's latest date
and each next one to end where the one above began, so what they show fades as dated roles do (weights.py).
A line that already carries a date range is left to the dates: "Feb 2017 - Sep 2018 (1 year 8 months)".
"""

from __future__ import annotations

import dataclasses
import re

from jobs.scoring import experience
from jobs.scoring.profile import CvProfile, Entry
from jobs.scoring.work_dates import names_job

# The whole parenthesis is a length: "(9 month)", "(2 years)", "(1 year 8 months)", "(1 yr, 3 mos)".
_LENGTH = re.compile(
    r"\(\s*(?:(?P<years>\d{1,2})\s*(?:years?|yrs?)\b)?[\s,]*(?:(?P<months>\d{1,2})\s*(?:months?|mos?)\b)?\s*\)",
    re.IGNORECASE,
)
_TITLE_WORDS = 8  # "Senior PHP Developer at Acme (9 months)": a title, not a sentence


def dated(cv: CvProfile) -> CvProfile:
    """The CV with each undated role whose title states its length read as a role of that length."""
    if "(" not in "".join(u.line.text for u in cv.units if u.kind == "role" and u.entry is None):
        return cv  # nearly every CV: no undated role line with a parenthesis
    units, entries = list(cv.units), list(cv.entries)
    end, current = cv.latest, None
    for position, unit in enumerate(units):
        if unit.kind != "role" or unit.entry is not None:
            current = None
            continue
        months = _stated_months(unit.line.text)
        if months:
            entries.append(Entry(experience.Span(end - months, end), unit.line.text))
            current, end = len(entries) - 1, end - months
        if current is not None:
            units[position] = dataclasses.replace(unit, entry=current)
    if len(entries) == len(cv.entries):
        return cv
    years = experience.years([entry.span for entry in entries])
    latest = max(entry.span.end for entry in entries)
    return dataclasses.replace(cv, units=tuple(units), entries=tuple(entries), years=years, latest=latest)


def _stated_months(text: str) -> int:
    """The months a job title states as its length, 0 when the line is no such title."""
    match = _LENGTH.search(text)
    if match is None or not (match.group("years") or match.group("months")):
        return 0
    if len(text.split()) > _TITLE_WORDS or not names_job(text[: match.start()]):
        return 0
    return 12 * int(match.group("years") or 0) + int(match.group("months") or 0)
