"""What the LLM stand-in answers to a persona-draft request (the draft_persona tool): a naive draft.

Deliberately naive: every bullet of the fenced advert becomes a criterion, discriminatory ones included, so
tests can check that the service filters Claude's answer as strictly as its own offline draft.
"""

from __future__ import annotations

import re
from typing import Any

DRAFT_TOOL = "draft_persona"
_FENCE = re.compile(r"<job_advert>\n(.*)\n</job_advert>", re.DOTALL)
_BULLET = re.compile(r"^\s*[-*\u2022]\s+(?P<line>.+)$", re.MULTILINE)
_NICE = re.compile(r"preferred|a plus|bonus|nice to have|deseable|valorable", re.IGNORECASE)
_YEARS = re.compile(r"(\d{1,2})\+?\s*(?:years|años)", re.IGNORECASE)


def draft_answer(user_text: str) -> dict[str, Any]:
    """A draft_persona tool input read off the advert: its first line, and one criterion per bullet."""
    fenced = _FENCE.search(user_text)
    advert = fenced.group(1) if fenced else user_text
    lines = [line.strip() for line in advert.splitlines() if line.strip()]
    bullets = [match.group("line").strip() for match in _BULLET.finditer(advert)][:8]
    years = _YEARS.search(advert)
    return {
        "role_title": lines[0][:120] if lines else "Role",
        "description": " ".join(line for line in lines[1:3] if not _BULLET.match(line))[:900],
        "min_years_experience": int(years.group(1)) if years else None,
        "criteria": [
            {
                "name": bullet.split(" (")[0][:80],
                "description": f"The CV shows: {bullet}",
                "weight": 1 if _NICE.search(bullet) else 2,
                "required": not _NICE.search(bullet),
            }
            for bullet in bullets
        ],
        "left_out": [],
    }
