"""A CV read for scoring: its lines with where they sit, the dated roles they belong to, and their vectors.

Where a line sits says how strongly it evidences what it names: used in a dated role beats a project, beats
the summary, beats a bare skills list; education and certifications are where degrees and licences live. A
line of the experience section belongs to the dated entry written nearest above it (or, for a title written
before its dates, the next one), so its recency is known. Dates printed in a margin column or right-aligned
come out of the PDF on lines of their own and still open an entry.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from jobs.scoring import (
    degrees,
    experience,
    levels,
    products,
    redaction,
    semantic,
    senses,
    skills,
    spelling,
    split_words,
)
from jobs.scoring.sections import Line, clean_line, found_sections, split_lines
from jobs.scoring.types import Rubric
from jobs.scoring.work_dates import work_spans

# Section -> kind of evidence.
_KINDS = {
    "experience": "role",
    "projects": "project",
    "summary": "summary",
    "header": "summary",
    "skills": "skills",
    "education": "credential",
    "certifications": "credential",
    "languages": "languages",
    "other": "other",
}
_STOP_TEXT = (
    "the and for with of in on to a an or at as by from into is are be this that our their its any ideally"
    " strong good solid proven excellent experience experienced years year knowledge ability skills skill"
    " understanding familiarity plus etc professional production hands-on working work must nice have using"
    " able including related relevant least minimum preferred required another other such"
)
STOP = frozenset(_STOP_TEXT.split())
_TITLE_WORDS = 10
_SUFFIXES_TEXT = (
    "iations iation ations ation ments ment ships ship ings ing ness ants ant ies ers er ed es s y e"
)
_SUFFIXES = tuple(_SUFFIXES_TEXT.split())
# Words whose cut stem is another common word: "statements" is not "State" (a CV's "City, State"),
# accountancy is not an account (a customer's, an AWS one): "accountant" must not meet "account manager",
# and a specification written is not "that specific territory".
_WHOLE = {"statement": "statement", "statements": "statement", "department": "department",
          "departments": "department", "accountant": "accounting", "accountants": "accounting",
          "accountancy": "accounting", "accounting": "accounting", "specification": "specification",
          "specifications": "specification"}  # fmt: skip
# "Accounts payable" is the ledger's sense of "account", whatever account a line names elsewhere.
_LEDGER = re.compile(r"\baccounts? (?=payable|receivable)")
_WORD = re.compile(r"[a-z][a-z+#-]{2,}")


@dataclass(frozen=True)
class Entry:
    """A dated period of work, and the line that dates it (quoted as evidence of years)."""

    span: experience.Span
    quote: str


@dataclass(frozen=True)
class Unit:
    """One line of the CV as evidence."""

    line: Line
    kind: str  # role | project | summary | skills | credential | languages | other
    skills: frozenset[str]  # named directly
    implied: frozenset[str]  # implied by what is named (Django -> Python)
    stems: frozenset[str]  # content words, for criteria that name no known skill
    quote: str
    entry: int | None  # index into CvProfile.entries
    stated_years: int  # "Python 5+ yrs": the largest number of years the line states
    read_as: str  # the text skills, words and meaning are read from (products, degrees, senses)
    ended: int | None = None  # a project line's: the end month of the dates written above it (its recency)
    low_skills: frozenset[str] = frozenset()  # skills the line rates low ("Python (basic)"): levels.py
    low_stems: frozenset[str] = frozenset()  # ... and the words it rates so ("basic bookkeeping")


@dataclass(frozen=True)
class CvProfile:
    units: tuple[Unit, ...]
    entries: tuple[Entry, ...]
    present: int  # the month "present" means
    latest: int  # the end of the latest dated entry: the CV's own "now", which recency is measured from
    years: float  # dated experience, overlaps merged
    claimed: tuple[int, str]  # the largest "N years" stated in prose, and where
    vectors: semantic.Vectors  # one row per unit
    all_stems: frozenset[str]  # every unit's content words
    all_skills: frozenset[str]  # every skill named or implied anywhere


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Cut common English suffixes so "nursing" meets "nurse" and "reconciliations" meets "reconciled"."""
    word = spelling.american(word)  # "visualisation" meets "visualization"
    if word in _WHOLE:
        return _WHOLE[word]
    for _ in range(2):  # "payables" -> "payable" -> "payabl", like "payable"
        cut = next((s for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 4), "")
        if not cut:
            break
        word = word[: -len(cut)]
    return word


