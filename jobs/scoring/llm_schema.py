"""A strict check of the model's answer against the scoring tool's schema (defined in llm_tool).

Strict about meaning, not spelling: a whole score written 7.0 or "7", or a criterion's name in another case
or spacing, is read as meant (a corrective retry is a second paid call); anything ambiguous is refused.

Works on plain dicts as well as SDK messages (without importing the SDK), so Message Batches results and
recorded fixtures go through the same check.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Mapping
from typing import Any

from jobs.scoring.absence import claims_absence
from jobs.scoring.evidence import UNSUPPORTED_CAP
from jobs.scoring.llm_tool import (
    CRITERION_FIELDS,
    MAX_JUSTIFICATION_CHARS,
    MAX_QUOTE_CHARS,
    MAX_QUOTES,
    MAX_SUMMARY_CHARS,
    MAX_YEARS,
)
from jobs.scoring.pricing import estimate_cost
from jobs.scoring.prompts import PROMPT_VERSION, TOOL_NAME
from jobs.scoring.types import CRITERION_MAX, CriterionAssessment, Rubric, ScorerOutput, ScoringError, Usage

INJECTION_FLAG = "llm_reported_injection"
# The stop reasons of a finished answer. Any other ("pause_turn", one added after this code was written) means
# the model did not say it was done: its tool input is not trusted, however complete it looks.
FINISHED = frozenset({"tool_use", "end_turn", "stop_sequence"})
_TOP_KEYS = frozenset({"criteria", "summary", "years_experience", "injection_detected"})
_CRITERION_KEYS = frozenset(CRITERION_FIELDS)


class InvalidLLMResponse(ValueError):
    """The model's answer broke the contract.

    `reason` is safe to log and to send back to the model: it names rubric criteria and positions,
    never CV text.
    """

    def __init__(self, reason: str, *, truncated: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.truncated = truncated


def parse_response(message: object, rubric: Rubric, *, batch: bool = False) -> ScorerOutput:
    """Turn one Messages API answer (SDK object or dict) into a ScorerOutput, or raise InvalidLLMResponse."""
    data = _as_dict(message)
    stop_reason = data.get("stop_reason")
    if stop_reason == "refusal":
        raise ScoringError("llm_refused", "the model declined to assess this CV")
    if stop_reason == "model_context_window_exceeded":
        raise ScoringError("llm_error", "the CV does not fit in the model's context window")
    if stop_reason == "max_tokens":
        raise InvalidLLMResponse("the answer was cut off at the output token limit", truncated=True)
    if stop_reason not in FINISHED:
        # The value comes from the API, not the CV; shortened in case it is something long and odd.
        raise InvalidLLMResponse(f"the answer stopped for an unexpected reason ({str(stop_reason)[:40]!r})")
    fields = validate_tool_input(_tool_input(data.get("content")), rubric)
    usage = usage_from(data)
    model = str(data.get("model") or "")
    return ScorerOutput(
        criteria=fields["criteria"],
        summary=fields["summary"],
        scorer="anthropic",
        model=model,
        prompt_version=PROMPT_VERSION,
        usage=usage,
        cost_usd=estimate_cost(model, usage, batch=batch),
        years_experience=fields["years_experience"],
        flags=(INJECTION_FLAG,) if fields["injection_detected"] else (),
    )


def usage_from(message: object) -> Usage:
    """Read token counts from an answer; an absent, null or unreadable count is zero (never a crash)."""
    raw = _as_dict(message).get("usage")
    counts = raw if isinstance(raw, Mapping) else {}
    return Usage(**{name: _count(counts.get(name)) for name in USAGE_FIELDS})


USAGE_FIELDS = ("input_tokens", "output_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")


def _count(raw: object) -> int:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return 0
    try:
        value = float(raw)
    except ValueError:
        return 0
    return int(value) if math.isfinite(value) and value > 0 else 0


def validate_tool_input(raw: object, rubric: Rubric) -> dict[str, Any]:
    """Check the tool input field by field; return criteria (in rubric order), summary, years, injection."""
    data = _json_object(raw)
    _reject_unknown_keys(data, _TOP_KEYS, "the tool input")
    injection = data.get("injection_detected")
    if not isinstance(injection, bool):
        raise InvalidLLMResponse("injection_detected must be true or false")
    return {
        "criteria": _criteria(data.get("criteria"), rubric),
        "summary": _text(data.get("summary"), "summary", MAX_SUMMARY_CHARS),
        "years_experience": _years(data.get("years_experience")),
        "injection_detected": injection,
    }


def _as_dict(message: object) -> Mapping[str, Any]:
    if isinstance(message, Mapping):
        return message
    dump = getattr(message, "model_dump", None)
    if callable(dump):
        # A malformed answer (tool input as a string, say) is ours to report: keep pydantic quiet.
        dumped = dump(warnings=False)
        if isinstance(dumped, Mapping):
            return dumped
    raise TypeError(f"expected a Messages API answer, got {type(message).__name__}")


def _tool_input(content: object) -> object:
    blocks = content if isinstance(content, list) else []
    calls = [
        block
        for block in blocks
        if isinstance(block, Mapping) and block.get("type") == "tool_use" and block.get("name") == TOOL_NAME
    ]
    if not calls:
        raise InvalidLLMResponse(f"the answer did not call the {TOOL_NAME} tool")
    if len(calls) > 1:
        # Two assessments of one CV may disagree; taking either would be choosing a score for the model.
        raise InvalidLLMResponse(f"the answer called the {TOOL_NAME} tool {len(calls)} times instead of once")
    return calls[0].get("input")


def _json_object(raw: object) -> Mapping[str, Any]:
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            raise InvalidLLMResponse("the tool input was not valid JSON") from None
    if not isinstance(raw, Mapping):
        raise InvalidLLMResponse("the tool input was not a JSON object")
    return raw


def _reject_unknown_keys(data: Mapping[str, Any], allowed: frozenset[str], where: str) -> None:
    unknown = set(data) - allowed
    if unknown:
        # Key names come from the model; report how many, not what they say.
        raise InvalidLLMResponse(f"{where} has {len(unknown)} field(s) the schema does not define")


def _criteria(raw: object, rubric: Rubric) -> tuple[CriterionAssessment, ...]:
    if not isinstance(raw, list):
        raise InvalidLLMResponse("criteria must be a list")
    expected = _names(rubric)
    found: dict[str, CriterionAssessment] = {}
    for index, item in enumerate(raw):
        assessment = _criterion(item, index, expected)
        if assessment.name in found:
            raise InvalidLLMResponse(f"criterion {assessment.name!r} is assessed more than once")
        found[assessment.name] = assessment
    missing = sorted({c.name for c in rubric.criteria} - found.keys())
    if missing:
        raise InvalidLLMResponse(f"criteria missing from the answer: {', '.join(repr(n) for n in missing)}")
    return tuple(found[c.name] for c in rubric.criteria)


def _key(name: str) -> str:
    """A name folded for comparison; the NUL prefix keeps folded keys apart from names written exactly."""
    return "\0" + " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _names(rubric: Rubric) -> dict[str, str]:
    """Each criterion's name by its key (case, width and spacing folded), when no two names share a key.

    A model that writes "python " or "PYTHON" for the criterion "Python" meant it: naming it exactly is
    the schema's enum, but a retry for that alone costs a second call. Names that fold together stay exact.
    """
    exact = {c.name: c.name for c in rubric.criteria}
    keys = [_key(c.name) for c in rubric.criteria]
    if len(set(keys)) < len(keys):
        return exact
    return dict(zip(keys, exact, strict=True)) | exact


def _score(raw: object) -> int | None:
    """A whole number 0-10 as the model may write it: 7, 7.0 or "7"; None for anything else.

    bool is an int subclass but not a score; 6.5 and "seven" are not whole scores.
    """
    if isinstance(raw, bool):
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    elif isinstance(raw, str) and raw.strip().isascii() and raw.strip().isdigit():
        raw = int(raw.strip())
    if type(raw) is not int or not 0 <= raw <= CRITERION_MAX:
        return None
    return raw


def _criterion(item: object, index: int, expected: Mapping[str, str]) -> CriterionAssessment:
    where = f"criteria[{index}]"
    if not isinstance(item, Mapping):
        raise InvalidLLMResponse(f"{where} is not an object")
    _reject_unknown_keys(item, _CRITERION_KEYS, where)
    written = item.get("name")
    name = (expected.get(written) or expected.get(_key(written))) if isinstance(written, str) else None
    if name is None:
        raise InvalidLLMResponse(f"{where} has a name that is not one of the rubric's criteria")
    score = _score(item.get("score"))
    if score is None:
        raise InvalidLLMResponse(f"{where} ({name!r}) needs an integer score from 0 to {CRITERION_MAX}")
    justification = _text(item.get("justification"), f"{where}.justification", MAX_JUSTIFICATION_CHARS)
    if score > UNSUPPORTED_CAP and claims_absence(justification):
        # The model contradicts itself; neither the score nor the justification can be shown as they are.
        raise InvalidLLMResponse(
            f"{where} ({name!r}) scores {score} but its justification says the CV shows nothing"
        )
    return CriterionAssessment(
        name=name,
        score=score,
        justification=justification,
        evidence=_quotes(item.get("evidence"), f"{where}.evidence"),
    )


def _quotes(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:  # null for "no quotes" means what [] means: not worth a second paid call
        return ()
    if not isinstance(raw, list) or len(raw) > MAX_QUOTES:
        raise InvalidLLMResponse(f"{where} must be a list of at most {MAX_QUOTES} quotes")
    return tuple(_text(quote, f"{where}[{i}]", MAX_QUOTE_CHARS) for i, quote in enumerate(raw))


def _text(raw: object, where: str, limit: int) -> str:
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidLLMResponse(f"{where} must be a non-empty string")
    text = raw.strip()
    if len(text) > limit:
        raise InvalidLLMResponse(f"{where} is longer than {limit} characters")
    return text


def _years(raw: object) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float) or not math.isfinite(raw):
        raise InvalidLLMResponse("years_experience must be a number or null")
    if not 0 <= raw <= MAX_YEARS:
        raise InvalidLLMResponse(f"years_experience must be between 0 and {MAX_YEARS}")
    return float(raw)
