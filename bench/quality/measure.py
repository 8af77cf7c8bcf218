"""Shared measuring helpers: personas to rubrics, one CV through the real pipeline, pairwise credit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.pipeline import score_cv
from jobs.scoring.types import Criterion, Rubric, ScoreResult, ScoringError

SCORER = OfflineScorer()


def rubric_from(data: Mapping[str, object]) -> Rubric:
    """Build a Rubric from a persona's JSON."""
    criteria = tuple(Criterion(**c) for c in data["criteria"])  # type: ignore[attr-defined]
    return Rubric(
        role_title=str(data["role_title"]),
        description=str(data.get("description", "")),
        criteria=criteria,
        min_years_experience=int(data.get("min_years_experience", 0)),  # type: ignore[call-overload]
    )


def score(text: str, rubric: Rubric, hidden: Iterable[str] = ()) -> ScoreResult | None:
    """Score one CV through the real pipeline; None when it cannot be scored."""
    try:
        return score_cv(text=text, hidden_reasons=tuple(hidden), rubric=rubric, scorer=SCORER)
    except ScoringError:
        return None


def pair_credit(better: float, worse: float) -> float:
    """1 when the better-labelled item scores higher, 0.5 on a tie, 0 otherwise."""
    return 1.0 if better > worse else 0.5 if better == worse else 0.0


def tier_pairs(scores: Mapping[str, float], tiers: Sequence[Sequence[str]]) -> list[float]:
    """Credit for every pair of items in different tiers (tiers listed best first)."""
    return [
        pair_credit(scores[a], scores[b])
        for i, tier in enumerate(tiers)
        for lower in tiers[i + 1 :]
        for a in tier
        for b in lower
    ]
