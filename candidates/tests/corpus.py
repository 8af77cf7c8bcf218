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


def corpus_dir() -> Path:
    """Return the corpus folder; skip the test when it is absent, but fail on CI, which always has it."""
    return require_corpus()


def corpus_cv_pdfs() -> list[Path]:
    """Return every CV PDF of the corpus: templates in cvs/, real CVs in more-cvs/ (read in place only)."""
    root = corpus_dir()
    return sorted([*(root / "cvs").glob("*.pdf"), *(root / "more-cvs").glob("*.pdf")])
