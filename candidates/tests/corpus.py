"""Where tests find the shared corpus of real CVs, and what they do when it is missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("CVSCORING_CORPUS", ROOT.parent / "shared" / "corpus"))


def require_corpus(part: str = "") -> Path:
    """The corpus folder (or a part of it); skip the test without it, or fail it when CI is set."""
    path = CORPUS / part if part else CORPUS
    if not path.exists():
        message = f"the shared corpus is not at {path} (set CVSCORING_CORPUS)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
