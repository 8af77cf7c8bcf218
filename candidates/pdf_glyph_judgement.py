"""Judge each glyph of a PDF page: hidden or not, and for what reason, for the reader to write in streams.

A glyph takes its text object's reason (pdf_layers judges each object once, by its first glyph; a hidden
object with a visible copy drawn over it, a text-shadow, is settled here), or is hidden for lying off the
visible page or in the smudge of texts piled on one spot (pdf_glyph_piles finds the piles). Kept apart from
the reader (pdfium_reader), which gathers the characters and writes the text: this is the per-glyph
verdict, on numpy arrays. Runs inside the sandboxed child only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from candidates.pdf_geometry import DOMINANT_INK, PILE_SIZE, Box, darkness
from candidates.pdf_glyph_piles import Middles, smudged_glyphs
from candidates.pdf_layers import PageLayers
from candidates.pdf_textflow import CodePoints, Codes, Flags, Floats, Glyphs


@dataclass(frozen=True)
class Judged:
    """Each glyph's box and drawn size, and why it is hidden: an index into `reasons` (0: it is not)."""

    glyphs: Glyphs
    codes: Codes
    reasons: list[str | None]
    alone: Flags  # the glyph is all its text object draws (how Chromium draws letter-spaced text)
    drawn: npt.NDArray[np.int64]  # where its text object comes in the page's drawing order


_OFF_PAGE = 1


def judge(
    layers: PageLayers, area: Box, objects: npt.NDArray[np.uint64], boxes: Floats, chars: CodePoints
) -> Judged:
    """Judge each text object once (by its first glyph), then each glyph: off page, or in a smudge."""
    left, top, right, bottom = boxes.T
    count = len(objects)
    changes = np.ones(count, dtype=np.bool_)
    changes[1:] = objects[1:] != objects[:-1]
    firsts = np.flatnonzero(changes).tolist()  # where each run of one object's glyphs starts
    reasons: list[str | None] = [None, "off_page"]
    owners = objects[firsts].tolist()
    facts = _ObjectFacts(layers, reasons, _ObjectTexts(owners, firsts, chars))
    runs = [
        facts.of(address, float(top[first] - bottom[first]))
        for first, address in zip(firsts, owners, strict=True)
    ]
    lengths = np.diff([*firsts, count])
    code, size, drawn, ink = (np.repeat(np.array(column), lengths) for column in _columns(runs))
    glyphs = Glyphs(left, bottom, right, top, size.astype(np.float64))
    with np.errstate(all="ignore"):
        middle_x, middle_y = (left + right) / 2, (bottom + top) / 2
        inside = (area[0] <= middle_x) & (middle_x <= area[2]) & (area[1] <= middle_y) & (middle_y <= area[3])
    judged = np.where(inside, code, _OFF_PAGE).astype(np.int8)
    # PDFium gives each character of a glyph read as several (a ligature, an icon) the glyph's own box.
    expanded = np.zeros(count, dtype=np.bool_)
    expanded[1:] = ~changes[1:] & (boxes[1:] == boxes[:-1]).all(axis=1)
    middles = Middles(middle_x, middle_y, right - left, top - bottom)
    piles = smudged_glyphs(middles, chars, expanded, judged == 0, ink) | _under_a_pile(layers, middles, ink)
    if piles.any():
        judged[_bridged(piles, objects, lengths) & (judged == 0)] = _code(reasons, OVERPRINTED)
    return Judged(glyphs, judged, reasons, np.repeat(lengths == 1, lengths), drawn.astype(np.int64))


class _ObjectFacts:
    """What the glyphs of a text object share: its reason code, drawn size, drawing order and darkness."""

    def __init__(self, layers: PageLayers, reasons: list[str | None], texts: _ObjectTexts) -> None:
        self._layers, self._reasons, self._texts = layers, reasons, texts
        self._seen: dict[int, tuple[int, float, int, float]] = {}

    def of(self, address: int, height: float) -> tuple[int, float, int, float]:
        known = self._seen.get(address)
        if known is None:
            text = self._layers.texts.get(address)
            reason = self._layers.hidden_reason(address)
            if reason == "white_text":  # a shadow's colour, or a transparent fill: hidden by a copy over it?
                reason = _unless_drawn_again(self._layers, address, reason, self._texts)
            if text is None:
                known = (_code(self._reasons, reason), height / 1.2, -1, math.nan)
            else:
                known = (_code(self._reasons, reason), text.drawn_size, text.z, darkness(text.rgba))
            self._seen[address] = known
        return known


