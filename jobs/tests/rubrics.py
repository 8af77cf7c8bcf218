"""A small rubric for the Anthropic scorer's tests."""

from __future__ import annotations

from jobs.scoring.types import Criterion, Rubric


def make_rubric(*, role_title: str = "Backend engineer", extra: tuple[Criterion, ...] = ()) -> Rubric:
    return Rubric(
        role_title=role_title,
        description="Builds Python services",
        criteria=(
            Criterion("Python", "Python programming, Django", weight=2.0, required=True),
            Criterion("Databases", "PostgreSQL, SQL, query tuning"),
            Criterion("Leadership", "led teams"),
            *extra,
        ),
    )
