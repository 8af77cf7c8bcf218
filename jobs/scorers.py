"""Pick and build the scorer for this process: Anthropic with an API key, the offline scorer without."""

from __future__ import annotations

import functools

import django_rq
from django.conf import settings

from jobs.scoring import semantic
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Scorer

OFFLINE_NOTICE = (
    "Scored offline: no ANTHROPIC_API_KEY is set, so scores come from deterministic skill, synonym and "
    "experience matching, not from an LLM."
)


@functools.cache
def get_scorer() -> Scorer:
    """One scorer (and so one HTTP client) per process, shared by the job's threads."""
    if not settings.ANTHROPIC_API_KEY:
        return OfflineScorer()
    from jobs.scoring.llm import AnthropicScorer
    from jobs.scoring.ratelimit import RateLimiter

    limiter = None
    if settings.LLM_REQUESTS_PER_MINUTE or settings.LLM_INPUT_TOKENS_PER_MINUTE:
        limiter = RateLimiter(
            django_rq.get_connection(settings.SCORING_QUEUE),
            requests_per_minute=settings.LLM_REQUESTS_PER_MINUTE,
            input_tokens_per_minute=settings.LLM_INPUT_TOKENS_PER_MINUTE,
        )
    return AnthropicScorer(
        api_key=settings.ANTHROPIC_API_KEY,
        base_url=settings.ANTHROPIC_BASE_URL,
        model=settings.SCORING_MODEL,
        timeout_s=settings.LLM_TIMEOUT_S,
        max_retries=settings.LLM_MAX_RETRIES,
        deadline_s=settings.LLM_CV_DEADLINE_S,
        rate_limiter=limiter,
    )


def warm_up_scorer() -> None:
    """Build the scorer and load what it would load lazily, in a worker before it forks its work-horses.

    The offline scorer's word embeddings (~0.2 s of CPU and ~60 MB) were loaded again by every work-horse,
    once per job, and dropped with it; loaded here, each horse shares the parent's copy.
    """
    if get_scorer().name == "offline":
        semantic.embed(["warm up"])


def scorer_model() -> str:
    return get_scorer().model