OVERPRINTED = "overprinted"
DRAWN_AGAIN = "drawn_again"  # a hidden copy of text drawn visibly over it: neither seen twice nor hidden


def _columns(runs: list[tuple[int, float, int, float]]) -> list[list[float]]:
    """The facts of every run, column by column (four empty columns for a page without glyphs)."""
    return [[run[column] for run in runs] for column in range(4)]


class _ObjectTexts(dict[int, str]):
    """The characters the text page holds of each text object, by address, gathered on first use."""

    def __init__(self, owners: list[int], firsts: list[int], chars: CodePoints) -> None:
        super().__init__()
        self._runs = (owners, firsts, chars)

    def __missing__(self, address: int) -> str:
        owners, firsts, chars = self._runs
        for start, end, owner in zip(firsts, [*firsts[1:], len(chars)], owners, strict=True):
            codes = chars[start:end]
            self[owner] = self.get(owner, "") + "".join(map(chr, codes[codes < 0x110000].tolist()))
        return self.setdefault(address, "")


def _unless_drawn_again(layers: PageLayers, address: int, reason: str, texts: _ObjectTexts) -> str | None:
    """The reason a hidden text object is hidden for, unless a visible copy of it is drawn over it.

    A copy whose characters the text page left out (it keeps one of two identical drawings) shows this
    object's characters: they are visible. A copy holding the same characters shows them itself: these
    are a shadow's, dropped. A copy holding other characters does not show these: they stay hidden.
    """
    copy = layers.copy_over(address)
    if copy is None:
        return reason
    own, shown = texts[address].strip(), texts[copy]
    if not shown:
        return None
    return DRAWN_AGAIN if own and own in shown else reason


MAX_PILED = 50  # piled objects a page's glyphs are placed in; a crafted page of more is judged by object only


def _under_a_pile(layers: PageLayers, middles: Middles, ink: Floats) -> Flags:
    """The glyphs whose middles lie in the boxes of PILE_SIZE - 1 piled objects: in the smudge they make.

    A long line whose start only lies under a pile overlaps it too little to be piled itself; the part of
    it in the smudge is as unreadable as the pile, the rest of it reads as it is, and so does a glyph much
    darker than the piled texts (DOMINANT_INK).
    """
    boxes = layers.piled_boxes()
    middle_x, middle_y = middles.x, middles.y
    inside = np.zeros(len(middle_x), dtype=np.int16)
    if not boxes or len(boxes) > MAX_PILED:
        return inside.astype(np.bool_)
    with np.errstate(all="ignore"):
        for (left, bottom, right, top), box_ink in boxes:
            inside += (
                (left <= middle_x)
                & (middle_x <= right)
                & (bottom <= middle_y)
                & (middle_y <= top)
                & ~(box_ink <= ink - DOMINANT_INK)
            )
    return inside >= PILE_SIZE - 1


PILE_GAP = 4  # glyphs of one object between two piled ones lie in the smudge too (a comma, a narrow "i")


def _bridged(piles: Flags, objects: npt.NDArray[np.uint64], lengths: npt.NDArray[np.intp]) -> Flags:
    """The piled glyphs, the few glyphs of an object between two of them, and all of a run mostly piled.

    Piled by its spacing, a text's glyphs land on spots of three letters and beside them by turns; what
    lies between is in the same smudge (a comma, a narrow "i").
    """
    runs = np.repeat(np.arange(len(lengths)), lengths)
    mostly = (np.bincount(runs, weights=piles, minlength=len(lengths)) * 2 >= lengths)[runs]
    found = piles | mostly
    at = np.flatnonzero(piles)
    for start, end in zip(at[:-1].tolist(), at[1:].tolist(), strict=True):
        if 1 < end - start <= PILE_GAP and objects[start] == objects[end]:
            found[start:end] = True
    return found


def _code(reasons: list[str | None], reason: str | None) -> int:
    if reason not in reasons:
        reasons.append(reason)
    return reasons.index(reason)
