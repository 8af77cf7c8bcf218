"""Transferable experience: years in a neighbouring field earn a small, stated share of a soft criterion.

A recruiter reading an accountant's CV for an office administrator post, or a developer's for IT support, says
"no office work shown, but years in the office next door: some of it carries over"; of a nurse or a graphic
designer (an unrelated field) he says nothing of the kind. So when a CV's dated roles hold years in a
neighbouring field (field_table.NEIGHBOUR: not the persona's own, not a half-neighbour), each soft criterion
(one about the occupation's work, asking for years, or naming no concrete skill, licence or language: years
in a data team count a little towards "3+ years of front end", not towards React) scoring less is raised to
CREDIT of its scale, in proportion to those years against the years wanted: 3/10 at most, with the
neighbouring role's title as its evidence and "transferable" in its justification and in the summary. The
credit is dropped when it alone would make a "yes": transferable experience shortlists nobody.

A newcomer studying in the persona's field or a neighbouring one ("BSc Computer Science" for a backend post,
"Nursing student" for a nurse's) has some grounding too, which a recruiter states the same way: STUDY of the
scale in the persona's own field, half that in a neighbouring one, below what two years of neighbouring work
earn. Only a newcomer's: a professional whose dated, titled career holds the years wanted is grounded by it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jobs.scoring import field, occupation, rubric
from jobs.scoring.criteria import Need
from jobs.scoring.field_table import NEIGHBOUR
from jobs.scoring.profile import CvProfile
from jobs.scoring.types import CRITERION_MAX, CriterionAssessment, Rubric

CREDIT = 0.3  # of a criterion's scale: below what one recent line of direct evidence earns (7/10)
_YEARS = 2.0  # the years that earn the full credit when the persona states no minimum
STUDY = 0.2  # of a criterion's scale, for study in the persona's own field; half that in a neighbouring one
_QUOTES = 2
_MAX_QUOTES = 3  # as many as a criterion's evidence holds


@dataclass(frozen=True)
class Transfer:
    """A CV's years in a neighbouring field, what they earn, and the title lines that show them."""

    score: int  # out of CRITERION_MAX
    years: float
    fields: tuple[str, ...]
    quotes: tuple[str, ...]
    studied: str = ""  # where a newcomer studied ("the field", "a neighbouring field"); empty for work

    @property
    def note(self) -> str:
        """The words a justification and the summary give the credit."""
        where = ", ".join(self.fields)
        if self.studied:
            return f"transferable: a newcomer who studied in {self.studied} ({where})"
        return f"transferable: about {self.years:.0f} years in a neighbouring field ({where})"


def of_career(cv: CvProfile, persona: Rubric) -> Transfer | None:
    """The credit the CV's career in a neighbouring field, or a newcomer's study, earns; None if neither."""
    found = [t for t in (_of_work(cv, persona), _of_study(cv, persona)) if t is not None]
    return max(found, key=lambda t: t.score, default=None)  # work first on a tie


def _of_study(cv: CvProfile, persona: Rubric) -> Transfer | None:
    """The credit a newcomer's study in the persona's field or a neighbouring one earns."""
    # Every role a field can be read from, by its title or its lines: an iOS engineer whose titles say only
    # "Engineer" has a career all the same. Unplaced volunteering ("Volunteer", "Member") is no career.
    career = sum(cv.entries[e].span.end - cv.entries[e].span.start for e in field.role_fields(cv)) / 12
    if career >= (persona.min_years_experience or _YEARS):
        return None
    wanted = field.wanted(persona)
    near = {f: field.nearness(frozenset({f}), wanted) for f in field.studied(cv)}
    best = max(near.values(), default=0.0)
    if best < NEIGHBOUR:
        return None
    near = {f: n for f, n in near.items() if n == best}  # the nearest subjects are the ones the note names
    own = best == 1.0
    score = int(CRITERION_MAX * (STUDY if own else STUDY / 2) + 0.5)
    where = "the field" if own else "a neighbouring field"
    lines = [u.quote for u in cv.units if field.is_study(u) and field.study_fields(u.read_as) & near.keys()]
    return Transfer(score, 0.0, tuple(sorted(near)), tuple(dict.fromkeys(lines))[:_QUOTES], where)


