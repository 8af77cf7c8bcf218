"""Tokens and estimated cost per CV, with and without prompt caching and Message Batches pricing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bench.context import Context
from bench.report import Figure, Row, Section
from bench.stats import load
from jobs.scoring.pricing import estimate_cost
from jobs.scoring.types import Usage

HAIKU = "claude-haiku-4-5"
SONNET = "claude-sonnet-4-5"
# Minimum cacheable prefix: 1,024 tokens on Sonnet and Opus, 4,096 on Haiku 4.5 (shorter: silently uncached).
MIN_CACHE_TOKENS = {SONNET: 1024, HAIKU: 4096}


@dataclass(frozen=True)
class Measured:
    per_cv: Usage  # mean over the job's CVs
    prefix: int  # tokens of the shared tools + system prefix (as written or read from the cache)

    @property
    def uncached(self) -> Usage:
        """The same tokens with no caching at all: every prefix token billed as plain input."""
        u = self.per_cv
        total = u.input_tokens + u.cache_creation_input_tokens + u.cache_read_input_tokens
        return Usage(input_tokens=total, output_tokens=u.output_tokens)


def run(ctx: Context) -> Section:
    n = ctx.config.cost_cvs
    section = Section(f"tokens and estimated cost per CV ({n}-CV job per case)")
    with ctx.workers(1, concurrency=1, latency_s=0.0):
        section.load = load()
        measured = {model: _measure(ctx, n, minimum) for model, minimum in MIN_CACHE_TOKENS.items()}
    sonnet, haiku = measured[SONNET], measured[HAIKU]
    section.rows = _token_rows(sonnet) + _cost_rows(haiku, sonnet)
    section.notes = [
        "Tokens are what the stand-in reported per call (it counts characters / 4 over tools, system and "
        "messages; a `cache_control` prefix is written on first sight and read afterwards, unless shorter "
        "than `min_cache_tokens`); costs are `jobs.scoring.pricing.estimate_cost` on those usages.",
        f"{SONNET}: stand-in min_cache_tokens={MIN_CACHE_TOKENS[SONNET]} (Sonnet's real minimum; any value "
        "up to the prefix length gives the same result): the first CV writes the rubric prefix, every later "
        f"CV reads it. {HAIKU}: min_cache_tokens={MIN_CACHE_TOKENS[HAIKU]}, so a prefix of "
        f"{haiku.prefix or sonnet.prefix:,} tokens is "
        + ("not cached at all." if not haiku.prefix else "cached too.")
        + " Uncached = the same tokens billed as plain input.",
        "Batch = the same usage at Message Batches prices (`estimate_cost(..., batch=True)`: 50%, stacking "
        "with cache multipliers): a price for these tokens, not a timed batch run (this benchmark keeps "
        "LLM_BATCH_MIN_CVS=0, so every job takes the direct path).",
        f"Caveat: these jobs ran at SCORING_CONCURRENCY=1. The real API makes a prefix readable only once "
        f"its first write has completed, so at SCORING_CONCURRENCY=8 the first 8 concurrent calls of a job "
        f"all write it; for a 40-CV Sonnet job that is {_first_wave_note(sonnet, 8, 40)}. Scoring one CV "
        "first and fanning out after it answers would avoid that.",
    ]
    return section


def _measure(ctx: Context, n: int, min_cache_tokens: int) -> Measured:
    ctx.standin.configure(min_cache_tokens=min_cache_tokens, reset=True)
    accepted = ctx.api.upload(ctx.cvs.batch(n))
    ctx.finish([accepted.job_id], expected_s=n)
    usages = [r["usage"] for r in ctx.standin.stats(bodies=True)["requests"] if r["status"] == 200]
    total = sum((_usage(u) for u in usages), Usage())
    prefix = max((u.get("cache_creation_input_tokens", 0) for u in usages), default=0)
    per_cv = Usage(
        input_tokens=round(total.input_tokens / n),
        output_tokens=round(total.output_tokens / n),
        cache_creation_input_tokens=round(total.cache_creation_input_tokens / n),
        cache_read_input_tokens=round(total.cache_read_input_tokens / n),
    )
    return Measured(per_cv=per_cv, prefix=prefix)


def _usage(raw: dict[str, Any]) -> Usage:
    return Usage(**{key: int(raw.get(key, 0)) for key in Usage.__dataclass_fields__})


def _token_rows(sonnet: Measured) -> list[Row]:
    u = sonnet.per_cv
    return [
        Row(
            "cost_input_tokens",
            "input tokens per CV (prefix + CV)",
            Figure(sonnet.uncached.input_tokens, "tokens"),
            Figure(sonnet.prefix, "tokens", "shared rubric prefix"),
        ),
        Row("cost_output_tokens", "output tokens per CV", Figure(u.output_tokens, "tokens")),
        Row(
            "cost_cache_read_tokens",
            "cached (read) input tokens per CV, Sonnet-like",
            Figure(u.cache_read_input_tokens, "tokens"),
            Figure(sonnet.uncached.input_tokens, "tokens", "all input"),
        ),
    ]


def _cost_rows(haiku: Measured, sonnet: Measured) -> list[Row]:
    def cost(model: str, usage: Usage, batch: bool = False) -> float:
        return estimate_cost(model, usage, batch=batch)

    haiku_standard = cost(HAIKU, haiku.per_cv)
    sonnet_uncached = cost(SONNET, sonnet.uncached)
    sonnet_cached = cost(SONNET, sonnet.per_cv)
    return [
        Row(
            "cost_haiku",
            f"{HAIKU}, " + ("cached prefix" if haiku.prefix else "prefix under its cache minimum"),
            Figure(haiku_standard, "$"),
            Figure(cost(HAIKU, haiku.uncached), "$", "uncached"),
        ),
        Row(
            "cost_haiku_batch",
            f"{HAIKU}, Message Batches",
            Figure(cost(HAIKU, haiku.per_cv, batch=True), "$"),
            Figure(haiku_standard, "$", "standard"),
        ),
        Row(
            "cost_sonnet_cached",
            f"{SONNET}, cached prefix",
            Figure(sonnet_cached, "$"),
            Figure(sonnet_uncached, "$", "uncached"),
        ),
        Row(
            "cost_sonnet_batch",
            f"{SONNET}, cached prefix + Message Batches",
            Figure(cost(SONNET, sonnet.per_cv, batch=True), "$"),
            Figure(sonnet_uncached, "$", "uncached"),
        ),
    ]


def _first_wave_note(sonnet: Measured, concurrency: int, cvs: int) -> str:
    """Cost per CV of a job when one call writes the prefix, and when the first `concurrency` calls all do."""
    plain = sonnet.uncached
    cv_part = plain.input_tokens - sonnet.prefix
    write = estimate_cost(
        SONNET, Usage(cv_part, plain.output_tokens, cache_creation_input_tokens=sonnet.prefix)
    )
    read = estimate_cost(SONNET, Usage(cv_part, plain.output_tokens, cache_read_input_tokens=sonnet.prefix))
    one = (write + (cvs - 1) * read) / cvs
    wave = (concurrency * write + (cvs - concurrency) * read) / cvs
    return f"${wave:.6f} per CV instead of ${one:.6f} (+{100 * (wave / one - 1):.0f}%)"
