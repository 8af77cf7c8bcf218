"""Read the real CVs of the shared corpus in place (never copied): PDF through candidates.pdf, Word directly.

The corpus lives at $CVSCORING_CORPUS or ../shared/corpus beside the project. Word files are read with
docx2python here only until candidates/readers.py (the production Word reader) lands.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from docx2python import docx2python

from candidates.pdf import ExtractionFailed, extract_in_this_process

ROOT = Path(__file__).resolve().parents[2]
MAX_PAGES = 12


def corpus_dir() -> Path:
    """Return the shared corpus folder (it may be missing on a laptop)."""
    return Path(os.environ.get("CVSCORING_CORPUS", ROOT.parent / "shared" / "corpus"))


def _docx_text(path: Path) -> str:
    with docx2python(str(path)) as document:
        return str(document.text)


@functools.cache
def cv_text(relative: str) -> str | None:
    """Return the visible text of a corpus CV ("cvs/x.pdf", "more-cvs/y.docx"), None when it has none."""
    path = corpus_dir() / relative
    if path.suffix == ".docx":
        return _docx_text(path)
    try:
        return extract_in_this_process(str(path), MAX_PAGES).text
    except ExtractionFailed:
        return None
