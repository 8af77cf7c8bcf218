"""Recognise and read a plain-text CV: UTF-8, UTF-16 with a BOM, or Windows-1252.

Pure; `candidates.readers` sniffs with `looks_like_text` and reads with `read_text` in the sandbox child.
"""

from __future__ import annotations

import codecs

from candidates.extraction import MAX_TEXT_CHARS, MIN_TEXT_CHARS, Extraction, ExtractionFailed, normalise

MAX_TXT_BYTES = 2 * 1024**2
NO_TEXT = "This text file holds no text."
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def looks_like_text(head: bytes, *, whole: bool) -> bool:
    """Tell whether a file's first bytes read as text; `whole` when they are the whole file."""
    if not head.strip():
        return False
    if head.startswith(_UTF16_BOMS):
        return True
    if b"\x00" in head:
        return False
    try:
        text = head.decode("utf-8-sig") if whole else _decode_prefix(head)
    except UnicodeDecodeError:
        text = head.decode("cp1252", errors="replace")
    printable = sum(1 for char in text if char.isprintable() or char in "\t\r\n")
    return printable >= 0.95 * len(text) and "\ufffd" not in text


def _decode_prefix(head: bytes) -> str:
    # The head may end in the middle of a multi-byte character.
    return codecs.getincrementaldecoder("utf-8-sig")().decode(head, final=False)


def read_text(path: str) -> Extraction:
    """Decode a text file in this process; raise no_text_layer when it holds too little text."""
    with open(path, "rb") as fp:
        data = fp.read(MAX_TXT_BYTES)
    if data.startswith(_UTF16_BOMS):
        decoded = data.decode("utf-16", errors="replace")
    else:
        try:
            decoded = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            decoded = data.decode("cp1252", errors="replace")  # Windows editors' default outside UTF-8
    text = normalise(decoded)[:MAX_TEXT_CHARS]
    if sum(1 for char in text if not char.isspace()) < MIN_TEXT_CHARS:
        raise ExtractionFailed("no_text_layer", NO_TEXT)
    return Extraction(text, 1, ())
