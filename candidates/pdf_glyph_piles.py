"""Glyphs drawn over one another into a smudge no one can read, found from the glyphs' middles alone.

Three shapes of smudge: three different letters or more on one spot (a pile of texts), a letter over a
different letter of like size that is not its neighbour in the text (two texts on one spot, words slid
back over one another by negative word spacing or TJ kerning), and a run of letters each drawn nearly on
the one before (negative character spacing). A line much darker than what lies under or over it reads
through it (DOMINANT_INK): only the fainter text is lost.

Pure: numpy arrays of glyph middles, widths and code points in, one flag per glyph out; no PDFium. Kept
apart from pdf_geometry (boxes, matrices, the object-level pile search) because it judges glyphs, not
objects, for the per-glyph verdict (pdf_glyph_judgement).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from candidates.pdf_geometry import DOMINANT_INK, PILE_SIZE, Floats

Flags = npt.NDArray[np.bool_]

GLYPH_CELL = 2.0  # points: glyph middles this close on both axes lie on one spot (a glyph is ~4 pt wide)
_CELL_BITS, _CHAR_BITS = 15, 21  # a cell index per axis, a code point: one int64 key for both
_BAND_STRIDE = 1e5  # points: a band's glyphs sorted by x stay apart from the next band's


class Middles(NamedTuple):
    """Each glyph's middle, and the width and height of its box, in page space."""

    x: Floats
    y: Floats
    width: Floats
    height: Floats


def smudged_glyphs(
    middles: Middles, chars: npt.NDArray[np.uint32], expanded: Flags, shown: Flags, ink: Floats
) -> Flags:
    """The glyphs in a smudge: on a spot of PILE_SIZE different letters, or drawn over another letter.

    Glyph by glyph, so text piled by spacing (negative Tc, Tw or TJ) or a long line whose start only lies
    under a pile is judged where it is unreadable; the same letter drawn again (a bold) counts once, and so
    does an accent placed over its letter (marks and punctuation do not count), and so does one glyph read
    as several characters (`expanded` marks the characters after its first: a ligature, an icon named
    "mail"). Only glyphs at least GLYPH_CELL wide count: a glyph's text spread over its width (PDF
    ActualText: "mailto:..." on an icon) is no smudge. `shown` marks the glyphs judged visible so far: two
    layers make a smudge only when both show (a white copy under a line hides nothing of it); `ink` is each
    glyph's darkness (`darkness`): a line drawn over a much fainter one stays readable.
    """
    found = np.zeros(len(chars), dtype=np.bool_)
    with np.errstate(all="ignore"):
        wide = (middles.width >= GLYPH_CELL) & np.isfinite(middles.x) & np.isfinite(middles.y)
        counted = np.flatnonzero(_counted(chars) & ~expanded & wide)
    if len(counted) < 2:
        return found
    x, y = middles.x[counted], middles.y[counted]
    bands = [_Band.of(x, y, shift) for shift in (0.0, GLYPH_CELL)]
    if len(counted) >= PILE_SIZE and any(band.crowded() for band in bands):
        found[counted[_piled(x, y, chars[counted], ink[counted])]] = True
    width, height = middles.width[counted], middles.height[counted]
    glyphs = _Counted(x, y, width, height, chars[counted], shown[counted], ink[counted])
    found[counted[_over_one_another(glyphs, bands) | _cramped(glyphs)]] = True
    return found


def _piled(x: Floats, y: Floats, code: npt.NDArray[np.uint32], ink: Floats) -> Flags:
    """The glyphs on a spot where PILE_SIZE or more different letters or digits are drawn.

    Spots are cells of GLYPH_CELL, in four grids shifted by half a cell, so two middles closer than half a
    cell share a cell in one. Two glyphs of one line, each a cell wide, never share a cell. The letter of
    a spot much darker than its others reads through them (DOMINANT_INK).
    """
    found = np.zeros(len(x), dtype=np.bool_)
    x, y, letters = x / GLYPH_CELL, y / GLYPH_CELL, code.astype(np.int64)
    limit = (1 << _CELL_BITS) - 1
    for shift_x in (0.0, 0.5):
        for shift_y in (0.0, 0.5):
            cells_x = np.clip(np.floor(x + shift_x), 0, limit).astype(np.int64)
            cells = (cells_x << _CELL_BITS) | np.clip(np.floor(y + shift_y), 0, limit).astype(np.int64)
            keys = (cells << _CHAR_BITS) | letters
            spots, distinct = np.unique(np.unique(keys) >> _CHAR_BITS, return_counts=True)
            piled = np.isin(cells, spots[distinct >= PILE_SIZE])
            if piled.any():
                found |= piled & ~_reads_through(keys, ink, piled)
    return found


def _reads_through(keys: npt.NDArray[np.int64], ink: Floats, piled: Flags) -> Flags:
    """The piled glyphs whose letter is the darkest of its spot by DOMINANT_INK over every other letter."""
    at = np.flatnonzero(piled)
    letters, which = np.unique(keys[at], return_inverse=True)
    darkest = np.full(len(letters), -np.inf)
    np.fmax.at(darkest, which, ink[at])  # NaN (a colour unknown) is never the darkest
    by_spot = np.lexsort((-darkest, letters >> _CHAR_BITS))  # each spot's letters, darkest first
    spot = (letters >> _CHAR_BITS)[by_spot]
    first = np.ones(len(by_spot), dtype=np.bool_)
    first[1:] = spot[1:] != spot[:-1]
    runner_up = np.full(len(by_spot), np.inf)
    runner_up[:-1] = np.where(spot[1:] == spot[:-1], darkest[by_spot][1:], np.inf)
    dominant = np.zeros(len(letters), dtype=np.bool_)
    dominant[by_spot] = first & (darkest[by_spot] >= runner_up + DOMINANT_INK)
    result = np.zeros(len(keys), dtype=np.bool_)
    result[at] = dominant[which]
    return result