def stems(text: str) -> frozenset[str]:
    """Return the stemmed content words of a text."""
    folded = skills.fold(text)
    if "account" in folded:  # the pattern is tried only where it can match (~3 times a line)
        folded = _LEDGER.sub("accounting ", folded)
    return frozenset(stem(w) for w in _WORD.findall(folded) if w not in STOP)


def _quote(line: Line, given: list[str], seen: list[str]) -> str:
    """Quote the line as given to the scorer (the redacted copy only when the given line is too long)."""
    original = clean_line(given[line.index]) if line.index < len(given) else ""
    changed = line.index < len(seen) and seen[line.index] != given[line.index]
    return original if changed and original and len(original) <= 240 else line.text


def _kind(line: Line, has_experience: bool, after_dates: bool) -> str:
    if not has_experience and after_dates and line.section in ("header", "summary", "other"):
        return "role"  # a CV without an Experience heading: lines after a date range describe a job
    return _KINDS.get(line.section, "other")


_DATABLE = frozenset(("experience", "header", "summary", "other", "projects"))  # what `_dated` may accept


def _dated(line: Line, has_experience: bool) -> bool:
    """Whether a date range on this line dates a role (not a degree or a course)."""
    if has_experience:
        return line.section == "experience"
    return line.section in ("header", "summary", "other", "projects")


def _dated_experience(lines: list[Line], dated: list[list[experience.Span]]) -> bool:
    """Whether the Experience section dates anything.

    A PDF that draws every heading before the bodies (Canva) can leave the heading empty and its roles under
    another one; its roles are then found as in a CV with no Experience heading.
    """
    return any(line.section == "experience" and spans for line, spans in zip(lines, dated, strict=True))


def _attach(kinds: list[str], entry_of: list[int | None]) -> list[int | None]:
    """Give role lines written before the first dates of their entry (a title line) the next entry."""
    attached = list(entry_of)
    upcoming: int | None = None
    for position in range(len(attached) - 1, -1, -1):
        if kinds[position] != "role":
            upcoming = None
        elif attached[position] is None:
            attached[position] = upcoming
        else:
            upcoming = attached[position]
    return attached


def _is_title_before(lines: list[Line], kinds: list[str], position: int) -> bool:
    if position == 0 or kinds[position - 1] != "role":
        return False
    previous = lines[position - 1].text
    return len(previous.split()) <= _TITLE_WORDS and not previous.endswith(".")


def read(cv_text: str, rubric: Rubric) -> CvProfile:
    """Read a CV (the scorer redacts its own copy, so names and contacts cannot move a score)."""
    redacted = redaction.redact_text(cv_text, keep=redaction.rubric_keep_words(rubric)).text
    given, seen = cv_text.splitlines(), redacted.splitlines()
    all_lines = split_lines(redacted)
    lines = [line for line in all_lines if not line.is_heading]
    present = experience.latest_month(redacted)
    # Ranges split over lines, and no degree's years. Skills, education... never date a role: not read.
    datable = [line.text if line.section in _DATABLE else "" for line in lines]
    dated = work_spans(datable, present)
    has_experience = _dated_experience(lines, dated) if "experience" in found_sections(all_lines) else False
    entries: list[Entry] = []
    kinds: list[str] = []
    entry_of: list[int | None] = []
    for position, line in enumerate(lines):
        spans = dated[position] if _dated(line, has_experience) else []
        entries.extend(Entry(span, line.text) for span in spans)
        kind = _kind(line, has_experience, bool(entries))
        if spans and _is_title_before(lines, kinds, len(kinds)):
            entry_of[-1] = len(entries) - 1  # "Developer, Acme" written just above its own dates
        kinds.append(kind)
        entry_of.append(len(entries) - 1 if entries and kind == "role" else None)
    entry_of = _attach(kinds, entry_of)
    # A role one line of which is about a university course (its TA duties) is read so throughout.
    academic = {
        e for line, e in zip(lines, entry_of, strict=True) if e is not None and senses.academic(line.text)
    }
    placed = zip(lines, kinds, entry_of, strict=True)
    units = tuple(_unit(line, kind, entry, given, seen, entry in academic) for line, kind, entry in placed)
    units = _dated_projects(units, dated) if entries else units  # fading needs the roles' "now"
    units = _under_labels(units)
    claimed = max(
        ((u.stated_years, u.quote) for u in units if u.kind != "skills"),
        default=(0, ""),
    )
    years = experience.years([entry.span for entry in entries])
    vectors = semantic.embed([unit.read_as for unit in units])
    all_stems = frozenset().union(*(u.stems for u in units))
    all_skills = frozenset().union(*(u.skills | u.implied for u in units))
    latest = max((entry.span.end for entry in entries), default=present)
    return CvProfile(units, tuple(entries), present, latest, years, claimed, vectors, all_stems, all_skills)


