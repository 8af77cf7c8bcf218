"""Read the real CVs of the shared corpus in place (never copied), as the product reads an upload.

The corpus lives at $CVSCORING_CORPUS or ../shared/corpus beside the project. Every file goes through
candidates.readers.read_cv (PDFium for PDFs, candidates.word for .docx, in the sandbox), so the yardstick
scores the same text a recruiter's upload would give the scorer.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from candidates.extraction import ExtractionFailed, Limits
from candidates.readers import read_cv

ROOT = Path(__file__).resolve().parents[2]
LIMITS = Limits(max_pages=12)


def corpus_dir() -> Path:
    """Return the shared corpus folder (it may be missing on a laptop)."""
    return Path(os.environ.get("CVSCORING_CORPUS", ROOT.parent / "shared" / "corpus"))


@functools.cache
def cv_text(relative: str) -> str | None:
    """Return the visible text of a corpus CV ("cvs/x.pdf", "more-cvs/y.docx"), None when it has none."""
    try:
        return read_cv(str(corpus_dir() / relative), LIMITS).text
    except ExtractionFailed:
        return None
