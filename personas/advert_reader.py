"""Read the text of an uploaded job advert: PDF, Word (.docx) or plain text, untrusted files in the sandbox.

PDFs go through candidates.pdf (the CV extractor, in its resource-limited child process); .docx is read by
docx2python in a child of the same sandbox, after its zip directory is checked for bombs; text is decoded
as UTF-8 with a Windows-1252 fallback. Pure: no Django.
"""

from __future__ import annotations

import os
import zipfile
from typing import Any

from docx2python import docx2python

from candidates import pdf, pdf_child

MAX_TEXT_CHARS = 200_000
DOCX_MAX_MEMBERS = 2_000
DOCX_MAX_UNCOMPRESSED = 100 * 1024**2
DOCX_TIMEOUT_S = 20.0
DOCX_MEMORY_BYTES = 1024**3
_ZIP_MAGIC = b"PK\x03\x04"

MESSAGES = {
    "unsupported_type": "Send the job advert as a PDF, a Word (.docx) file or plain text.",
    "unreadable": "This file could not be read as a job advert.",
}


class AdvertUnreadable(Exception):
    """The upload cannot be turned into text; `code` is stable (unsupported_type, unreadable, or a PDF's)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message


def read_advert(path: str, *, filename: str, head: bytes) -> str:
    """Return the advert's text, or raise AdvertUnreadable; the sandbox runs any parser of untrusted bytes."""
    if pdf.looks_like_pdf(head):
        return _read_pdf(path)
    if head.startswith(_ZIP_MAGIC):
        if not filename.lower().endswith(".docx"):
            raise AdvertUnreadable("unsupported_type", MESSAGES["unsupported_type"])
        return _read_docx(path)
    return decode_text(_read_bytes(path))


def _read_pdf(path: str) -> str:
    try:
        return pdf.extract_cv(path).text
    except pdf.ExtractionFailed as exc:
        raise AdvertUnreadable(exc.code, exc.message) from None


def _read_docx(path: str) -> str:
    try:
        reply = pdf_child.run_in_child(
            f"{__name__}:_docx_for_child",
            {"path": os.path.abspath(path)},
            preload=[pdf.__name__],
            timeout_s=DOCX_TIMEOUT_S,
            memory_bytes=DOCX_MEMORY_BYTES,
            max_result_bytes=4 * MAX_TEXT_CHARS + 1024,
        )
    except pdf_child.ChildFailed:
        raise AdvertUnreadable("unreadable", MESSAGES["unreadable"]) from None
    text = reply.get("text") if isinstance(reply, dict) else None
    if not isinstance(text, str):
        raise AdvertUnreadable("unreadable", MESSAGES["unreadable"])
    return text


def _docx_for_child(path: str) -> dict[str, Any]:
    """Runs in the sandbox child: refuse zip bombs by their directory, then extract every text part."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > DOCX_MAX_MEMBERS or sum(m.file_size for m in members) > DOCX_MAX_UNCOMPRESSED:
                return {"error": "unreadable"}
        with docx2python(path) as document:
            return {"text": str(document.text)[:MAX_TEXT_CHARS]}
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        return {"error": "unreadable"}


def _read_bytes(path: str) -> bytes:
    with open(path, "rb") as fp:
        return fp.read(MAX_TEXT_CHARS * 4)


def decode_text(raw: bytes) -> str:
    """Decode a plain-text advert: UTF-8 (with or without BOM), else Windows-1252; binary is refused."""
    if b"\x00" in raw:
        raise AdvertUnreadable("unsupported_type", MESSAGES["unsupported_type"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text[:MAX_TEXT_CHARS]
