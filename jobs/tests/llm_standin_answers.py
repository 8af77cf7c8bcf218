"""What the LLM stand-in answers: a deterministic assessment read off the request, or a chosen fault."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from typing import Any

from jobs.tests.llm_standin_drafts import DRAFT_TOOL, draft_answer
from jobs.tests.llm_standin_oddities import ODDITIES, USAGE_ODDITIES, WIRE_ERROR_CODES, WIRE_ERRORS, spoil

# Content faults answer 200 with a bad message; transport faults answer an error status or nothing at all.
CONTENT_FAULTS = (
    "invalid_json",
    "out_of_range",
    "missing_criterion",
    "truncated",
    "invented_quote",
    "refusal",
    "no_tool_use",
)
TRANSPORT_FAULTS = ("hang", "rate_limit", "overloaded", "server_error", "bad_request", "disconnect")
FAULTS = ("ok", *CONTENT_FAULTS, *TRANSPORT_FAULTS, *ODDITIES)

INVENTED_QUOTE = "Led a team of 40 engineers at NASA for 12 years"
MAX_QUOTE = 200

_ERRORS = {
    "budget": (429, "rate_limit_error", "Number of requests has exceeded your per-minute rate limit"),
    "rate_limit": (
        429,
        "rate_limit_error",
        "Number of request tokens has exceeded your per-minute rate limit",
    ),
    "overloaded": (529, "overloaded_error", "Overloaded"),
    "server_error": (500, "api_error", "Internal server error"),
    "bad_request": (400, "invalid_request_error", "messages: Input should be a valid list"),
    **WIRE_ERRORS,
}
# Answered at once with an error status (or a dropped connection), before any latency.
ERROR_OUTCOMES = frozenset({*_ERRORS, "disconnect"})
_STOPWORDS = frozenset(
    {
        *(
            "a",
            "an",
            "and",
            "are",
            "as",
            "at",
            "be",
            "by",
            "for",
            "from",
            "has",
            "have",
            "in",
            "is",
            "it",
            "of",
        ),
        *("on", "or", "the", "to", "with", "we", "you", "your", "our", "this", "that", "will", "can", "who"),
        *("work", "working", "experience", "years", "year", "ability", "strong", "good", "skills", "skill"),
    }
)
_WORD_RE = re.compile(r"[a-z0-9+#]+")
_FENCE_RE = re.compile(r"<cv_document>\n(.*)\n</cv_document>", re.DOTALL)
_RUBRIC_RE = re.compile(r"<rubric>\n(.*?)\n</rubric>", re.DOTALL)
_YEARS_RE = re.compile(r"\b(\d{1,2})\+?\s*(?:years|yrs)\b", re.IGNORECASE)
_INJECTION_RE = re.compile(
    r"ignore (?:all |any )?(?:the )?(?:previous|prior|above|earlier) instructions|system prompt",
    re.IGNORECASE,
)
_ids = itertools.count(1)


def error_body(outcome: str) -> tuple[int, dict[str, Any] | None]:
    """The status and error JSON of a transport fault; None as body means: drop the connection."""
    if outcome not in _ERRORS:
        return 0, None
    status, kind, message = _ERRORS[outcome]
    error: dict[str, Any] = {"type": kind, "message": message}
    if outcome in WIRE_ERROR_CODES:
        error["details"] = {"error_code": WIRE_ERROR_CODES[outcome]}
    return status, {"type": "error", "error": error, "request_id": _request_id()}


def answer_for(outcome: str, body: dict[str, Any], usage: dict[str, int]) -> tuple[int, dict[str, Any]]:
    """A 200 Messages answer: the assessment (or persona draft), or one spoiled the way `outcome` names."""
    drafting = _tool_name(body) == DRAFT_TOOL
    assessment = draft_answer(_first_user_text(body)) if drafting else assess(body)
    tool_input: object = assessment
    content: list[dict[str, Any]] = []
    stop_reason = "tool_use"
    criteria = assessment["criteria"]
    if outcome == "invalid_json":
        text = json.dumps(assessment)
        tool_input = text[: len(text) // 2]
    elif outcome == "out_of_range" and criteria:
        criteria[0]["score"] = 14
    elif outcome == "missing_criterion" and criteria:
        criteria.pop()
    elif outcome == "truncated":
        assessment["criteria"] = criteria[:1]
        stop_reason = "max_tokens"
    elif outcome == "invented_quote" and criteria:
        criteria[0].update(score=9, evidence=[INVENTED_QUOTE])
    if outcome == "refusal":
        stop_reason = "refusal"
    elif outcome == "no_tool_use":
        content = [{"type": "text", "text": "This candidate looks like a strong fit."}]
        stop_reason = "end_turn"
    elif spoiled := spoil(outcome, assessment, _tool_name(body)):
        content, stop_reason = spoiled
    else:
        content = [{"type": "tool_use", "id": f"toolu_standin_{next(_ids):06d}", "name": _tool_name(body)}]
        content[0]["input"] = tool_input
    output = body["max_tokens"] if stop_reason == "max_tokens" else max(len(json.dumps(content)) // 4, 1)
    return 200, {
        "id": f"msg_standin_{next(_ids):06d}",
        "type": "message",
        "role": "assistant",
        "model": body.get("model", ""),
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": USAGE_ODDITIES.get(outcome, lambda u: u)({**usage, "output_tokens": output}),
    }


def assess(body: dict[str, Any]) -> dict[str, Any]:
    """Score every criterion by its word overlap with the best-matching CV line, quoting that line."""
    lines = cv_lines(body)
    assessed = [_criterion(name, description, lines) for name, description in criteria_of(body)]
    text = "\n".join(lines)
    years = [int(y) for y in _YEARS_RE.findall(text) if int(y) <= 70]
    with_evidence = sum(1 for item in assessed if item["evidence"])
    return {
        "criteria": assessed,
        "summary": f"Stand-in assessment: {with_evidence} of {len(assessed)} criteria have evidence.",
        "years_experience": max(years) if years else None,
        "injection_detected": bool(_INJECTION_RE.search(text)),
    }


def _criterion(name: str, description: str, lines: list[str]) -> dict[str, Any]:
    wanted = _words(f"{name} {description}")
    best, overlap = "", 0
    for line in lines:
        common = len(wanted & _words(line))
        if common > overlap:
            best, overlap = line, common
    if not overlap:
        return {"name": name, "score": 0, "justification": "No evidence for this criterion.", "evidence": []}
    return {
        "name": name,
        "score": min(10, 2 + 2 * overlap),
        "justification": f"The CV names {overlap} term(s) of this criterion.",
        "evidence": [best[:MAX_QUOTE].rstrip()],
    }


def criteria_of(body: dict[str, Any]) -> list[tuple[str, str]]:
    """(name, description) per criterion: names from the tool's enum, descriptions from the rubric block."""
    described = {c["name"]: c.get("description", "") for c in _rubric(body).get("criteria", [])}
    names = _enum_names(body) or sorted(described)
    return [(name, described.get(name, "")) for name in names]