def _of_work(cv: CvProfile, persona: Rubric) -> Transfer | None:
    """The credit the CV's career in a neighbouring field earns; None when its career is elsewhere."""
    wanted = field.wanted(persona)
    placed = field.role_fields(cv, by_lines=False)  # a career is read from its titles
    by_field = _career(cv, placed)
    near = {f: y for f, y in by_field.items() if NEIGHBOUR <= field.nearness(frozenset({f}), wanted) < 1.0}
    if not near:
        return None
    years = sum(near.values())
    score = int(CRITERION_MAX * CREDIT * min(1.0, years / (persona.min_years_experience or _YEARS)) + 0.5)
    if score == 0:
        return None
    roles = {e: fields for e, fields in placed.items() if fields & near.keys()}
    return Transfer(score, years, tuple(sorted(near)), _title_quotes(cv, roles))


def _career(cv: CvProfile, placed: dict[int, frozenset[str]]) -> dict[str, float]:
    """The fields the career was spent in and their years: those with half the years of the main one or more.

    A role placed in two fields gives each half its years: a developer whose title names the finance
    ministry he built for ("FPS Finance - Front End Lead") spent his career in software, not in finance.
    """
    years: dict[str, float] = {}
    for entry, fields in placed.items():
        span = cv.entries[entry].span
        for name in fields:
            years[name] = years.get(name, 0.0) + (span.end - span.start) / 12 / len(fields)
    top = max(years.values(), default=0.0)
    return {name: held for name, held in years.items() if held >= top / 2}


def _title_quotes(cv: CvProfile, entries: dict[int, frozenset[str]]) -> tuple[str, ...]:
    """The latest neighbouring role's title lines, quoted as what the credit stands on."""
    latest = max(entries, key=lambda e: cv.entries[e].span.end)
    lines = occupation.titles(cv).get(latest, [])
    quotes = [cv.units[p].quote for p in lines if cv.units[p].quote] or [cv.entries[latest].quote]
    return tuple(dict.fromkeys(quotes))[:_QUOTES]


def eligible(wanted: Need) -> bool:
    """A criterion about the occupation's work or its years, or naming only skills many fields share."""
    if wanted.home:  # a licence, a degree or a language is held or not
        return False
    return bool(wanted.job) or wanted.years is not None or all(field.is_soft(t) for t in wanted.terms)


def apply(
    assessments: Sequence[CriterionAssessment],
    needs: Sequence[Need],
    persona: Rubric,
    transfer: Transfer | None,
) -> tuple[tuple[CriterionAssessment, ...], bool]:
    """Raise the transferable criteria to the credit; whether any was raised (never into a "yes")."""
    before = tuple(assessments)
    if transfer is None:
        return before, False
    after = tuple(
        _credited(a, transfer) if eligible(n) and a.score < transfer.score else a
        for a, n in zip(before, needs, strict=True)
    )
    lifted, _, _, _ = rubric.aggregate(after, persona)
    if after == before or lifted >= rubric.YES:
        return before, False
    return after, True


def _credited(assessment: CriterionAssessment, transfer: Transfer) -> CriterionAssessment:
    """The criterion at the credit, what evidence it had kept and said first ("about 0 years ...")."""
    if assessment.score == 0:
        return CriterionAssessment(
            assessment.name, transfer.score, f"Not shown directly; {transfer.note}.", transfer.quotes
        )
    why = f"{assessment.justification[: 297 - len(transfer.note)]}; {transfer.note}"
    quotes = tuple(dict.fromkeys(assessment.evidence + transfer.quotes))[:_MAX_QUOTES]
    return CriterionAssessment(assessment.name, transfer.score, why, quotes)
