"""Estimate what a scoring call cost, from token usage and a per-model price table (no SDK, no Django)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from jobs.scoring.types import Usage

logger = logging.getLogger(__name__)

BATCH_DISCOUNT = 0.5  # Message Batches: half price on every token kind; it stacks with cache multipliers.


@dataclass(frozen=True)
class Price:
    """US dollars per million tokens."""

    input: float
    output: float
    cache_write: float  # 5-minute ephemeral cache write
    cache_read: float


def _family(input_usd: float, output_usd: float, *, cache_read_factor: float = 0.1) -> Price:
    # Anthropic's usual multipliers: cache writes 1.25x the input price, cache reads 0.1x.
    return Price(input_usd, output_usd, input_usd * 1.25, input_usd * cache_read_factor)


# Keyed by model-name prefix; the longest matching prefix wins, so dated ids ("...-20251001") match too.
# From the public model pages at the time of writing: re-check when adding a model.
PRICES: dict[str, Price] = {
    "claude-haiku-4-5": _family(1.0, 5.0),
    "claude-haiku-5-5": _family(0.10, 0.50),  # prompts up to 100k tokens; longer prompts cost more
    "claude-sonnet-4": _family(3.0, 15.0),
    "claude-sonnet-5": _family(2.0, 10.0),
    "claude-sonnet-5-5": _family(2.0, 10.0, cache_read_factor=0.05),
    "claude-opus-4": _family(15.0, 75.0),  # Opus 4.0 and 4.1
    "claude-opus-4-5": _family(5.0, 25.0),
    "claude-opus-4-6": _family(5.0, 25.0),
    "claude-opus-4-7": _family(5.0, 25.0),
    "claude-opus-4-8": _family(5.0, 25.0),
    "claude-opus-5": _family(5.0, 25.0),
    "claude-opus-5-5": _family(4.0, 20.0),
    "claude-fable-5": _family(10.0, 50.0),
}
# An unknown model is priced like the dearest one listed, so spend is overestimated rather than hidden.
FALLBACK_PRICE = max(PRICES.values(), key=lambda p: p.input)


def price_for(model: str) -> Price:
    """Find the price of a model id by its longest known prefix."""
    matches = [prefix for prefix in PRICES if model.startswith(prefix)]
    if not matches:
        logger.warning("No price known for model %r; estimating with the dearest listed price", model)
        return FALLBACK_PRICE
    return PRICES[max(matches, key=len)]


def estimate_cost(model: str, usage: Usage, *, batch: bool = False) -> float:
    """Estimate the cost in US dollars of the given usage on the given model."""
    price = price_for(model)
    micro_usd = (
        usage.input_tokens * price.input
        + usage.output_tokens * price.output
        + usage.cache_creation_input_tokens * price.cache_write
        + usage.cache_read_input_tokens * price.cache_read
    )
    factor = BATCH_DISCOUNT if batch else 1.0
    # Rounded so that float noise does not show up in stored costs or exact comparisons.
    return round(micro_usd * factor / 1_000_000, 10)
