"""Jobs a layout put under a skills heading: "Deutsche Bank Aug 2018 - Dec 2021" / "Software Engineer".

A two-column CV flattened to text interleaves its columns, and a history under a heading the reader does not
know ("Professional history" below "Technologies") runs on inside Skills: its dated roles are then read as a
skills list and its years as none. A recruiter reads a date range beside a job title as a job wherever it is
printed, so such a line (with the title on it or on the line below) opens a role, and the prose lines under
it, up to the next such line, describe that role. A list stays a list: only sentences move, so a skills
column interleaved with the role never counts as work.
"""

from __future__ import annotations

import dataclasses

from jobs.scoring import experience
from jobs.scoring.profile import CvProfile, Entry, Unit
from jobs.scoring.work_dates import names_job

_OUTSIDE_ROLES = ("skills", "summary")
_DATE_LINE_WORDS = 6  # "Oct 2021 - May 2025", "May 2025 - Current | Melbourne"
_TITLE_WORDS = 8  # "Senior Principal Engineer at Slalom Build"


def recovered(cv: CvProfile) -> CvProfile:
    """The CV with the dated roles of its skills lists read as roles."""
    units, entries = list(cv.units), list(cv.entries)
    current: int | None = None
    for position, unit in enumerate(units):
        if unit.kind not in _OUTSIDE_ROLES:
            current = None
            continue
        spans = _job_spans(units, position, cv.present)
        if spans:
            entries.extend(Entry(span, unit.line.text) for span in spans)
            current = len(entries) - 1
        if current is not None and (spans or not unit.line.is_list or _title_of(units, position, spans)):
            units[position] = dataclasses.replace(unit, kind="role", entry=current)
    if len(entries) == len(cv.entries):
        return cv
    latest = max(entry.span.end for entry in entries)
    years = experience.years([entry.span for entry in entries])
    return dataclasses.replace(cv, units=tuple(units), entries=tuple(entries), latest=latest, years=years)


def _job_spans(units: list[Unit], position: int, present: int) -> list[experience.Span]:
    """The ranges a skills line dates, when it or the line below names a job."""
    text = units[position].line.text
    spans = experience.find_spans(text, present) or experience.unseparated_spans(text, present)
    if not spans:
        return []
    if units[position].kind == "summary":
        # Before any heading, only a line that is a date range under a job title ("Principal Engineer at
        # Acme" / "Oct 2021 - May 2025"): a summary's prose dates a career ("since 2014"), not a role.
        above = units[position - 1] if position > 0 else None
        title = above is not None and above.kind == "summary" and _is_title(above.line.text)
        return spans if title and len(text.split()) <= _DATE_LINE_WORDS else []
    below = units[position + 1].line.text if position + 1 < len(units) else ""
    return spans if names_job(text) or names_job(below) else []


def _is_title(text: str) -> bool:
    """Whether a line is a job title on its own ("Principal Engineer at Acme"), not a sentence naming one."""
    return len(text.split()) <= _TITLE_WORDS and names_job(text)


def _title_of(units: list[Unit], position: int, spans: list[experience.Span]) -> bool:
    """Whether the line is a title below a role's line ("Software Engineer / Senior Software Engineer")."""
    above = units[position - 1] if position > 0 else None
    return not spans and above is not None and above.kind == "role" and names_job(units[position].line.text)
