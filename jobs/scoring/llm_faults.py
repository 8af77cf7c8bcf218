"""Map what the Messages API answered, when it is not a usable message, to a stable code (no Django).

Codes and whether another try can help are those of jobs.failures; `detail` names the status and the error
type only, since an API error's message could echo the request (the CV).
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass

import anthropic
from anthropic.types import Message

SPEND_LIMIT_CODES = frozenset({"contract_spend_limit_reached", "enforced_spend_limit_reached"})


def retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    """Read retry-after-ms, or retry-after as seconds or an HTTP date; None when absent or unreadable."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value) * scale
        except ValueError:
            parsed = email.utils.parsedate_tz(value)
            if parsed is not None:
                return max(float(email.utils.mktime_tz(parsed)) - time.time(), 0.0)
            continue
        if math.isfinite(seconds):  # "nan" or "inf" would crash the retry loop's sleep, or never end it
            return max(seconds, 0.0)
    return None


@dataclass(frozen=True)
class Fault:
    code: str
    detail: str  # status and error type only: API error messages could echo request content
    retryable: bool
    retry_after: float | None = None


def classify(exc: anthropic.APIError) -> Fault:
    """Map an SDK error to a stable ScoringError code and whether trying again can help."""
    if isinstance(exc, anthropic.APITimeoutError):
        return Fault("llm_timeout", "request timed out", True)
    if isinstance(exc, anthropic.APIConnectionError):
        # The cause's type tells a refused connection (ConnectError) from an answer broken on the way
        # (RemoteProtocolError, DecodingError); its message could hold anything, so only the type is named.
        cause = type(exc.__cause__).__name__ if exc.__cause__ is not None else "no answer"
        return Fault("llm_unavailable", f"the connection to the API failed ({cause})", True)
    if not isinstance(exc, anthropic.APIStatusError):
        return Fault("llm_error", type(exc).__name__, False)
    status = exc.status_code
    detail = f"HTTP {status} {exc.type or ''}".strip()
    retry_after = retry_after_seconds(exc.response.headers)
    if exc.error_code in SPEND_LIMIT_CODES:
        return Fault("llm_spend_limit", detail, False)
    if status == 429:
        return Fault("llm_rate_limited", detail, True, retry_after)
    if status == 408:
        return Fault("llm_timeout", detail, True, retry_after)
    if status == 409 or status >= 500:  # 529 overloaded included
        return Fault("llm_unavailable", detail, True, retry_after)
    return Fault("llm_error", detail, False)


def not_json() -> Fault:
    """The fault of a 200 whose body claims to be JSON and is not (cut short on the way, say)."""
    return Fault("llm_unavailable", "HTTP 200 with a body that is not valid JSON", True)


def not_a_message(answer: object) -> Fault | None:
    """A fault when a 200 answer is not a message (a proxy's HTML page, an error object): worth retrying."""
    kind = getattr(answer, "type", None)
    if isinstance(answer, Message) and kind == "message":
        return None
    error = getattr(answer, "error", None)
    error_type = error.get("type") if isinstance(error, dict) else getattr(error, "type", None)
    what = (
        f"an {str(error_type)[:40]} error object"
        if error_type
        else "a body that is not a Messages API answer"
    )
    return Fault("llm_unavailable", f"HTTP 200 with {what}", True)