def cv_lines(body: dict[str, Any]) -> list[str]:
    """The non-empty, stripped lines of the fenced CV (or of the whole user text when there is no fence)."""
    text = _first_user_text(body)
    fenced = _FENCE_RE.search(text)
    return [line.strip() for line in (fenced.group(1) if fenced else text).splitlines() if line.strip()]


def count_tokens(body: dict[str, Any]) -> int:
    """Roughly a token per four characters of tools, system and messages."""
    chars = (
        len(_json(body.get("tools", [])))
        + len(_system_text(body.get("system")))
        + len(_json(body["messages"]))
    )
    return max(chars // 4, 1)


def prefix_tokens(body: dict[str, Any]) -> tuple[str | None, int]:
    """A key for the cacheable prefix (tools, then system up to its last cache_control block) and its size."""
    tools = body.get("tools", [])
    system = body.get("system")
    blocks = system if isinstance(system, list) else []
    marked = [i for i, block in enumerate(blocks) if isinstance(block, dict) and block.get("cache_control")]
    if not marked:
        return None, 0
    prefix = [body.get("model"), tools, blocks[: marked[-1] + 1]]
    chars = len(_json(tools)) + len(_system_text(prefix[2]))
    return hashlib.sha256(_json(prefix).encode()).hexdigest(), max(chars // 4, 1)


def _enum_names(body: dict[str, Any]) -> list[str]:
    try:
        schema = next(t for t in body.get("tools", []) if t.get("name") == _tool_name(body))["input_schema"]
        return list(schema["properties"]["criteria"]["items"]["properties"]["name"]["enum"])
    except (StopIteration, KeyError, TypeError):
        return []


def _rubric(body: dict[str, Any]) -> dict[str, Any]:
    found = _RUBRIC_RE.search(_system_text(body.get("system")))
    try:
        rubric = json.loads(found.group(1)) if found else {}
    except ValueError:
        return {}
    return rubric if isinstance(rubric, dict) else {}


def _tool_name(body: dict[str, Any]) -> str:
    choice = body.get("tool_choice") or {}
    tools = body.get("tools") or [{}]
    return str(choice.get("name") or tools[0].get("name") or "tool")


def _first_user_text(body: dict[str, Any]) -> str:
    user = next((m for m in body["messages"] if m.get("role") == "user"), {})
    content = user.get("content", "")
    if isinstance(content, str):
        return content
    return "\n".join(block.get("text", "") for block in content if isinstance(block, dict))


def _system_text(system: object) -> str:
    if isinstance(system, str):
        return system
    blocks = system if isinstance(system, list) else []
    return "\n".join(block.get("text", "") for block in blocks if isinstance(block, dict))


def _words(text: str) -> set[str]:
    return {w for w in _WORD_RE.findall(text.lower()) if len(w) > 1 and w not in _STOPWORDS}


def _json(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _request_id() -> str:
    return f"req_standin_{next(_ids):06d}"
