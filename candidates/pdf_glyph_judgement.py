"""Judge each glyph of a PDF page: hidden or not, and for what reason, for the reader to write in streams.

A glyph takes its text object's reason (pdf_layers judges each object once, by its first glyph; a hidden
object with a visible copy drawn over it, a text-shadow, is settled here), or is hidden for lying off the
visible page or in the smudge of texts piled on one spot (pdf_geometry finds the piles). Kept apart from
the reader (pdfium_reader), which gathers the characters and writes the text: this is the per-glyph
verdict, on numpy arrays. Runs inside the sandboxed child only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from candidates.pdf_geometry import PILE_SIZE, Box
from candidates.pdf_glyph_piles import piled_glyphs
from candidates.pdf_layers import PageLayers
from candidates.pdf_textflow import CodePoints, Codes, Flags, Floats, Glyphs


@dataclass(frozen=True)
class Judged:
    """Each glyph's box and drawn size, and why it is hidden: an index into `reasons` (0: it is not)."""

    glyphs: Glyphs
    codes: Codes
    reasons: list[str | None]
    alone: Flags  # the glyph is all its text object draws (how Chromium draws letter-spaced text)


_OFF_PAGE = 1


def judge(
    layers: PageLayers, area: Box, objects: npt.NDArray[np.uint64], boxes: Floats, chars: CodePoints
) -> Judged:
    """Judge each text object once (by its first glyph), then each glyph: off page, or piled on a smudge."""
    left, top, right, bottom = boxes.T
    count = len(objects)
    changes = np.ones(count, dtype=np.bool_)
    changes[1:] = objects[1:] != objects[:-1]
    firsts = np.flatnonzero(changes).tolist()  # where each run of one object's glyphs starts
    reasons: list[str | None] = [None, "off_page"]
    seen: dict[int, tuple[int, float]] = {}  # reason code and drawn size, by object
    codes, sizes = [], []
    owners = objects[firsts].tolist()
    texts = _ObjectTexts(owners, firsts, chars)
    for first, address in zip(firsts, owners, strict=True):
        known = seen.get(address)
        if known is None:
            text = layers.texts.get(address)
            size = text.drawn_size if text is not None else float(top[first] - bottom[first]) / 1.2
            reason = layers.hidden_reason(address)
            if (
                reason == "white_text"
            ):  # a shadow's colour, or a transparent fill: what a copy drawn over hides
                reason = _unless_drawn_again(layers, address, reason, texts)
            known = seen[address] = (_code(reasons, reason), size)
        codes.append(known[0])
        sizes.append(known[1])
    lengths = np.diff([*firsts, count])
    glyphs = Glyphs(left, bottom, right, top, np.repeat(np.array(sizes, dtype=np.float64), lengths))
    with np.errstate(all="ignore"):
        middle_x, middle_y = (left + right) / 2, (bottom + top) / 2
        inside = (area[0] <= middle_x) & (middle_x <= area[2]) & (area[1] <= middle_y) & (middle_y <= area[3])
    judged = np.where(inside, np.repeat(np.array(codes, dtype=np.int8), lengths), _OFF_PAGE).astype(np.int8)
    # PDFium gives each character of a glyph read as several (a ligature, an icon) the glyph's own box.
    expanded = np.zeros(count, dtype=np.bool_)
    expanded[1:] = ~changes[1:] & (boxes[1:] == boxes[:-1]).all(axis=1)
    piles = piled_glyphs(middle_x, middle_y, right - left, chars, expanded) | _under_a_pile(
        layers, middle_x, middle_y
    )
    if piles.any():
        judged[_bridged(piles, objects, lengths) & (judged == 0)] = _code(reasons, "overprinted")
    return Judged(glyphs, judged, reasons, np.repeat(lengths == 1, lengths))


DRAWN_AGAIN = "drawn_again"  # a hidden copy of text drawn visibly over it: neither seen twice nor hidden


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


def _under_a_pile(layers: PageLayers, middle_x: Floats, middle_y: Floats) -> Flags:
    """The glyphs whose middles lie in the boxes of PILE_SIZE - 1 piled objects: in the smudge they make.

    A long line whose start only lies under a pile overlaps it too little to be piled itself; the part of
    it in the smudge is as unreadable as the pile, the rest of it reads as it is.
    """
    boxes = layers.piled_boxes()
    inside = np.zeros(len(middle_x), dtype=np.int16)
    if not boxes or len(boxes) > MAX_PILED:
        return inside.astype(np.bool_)
    with np.errstate(all="ignore"):
        for left, bottom, right, top in boxes:
            inside += (left <= middle_x) & (middle_x <= right) & (bottom <= middle_y) & (middle_y <= top)
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
