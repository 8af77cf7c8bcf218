"""Score a CV with Claude through the Anthropic SDK (no Django; llm_faults and batch also import the SDK).

One request per CV: a forced tool call whose input is checked strictly (llm_schema), one corrective retry
for an unusable answer, and one retry loop for transport faults, all inside the CV's deadline.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import anthropic
from anthropic.types import Message

from jobs.scoring.batch import MessageBatches
from jobs.scoring.llm_faults import Fault, classify, not_a_message, not_json
from jobs.scoring.llm_schema import InvalidLLMResponse, parse_response, usage_from
from jobs.scoring.llm_tool import tool_definition
from jobs.scoring.llm_transport import event_hooks
from jobs.scoring.pricing import estimate_cost
from jobs.scoring.prompts import PROMPT_VERSION, TOOL_NAME, system_blocks, user_content
from jobs.scoring.ratelimit import RateLimiter, RateLimiterUnavailable, RateLimitTimeout
from jobs.scoring.types import Rubric, ScorerOutput, ScoringError, Usage

__all__ = [
    "DEFAULT_MODEL",
    "PROMPT_VERSION",
    "AnthropicScorer",
    "InvalidLLMResponse",
    "build_request",
    "estimate_cost",
    "parse_response",
]

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "claude-haiku-4-5"
DEFAULT_MAX_OUTPUT_TOKENS = 4096
MAX_CORRECTIVE_OUTPUT_TOKENS = 8192  # a truncated answer gets one retry with room to finish


def build_request(
    cv_text: str,
    rubric: Rubric,
    *,
    model: str = DEFAULT_MODEL,
    max_tokens: int = DEFAULT_MAX_OUTPUT_TOKENS,
    correction: str | None = None,
) -> dict[str, Any]:
    """Return the keyword arguments of messages.create (also usable as a Message Batches `params`).

    Tools, then system: that prefix depends only on the rubric and ends with the cache breakpoint, so every CV
    of a job shares it byte for byte. No temperature: API version 2026-10-21 (the SDK 2.x default) rejects
    temperature, top_p and top_k with a 400 even at their defaults; consistency comes from the forced tool,
    the fixed prompt and scoring arithmetic done in code.
    """
    return {
        "model": model,
        "max_tokens": max_tokens,
        "tools": [tool_definition(rubric)],
        "tool_choice": {"type": "tool", "name": TOOL_NAME, "disable_parallel_tool_use": True},
        "system": system_blocks(rubric),
        "messages": [{"role": "user", "content": user_content(cv_text, correction=correction)}],
    }


def estimate_input_tokens(request: Mapping[str, Any]) -> int:
    """Guess a request's input tokens (characters / 4) to draw from the shared budget before sending it."""
    parts = (request.get("tools"), request.get("system"), request.get("messages"))
    return sum(len(json.dumps(part, ensure_ascii=False)) for part in parts) // 4 + 1


def billed_usage(message: Message, request: Mapping[str, Any]) -> Usage:
    """The answer's usage; when it reports no input at all (a field lost on the way), the request's estimate.

    Every answer is billed for its input: a cost of zero would let a CV's spend go uncounted.
    """
    usage = usage_from(message)
    if usage.input_tokens or usage.cache_read_input_tokens or usage.cache_creation_input_tokens:
        return usage
    return replace(usage, input_tokens=estimate_input_tokens(request))


