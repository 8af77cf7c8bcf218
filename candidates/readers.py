"""Read any CV file a recruiter receives, by its content rather than its name, inside the parsing sandbox.

`read_cv(path, limits)` is a drop-in replacement for `candidates.pdf.extract_cv`: the same Extraction (as a
Reading, which adds the file type and an OCR note) and the same ExtractionFailed codes, plus
"unsupported_type" and "too_large". `sniff_type(head)` names the type from the first bytes, for an upload
path to refuse what cannot be read before storing it.

PDFs with a text layer (including a scan's invisible OCR layer over its image) are read from that layer; an
image-only PDF, a PNG, JPEG, TIFF or WebP is read by Tesseract in a second sandboxed call with its own,
longer time limit. Word .docx is read by `candidates.word`, Word 97-2003 .doc by `candidates.doc`,
OpenDocument text by `candidates.odt`, RTF by `candidates.rtf`, plain text by `candidates.plaintext`, each in
the child too.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import pypdfium2
import pytesseract
from PIL import Image

from candidates import doc, ocr, odt, pdf_child, plaintext, rtf, warm_pool, word
from candidates.extraction import (
    MAX_TEXT_CHARS,
    MIN_TEXT_CHARS,
    Extraction,
    ExtractionFailed,
    HiddenSpan,
    Limits,
    normalise,
)
from candidates.extraction import MESSAGES as PDF_MESSAGES
from candidates.pdf import extract_in_this_process as extract_pdf

HEAD_BYTES = 1024
IMAGE_TYPES = frozenset({"png", "jpeg", "tiff", "webp"})
# "ole" is a Word 97-2003 .doc, an encrypted .docx ("encrypted") or another Office file ("unsupported_type").
READ_TYPES = frozenset({"pdf", "docx", "ole", "odt", "rtf", "txt", *IMAGE_TYPES})

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"), (b"%PDF-", "pdf"), (b"{\\rtf", "rtf"),
)  # fmt: skip
_ZIP = b"PK\x03\x04"

OCR_MISSING = (
    " Text in images is read with Tesseract OCR, which is not installed on this server"
    " (Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-spa tesseract-ocr-fra tesseract-ocr-deu)."
)
MESSAGES = {
    "unsupported_type": (
        "This file type cannot be read. Send a PDF, a Word .docx or .doc, an OpenDocument .odt, an RTF,"
        " a plain text file or a photo (PNG or JPEG)."
    ),
    "image_no_text_layer": "No text could be read in this image.",
    "image_corrupt": "This image is damaged or in a format we cannot read.",
    "scan_no_text_layer": "This PDF has no selectable text, and no text could be read in its scanned pages.",
    "too_large": "This image has too many pixels to be read safely.",
    "ocr_timeout": "Reading this scan took too long, so it was stopped.",
    "ocr_memory_limit": "Reading this scan needed too much memory, so it was stopped.",
}


@dataclass(frozen=True)
class OcrLimits:
    timeout_s: float = 120.0  # Tesseract takes ~5-10 s a page on one core
    memory_bytes: int = 1536 * 1024**2  # shared by the child and the tesseract process it starts
    max_pages: int = 4  # a CV's pages; beyond them a scanned portfolio only costs time


DEFAULT_LIMITS = Limits()
DEFAULT_OCR_LIMITS = OcrLimits()


@dataclass(frozen=True)
class Reading(Extraction):
    file_type: str = "pdf"  # as sniff_type names it
    ocr_confidence: float | None = None  # mean Tesseract word confidence (0-100) when the text came from OCR


def sniff_type(head: bytes) -> str | None:
    """Name a file's type from its first bytes (HEAD_BYTES of them), or None when it is not one read here."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(_ZIP):
        return _zip_type(head)
    if b"%PDF-" in head:
        return None  # a PDF header after other bytes: a polyglot, or damaged; never read it as text
    return "txt" if plaintext.looks_like_text(head, whole=len(head) < HEAD_BYTES) else None


