"""Matching by meaning: wordllama's static word embeddings, loaded once per process, lazily.

wordllama ships its 256-dimension model (16 MB) and tokenizer inside the wheel and needs only numpy; a CV's
lines embed in a few milliseconds on one core. `WordLlama.load()` would look for the tokenizer in a folder the
wheel does not use and then try to download it, so it is pointed at the installed package and never downloads.
Vectors are unit length, so a dot product is the cosine similarity.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import wordllama

Vectors = npt.NDArray[np.float32]
DIMENSIONS = 256
_LOCK = threading.Lock()
_MODEL: list[Any] = []


def _model() -> Any:
    if not _MODEL:
        with _LOCK:  # threads of one worker share the model; load it only once
            if not _MODEL:
                folder = Path(wordllama.__file__).parent
                _MODEL.append(wordllama.WordLlama.load(cache_dir=folder, disable_download=True))
    return _MODEL[0]


def embed(texts: Sequence[str]) -> Vectors:
    """Return one unit-length vector per text (a zero-row array for no texts)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors: Vectors = np.asarray(_model().embed(list(texts), norm=True), dtype=np.float32)
    return vectors


@functools.lru_cache(maxsize=512)
def criterion_vector(text: str) -> Vectors:
    """Return the vector of a criterion's text, cached: a rubric's criteria repeat for every CV of a job."""
    vector: Vectors = embed([text])[0]
    vector.setflags(write=False)
    return vector


def similarities(vectors: Vectors, query: Vectors) -> npt.NDArray[np.float32]:
    """Return the cosine similarity of each row of `vectors` to `query`."""
    result: npt.NDArray[np.float32] = np.asarray(vectors @ query, dtype=np.float32)
    return result
