"""Where a Word 97-2003 .doc keeps its text: the FIB's story lengths and table offsets, and the piece table.

The FIB (File Information Block) opens the WordDocument stream; it gives each story's length in characters
(body, footnotes, headers, comments, endnotes, text boxes) and the (fc, lcb) pairs that locate the tables in
the table stream. The piece table (the Pcdt in the Clx) maps character positions to byte offsets, each piece
either Windows-1252 bytes or UTF-16. Kept apart from `candidates.doc`, which reads the stories through them.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from candidates.cfb import CfbError

STORIES = ("text", "ftn", "hdd", "atn", "edn", "txbx", "hdr_txbx")  # in CP order, after the FIB's counts


@dataclass(frozen=True)
class Piece:
    cp: int  # first character position
    end: int
    fc: int  # byte offset of its first character in the WordDocument stream
    compressed: bool  # one Windows-1252 byte a character, else UTF-16LE


def fib(word: bytes) -> tuple[dict[str, int], list[tuple[int, int]]]:
    """The story lengths (FibRgLw97) and the (fc, lcb) pairs of FibRgFcLcb of the FIB."""
    csw = struct.unpack_from("<H", word, 32)[0]
    at = 34 + 2 * csw
    cslw = struct.unpack_from("<H", word, at)[0]
    longs = struct.unpack_from(f"<{min(cslw, 22)}i", word, at + 2)
    at += 2 + 4 * cslw
    pairs = struct.unpack_from("<H", word, at)[0]
    values = struct.unpack_from(f"<{2 * min(pairs, 93)}I", word, at + 2)
    if len(longs) < 11 or pairs < 34:
        raise CfbError("FIB too short")
    counts = dict(
        zip(STORIES, (max(0, value) for value in (longs[3], *longs[4:6], *longs[7:11])), strict=True)
    )
    return counts, list(zip(values[::2], values[1::2], strict=True))


def piece_table(table: bytes, fclcb: list[tuple[int, int]]) -> list[Piece]:
    """The piece table: the last Pcdt in the Clx, after any number of Prc (property) blocks."""
    fc, lcb = fclcb[33]
    clx = table[fc : fc + lcb]
    at = 0
    while at < len(clx) and clx[at] == 1:
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 2:
        raise CfbError("no piece table")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + size]
    count = (len(plc) - 4) // 12
    if count < 1:
        raise CfbError("empty piece table")
    cps = struct.unpack_from(f"<{count + 1}I", plc)
    pieces = []
    for index in range(count):
        raw = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * index + 2)[0]
        compressed = bool(raw & 0x40000000)
        offset = (raw & 0x3FFFFFFF) // 2 if compressed else raw & 0x3FFFFFFF
        if cps[index + 1] > cps[index]:
            pieces.append(Piece(cps[index], cps[index + 1], offset, compressed))
    return pieces
