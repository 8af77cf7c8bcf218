"""Draft a persona from a job advert with Claude: a forced tool call, its answer checked strictly.

Pure: no Django; the caller passes the settings in a ClaudeConfig. The answer then goes through the same
protected-attribute filter and rubric validation as the offline draft, so Claude can never add a criterion the
rules would refuse. Any failure raises DraftFailed, and the caller falls back to the offline draft.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anthropic

from personas.draft import LEFT_OUT_CHARS, Draft, clean_description, record_left_out
from personas.draft_filters import find_protected_selection
from personas.rubric import RubricError, validate_criteria

TOOL_NAME = "draft_persona"
SYSTEM_PROMPT = Path(__file__).resolve().parents[1] / "templates" / "prompts" / "draft_persona_system.txt"
MAX_OUTPUT_TOKENS = 4096
MAX_ADVERT_CHARS = 60_000
_TOP_KEYS = frozenset({"role_title", "description", "min_years_experience", "criteria", "left_out"})
_CRITERION_KEYS = frozenset({"name", "description", "weight", "required"})


@dataclass(frozen=True)
class ClaudeConfig:
    api_key: str
    base_url: str | None
    model: str
    timeout_s: float
    max_retries: int


class DraftFailed(Exception):
    """Claude gave no usable draft; `reason` is safe to log (it never quotes the advert)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def tool_definition() -> dict[str, Any]:
    """The one tool Claude must call, with the shape of a persona draft."""
    criterion = {
        "type": "object",
        "properties": {
            "name": {"type": "string", "maxLength": 120},
            "description": {"type": "string", "maxLength": 1000},
            "weight": {"type": "integer", "minimum": 1, "maximum": 3},
            "required": {"type": "boolean"},
        },
        "required": sorted(_CRITERION_KEYS),
        "additionalProperties": False,
    }
    left_out = {
        "type": "object",
        "properties": {"text": {"type": "string"}, "reason": {"type": "string"}},
        "required": ["text", "reason"],
        "additionalProperties": False,
    }
    schema = {
        "type": "object",
        "properties": {
            "role_title": {"type": "string", "maxLength": 200},
            "description": {"type": "string", "maxLength": 1000},
            "min_years_experience": {"type": ["integer", "null"], "minimum": 0, "maximum": 60},
            "criteria": {"type": "array", "items": criterion, "minItems": 4, "maxItems": 8},
            "left_out": {"type": "array", "items": left_out},
        },
        "required": sorted(_TOP_KEYS),
        "additionalProperties": False,
    }
    return {"name": TOOL_NAME, "description": "Record the draft persona.", "input_schema": schema}


def build_request(text: str, model: str) -> dict[str, Any]:
    """The keyword arguments of messages.create for one advert."""
    advert = text[:MAX_ADVERT_CHARS]
    return {
        "model": model,
        "max_tokens": MAX_OUTPUT_TOKENS,
        "tools": [tool_definition()],
        "tool_choice": {"type": "tool", "name": TOOL_NAME, "disable_parallel_tool_use": True},
        "system": SYSTEM_PROMPT.read_text(encoding="utf-8"),
        "messages": [{"role": "user", "content": f"<job_advert>\n{advert}\n</job_advert>"}],
    }


@functools.cache
def _client(config: ClaudeConfig) -> anthropic.Anthropic:
    # The scorer's settings; traces pinned to metadata so advert text never lands in spans.
    return anthropic.Anthropic(
        api_key=config.api_key,
        base_url=config.base_url,
        timeout=config.timeout_s,
        max_retries=config.max_retries,
        open_telemetry={"traces": {"content_mode": "metadata_only"}},
    )


def draft_with_claude(text: str, *, config: ClaudeConfig, language: str) -> Draft:
    """Ask Claude for the draft; raise DraftFailed on any transport fault or unusable answer."""
    try:
        message = _client(config).messages.create(**build_request(text, config.model))
    except anthropic.APIError as exc:
        raise DraftFailed(f"API error: {type(exc).__name__}") from None
    return parse_answer(message.model_dump(mode="json", warnings=False), language=language)


def parse_answer(message: dict[str, Any], *, language: str) -> Draft:
    """Check the tool call strictly, then filter and validate it like any persona; raise DraftFailed."""
    if message.get("stop_reason") != "tool_use":
        raise DraftFailed(f"stop_reason {message.get('stop_reason')!r}")
    calls = [
        b for b in message.get("content", []) if b.get("type") == "tool_use" and b.get("name") == TOOL_NAME
    ]
    if len(calls) != 1 or not isinstance(calls[0].get("input"), dict):
        raise DraftFailed("no single draft_persona call with an object input")
    answer = calls[0]["input"]
    _check_shape(answer)
    left_out = [{"text": i["text"][:LEFT_OUT_CHARS], "reason": i["reason"][:200]} for i in answer["left_out"]]
    criteria = [c for c in answer["criteria"] if _allowed(c, left_out)]
    try:
        criteria = validate_criteria(criteria)
    except RubricError as exc:
        raise DraftFailed(f"criteria refused: {exc.code}") from None
    title = answer["role_title"].strip()[:200] or "Role"
    return Draft(
        name=title,
        role_title=title,
        description=clean_description(answer["description"].strip(), left_out),
        min_years_experience=answer["min_years_experience"] or 0,
        criteria=[{**c, "weight": int(c["weight"])} for c in criteria],
        language=language,
        left_out=left_out,
        source="claude",
    )


def _allowed(criterion: dict[str, Any], left_out: list[dict[str, str]]) -> bool:
    attributes = find_protected_selection(f"{criterion['name']} {criterion['description']}")
    if attributes:
        record_left_out(left_out, criterion["name"], attributes)
    return not attributes


def _check_shape(answer: dict[str, Any]) -> None:
    if set(answer) != _TOP_KEYS:
        raise DraftFailed("top-level keys differ from the schema")
    if not isinstance(answer["role_title"], str) or not isinstance(answer["description"], str):
        raise DraftFailed("role_title and description must be text")
    years = answer["min_years_experience"]
    if years is not None and (isinstance(years, bool) or not isinstance(years, int) or not 0 <= years <= 60):
        raise DraftFailed("min_years_experience out of range")
    criteria = answer["criteria"]
    if not isinstance(criteria, list) or not 4 <= len(criteria) <= 8:
        raise DraftFailed("criteria must be a list of 4 to 8")
    for index, criterion in enumerate(criteria):
        _check_criterion(criterion, index)
    left_out = answer["left_out"]
    if not isinstance(left_out, list) or not all(_is_left_out(item) for item in left_out):
        raise DraftFailed("left_out must list {text, reason} objects")


def _check_criterion(criterion: Any, index: int) -> None:
    if not isinstance(criterion, dict) or set(criterion) != _CRITERION_KEYS:
        raise DraftFailed(f"criteria[{index}] keys differ from the schema")
    weight = criterion["weight"]
    if isinstance(weight, bool) or not isinstance(weight, int) or not 1 <= weight <= 3:
        raise DraftFailed(f"criteria[{index}].weight must be 1, 2 or 3")
    if not isinstance(criterion["required"], bool):
        raise DraftFailed(f"criteria[{index}].required must be a boolean")
    if not isinstance(criterion["name"], str) or not isinstance(criterion["description"], str):
        raise DraftFailed(f"criteria[{index}] name and description must be text")


def _is_left_out(item: Any) -> bool:
    return (
        isinstance(item, dict) and isinstance(item.get("text"), str) and isinstance(item.get("reason"), str)
    )
