"""PDFium against pdfminer.six on every CV PDF of the corpus: a switch of reader must never lose a CV.

For each file both readers must end the same way (the same failure code, or both read it), agree on the words
(most of pdfminer's words are in PDFium's text and the other way round), and PDFium must find hidden text
wherever pdfminer found some. The wording differs a little by design: each reader glues a few words the other
separates, and PDFium also reads icon fonts' names ("fafile") that pdfminer returns as "(cid:N)".
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from candidates.pdf import Extraction, ExtractionFailed, extract_in_this_process
from candidates.tests.corpus import corpus_cv_pdfs
from candidates.tests.pdfminer_reference import extract_with_pdfminer

# The lowest agreement seen on the corpus is 0.95 of pdfminer's words found by PDFium (Word exports that
# place words without spaces) and 0.87 of PDFium's words found by pdfminer (AltaCV's icon names).
MIN_PDFMINER_WORDS_KEPT = 0.93
MIN_PDFIUM_WORDS_SHARED = 0.85


def _read(read: object, path: Path) -> Extraction | str:
    try:
        return read(str(path), 30)  # type: ignore[operator,no-any-return]
    except ExtractionFailed as exc:
        return exc.code


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _disagreement(path: Path) -> str | None:
    reference, pdfium = _read(extract_with_pdfminer, path), _read(extract_in_this_process, path)
    if isinstance(reference, str) or isinstance(pdfium, str):
        return None if reference == pdfium else f"outcome {reference!r} vs {pdfium!r}"
    theirs, ours = _words(reference.text), _words(pdfium.text)
    shared = len(theirs & ours)
    if shared < MIN_PDFMINER_WORDS_KEPT * len(theirs) or shared < MIN_PDFIUM_WORDS_SHARED * len(ours):
        return f"words: {shared} shared of {len(theirs)} (pdfminer) and {len(ours)} (PDFium)"
    # Where pdfminer found hidden text, PDFium must find it too, for the same reason (PDFium also finds text
    # under opaque boxes, which pdfminer could not see). Text drawn white, over and over, and then once more
    # in black on the spot (a halo around a link label) is hidden to pdfminer, which reads every drawing;
    # PDFium's text page keeps one, and the copy over it shows it: PDFium reads it as visible text.
    shown = " ".join(pdfium.text.split())
    found = [s for s in reference.hidden if not _drawn_again_where_shown(s.text, shown)]
    missed = {(s.page, s.reason) for s in found} - {(s.page, s.reason) for s in pdfium.hidden}
    return f"hidden spans PDFium did not find: {sorted(missed)}" if missed else None


def _drawn_again_where_shown(hidden: str, shown: str) -> bool:
    """Tell whether the hidden text is one piece of the visible text, drawn once or several times over."""
    text = " ".join(hidden.split())
    for length in range(1, len(text) + 1):
        piece = text[:length]
        if (piece * (len(text) // length + 1))[: len(text)] == text:
            return piece in shown
    return False


@pytest.mark.slow
def test_pdfium_reads_every_corpus_cv_as_well_as_pdfminer() -> None:
    paths = corpus_cv_pdfs()
    disagreements = {path.name: _disagreement(path) for path in paths}

    assert len(paths) > 0
    assert {name: why for name, why in disagreements.items() if why is not None} == {}
