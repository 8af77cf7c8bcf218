"""Change the bytes of the committed .doc fixtures (OLE compound files) to make damaged or other files."""

from __future__ import annotations

import struct
from pathlib import Path

DOC_FIXTURES = Path(__file__).parent / "fixtures" / "doc"
SECTOR = 512  # LibreOffice writes version 3 compound files


def doc_fixture(name: str) -> str:
    return str(DOC_FIXTURES / f"{name}.doc")


def entry_at(data: bytes | bytearray, name: str) -> int:
    """Offset of the directory entry named `name` (entries are 128-byte aligned after the header)."""
    encoded = name.encode("utf-16-le") + b"\0\0"
    return next(i for i in range(SECTOR, len(data), 128) if data[i : i + len(encoded)] == encoded)


def rename(data: bytes, old: str, new: str) -> bytes:
    """Rename a stream: an "EncryptionInfo" makes an encrypted .docx's container, a "Workbook" an .xls's."""
    at = entry_at(data, old)
    raw = (new.encode("utf-16-le") + b"\0\0").ljust(64, b"\0")
    return data[:at] + raw + struct.pack("<H", len(new) * 2 + 2) + data[at + 66 :]


def word_stream_offset(data: bytes | bytearray) -> int:
    start: int = struct.unpack_from("<I", data, entry_at(data, "WordDocument") + 116)[0]
    return SECTOR + start * SECTOR


def encrypted_docx_container() -> bytes:
    return rename(Path(doc_fixture("plain")).read_bytes(), "1Table", "EncryptionInfo")
