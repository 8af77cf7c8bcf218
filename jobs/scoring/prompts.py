"""Render the scoring prompt from the versioned templates in templates/prompts/ (no Django, no SDK)."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from pathlib import Path
from string import Template
from typing import Any

from jobs.scoring.types import Rubric

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates" / "prompts"
TEMPLATE_NAMES = (
    "score_cv_system",
    "score_cv_calibration",
    "score_cv_rubric",
    "score_cv_user",
    "score_cv_correction",
)

# Bump when code changes what the model sees without a template changing (rubric rendering, tool schema).
PROMPT_SERIES = "2"

TOOL_NAME = "record_cv_assessment"
FENCE_OPEN = "<cv_document>"
FENCE_CLOSE = "</cv_document>"

# Any spelling of the fence tag in the CV ("</CV_Document >", "< cv_document", ...) could close the fence.
# Bounded and single-line, so a stray "<cv_document" cannot swallow the CV text up to some later ">".
_FENCE_TAG_RE = re.compile(r"<\s*/?\s*cv_document\b[^<>\n]{0,64}>?", re.IGNORECASE)
_FENCE_REPLACEMENT = "[cv_document tag removed]"


@functools.cache
def _templates() -> dict[str, Template]:
    return {
        name: Template((TEMPLATE_DIR / f"{name}.txt").read_text(encoding="utf-8")) for name in TEMPLATE_NAMES
    }


@functools.cache
def prompt_version() -> str:
    """Name the prompt: the series bumped by hand plus a hash of every template's bytes."""
    digest = hashlib.sha256()
    for name in TEMPLATE_NAMES:
        digest.update(name.encode())
        digest.update((TEMPLATE_DIR / f"{name}.txt").read_bytes())
    return f"score_cv.{PROMPT_SERIES}+{digest.hexdigest()[:12]}"


def _render(name: str, **values: str) -> str:
    common = {"tool_name": TOOL_NAME, "fence_open": FENCE_OPEN, "fence_close": FENCE_CLOSE}
    return _templates()[name].substitute(common, **values).strip()


def rubric_json(rubric: Rubric) -> str:
    """Serialise the rubric deterministically: sorted keys, criteria sorted by name, fixed separators."""
    criteria = sorted(rubric.criteria, key=lambda c: c.name)
    payload: dict[str, Any] = {
        "role_title": rubric.role_title,
        "description": rubric.description,
        "min_years_experience": rubric.min_years_experience,
        "criteria": [
            {"name": c.name, "description": c.description, "weight": c.weight, "required": c.required}
            for c in criteria
        ],
    }
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, indent=2)


def system_blocks(rubric: Rubric) -> list[dict[str, Any]]:
    """Return the system prompt: rules, calibration examples, then the rubric that ends the cached prefix.

    The worked examples anchor the 0-10 scale across professions. They also carry the prefix past Haiku
    4.5's 4,096-token caching minimum, below which the prefix would be billed in full on every CV.
    """
    return [
        {"type": "text", "text": _render("score_cv_system")},
        {"type": "text", "text": _render("score_cv_calibration")},
        {
            "type": "text",
            "text": _render("score_cv_rubric", rubric_json=rubric_json(rubric)),
            "cache_control": {"type": "ephemeral"},
        },
    ]


def neutralise_fence(cv_text: str) -> str:
    """Defuse any occurrence of the fence tag in the CV so the text cannot close the fence and escape it."""
    return _FENCE_TAG_RE.sub(_FENCE_REPLACEMENT, cv_text)


def user_content(cv_text: str, *, correction: str | None = None) -> list[dict[str, Any]]:
    """Return the user turn: the fenced CV, plus a note on what was wrong for a corrective retry."""
    blocks: list[dict[str, Any]] = [
        {"type": "text", "text": _render("score_cv_user", cv_text=neutralise_fence(cv_text))}
    ]
    if correction:
        blocks.append({"type": "text", "text": _render("score_cv_correction", problem=correction)})
    return blocks


# Recorded on every result so a score can be traced to the exact prompt that produced it.
PROMPT_VERSION = prompt_version()
