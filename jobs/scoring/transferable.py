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
_QUOTES = 2
_MAX_QUOTES = 3  # as many as a criterion's evidence holds


@dataclass(frozen=True)
class Transfer:
    """A CV's years in a neighbouring field, what they earn, and the title lines that show them."""

    score: int  # out of CRITERION_MAX
    years: float
    fields: tuple[str, ...]
    quotes: tuple[str, ...]

    @property
    def note(self) -> str:
        """The words a justification and the summary give the credit."""
        return (
            f"transferable: about {self.years:.0f} years in a neighbouring field ({', '.join(self.fields)})"
        )


def of_career(cv: CvProfile, persona: Rubric) -> Transfer | None:
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
