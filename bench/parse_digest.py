"""Print a SHA-256 of the PDF reader's whole output for every corpus file, to compare two trees' readers.

Run from a tree's root: `.venv/bin/python -m bench.parse_digest > a.json`, then the same in the other tree
and compare the two files. Covers cvs/, more-cvs/ (read in place), nasty/ (sandboxed: hostile files need the
limits) and the manipulated copies `jobs/tests/test_manipulated_cvs.py` builds from the template CVs. Only
digests are printed, never text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cvscoring.test_settings")
django.setup()

from candidates.pdf import Extraction, ExtractionFailed, extract_cv, extract_in_this_process  # noqa: E402
from candidates.tests.corpus import CORPUS  # noqa: E402
from candidates.tests.pdfgen import Line, overlay_pdf  # noqa: E402
from jobs.tests.test_manipulated_cvs import MANIPULATIONS, background_text  # noqa: E402


def digest(read: Callable[[str], Extraction], path: Path) -> str:
    """The outcome: a failure code, or the SHA-256 of the whole extraction (text, hidden spans, pages)."""
    try:
        reading = read(str(path))
    except ExtractionFailed as exc:
        return exc.code
    return hashlib.sha256(repr(dataclasses.astuple(reading)).encode()).hexdigest()


def _in_process(path: str) -> Extraction:
    return extract_in_this_process(path, 30)


def _manipulated(folder: Path) -> Iterator[Path]:
    for original in sorted((CORPUS / "cvs").glob("*.pdf")):
        overlays: dict[str, list[Line | str]] = {n: lines for n, (lines, _c, _t) in MANIPULATIONS.items()}
        overlays["background"] = background_text(original)
        for name, lines in sorted(overlays.items()):
            path = folder / f"{original.stem}-{name}.pdf"
            path.write_bytes(overlay_pdf(original.read_bytes(), lines))
            yield path


def digests() -> dict[str, str]:
    found: dict[str, str] = {}
    for part in ("cvs", "more-cvs"):
        for path in sorted((CORPUS / part).glob("*.pdf")):
            found[f"{part}/{path.name}"] = digest(_in_process, path)
    for path in sorted((CORPUS / "nasty").iterdir()):
        found[f"nasty/{path.name}"] = digest(extract_cv, path)
    with tempfile.TemporaryDirectory() as folder:
        for path in _manipulated(Path(folder)):
            found[f"manipulated/{path.name}"] = digest(_in_process, path)
    return found


if __name__ == "__main__":
    json.dump(digests(), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
