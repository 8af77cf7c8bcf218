"""Skills that show another in part: a recruiter credits machine learning work with some statistics.

The synonym table's implications are whole (Django is Python). Some are only partial: whoever builds and
evaluates prediction models uses distributions, regression and significance every day, but a model builder
is not a statistician, so the work evidences "applied statistics" at a share, never in full.
"""

from __future__ import annotations

from collections.abc import Set

# The skill asked for -> the skills that show it in part, and how much.
_IN_PART: dict[str, dict[str, float]] = {
    "Statistics": {"Machine Learning": 0.5},
}


def share(term: str, named: Set[str]) -> float:
    """How much a line naming (or implying) these skills shows the term, 0..1: 0 when it does not."""
    return max((value for skill, value in _IN_PART.get(term, {}).items() if skill in named), default=0.0)
