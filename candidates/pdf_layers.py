"""Judge whether each text object a PDF page draws can be seen, from what the page paints around it.

Holds the judgement and the plain tuples it reads (Paint, TextObject), filled in by the walk of the page's
objects (pdf_walk); kept apart from it so that the rules (colour, size, clip, cover, layer, pile) read
without PDFium's calls between them. Runs inside the sandboxed child only; the rendered page (pdf_shown)
is asked where the drawing alone cannot tell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from candidates.pdf_geometry import CELL, Box, area_of, darkness, grid_index, piled, same_spot
from candidates.pdf_shown import MARKER, RenderedPage

RGBA = tuple[int, int, int, int]

TINY_FONT_PT = 3.0
NEAR_COLOUR = 26  # per channel out of 255 (~10%): text this close to what lies behind it cannot be read
SMALL_FONT_PT = 4.0  # text this small is read only in strong contrast: faint, it is a smudge
NEAR_COLOUR_SMALL = 64  # (~25%) for small text: 3.5 pt in light grey (#D9D9D9) on white cannot be read
FAINT_ALPHA = NEAR_COLOUR  # text this transparent differs from any background by less than NEAR_COLOUR
MIN_SHOWN_PT = 1.0  # a clipping window narrower than this shows no legible part of a glyph
MIN_SHOWN_SHARE = 0.3  # nor one that leaves less than this share of the text's height
_WHITE: tuple[int, int, int] = (255, 255, 255)
OFF_INK_SHARE = 0.2  # of a text box's pixels away from the text's colour: the text stands out from them


# Paint and TextObject are tuples: a CV has ~1,500 text objects, and a frozen dataclass is slow to build.
class Paint(NamedTuple):
    """A filled area: an opaque-or-not box of one colour, or an image or shading (colour unknown: None)."""

    z: int
    box: Box
    rgb: tuple[int, int, int] | None
    opaque: bool


class _Located(NamedTuple):
    address: int
    box: Box


class TextObject(NamedTuple):
    z: int
    box: Box
    rgba: RGBA | None  # None: a pattern or a colour PDFium cannot give
    render_mode: int
    drawn_size: float  # font size as drawn: the smaller of its height and its (Tz-squeezed) width scale
    clip: Box | None = None  # the bounding box of the clipping paths in force, if any


@dataclass
class PageLayers:
    paints: list[Paint]
    texts: dict[int, TextObject]  # by the address of PDFium's text object, as the text page reports it
    optional: set[int] = field(default_factory=set)  # text objects in optional content (a layer)
    under_images: set[int] = field(default_factory=set)  # text objects an image smaller than a scan is over
    # Text whose own colour and alpha do not tell whether it shows, with the reason it would be hidden for:
    # drawn through a soft mask, a blend mode or a group's alpha (white_text), or in a form of a file with
    # layers (hidden_layer: a form's /OC entry is no mark PDFium reports). The rendered page decides.
    see_through: dict[int, str] = field(default_factory=dict)
    squeezed: list[int] = field(default_factory=list)  # text objects too narrow for PDFium's text page
    rendered: RenderedPage | None = None  # asked whether text shows where the drawing alone cannot tell
    _grid: dict[tuple[int, int], list[Paint]] | None = (
        None  # paints by the cells they touch, in drawing order
    )
    _piled: set[int] | None = None  # text objects drawn on top of two or more other texts, unreadable
    _see_through_boxes: tuple[list[int], npt.NDArray[np.float64]] | None = None  # their addresses and boxes
    _text_grid: dict[tuple[int, int], list[_Located]] | None = None  # text objects by cell, to find copies

    def hidden_reason(self, address: int) -> str | None:
        """Tell why the text object at this address cannot be seen, or None when it can (or is unknown)."""
        text = self.texts.get(address)
        if text is None:
            return None
        box = text.box
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        under = [p for p in self._paints_at(x, y) if p.box[0] <= x <= p.box[2] and p.box[1] <= y <= p.box[3]]
        # An image, shading or pattern: colour unknown. (Most text lies on bare paper: no generator then.)
        on_image = bool(under) and any(paint.rgb is None for paint in under)
        if text.render_mode in (3, 7):
            # Over an image it is the OCR layer of a scan, seen as the scan shows it, if the scan shows it.
            return "invisible_render_mode" if not on_image or self._blank(box) else None
        if text.drawn_size < TINY_FONT_PT:
            return "tiny_font"
        near = NEAR_COLOUR_SMALL if text.drawn_size < SMALL_FONT_PT else NEAR_COLOUR
        if text.rgba is not None and (text.rgba[3] <= FAINT_ALPHA or _blends_in(text, under, near)):
            if text.rgba[3] > FAINT_ALPHA and self._on_a_pattern(text, under):
                return None  # white on a gradient: PDFium names the gradient white; the page shows otherwise
            return "white_text"
        # An image drawn over text is how some scanners hide their OCR layer: that text is the scan's.
        if under and any(paint.z > text.z and paint.opaque and paint.rgb is not None for paint in under):
            return "covered"
        if text.clip is not None and not _shows_through(text.clip, box):
            return "clipped"  # outside, or seen through a slit: a glyph half over a column's edge still shows
        if address in self.optional and self._blank(box, MARKER):
            return "hidden_layer"
        if address in self.see_through and not self._shows(address, box):
            return self.see_through[address]
        if address in self.under_images and self._blank(box, MARKER):
            return "covered"  # a photo or logo drawn over it: none of its (marker-painted) ink shows
        if address in self._piled_texts():
            return "overprinted"
        # On an image only a box showing nothing at all is hidden: the image's colour under the glyphs is
        # unknown, and small text on a photo's edge shows few pixels near its own colour.
        if on_image and self._blank(box):
            return "covered" if any(p.z > text.z and p.rgb is None for p in under) else "white_text"
        return None

    def copy_over(self, address: int) -> int | None:
        """A visible copy of this hidden text object drawn over it, if any (its address).

        Chromium draws a text-shadow, or a transparent fill that an outline then strokes, as the same text
        drawn twice: first the shadow, then the text, later, at the same size, a shadow's offset away over
        all of it (whole, or a glyph per object). Whether the copy holds the same characters is the
        caller's to tell: PDFium's text page keeps them once, or twice.
        """
        text = self.texts.get(address)
        if text is None:
            return None
        if self._text_grid is None:
            self._text_grid = grid_index([_Located(a, t.box) for a, t in self.texts.items()])
        x, y = (text.box[0] + text.box[2]) / 2, (text.box[1] + text.box[3]) / 2
        if not (self._text_grid and math.isfinite(x) and math.isfinite(y)):
            return None  # too many texts to index (a crafted page): no copy is looked for
        for near in self._text_grid.get((int(x // CELL), int(y // CELL)), []):
            copy = self.texts[near.address]
            if (
                copy.z > text.z
                and same_spot(text.box, text.drawn_size, copy.box, copy.drawn_size)
                and self.hidden_reason(near.address) is None
            ):
                return near.address
        return None

    def _on_a_pattern(self, text: TextObject, under: list[Paint]) -> bool:
        """Tell whether the text lies on a fill PDFium reports white that the rendered page shows otherwise.

        PDFium gives a path filled with a pattern or a gradient (a builder's header band) the colour white,
        so white text on it looks drawn in its background's colour. The rendered page tells: around text
        lost in its background, (nearly) every pixel of its box has the text's colour.
        """
        behind = next((p for p in reversed(under) if p.z < text.z and p.opaque), None)
        if behind is None or behind.rgb != _WHITE or self.rendered is None or text.rgba is None:
            return False
        red, green, blue, _alpha = text.rgba
        return self.rendered.off_ink_share(text.box, (red, green, blue)) >= OFF_INK_SHARE

    def _shows(self, address: int, box: Box) -> bool:
        if self.rendered is None:
            return True
        if self._see_through_boxes is None:
            self._see_through_boxes = (
                list(self.see_through),
                np.array([self.texts[other].box for other in self.see_through], dtype=np.float64).reshape(
                    -1, 4
                ),
            )
        addresses, found = self._see_through_boxes
        with np.errstate(all="ignore"):
            near = (
                (found[:, 0] < box[2])
                & (box[0] < found[:, 2])
                & (found[:, 1] < box[3])
                & (box[1] < found[:, 3])
            )
        # Text painted again where this one lies accounts for the change there, unless it lies on most of it:
        # then no part is left to judge, and a change is taken as this text's own (a bold drawn twice shows).
        near_boxes = [(addresses[i], self.texts[addresses[i]].box) for i in np.flatnonzero(near).tolist()]
        others = [other for at, other in near_boxes if at != address and not _covers_most(other, box)]
        return self.rendered.shows(box, others)

    def piled_boxes(self) -> list[tuple[Box, float]]:
        """The boxes of the text objects piled into a smudge, with their darkness (none on most pages)."""
        return [(self.texts[a].box, darkness(self.texts[a].rgba)) for a in self._piled_texts()]

    def _piled_texts(self) -> set[int]:
        if self._piled is None:
            addresses = list(self.texts)
            texts = self.texts.values()
            found = piled([text.box for text in texts], [darkness(text.rgba) for text in texts])
            self._piled = {addresses[index] for index in found}
        return self._piled

    def _blank(self, box: Box, ink: tuple[int, int, int] | None = None) -> bool:
        return self.rendered is not None and self.rendered.blank(box, ink)

    def _paints_at(self, x: float, y: float) -> list[Paint]:
        if self._grid is None:
            self._grid = grid_index(self.paints)
        if not (math.isfinite(x) and math.isfinite(y)):
            return []
        if not self._grid:
            return self.paints  # too many large paints to index: look through them all
        return self._grid.get((int(x // CELL), int(y // CELL)), [])


def _covers_most(other: Box, box: Box) -> bool:
    across = min(other[2], box[2]) - max(other[0], box[0])
    up = min(other[3], box[3]) - max(other[1], box[1])
    return across > 0 and up > 0 and across * up >= 0.5 * area_of(box)


def _blends_in(text: TextObject, under: list[Paint], near: int = NEAR_COLOUR) -> bool:
    """Tell whether the text has the colour of what lies behind it (the last opaque paint below, or paper)."""
    background: tuple[int, int, int] | None = _WHITE  # the paper
    for paint in reversed(under):
        if paint.z < text.z and paint.opaque:
            background = paint.rgb
            break
    if background is None or text.rgba is None:
        return False  # on an image or a gradient: design, not something we can judge
    red, green, blue, alpha = text.rgba  # channel by channel, spelt out: this runs for every text object
    if alpha < 255:  # translucent text shows as its colour mixed with what lies behind it
        red, green, blue = (
            (value * alpha + behind * (255 - alpha)) // 255
            for value, behind in zip((red, green, blue), background, strict=True)
        )
    return (
        abs(red - background[0]) <= near
        and abs(green - background[1]) <= near
        and abs(blue - background[2]) <= near
    )


def _shows_through(clip: Box, box: Box) -> bool:
    """Tell whether the clipping window leaves a legible part of the text's box (wide and tall enough).

    A glyph narrower than MIN_SHOWN_PT (an "i", an "l": Chromium draws some glyphs one to a text object)
    shows when the window leaves all of its width.
    """
    width = min(clip[2], box[2]) - max(clip[0], box[0])
    height = min(clip[3], box[3]) - max(clip[1], box[1])
    wide = min(MIN_SHOWN_PT, box[2] - box[0])
    return width >= wide and width > 0 and height >= max(MIN_SHOWN_PT, MIN_SHOWN_SHARE * (box[3] - box[1]))