def _dated_projects(units: tuple[Unit, ...], dated: list[list[experience.Span]]) -> tuple[Unit, ...]:
    """Give each project line the end of the dates written nearest above it in its section.

    A project dated "2015 - 2016" is as old as a role of those years: what it shows fades alike (weights.py).
    Its dates are no work experience, so it opens no entry and adds no years.
    """
    ended: int | None = None
    out: list[Unit] = []
    for position, unit in enumerate(units):
        if unit.kind != "project":
            ended = None
        elif dated[position]:
            ended = max(span.end for span in dated[position])
        # A project's title written just above its own dates ("Churn model" / "2023 - 2024") is of those.
        below = dated[position + 1] if position + 1 < len(units) and not dated[position] else []
        own = max(span.end for span in below) if below and _titles_next(units, position) else ended
        out.append(dataclasses.replace(unit, ended=own) if unit.kind == "project" and own else unit)
    return tuple(out)


def _under_labels(units: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """Rate low the line under a level label alone on its line ("Familiar:" / "AS3 • iOS • MySQL")."""
    out = list(units)
    for position in range(1, len(units)):
        above, unit = units[position - 1], units[position]
        if unit.line.section == above.line.section and levels.label_only(above.line.text):
            out[position] = dataclasses.replace(unit, low_skills=unit.skills, low_stems=unit.stems)
    return tuple(out)


def _titles_next(units: tuple[Unit, ...], position: int) -> bool:
    """Whether a project line is the title of the dates on the line below it (short, no full stop)."""
    text = units[position].line.text
    below = units[position + 1]
    return below.kind == "project" and len(text.split()) <= _TITLE_WORDS and not text.endswith(".")


def _unit(
    line: Line, kind: str, entry: int | None, given: list[str], seen: list[str], academic: bool
) -> Unit:
    # A title a PDF glued ("ClassroomTeacher") names its occupation and its words as the spaced one does.
    # Its words too, only then: "JavaScript" split would add "java" to a line about another language.
    glued = skills.occupations_glued(line.text)
    # "An accounting app" was built, not accounting done; "AWS accounts" are no ledger; "B.A." is a degree;
    # "S wift" is Swift, not the language S (split_words).
    rejoined = split_words.rejoined(line.text)
    read_as = senses.read_as(degrees.read_as(products.subject_free(rejoined)), academic)
    direct = frozenset(skills.find_skills(read_as) | glued)
    implied = frozenset(skills.expand_line(set(direct), senses.calls_back_end(rejoined))) - direct
    years = experience.claimed_years(line.text)
    words = stems(read_as) | stems(skills.unglued(line.text)) if glued else stems(read_as)
    words -= stems(" ".join(senses.other_senses(read_as)))  # "a CI/CD pipeline" is no sales pipeline
    unit = Unit(line, kind, direct, implied, words, _quote(line, given, seen), entry, years, read_as)
    scopes = levels.low_scopes(line.text, listed=kind in ("skills", "languages"))
    if not scopes:
        return unit
    rated = " , ".join(scopes)  # "Python (basic)": what the line itself rates low
    low = frozenset(skills.find_skills(rated) | skills.occupations_glued(rated)) & direct
    return dataclasses.replace(unit, low_skills=low, low_stems=stems(rated) & words)
