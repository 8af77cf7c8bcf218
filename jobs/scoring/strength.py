"""How lines of evidence add up to a criterion's strength: the parts the offline scorer's findings share."""

from __future__ import annotations

from dataclasses import dataclass

from jobs.scoring.profile import CvProfile, Unit

SHARES = (0.6, 0.25, 0.15)  # of the best, second and third lines
CURVE = 0.65  # one line in a recent role 7/10, two 9/10, three 10/10; a skills list alone 4/10
OUT_OF_CONTEXT = 0.75  # a skill's mention in a line unrelated to the criterion counts this much
TITLE_WORDS = 8  # a role line this short is its title, where a held licence is written

Scored = list[tuple[float, Unit]]  # evidence strength per line, best first


@dataclass(frozen=True)
class Finding:
    """What a criterion's evidence comes to: its value, the lines behind it, the justification's start."""

    value: float  # 0..1
    units: Scored
    what: str  # the justification's first part


def combine(scored: Scored) -> float:
    """The best three lines' strengths as one value, 0..1, on the curve."""
    best = sorted((strength for strength, _ in scored), reverse=True)[: len(SHARES)]
    total = min(1.0, sum(share * strength for share, strength in zip(SHARES, best, strict=False)))
    return float(total**CURVE)


def in_context(relevance: float, floor: float = OUT_OF_CONTEXT) -> float:
    """How much a skill named in a line of this relevance to the criterion counts."""
    return floor + (1 - floor) * min(1.0, relevance)


def is_title(unit: Unit, cv: CvProfile) -> bool:
    """A role's title line (short, or the line that dates it), where a held title or licence is written."""
    dated = unit.entry is not None and cv.entries[unit.entry].quote == unit.line.text
    return dated or len(unit.line.text.split()) <= TITLE_WORDS