def _zip_type(head: bytes) -> str | None:
    """An OpenDocument text, or a zip that may be a .docx (word.py confirms it from the archive's directory).

    An OpenDocument package names its type in its first member, "mimetype", stored uncompressed; other kinds
    (spreadsheets, presentations, templates) and other packages that do so (EPUB) are not read.
    """
    name_size, extra_size = int.from_bytes(head[26:28], "little"), int.from_bytes(head[28:30], "little")
    if head[30 : 30 + name_size] != b"mimetype":
        return "docx"
    start, size = 30 + name_size + extra_size, int.from_bytes(head[18:22], "little")
    value = head[start : start + size] if size else head[start:].split(_ZIP)[0]  # size 0: a data descriptor
    return "odt" if value.strip() == odt.MIMETYPE else None


def warm_up() -> None:
    """Start the sandbox process with every reader imported (call before forking workers)."""
    pdf_child.start(_PRELOAD)


def read_cv(
    path: str,
    limits: Limits = DEFAULT_LIMITS,
    ocr_limits: OcrLimits = DEFAULT_OCR_LIMITS,
    *,
    owner: object = None,
) -> Reading:
    """Read a CV of any supported type in the sandbox; raise ExtractionFailed when it cannot be used.

    `owner` (the uploading user's id) lets a warm child that read only that owner's files read this one
    (candidates.warm_pool; not for OCR, where a fork is nothing beside Tesseract); without it a fresh child
    reads the file alone.

    OSError (the path cannot be read) and pdf_child.SandboxUnavailable are faults of this machine, not of
    the file, and propagate.
    """
    with open(path, "rb") as fp:
        kind = sniff_type(fp.read(HEAD_BYTES))
    if kind is None:
        raise _failed("unsupported_type")
    if kind in IMAGE_TYPES:
        return _read_scan(path, kind, ocr_limits)
    try:
        return _in_child(path, kind, limits, owner)
    except ExtractionFailed as exc:
        if kind == "pdf" and exc.code == "no_text_layer":
            return _read_scan(path, kind, ocr_limits)
        raise


def _read_scan(path: str, kind: str, limits: OcrLimits) -> Reading:
    if not ocr.tesseract_available():
        message = PDF_MESSAGES["no_text_layer"] if kind == "pdf" else "This file is an image."
        raise ExtractionFailed("no_text_layer", message + OCR_MISSING)
    try:
        return _in_child(path, f"{kind}_ocr", limits)
    except ExtractionFailed as exc:
        if exc.code in ("timeout", "memory_limit"):
            raise ExtractionFailed(exc.code, MESSAGES[f"ocr_{exc.code}"]) from None
        raise


_PRELOAD = [__name__, "candidates.pdf:warm_zygote"]
_MAX_REPLY_BYTES = 8 * 1024**2
_CHILD_FAILURES = {"timeout": "timeout", "memory": "memory_limit", "crashed": "corrupt"}


def _in_child(path: str, kind: str, limits: Limits | OcrLimits, owner: object = None) -> Reading:
    try:
        reply = warm_pool.run(
            owner,
            f"{__name__}:_read_for_child",
            {"kind": kind, "max_pages": limits.max_pages, "timeout_s": limits.timeout_s},
            path,
            preload=_PRELOAD,
            timeout_s=limits.timeout_s,
            memory_bytes=limits.memory_bytes,
            max_result_bytes=_MAX_REPLY_BYTES,
            max_files=limits.child_max_files if isinstance(limits, Limits) else 1,
        )
    except pdf_child.ChildFailed as exc:
        raise _failed_for(kind, _CHILD_FAILURES[exc.reason]) from None
    return _from_reply(reply, kind)


def _from_reply(reply: Any, kind: str) -> Reading:
    if not isinstance(reply, dict):
        raise _failed_for(kind, "corrupt")
    if "error" in reply:
        raise ExtractionFailed(str(reply["error"]), str(reply["message"]))
    hidden = tuple(HiddenSpan(str(reason), str(text), int(page)) for reason, text, page in reply["hidden"])
    confidence = reply.get("ocr_confidence")
    return Reading(
        text=str(reply["text"]),
        page_count=int(reply["pages"]),
        hidden=hidden,
        truncated_pages=bool(reply["truncated"]),
        file_type=_FILE_TYPES.get(kind, kind.removesuffix("_ocr")),
        ocr_confidence=float(confidence) if confidence is not None else None,
    )


