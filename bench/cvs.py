"""The benchmark's CVs: real CV text laid out as ~200 KB PDFs (unique bytes each), and real corpus PDFs.

Text comes from real CVs in the shared corpus (CVSCORING_CORPUS, default ../shared/corpus) when present,
else from the test factories' sample CVs. Each generated PDF is the text as a plain PDF (candidates'
pdfgen) plus an incremental update holding one unreferenced image stream of random bytes, the way a photo
or embedded fonts make a real CV weigh ~200 KB: the upload carries realistic bytes, the parser skips them.
"""

from __future__ import annotations

import functools
import itertools
import os
import random
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

from candidates.pdf import ExtractionFailed, Limits, extract_cv
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from candidates.tests.pdfgen import cv_pdf

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("CVSCORING_CORPUS", ROOT.parent / "shared" / "corpus"))
TARGET_BYTES = 200 * 1024
WRAP_AT = 85  # characters per line: longer lines would run off the A4 page and count as hidden text

# English, text-layer CVs of 1-3 pages from the corpus (MANIFEST.tsv names their sources and licences).
CORPUS_CVS = (
    "sb2nov_sourabh_bajaj_resume.pdf",
    "rendercv_classic.pdf",
    "rendercv_harvard.pdf",
    "rendercv_engineeringresumes.pdf",
    "resumematcher_bruce_wayne_fullstack.pdf",
    "resumematcher_harvey_dent_mle.pdf",
    "resumematcher_alfred_pennyworth_pm.pdf",
    "resumematcher_template_single-column.pdf",
    "deedy_resume_openfont.pdf",
    "altacv_mmayer.pdf",
    "openresume_laverne_word_quartz.pdf",
    "openresume_john_doe_reactpdf.pdf",
    "moderncv_template_casual_orange.pdf",
    "awesomecv_resume.pdf",
    "latexcv_two_column.pdf",
    "resumematcher_john_doe.pdf",
)


def corpus_pdfs() -> list[Path]:
    """The real CV PDFs of the list above that this machine has (none without the corpus)."""
    return [path for name in CORPUS_CVS if (path := CORPUS / "cvs" / name).is_file()]


@functools.cache
def cv_texts() -> tuple[str, ...]:
    """Real CV texts, extracted once with the product's own sandboxed parser."""
    texts = []
    for path in corpus_pdfs():
        try:
            texts.append(extract_cv(str(path), Limits(timeout_s=20)).text)
        except ExtractionFailed:
            continue
    return tuple(texts) or (STRONG_BACKEND_CV, WEAK_BACKEND_CV)


def _wrapped(text: str) -> str:
    lines = []
    for line in text.splitlines():
        lines.extend(textwrap.wrap(line, WRAP_AT) or [""])
    return "\n".join(lines)


def padded_pdf(text: str, *, rng: random.Random, size: int = TARGET_BYTES) -> bytes:
    """Lay `text` out as a PDF padded to about `size` bytes by an unreferenced stream of random bytes."""
    base = cv_pdf(_wrapped(text))
    objects = int(re.search(rb"/Size (\d+)", base).group(1))  # type: ignore[union-attr]
    previous_xref = int(re.search(rb"startxref\n(\d+)", base).group(1))  # type: ignore[union-attr]
    length = max(size - len(base) - 400, 1)
    head = (
        f"{objects} 0 obj\n<< /Type /XObject /Subtype /Image /Width {length} /Height 1 "
        f"/ColorSpace /DeviceGray /BitsPerComponent 8 /Length {length} >>\nstream\n"
    ).encode()
    body = head + rng.randbytes(length) + b"\nendstream\nendobj\n"
    xref_at = len(base) + len(body)
    update = (
        f"xref\n{objects} 1\n{len(base):010d} 00000 n \n"
        f"trailer\n<< /Size {objects + 1} /Root 1 0 R /Prev {previous_xref} >>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return base + body + update


class CVFactory:
    """Hands out fresh, never-repeated CV PDFs (a repeat would be deduplicated and skip parsing)."""

    def __init__(self, seed: int = 0) -> None:
        self._rng = random.Random(seed)
        self._texts = itertools.cycle(cv_texts())
        self._count = 0

    def batch(self, n: int) -> list[tuple[str, bytes]]:
        return list(itertools.islice(self._stream(), n))

    def _stream(self) -> Iterator[tuple[str, bytes]]:
        while True:
            self._count += 1
            yield f"cv-{self._count:04d}.pdf", padded_pdf(next(self._texts), rng=self._rng)
