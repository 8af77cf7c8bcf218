"""Glyphs piled on one spot into a smudge no one can read, found from the glyphs' middles alone.

Pure: numpy arrays of glyph middles, widths and code points in, one flag per glyph out; no PDFium. Kept
apart from pdf_geometry (boxes, matrices, the object-level pile search) because it judges glyphs, not
objects, for the per-glyph verdict (pdf_glyph_judgement).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from candidates.pdf_geometry import PILE_SIZE, Floats

GLYPH_CELL = 2.0  # points: glyph middles this close on both axes lie on one spot (a glyph is ~4 pt wide)
_CELL_BITS, _CHAR_BITS = 15, 21  # a cell index per axis, a code point: one int64 key for both


def piled_glyphs(
    middle_x: Floats,
    middle_y: Floats,
    width: Floats,
    chars: npt.NDArray[np.uint32],
    expanded: npt.NDArray[np.bool_],
) -> npt.NDArray[np.bool_]:
    """The glyphs on a spot where PILE_SIZE or more different letters or digits are drawn: a smudge.

    Glyph by glyph, so text piled by spacing (negative Tc or Tw) or a long line whose start only lies under
    a pile is judged where it is unreadable; the same letter drawn again (a bold) counts once, and so does
    an accent placed over its letter (marks and punctuation do not count), and so does one glyph read as
    several characters (`expanded` marks the characters after its first: a ligature, an icon named "mail").
    Spots are cells of GLYPH_CELL, in four grids shifted by half a cell, so two middles closer than half a
    cell share a cell in one. Only glyphs at least a cell wide count: two of them on one line never share a
    cell, and a glyph's text spread over its width (PDF ActualText: "mailto:..." on an icon) is not a pile.
    """
    found = np.zeros(len(chars), dtype=np.bool_)
    with np.errstate(all="ignore"):
        wide = (width >= GLYPH_CELL) & np.isfinite(middle_x) & np.isfinite(middle_y)
        counted = np.flatnonzero(_counted(chars) & ~expanded & wide)
    if len(counted) < PILE_SIZE:
        return found
    x, y = middle_x[counted], middle_y[counted]
    if not _crowded(x, y):
        return found  # nearly every page: no three glyphs within a cell's width of one another on a line
    x, y, code = x / GLYPH_CELL, y / GLYPH_CELL, chars[counted].astype(np.int64)
    limit = (1 << _CELL_BITS) - 1
    for shift_x in (0.0, 0.5):
        for shift_y in (0.0, 0.5):
            cells_x = np.clip(np.floor(x + shift_x), 0, limit).astype(np.int64)
            cells = (cells_x << _CELL_BITS) | np.clip(np.floor(y + shift_y), 0, limit).astype(np.int64)
            spots, distinct = np.unique(
                np.unique((cells << _CHAR_BITS) | code) >> _CHAR_BITS, return_counts=True
            )
            found[counted[np.isin(cells, spots[distinct >= PILE_SIZE])]] = True
    return found


def _crowded(x: Floats, y: Floats) -> bool:
    """Tell whether PILE_SIZE glyph middles lie within a cell's width in a band two cells tall.

    Bands at two offsets: middles within a cell of one another vertically share a band at one of them.
    """
    for shift in (0.0, GLYPH_CELL):
        band = np.floor((y + shift) / (2 * GLYPH_CELL))
        keyed = np.sort(band * _BAND_STRIDE + np.clip(x, 0.0, _BAND_STRIDE / 2))
        if (keyed[PILE_SIZE - 1 :] - keyed[: 1 - PILE_SIZE] < GLYPH_CELL).any():
            return True
    return False


_BAND_STRIDE = 1e5  # points: a band's glyphs sorted by x stay apart from the next band's


def _counted(chars: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Letters and digits, roughly: no ASCII punctuation or space, no accent, mark, symbol or icon."""
    folded = chars | 0x20
    ascii_alnum = ((chars >= 0x30) & (chars <= 0x39)) | ((folded >= 0x61) & (folded <= 0x7A))
    other = (chars >= 0xC0) & (chars < 0x110000) & (chars != 0xD7) & (chars != 0xF7)
    for low, high in _NOT_LETTERS:
        other &= (chars < low) | (chars > high)
    letters: npt.NDArray[np.bool_] = ascii_alnum | other
    return letters


# Modifier letters and combining marks, their supplement, punctuation to dingbats, icons (private use)
_NOT_LETTERS = ((0x2B0, 0x36F), (0x1DC0, 0x1DFF), (0x2000, 0x2BFF), (0xE000, 0xF8FF), (0xFE20, 0xFE2F))
