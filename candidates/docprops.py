"""Character formatting of a Word 97-2003 .doc: which bytes of the text are hidden, coloured or tiny.

Pure. Runs of the WordDocument stream's file positions (FCs) with their direct formatting, read from the
CHPX pages (PlcfBteChpx -> ChpxFkp -> grpprl of sprms), as `RunProps` for `textruns.hidden_reason`. Direct
formatting only: a style that hides or whitens text is not resolved (nor is it in a .doc's usual shape, where
Word writes such formatting on the run). Shading is only noticed: where any paragraph, table cell or run is
shaded, what lies behind white text is unknown and the reader does not flag it.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass

from candidates.wordstyle import RunProps

FKP_BYTES = 512
MAX_PAGES = 20_000  # FKPs read; a CV has a handful, each is 512 bytes of the stream

SPRM_VANISH = 0x083C
SPRM_DELETED = 0x0800  # a tracked deletion: not in the document as it reads now
SPRM_ICO = 0x2A42
SPRM_HIGHLIGHT = 0x2A0C
SPRM_CV = 0x6870
SPRM_HPS = 0x4A43
SHADING_SPRMS = frozenset({0x4866, 0xCA71, 0x442D, 0xC64D, 0xD609, 0xD612, 0xD616, 0xD60C, 0xD670, 0xD671})
# Word's 16 colour indices (ico) as RGB; 0 is "auto".
ICO = (
    "auto", "000000", "0000FF", "00FFFF", "00FF00", "FF00FF", "FF0000", "FFFF00", "FFFFFF",
    "000080", "008080", "008000", "800080", "800000", "808000", "808080", "C0C0C0",
)  # fmt: skip
_OPERAND_BYTES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by spra, the sprm's top 3 bits; 6 is variable


@dataclass(frozen=True)
class CharRun:
    start: int  # FC in the WordDocument stream
    end: int
    props: RunProps
    deleted: bool = False
    shaded: bool = False


def sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """Yield (sprm, operand) pairs; a truncated list ends the iteration."""
    at = 0
    while at + 2 <= len(grpprl):
        sprm = int.from_bytes(grpprl[at : at + 2], "little")
        at += 2
        size = _OPERAND_BYTES.get(sprm >> 13)
        if size is None:
            if sprm == 0xD608 and at + 2 <= len(grpprl):  # sprmTDefTable: a two-byte size, counting itself
                size = int.from_bytes(grpprl[at : at + 2], "little") - 1
                at += 1
            elif at < len(grpprl):
                size = grpprl[at]
                at += 1
            else:
                return
        if at + size > len(grpprl):
            return
        yield sprm, grpprl[at : at + size]
        at += size


def char_runs(word: bytes, table: bytes, fc: int, lcb: int) -> list[CharRun]:
    """Read every CHPX page listed by PlcfBteChpx (at `fc`, `lcb` bytes in the table stream)."""
    runs: list[CharRun] = []
    for page in _pages(word, table, fc, lcb):
        count = page[FKP_BYTES - 1]
        if 4 * (count + 1) + count > FKP_BYTES - 1:
            continue  # a damaged page: its runs keep Word's defaults
        bounds = struct.unpack_from(f"<{count + 1}I", page)
        for index in range(count):
            offset = page[4 * (count + 1) + index] * 2
            grpprl = page[offset + 1 : offset + 1 + page[offset]] if offset else b""
            runs.append(_run(bounds[index], bounds[index + 1], grpprl))
    runs.sort(key=lambda run: run.start)
    return runs


def has_shaded_paragraphs(word: bytes, table: bytes, fc: int, lcb: int) -> bool:
    """Tell whether any paragraph or table row (PAPX pages of PlcfBtePapx) sets a shading."""
    for page in _pages(word, table, fc, lcb):
        count = page[FKP_BYTES - 1]
        for index in range(min(count, (FKP_BYTES - 1 - 4 * (count + 1)) // 13)):
            offset = page[4 * (count + 1) + 13 * index] * 2
            if not offset or offset >= FKP_BYTES - 1:
                continue
            size = page[offset]
            start, length = (offset + 2, 2 * page[offset + 1]) if size == 0 else (offset + 1, 2 * size - 1)
            grpprl = page[start + 2 : start + length]  # after the paragraph's style (istd)
            if any(sprm in SHADING_SPRMS for sprm, _ in sprms(grpprl)):
                return True
    return False


def _pages(word: bytes, table: bytes, fc: int, lcb: int) -> Iterator[bytes]:
    """The FKPs a PlcfBte lists: n+1 FCs then n page numbers (PnFkp, low 22 bits), each page read once."""
    if lcb < 8 or fc + lcb > len(table) or (lcb - 4) % 8:
        return
    count = (lcb - 4) // 8
    numbers = struct.unpack_from(f"<{count}I", table, fc + 4 * (count + 1))
    seen: set[int] = set()
    for number in numbers:
        number &= 0x3FFFFF
        if number in seen or len(seen) >= MAX_PAGES or (number + 1) * FKP_BYTES > len(word):
            continue
        seen.add(number)
        yield word[number * FKP_BYTES : (number + 1) * FKP_BYTES]


def _run(start: int, end: int, grpprl: bytes) -> CharRun:
    values: dict[str, object] = {}
    deleted = shaded = False
    for sprm, operand in sprms(grpprl):
        if sprm == SPRM_VANISH:
            values["vanish"] = operand[0] in (1, 0x81)  # on, or the opposite of a style that is off
        elif sprm == SPRM_DELETED:
            deleted = operand[0] == 1
        elif sprm == SPRM_ICO and operand[0] < len(ICO):
            values.setdefault("color", ICO[operand[0]])  # sprmCCv, when there, is the exact colour
        elif sprm == SPRM_CV:
            values["color"] = (
                "auto" if operand[3] == 0xFF else f"{operand[0]:02X}{operand[1]:02X}{operand[2]:02X}"
            )
        elif sprm == SPRM_HPS:
            values["half_points"] = int.from_bytes(operand, "little")
        elif sprm == SPRM_HIGHLIGHT and operand[0] < len(ICO):
            values["highlight"] = "none" if operand[0] == 0 else ICO[operand[0]]
        elif sprm in SHADING_SPRMS:
            shaded = True
    return CharRun(start, end, RunProps(**values), deleted, shaded)  # type: ignore[arg-type]
