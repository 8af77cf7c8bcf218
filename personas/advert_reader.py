"""Read the text of an uploaded job advert: PDF, Word (.docx, .doc), OpenDocument (.odt), RTF or plain text,
untrusted files in the sandbox.

PDF, .docx, .doc, .odt and RTF go through the CV readers (`candidates.readers.read_cv`, in their
resource-limited sandbox: zip-bomb checks, hidden runs, a scanned PDF through OCR with a short limit, as a
person waits for the draft); text is decoded as UTF-8 with a Windows-1252 fallback. Pure: no Django.
"""

from __future__ import annotations

from candidates import readers
from candidates.pdf import ExtractionFailed

MAX_TEXT_CHARS = 200_000
# The draft is answered while the recruiter waits: one scanned page at most, for a few seconds.
ADVERT_OCR_LIMITS = readers.OcrLimits(timeout_s=20.0, max_pages=1)
_ZIP_MAGIC = b"PK\x03\x04"
# Read by the CV readers; RTF decoded as text would hand the drafter its control words.
_DOCUMENTS = frozenset({"pdf", "odt", "rtf", "ole"})  # "ole": a Word 97-2003 .doc

MESSAGES = {
    "unsupported_type": (
        "Send the job advert as a PDF, a Word (.docx or .doc) or OpenDocument (.odt) file, an RTF or plain"
        " text."
    ),
    "unreadable": "This file could not be read as a job advert.",
}


class AdvertUnreadable(Exception):
    """The upload cannot be turned into text; `code` is stable (unsupported_type, or a reader's code)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message


def read_advert(path: str, *, filename: str, head: bytes) -> str:
    """Return the advert's text, or raise AdvertUnreadable; the sandbox runs any parser of untrusted bytes."""
    kind = readers.sniff_type(head)
    if kind in _DOCUMENTS or (kind == "docx" and filename.lower().endswith(".docx")):
        return _read(path)
    if head.startswith(_ZIP_MAGIC):
        raise AdvertUnreadable("unsupported_type", MESSAGES["unsupported_type"])
    return decode_text(_read_bytes(path))


def _read(path: str) -> str:
    try:
        return readers.read_cv(path, ocr_limits=ADVERT_OCR_LIMITS).text[:MAX_TEXT_CHARS]
    except ExtractionFailed as exc:
        raise AdvertUnreadable(exc.code, exc.message) from None


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
