"""Tests for OCR through candidates/readers.py: scans and phone photos read by Tesseract in the sandbox."""

from __future__ import annotations

import os
import re
import select
import time
from pathlib import Path

import pytest
from PIL import Image

from candidates.ocr import MAX_PIXELS
from candidates.pdf import ExtractionFailed, extract_in_this_process
from candidates.readers import OcrLimits, read_cv
from candidates.tests.pdfgen import scan_pdf
from candidates.tests.scangen import phone_photo, render_page, scanned_pdf

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(
    os.environ.get("CVSCORING_CORPUS", Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
)
TEMPLATE_CV = str(FIXTURES / "rendercv_classic.pdf")  # MIT-licensed RenderCV example (fixtures/SOURCES.md)


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def share_recovered(text: str) -> float:
    """The share of the words of the template's first page found in `text`."""
    truth = words(extract_in_this_process(TEMPLATE_CV, max_pages=1).text)
    return len(truth & words(text)) / len(truth)


def sandboxed_tesseracts() -> list[int]:
    """Pids of tesseract processes reading from a sandbox folder."""
    return [
        pid
        for pid in _pids()
        if _command(pid).startswith(b"tesseract\0/") and b"cvscoring-sandbox-" in _command(pid)
    ]


def _pids() -> list[int]:
    return [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit()]


def _command(pid: int) -> bytes:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:
        return b""


def ended(pid: int, within_s: float = 5.0) -> bool:
    """Tell whether process `pid` has ended, waiting on its exit (not polling) up to `within_s`."""
    try:
        pidfd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(select.select([pidfd], [], [], within_s)[0])
    finally:
        os.close(pidfd)


def write(tmp_path: Path, data: bytes, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.slow
def test_scanned_pdf_is_read_through_ocr(tmp_path: Path) -> None:
    result = read_cv(write(tmp_path, scanned_pdf(TEMPLATE_CV), "scan.pdf"))

    assert result.file_type == "pdf"
    assert result.ocr_confidence is not None and result.ocr_confidence > 80
    assert share_recovered(result.text) > 0.9
    assert (result.page_count, result.hidden, result.truncated_pages) == (1, (), False)


@pytest.mark.slow
def test_phone_photo_of_a_printed_cv_is_read_through_ocr(tmp_path: Path) -> None:
    result = read_cv(write(tmp_path, phone_photo(TEMPLATE_CV), "photo.jpg"))

    assert result.file_type == "jpeg"
    assert result.ocr_confidence is not None and result.ocr_confidence > 80
    assert share_recovered(result.text) > 0.9
    assert (result.page_count, result.hidden) == (1, ())


@pytest.mark.slow
def test_sideways_scan_without_orientation_tag_is_turned_upright(tmp_path: Path) -> None:
    path = tmp_path / "sideways.png"
    render_page(TEMPLATE_CV, dpi=200).rotate(90, expand=True).save(path)

    result = read_cv(str(path))

    assert result.ocr_confidence is not None and result.ocr_confidence > 80
    assert share_recovered(result.text) > 0.9


@pytest.mark.slow
def test_image_only_corpus_cv_is_read_through_ocr() -> None:
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"test corpus not found at {CORPUS} (set CVSCORING_CORPUS)")
        pytest.skip(f"test corpus not found at {CORPUS} (set CVSCORING_CORPUS)")

    result = read_cv(str(CORPUS / "more-cvs" / "gh_amrishjais_student_image_only.pdf"))

    assert (result.file_type, result.page_count, result.hidden) == ("pdf", 1, ())
    assert result.ocr_confidence is not None and result.ocr_confidence > 85
    assert len(result.text.split()) > 400


def test_ocr_past_its_time_limit_is_stopped_with_its_tesseract(tmp_path: Path) -> None:
    photo = write(tmp_path, phone_photo(TEMPLATE_CV), "photo.jpg")
    started = time.monotonic()

    with pytest.raises(ExtractionFailed) as failed:
        read_cv(photo, ocr_limits=OcrLimits(timeout_s=1.0))

    assert (failed.value.code, failed.value.message) == (
        "timeout", "Reading this scan took too long, so it was stopped.",
    )  # fmt: skip
    assert time.monotonic() - started < 3.0
    assert [pid for pid in sandboxed_tesseracts() if not ended(pid)] == []


def test_image_with_too_many_pixels_fails_as_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    Image.new("1", (MAX_PIXELS // 7000 + 1, 7000), 1).save(path)  # small on disk, just past the cap

    with pytest.raises(ExtractionFailed) as failed:
        read_cv(str(path))

    assert (failed.value.code, failed.value.message) == (
        "too_large", "This image has too many pixels to be read safely.",
    )  # fmt: skip


def test_image_without_text_fails_as_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.new("L", (600, 800), 255).save(path)

    with pytest.raises(ExtractionFailed) as failed:
        read_cv(str(path))

    assert failed.value.code == "no_text_layer"
    assert failed.value.message == "No text could be read in this image."


def test_scan_without_readable_text_fails_as_no_text_layer(tmp_path: Path) -> None:
    with pytest.raises(ExtractionFailed) as failed:
        read_cv(write(tmp_path, scan_pdf(pages=1), "blank-scan.pdf"))

    assert (failed.value.code, failed.value.message) == (
        "no_text_layer", "This PDF has no selectable text, and no text could be read in its scanned pages.",
    )  # fmt: skip


def test_damaged_image_fails_as_corrupt(tmp_path: Path) -> None:
    with pytest.raises(ExtractionFailed) as failed:
        read_cv(write(tmp_path, b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "broken.png"))

    assert failed.value.code == "corrupt"
    assert failed.value.message == "This image is damaged or in a format we cannot read."


def test_without_tesseract_a_scan_fails_as_no_text_layer_saying_how_to_enable_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no-programs-here"))
    scan = write(tmp_path, scanned_pdf(TEMPLATE_CV, dpi=50), "scan.pdf")
    photo = write(tmp_path, phone_photo(TEMPLATE_CV, dpi=50), "photo.jpg")

    for path in (scan, photo):
        with pytest.raises(ExtractionFailed) as failed:
            read_cv(path)
        assert failed.value.code == "no_text_layer"
        assert "apt-get install tesseract-ocr" in failed.value.message