class AnthropicScorer:
    """Scores CVs with Claude; one SDK client per instance, safe to call from many threads at once."""

    name = "anthropic"

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str | None = None,
        model: str = DEFAULT_MODEL,
        timeout_s: float = 60.0,
        max_retries: int = 3,
        max_output_tokens: int = DEFAULT_MAX_OUTPUT_TOKENS,
        rate_limiter: RateLimiter | None = None,
        deadline_s: float = 150.0,
        backoff_base_s: float = 0.5,
        backoff_max_s: float = 8.0,
        retry_after_cap_s: float = 30.0,
    ) -> None:
        self.model = model
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.max_output_tokens = max_output_tokens
        self.rate_limiter = rate_limiter
        self.deadline_s = deadline_s
        self.backoff_base_s = backoff_base_s
        self.backoff_max_s = backoff_max_s
        self.retry_after_cap_s = retry_after_cap_s
        # The SDK's own retries are off: in 2.10.0 it sleeps for any retry-after however long, and it knows
        # neither this CV's deadline nor the shared budget. The loop in _create owns every retry instead.
        # Traces are pinned to metadata only, whatever the environment says, so CV text never lands in spans.
        # The HTTP client's hooks make timeout_s bound a whole answer, not each read of a trickling body.
        self._client = anthropic.Anthropic(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout_s,
            max_retries=0,
            open_telemetry={"traces": {"content_mode": "metadata_only"}},
            http_client=anthropic.DefaultHttpxClient(timeout=timeout_s, event_hooks=event_hooks()),
        )

    def build_request(self, cv_text: str, rubric: Rubric, *, correction: str | None = None) -> dict[str, Any]:
        """Return this scorer's messages.create arguments for one CV."""
        return build_request(
            cv_text, rubric, model=self.model, max_tokens=self.max_output_tokens, correction=correction
        )

    def batches(self) -> MessageBatches:
        """The Message Batches API on this scorer's client: half price, results within 24 hours."""
        return MessageBatches(self._client)

    def score(self, cv_text: str, rubric: Rubric) -> ScorerOutput:
        """Score one CV; raise ScoringError with a stable code (and the usage already spent) on failure."""
        deadline = time.monotonic() + self.deadline_s
        spent: list[Usage] = []
        try:
            output = self._score(cv_text, rubric, deadline, spent)
        except ScoringError as err:
            err.usage = sum(spent, Usage())
            raise
        usage = sum(spent, Usage())
        return replace(output, usage=usage, cost_usd=estimate_cost(self.model, usage))

    def _score(self, cv_text: str, rubric: Rubric, deadline: float, spent: list[Usage]) -> ScorerOutput:
        request = self.build_request(cv_text, rubric)
        message = self._create(request, deadline)
        spent.append(billed_usage(message, request))
        try:
            return parse_response(message, rubric)
        except InvalidLLMResponse as first:
            logger.info("Unusable LLM answer (%s); retrying once with a correction", first.reason)
            request = self._corrective_request(cv_text, rubric, first)
        message = self._create(request, deadline)
        spent.append(billed_usage(message, request))
        try:
            return parse_response(message, rubric)
        except InvalidLLMResponse as second:
            raise ScoringError(
                "invalid_llm_response", f"after one corrective retry: {second.reason}"
            ) from None

    def _corrective_request(
        self, cv_text: str, rubric: Rubric, problem: InvalidLLMResponse
    ) -> dict[str, Any]:
        request = self.build_request(cv_text, rubric, correction=problem.reason)
        if problem.truncated:
            request["max_tokens"] = max(
                self.max_output_tokens, min(2 * self.max_output_tokens, MAX_CORRECTIVE_OUTPUT_TOKENS)
            )
        return request

    def _create(self, request: dict[str, Any], deadline: float) -> Message:
        """Send one request, retrying transport faults until max_retries or the deadline runs out."""
        tokens = estimate_input_tokens(request)
        failures = 0
        while True:
            self._acquire(tokens, deadline)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ScoringError("llm_timeout", "the CV's time budget ran out", retryable=True)
            answer = self._send(request, min(self.timeout_s, remaining))
            if isinstance(answer, Message):
                return answer
            fault = answer
            failures += 1
            wait = self._wait_before_retry(fault, failures)
            if fault.code == "llm_rate_limited":
                self._penalise(wait)
            if self._gives_up(fault, failures, wait, deadline):
                raise ScoringError(
                    fault.code,
                    f"{fault.detail} (attempt {failures})",
                    retryable=fault.retryable,
                    retry_after=fault.retry_after,
                )
            logger.warning(
                "LLM call failed (%s, %s); retry %d in %.2fs", fault.code, fault.detail, failures, wait
            )
            time.sleep(wait)

    def _send(self, request: dict[str, Any], timeout: float) -> Message | Fault:
        """One call: the message, or the fault that kept it from being one."""
        try:
            message: Message = self._client.messages.create(**request, timeout=timeout)
        except anthropic.APIError as exc:
            return classify(exc)
        except json.JSONDecodeError:  # the SDK parses a 200's body outside its own error handling
            return not_json()
        return not_a_message(message) or message

    def _gives_up(self, fault: Fault, failures: int, wait: float, deadline: float) -> bool:
        """Stop retrying: a fault another try cannot help, tries or time used up, or a long retry-after.

        A retry-after beyond the cap is not cut short: trying again before the API asked only spends a call
        it will refuse. The failure carries it, so the job can wait it out instead of this worker.
        """
        if not fault.retryable or failures > self.max_retries or time.monotonic() + wait >= deadline:
            return True
        return fault.retry_after is not None and fault.retry_after > self.retry_after_cap_s

    def _acquire(self, tokens: int, deadline: float) -> None:
        if self.rate_limiter is None:
            return
        try:
            self.rate_limiter.acquire(tokens, timeout_s=max(deadline - time.monotonic(), 0.0))
        except RateLimitTimeout as exc:
            raise ScoringError(
                "llm_rate_limited", f"shared rate budget: next slot in {exc.wait_s:.1f}s", retryable=True
            ) from None
        except RateLimiterUnavailable as exc:
            raise ScoringError("llm_unavailable", str(exc), retryable=True) from None

    def _wait_before_retry(self, fault: Fault, failures: int) -> float:
        """Honour retry-after (never shortened, up to 10% jitter), else back off exponentially."""
        if fault.retry_after is not None:
            return min(fault.retry_after, self.retry_after_cap_s) * random.uniform(1.0, 1.1)
        backoff = min(self.backoff_max_s, self.backoff_base_s * 2.0 ** (failures - 1))
        return backoff * random.uniform(0.5, 1.0)

    def _penalise(self, wait: float) -> None:
        """After a 429, hold back every worker sharing the budget, not just this thread."""
        if self.rate_limiter is None:
            return
        try:
            self.rate_limiter.penalise(wait)
        except RateLimiterUnavailable:
            logger.warning("Could not record a 429 back-off in the shared rate budget")