@dataclass(frozen=True)
class _Band:
    """The counted glyphs sorted by band (two cells tall, at one offset), then by the middle's x."""

    order: npt.NDArray[np.intp]
    band: Floats  # each sorted glyph's band
    keyed: Floats  # band and x in one sortable number

    @classmethod
    def of(cls, x: Floats, y: Floats, shift: float) -> _Band:
        band = np.floor((y + shift) / (2 * GLYPH_CELL))
        keyed = band * _BAND_STRIDE + np.clip(x, 0.0, _BAND_STRIDE / 2)
        order = np.argsort(keyed, kind="stable")
        return cls(order, band[order], keyed[order])

    def crowded(self) -> bool:
        """Tell whether PILE_SIZE glyph middles lie within a cell's width in the band.

        Bands at two offsets: middles within a cell of one another vertically share a band at one of them.
        """
        keyed = self.keyed
        return bool((keyed[PILE_SIZE - 1 :] - keyed[: 1 - PILE_SIZE] < GLYPH_CELL).any())


class _Counted(NamedTuple):
    """The counted glyphs, in the page's order: each one's middle, extent, letter, ink, and if shown."""

    x: Floats
    y: Floats
    width: Floats
    height: Floats
    chars: npt.NDArray[np.uint32]
    shown: Flags
    ink: Floats


# Two different letters whose middles lie closer than this share of the narrower one's width are drawn
# over each other, unreadable (negative word or character spacing, a second text on the same spot). The
# closest honest pair seen (a LaTeX logo's kerned "A", an "f" overhanging the next glyph) is at 0.92; a
# glyph beside its neighbour in the text (loose boxes overlap a little) only counts when nearly on it.
OVERLAP = 0.75
NEIGHBOUR_OVERLAP = 0.15
SAME_LINE = 0.25  # of the shorter glyph's height: middles this close vertically lie on one line
SAME_HEIGHT = 0.3  # of the taller glyph's height: letters of a like size (a watermark letter is no layer)
MIN_SMUDGED = 3  # glyphs: fewer over one another on a page is a chance (a logo's letter), not a smudge
_SORTED_PARTNERS = 2  # a letter's partner is one of the next two of its band by x


def _over_one_another(glyphs: _Counted, bands: list[_Band]) -> Flags:
    """The shown letters drawn over a shown different letter of like size, on one line: two layers."""
    found = np.zeros(len(glyphs.x), dtype=np.bool_)
    with np.errstate(all="ignore"):
        for band in bands:
            for step in range(1, _SORTED_PARTNERS + 1):
                first, then = band.order[:-step], band.order[step:]
                over = _overlap(glyphs, first, then) & (band.band[:-step] == band.band[step:])
                found[first[over & ~(glyphs.ink[first] >= glyphs.ink[then] + DOMINANT_INK)]] = True
                found[then[over & ~(glyphs.ink[then] >= glyphs.ink[first] + DOMINANT_INK)]] = True
    return found if found.sum() >= MIN_SMUDGED else np.zeros(len(glyphs.x), dtype=np.bool_)


def _overlap(glyphs: _Counted, first: npt.NDArray[np.intp], then: npt.NDArray[np.intp]) -> Flags:
    """Tell, pair by pair, whether two glyphs are different letters of like size drawn over each other."""
    narrower = np.minimum(glyphs.width[first], glyphs.width[then])
    shorter = np.minimum(glyphs.height[first], glyphs.height[then])
    taller = np.maximum(glyphs.height[first], glyphs.height[then])
    neighbours = np.abs(first - then) == 1  # next to each other in the text (narrow glyphs aside)
    reach = np.where(neighbours, NEIGHBOUR_OVERLAP, OVERLAP) * narrower
    result: Flags = (
        (np.abs(glyphs.x[then] - glyphs.x[first]) <= reach)
        & (np.abs(glyphs.y[then] - glyphs.y[first]) <= SAME_LINE * shorter)
        & (taller - shorter <= SAME_HEIGHT * taller)
        & (glyphs.chars[first] != glyphs.chars[then])
        & glyphs.shown[first]
        & glyphs.shown[then]
    )
    return result


# Letters each drawn less than half a letter's width after the one before, for a run of this many pairs,
# are squeezed over one another (character spacing of a third of the font size back, or more). Honest
# text has at most one such pair in a row (an "f" overhanging the next glyph); -1.5 Tc on 8 pt is 0.66.
CRAMPED = 0.5
MIN_CRAMPED_RUN = 4


def _cramped(glyphs: _Counted) -> Flags:
    """The shown letters of a run of MIN_CRAMPED_RUN pairs, each drawn nearly on the letter before it."""
    found = np.zeros(len(glyphs.x), dtype=np.bool_)
    if len(found) <= MIN_CRAMPED_RUN:
        return found
    x, y, width, height, shown = glyphs.x, glyphs.y, glyphs.width, glyphs.height, glyphs.shown
    with np.errstate(all="ignore"):
        pairs = (
            (np.abs(x[1:] - x[:-1]) < CRAMPED * (width[1:] + width[:-1]) / 2)
            & (np.abs(y[1:] - y[:-1]) <= SAME_LINE * np.minimum(height[1:], height[:-1]))
            & shown[1:]
            & shown[:-1]
        )
    edges = np.diff(np.concatenate(([0], pairs.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)  # pairs start..end-1
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        if end - start >= MIN_CRAMPED_RUN:
            found[start : end + 1] = True
    return found


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
