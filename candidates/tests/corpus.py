"""Where the shared test corpus lives, and the CV PDFs in it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CORPUS = Path(
    os.environ.get("CVSCORING_CORPUS", Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
)


def corpus_dir() -> Path:
    """Return the corpus folder; skip the test when it is absent, but fail on CI, which always has it."""
    if not CORPUS.is_dir():
        message = f"test corpus not found at {CORPUS} (set CVSCORING_CORPUS)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CORPUS


def corpus_cv_pdfs() -> list[Path]:
    """Return every CV PDF of the corpus: templates in cvs/, real CVs in more-cvs/ (read in place only)."""
    root = corpus_dir()
    return sorted([*(root / "cvs").glob("*.pdf"), *(root / "more-cvs").glob("*.pdf")])
