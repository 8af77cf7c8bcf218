"""Turn per-criterion scores into the overall 0-100 score and a recommendation, in code, never by the model.

Overall score = weighted mean of the criterion scores (0..CRITERION_MAX) scaled to 0-100, rounded half up.
A required criterion's weight counts `REQUIRED_WEIGHT` times: a must-have matters more than the nice-to-haves
of the same weight (on real CVs, a strong candidate's must-have lifted him to "yes" and a stray mention of it
weighed less against the rest). The LLM and offline paths share this function, so they aggregate alike.
A criterion the scorer did not assess counts as 0 (flag `missing_criteria`). Weights below zero count as
zero; if no weight is positive, every criterion weighs the same.

A required criterion scoring below `REQUIRED_FLOOR` caps the overall score at `REQUIRED_CAP`, which is
always a "no" (flag `required_unmet`): no strength elsewhere makes up for a must-have that is missing. The cap
keeps the order: scores above `CAP_KNEE` are pressed into `CAP_KNEE`..`REQUIRED_CAP`, not all set to it, so
candidates who each miss a must-have still rank (a persona drafted from an advert often marks six criteria
required, and nearly every real CV misses one of them).
A required criterion only partly met (below `REQUIRED_WEAK`) caps it at `WEAK_CAP`, the top of "maybe" (flag
`required_weak`): a recruiter does not say "yes" to a candidate whose must-have is only hinted at (coursework
"exposure to machine learning" for an ML post), however well the nice-to-haves read.

| recommendation | overall score      |
| -------------- | ------------------ |
| strong_yes     | >= 80 (STRONG_YES) |
| yes            | 65-79 (YES)        |
| maybe          | 45-64 (MAYBE)      |
| no             | < 45               |
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from jobs.scoring.types import CRITERION_MAX, CriterionAssessment, CriterionResult, Rubric

STRONG_YES = 80
YES = 65
MAYBE = 45
REQUIRED_FLOOR = 4  # out of CRITERION_MAX
REQUIRED_CAP = 40  # below MAYBE, so a capped CV is a "no"
CAP_KNEE = 30  # a capped score at or below it is left as it is
REQUIRED_WEAK = 6  # out of CRITERION_MAX: at or above it, a must-have is shown, not only hinted at
WEAK_CAP = YES - 1  # the top of "maybe"
REQUIRED_WEIGHT = 1.5  # a must-have weighs half as much again as the recruiter's weight says
NOT_ASSESSED = "Not assessed by the scorer."


def recommendation(score: int) -> str:
    """Return the recommendation for an overall 0-100 score."""
    if score >= STRONG_YES:
        return "strong_yes"
    if score >= YES:
        return "yes"
    if score >= MAYBE:
        return "maybe"
    return "no"


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _results(
    assessments: Sequence[CriterionAssessment], rubric: Rubric
) -> tuple[tuple[CriterionResult, ...], bool]:
    by_name: dict[str, CriterionAssessment] = {}
    for assessment in assessments:
        by_name.setdefault(_key(assessment.name), assessment)  # the first answer for a name wins
    results: list[CriterionResult] = []
    missing = False
    for criterion in rubric.criteria:
        found = by_name.get(_key(criterion.name))
        missing = missing or found is None
        score = min(max(int(found.score), 0), CRITERION_MAX) if found else 0
        results.append(
            CriterionResult(
                name=criterion.name,
                weight=criterion.weight,
                required=criterion.required,
                score=score,
                justification=found.justification if found else NOT_ASSESSED,
                evidence=found.evidence if found else (),
            )
        )
    return tuple(results), missing


def weighted_score(results: Sequence[CriterionResult]) -> int:
    """Return the weighted mean of the criterion scores on 0-100 (required ones weigh more), half up."""
    if not results:
        return 0
    weights = [max(result.weight, 0.0) for result in results]
    if sum(weights) <= 0:
        weights = [1.0] * len(results)
    weights = [w * (REQUIRED_WEIGHT if r.required else 1.0) for w, r in zip(weights, results, strict=True)]
    mean = sum(w * r.score for w, r in zip(weights, results, strict=True)) / sum(weights)
    # Round the float noise away first so 64.5 never becomes 64.4999… and rounds down.
    return math.floor(round(mean * 100 / CRITERION_MAX, 6) + 0.5)


def capped(score: int) -> int:
    """The overall score of a CV with a must-have unmet: at most REQUIRED_CAP, in the same order as before."""
    if score <= CAP_KNEE:
        return score
    return CAP_KNEE + math.floor((score - CAP_KNEE) * (REQUIRED_CAP - CAP_KNEE) / (100 - CAP_KNEE) + 0.5)


def aggregate(
    assessments: Sequence[CriterionAssessment], rubric: Rubric
) -> tuple[int, str, tuple[CriterionResult, ...], tuple[str, ...]]:
    """Return the overall score, recommendation, per-criterion results (rubric order) and flags."""
    results, missing = _results(assessments, rubric)
    score = weighted_score(results)
    flags: list[str] = ["missing_criteria"] if missing else []
    if any(result.required and result.score < REQUIRED_FLOOR for result in results):
        score = capped(score)
        flags.append("required_unmet")
    elif any(result.required and result.score < REQUIRED_WEAK for result in results) and score > WEAK_CAP:
        score = WEAK_CAP
        flags.append("required_weak")
    return score, recommendation(score), results, tuple(flags)
