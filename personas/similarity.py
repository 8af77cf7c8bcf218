"""Semantic similarity of short phrases, from the static embeddings wordllama ships inside its wheel.

Pure and offline: the model (16 MB, numpy only) is loaded once per process, from the package folder, with
downloads off (its default loader looks elsewhere and would try the network).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import wordllama  # type: ignore[import-untyped]


@functools.cache
def _model() -> Any:
    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def similarity(first: str, second: str) -> float:
    """Cosine similarity of two phrases, from about 0 (unrelated) to 1 (the same meaning)."""
    return float(_model().similarity(first, second))
