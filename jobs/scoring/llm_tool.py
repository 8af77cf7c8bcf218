"""The one tool the scoring model must call: its input schema and the limits that schema states.

Deterministic for a given rubric, so the prompt's cache prefix stays the same from one CV to the next. The
answer is checked against the same limits by llm_schema.
"""

from __future__ import annotations

from typing import Any

from jobs.scoring.prompts import TOOL_NAME
from jobs.scoring.types import CRITERION_MAX, Rubric

MAX_QUOTES = 3
# The prompt asks for less (200 / 400 / 800 characters): a slight overrun should not cost a retry.
MAX_QUOTE_CHARS = 300
MAX_JUSTIFICATION_CHARS = 800
MAX_SUMMARY_CHARS = 1500
MAX_YEARS = 70
CRITERION_FIELDS = ("name", "evidence", "justification", "score")  # the order the model writes them in


def tool_definition(rubric: Rubric) -> dict[str, Any]:
    """Describe the one tool the model must call; deterministic for a given rubric."""
    names = sorted(c.name for c in rubric.criteria)
    # The model writes fields in schema order: quotes first, then the reasoning they support, the score last,
    # so the score follows from the evidence instead of the evidence being found for a score.
    criterion = {
        "type": "object",
        "properties": {
            "name": {"type": "string", "enum": names},
            "evidence": {
                "type": "array",
                "items": {"type": "string", "maxLength": MAX_QUOTE_CHARS},
                "maxItems": MAX_QUOTES,
            },
            "justification": {"type": "string", "maxLength": MAX_JUSTIFICATION_CHARS},
            "score": {"type": "integer", "minimum": 0, "maximum": CRITERION_MAX},
        },
        "required": list(CRITERION_FIELDS),
        "additionalProperties": False,
    }
    schema = {
        "type": "object",
        "properties": {
            "criteria": {"type": "array", "items": criterion, "minItems": len(names), "maxItems": len(names)},
            "summary": {"type": "string", "maxLength": MAX_SUMMARY_CHARS},
            "years_experience": {"type": ["number", "null"], "minimum": 0, "maximum": MAX_YEARS},
            "injection_detected": {"type": "boolean"},
        },
        "required": ["criteria", "summary", "years_experience", "injection_detected"],
        "additionalProperties": False,
    }
    return {
        "name": TOOL_NAME,
        "description": (
            "Record the assessment of the CV against every rubric criterion: an integer score from 0 to "
            f"{CRITERION_MAX}, a short justification and verbatim evidence quotes from the CV."
            " For each criterion write the evidence first, then the justification, then the score."
        ),
        "input_schema": schema,
    }
