"""Jobs a layout put under a skills heading: "Deutsche Bank Aug 2018 - Dec 2021" / "Software Engineer".

A two-column CV flattened to text interleaves its columns, and a history under a heading the reader does not
know ("Professional history" below "Technologies") runs on inside Skills: its dated roles are then read as a
skills list and its years as none. The same layout can put a whole history under the Education heading of
the other column ("Web-developer at Acme" / "August 2012 August 2013" below "Education"), or a job's title and
dates among the items of a "Languages:" label, a few items of the skills column between them. A recruiter
reads a date range beside a job title as a job wherever it is printed, so such a line (with the title on it,
on the line below, on the undated line above, or a few lines above a line of dates alone) opens a role, and
the prose lines under it, up to the next such line, describe that role. A list stays a list: only sentences
move, so a skills column interleaved with the role never counts as work; and under Education a line naming a
degree or a school ends the role. The other column's Languages heading can fall inside a role's description
too: its sentences ("Developed the client-side logic in PHP") stay the role's, its list of languages
("English") stays languages.
"""

from __future__ import annotations

import dataclasses
import re

from jobs.scoring import experience
from jobs.scoring.profile import CvProfile, Entry, Unit
from jobs.scoring.skills import fold
from jobs.scoring.work_dates import names_job, names_study

# Under Education, words of study beside a date are a course or a student's club, not a job ("Online course
# for software developers", "President, Student Nurses Association"): such a line is never a role there.
_STUDY = re.compile(
    r"\b(?:course|courses|program|programme|programs|training|student|students|certificate|certification"
    r"|class|classes|bootcamp|academy|school|thesis|graduated|studies|study)\b"
)

# A month and year closing a line ("... Sep 2019"): a start whose end the layout lost.
_STARTED = re.compile(rf"(?<![\w/.-])(?P<m>{experience.MONTH_RE})\.?\s*,?\s*(?P<y>(?:19|20)\d{{2}})\s*$")
_OUTSIDE_ROLES = ("skills", "summary", "credential", "languages")  # where a layout may have put dated roles
_DATE_LINE_WORDS = 6  # "Oct 2021 - May 2025", "May 2025 - Current | Melbourne"
_TITLE_WORDS = 8  # "Senior Principal Engineer at Slalom Build"
# A column interleaved line by line puts the other column's items ("Rust, Python," / "C++") between a job's
# title and its dates: a date line alone under a Skills or Languages label finds its title this far above.
_TITLE_REACH = 4


def recovered(cv: CvProfile) -> CvProfile:
    """The CV with the dated roles of its skills lists and its education read as roles."""
    units, entries = list(cv.units), list(cv.entries)
    current: int | None = None
    for position, unit in enumerate(units):
        if unit.kind not in _OUTSIDE_ROLES or _studied(unit):
            current = None
            continue
        spans = _job_spans(units, position, cv.present)
        if spans:
            entries.extend(Entry(span, unit.line.text) for span in spans)
            current = len(entries) - 1
            if unit.kind != "summary" and _titled_above(units, position, cv.present):  # its title, above
                units[position - 1] = dataclasses.replace(units[position - 1], kind="role", entry=current)
        if current is not None and (spans or not unit.line.is_list or _title_of(units, position, spans)):
            units[position] = dataclasses.replace(unit, kind="role", entry=current)
    if len(entries) == len(cv.entries):
        return cv
    latest = max(entry.span.end for entry in entries)
    years = experience.years([entry.span for entry in entries])
    return dataclasses.replace(cv, units=tuple(units), entries=tuple(entries), latest=latest, years=years)


def _job_spans(units: list[Unit], position: int, present: int) -> list[experience.Span]:
    """The ranges a line dates, when it, the undated line above or (in skills) the one below names a job."""
    text = units[position].line.text
    spans = experience.find_spans(text, present) or experience.unseparated_spans(text, present)
    if not spans:
        return _started(units[position])
    if units[position].kind == "summary":
        # Before any heading, only a line that is a date range under a job title ("Principal Engineer at
        # Acme" / "Oct 2021 - May 2025"): a summary's prose dates a career ("since 2014"), not a role.
        above = units[position - 1] if position > 0 else None
        title = above is not None and above.kind == "summary" and _is_title(above.line.text)
        return spans if title and len(text.split()) <= _DATE_LINE_WORDS else []
    # Under Education a title below the dates may be the next entry's, the dates a degree's: only its own
    # line or the undated one above names the job there.
    below = units[position + 1].line.text if position + 1 < len(units) else ""
    below = below if units[position].kind == "skills" else ""
    named = names_job(text) or names_job(below) or _titled_above(units, position, present)
    return spans if named or _titled_across_column(units, position, present) else []


def _started(unit: Unit) -> list[experience.Span]:
    """A job title ending in the month it started, its end lost to the layout ("Developer Sep 2019").

    Outside the dated roles only, where a column's dates came apart: its lines are a role's, but with no end
    written it adds no years (a span of no length), and a summary's "since May 2019" is left to the summary.
    """
    text = fold(unit.line.text).rstrip()
    if unit.kind == "summary" or not text[-1:].isdigit():  # most lines end in no year: done cheaply
        return []
    started = _STARTED.search(text)
    if started is None or len(text.split()) > _TITLE_WORDS:
        return []
    if not names_job(text[: started.start()]):
        return []
    month = int(started.group("y")) * 12 + experience.MONTHS[started.group("m")] - 1
    return [experience.Span(month, month)]


def _studied(unit: Unit) -> bool:
    """Whether a line under Education is about study (a degree, a school, a course): never a role there."""
    text = unit.line.text
    return unit.kind == "credential" and (names_study(text) or _STUDY.search(fold(text)) is not None)


def _titled_above(units: list[Unit], position: int, present: int) -> bool:
    """Whether the undated line just above, of the same section, is the job's title ("Developer at Acme")."""
    above = units[position - 1] if position > 0 else None
    if above is None or above.line.section != units[position].line.section or above.line.is_list:
        return False
    if _studied(above):  # a degree's name above its dates
        return False
    text = above.line.text
    return names_job(text) and not experience.find_spans(text, present)


def _is_title(text: str) -> bool:
    """Whether a line is a job title on its own ("Principal Engineer at Acme"), not a sentence naming one."""
    return len(text.split()) <= _TITLE_WORDS and names_job(text)


def _title_of(units: list[Unit], position: int, spans: list[experience.Span]) -> bool:
    """Whether the line is a title below a role's line ("Software Engineer / Senior Software Engineer")."""
    above = units[position - 1] if position > 0 else None
    return not spans and above is not None and above.kind == "role" and names_job(units[position].line.text)


def _titled_across_column(units: list[Unit], position: int, present: int) -> bool:
    """Whether a line that is only dates, in a skills or languages column, has a job title a few lines above.

    "Rust Developer" / "Rust, Python," / "Harbor Systems" / "C++" / "Mar 2020 - Mar 2024": two
    columns flattened line by line; the title, the employer and the dates are the job's, the lists the other
    column's. Only a title line of the same section with no dates between counts.
    """
    unit = units[position]
    if unit.kind not in ("skills", "languages") or len(unit.line.text.split()) > _DATE_LINE_WORDS:
        return False
    for above in reversed(units[max(0, position - _TITLE_REACH) : position]):
        if above.line.section != unit.line.section or experience.find_spans(above.line.text, present):
            return False
        if _is_title(above.line.text):
            return True
    return False
