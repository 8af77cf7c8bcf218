"""A criterion's justification: what its evidence showed and where in the CV each line of it sits."""

from __future__ import annotations

from jobs.scoring.profile import CvProfile, Unit
from jobs.scoring.strength import Finding


def _where(unit: Unit, cv: CvProfile) -> str:
    if unit.kind == "role" and unit.entry is not None:
        span = cv.entries[unit.entry].span
        end = "present" if span.open else str(span.end // 12)
        return f"in a role ({span.start // 12}-{end})"
    return {"role": "in a role", "project": "in a project", "summary": "in the summary",
            "skills": "in a skills list", "credential": "in education or certifications",
            "languages": "in languages", "other": "elsewhere in the CV"}[unit.kind]  # fmt: skip


def explain(finding: Finding, cv: CvProfile, most: int) -> str:
    """Where the evidence behind a finding sits, after what it showed: the justification's wording."""
    places = list(dict.fromkeys(_where(u, cv) for _, u in finding.units[:most]))
    return f"{finding.what}: {'; '.join(places)}" if finding.what else "; ".join(places)