def _failed(code: str) -> ExtractionFailed:
    return ExtractionFailed(code, MESSAGES[code])


_FORMAT_MESSAGES = {"docx": word.MESSAGES, "ole": doc.MESSAGES, "odt": odt.MESSAGES, "rtf": rtf.MESSAGES}
_FILE_TYPES = {"ole": "doc"}  # an OLE file that reads is a .doc: encrypted and other Office files fail


def _failed_for(kind: str, code: str) -> ExtractionFailed:
    """The failure `code` with the message for this kind of file."""
    base = kind.removesuffix("_ocr")
    if code in _FORMAT_MESSAGES.get(base, {}):
        return ExtractionFailed(code, _FORMAT_MESSAGES[base][code])
    if base in IMAGE_TYPES and f"image_{code}" in MESSAGES:
        return ExtractionFailed(code, MESSAGES[f"image_{code}"])
    if kind == "pdf_ocr" and code == "no_text_layer":
        return ExtractionFailed(code, MESSAGES["scan_no_text_layer"])
    if code in PDF_MESSAGES:
        return ExtractionFailed.of(code)
    return _failed(code)


# --- child side --------------------------------------------------------------------------------------------


def _read_for_child(path: str, kind: str, max_pages: int, timeout_s: float) -> dict[str, Any]:
    try:
        reading = read_in_this_process(path, kind, max_pages, timeout_s)
    except ExtractionFailed as exc:
        return {"error": exc.code, "message": exc.message}
    return {
        "text": reading.text,
        "pages": reading.page_count,
        "hidden": [[span.reason, span.text, span.page] for span in reading.hidden],
        "truncated": reading.truncated_pages,
        "ocr_confidence": reading.ocr_confidence,
    }


def read_in_this_process(path: str, kind: str, max_pages: int = 30, timeout_s: float = 120.0) -> Reading:
    """Read in the calling process, without limits: only for the sandbox child and for tests."""
    if kind in ("pdf_ocr", *(f"{image}_ocr" for image in IMAGE_TYPES)):
        return _read_ocr(path, kind, max_pages, time.monotonic() + timeout_s - _OCR_MARGIN_S)
    if kind == "pdf":
        result = extract_pdf(path, max_pages)
    elif kind == "docx":
        result = word.read_docx(path)
    elif kind == "ole":
        result = doc.read_doc(path)
    elif kind == "odt":
        result = odt.read_odt(path)
    elif kind == "rtf":
        result = rtf.read_rtf(path)
    elif kind == "txt":
        result = plaintext.read_text(path)
    else:
        raise _failed("unsupported_type")
    file_type = _FILE_TYPES.get(kind, kind)
    return Reading(result.text, result.page_count, result.hidden, result.truncated_pages, file_type=file_type)


_OCR_MARGIN_S = 0.5  # stop Tesseract just before the sandbox's alarm, so a slow scan reports a clean timeout


def _read_ocr(path: str, kind: str, max_pages: int, deadline: float) -> Reading:
    image = kind != "pdf_ocr"
    try:
        result = ocr.read_image(path, deadline) if image else ocr.read_pdf(path, max_pages, deadline)
    except ocr.OcrTimeout:
        raise _failed_for(kind, "timeout") from None
    except Image.DecompressionBombError:
        raise _failed("too_large") from None
    except (OSError, ValueError, SyntaxError, pypdfium2.PdfiumError, pytesseract.TesseractError):
        raise _failed_for(kind, "corrupt") from None
    text = normalise(result.text)[:MAX_TEXT_CHARS]
    if sum(1 for char in text if not char.isspace()) < MIN_TEXT_CHARS:
        raise _failed_for(kind, "no_text_layer")
    return Reading(
        text,
        result.page_count,
        (),
        result.page_count > len(result.pages),
        file_type=kind.removesuffix("_ocr"),
        ocr_confidence=result.confidence,
    )
