"""What a PDF page paints, in drawing order: enough to tell whether each text object can be seen.

Runs inside the sandboxed child only (PDFium is not thread-safe). Form XObjects are walked with their
matrices, so a page placed on another page as a form (how overlays are made) is judged like the original.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from candidates import pdfium_calls
from candidates.pdfium_calls import Handle

Box = tuple[float, float, float, float]  # left, bottom, right, top in page space
Matrix = tuple[float, float, float, float, float, float]
RGBA = tuple[int, int, int, int]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
TINY_FONT_PT = 3.0
NEAR_COLOUR = 26  # per channel out of 255 (~10%): text this close to what lies behind it cannot be read
MAX_DEPTH = 8  # forms nested deeper are not walked; their text then counts as visible
_MAX_SHAPE_SEGMENTS = (
    64  # a box, or one with rounded corners (Chrome: ~53 segments); longer ones are drawings
)
_WHITE: tuple[int, int, int] = (255, 255, 255)


# Paint and TextObject are tuples: a CV has ~1,500 text objects, and a frozen dataclass is slow to build.
class Paint(NamedTuple):
    """A filled area: an opaque-or-not box of one colour, or an image or shading (colour unknown: None)."""

    z: int
    box: Box
    rgb: tuple[int, int, int] | None
    opaque: bool


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
    _grid: dict[tuple[int, int], list[Paint]] | None = (
        None  # paints by the cells they touch, in drawing order
    )

    def hidden_reason(self, address: int) -> str | None:
        """Tell why the text object at this address cannot be seen, or None when it can (or is unknown)."""
        text = self.texts.get(address)
        if text is None:
            return None
        box = text.box
        x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        under = [p for p in self._paints_at(x, y) if p.box[0] <= x <= p.box[2] and p.box[1] <= y <= p.box[3]]
        if text.render_mode in (3, 7) and not any(paint.rgb is None for paint in under):
            return "invisible_render_mode"  # over an image it is the OCR layer of a scan: the visible text
        if text.drawn_size < TINY_FONT_PT:
            return "tiny_font"
        if text.rgba is not None and (text.rgba[3] == 0 or _blends_in(text, under)):
            return "white_text"
        # An image drawn over text is how some scanners hide their OCR layer: that text is the scan's.
        if under and any(paint.z > text.z and paint.opaque and paint.rgb is not None for paint in under):
            return "covered"
        if text.clip is not None and not _overlaps(text.clip, box):
            return "clipped"  # wholly outside: a glyph half over a column's edge still shows
        return None

    def _paints_at(self, x: float, y: float) -> list[Paint]:
        if self._grid is None:
            self._grid = _index(self.paints)
        if not (math.isfinite(x) and math.isfinite(y)):
            return []
        if not self._grid:
            return self.paints  # too many large paints to index: look through them all
        return self._grid.get((int(x // _CELL), int(y // _CELL)), [])


_CELL = 32.0  # points: paints are indexed by the cells of this size they touch, so a lookup reads a few
_REACH = (-64.0, 2048.0)  # the indexed extent of page space; a paint reaching beyond is clipped to it


_MAX_ENTRIES = 500_000  # a page of thousands of page-sized boxes (hostile) is searched linearly instead


def _index(paints: list[Paint]) -> dict[tuple[int, int], list[Paint]]:
    grid: dict[tuple[int, int], list[Paint]] = {}
    entries = 0
    for paint in paints:
        cells = _cells(paint.box)
        entries += len(cells)
        if entries > _MAX_ENTRIES:
            return {}
        for cell in cells:
            grid.setdefault(cell, []).append(paint)
    return grid


def _cells(box: Box) -> list[tuple[int, int]]:
    if not all(math.isfinite(value) for value in box):
        return []
    low, high = _REACH
    left, bottom = int(max(box[0], low) // _CELL), int(max(box[1], low) // _CELL)
    right, top = int(min(box[2], high) // _CELL), int(min(box[3], high) // _CELL)
    return [(x, y) for x in range(left, right + 1) for y in range(bottom, top + 1)]


def _blends_in(text: TextObject, under: list[Paint]) -> bool:
    """Tell whether the text has the colour of what lies behind it (the last opaque paint below, or paper)."""
    background: tuple[int, int, int] | None = _WHITE  # the paper
    for paint in reversed(under):
        if paint.z < text.z and paint.opaque:
            background = paint.rgb
            break
    if background is None or text.rgba is None:
        return False  # on an image or a gradient: design, not something we can judge
    red, green, blue, _alpha = text.rgba  # channel by channel, spelt out: this runs for every text object
    return (
        abs(red - background[0]) <= NEAR_COLOUR
        and abs(green - background[1]) <= NEAR_COLOUR
        and abs(blue - background[2]) <= NEAR_COLOUR
    )


def read_layers(page: pdfium.PdfPage) -> PageLayers:
    layers = PageLayers(paints=[], texts={})
    _walk(layers, pdfium_calls.handle(page.raw), 0, IDENTITY, 0, None)
    return layers


def _walk(
    layers: PageLayers,
    page: Handle,
    form: Handle,  # 0: the page's own objects
    ctm: Matrix,
    depth: int,
    clip: Box | None,  # what the forms around these objects clip to, in page space
) -> None:
    count = pdfium_calls.count_form_objects(form) if form else pdfium_calls.count_page_objects(page)
    get, container = (pdfium_calls.form_object, form) if form else (pdfium_calls.page_object, page)
    # Bound once: the loop runs for every object of the page.
    object_type, texts, paints = pdfium_calls.object_type, layers.texts, layers.paints
    plain = ctm == IDENTITY
    for index in range(max(count, 0)):
        obj = get(container, index)
        if not obj:
            continue
        kind = object_type(obj)
        z = len(paints) + len(texts)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            texts[obj] = _text_object(obj, z, ctm, clip, plain)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            paint = _shape(obj, z, ctm)
            if paint is not None:
                paints.append(paint)
        elif kind in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING):
            paints.append(Paint(z, _bounds(obj, ctm), None, opaque=True))
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_DEPTH:
            inner = _intersect(clip, _clip_box(obj, ctm))
            _walk(layers, page, obj, multiply(_matrix(obj), ctm), depth + 1, inner)


def _text_object(obj: Handle, z: int, ctm: Matrix, clip: Box | None, plain: bool) -> TextObject:
    mode = pdfium_calls.render_mode(obj)
    a, b, c, d = _scale(_matrix(obj), ctm, plain)
    drawn = abs(pdfium_calls.font_size(obj)) * min(math.hypot(a, b), math.hypot(c, d))
    # Stroke-only text (modes 1 and 5) shows its stroke colour, everything else its fill colour.
    colour = pdfium_calls.colour(obj, stroke=mode in (1, 5))
    box = pdfium_calls.bounds(obj) or (0.0, 0.0, 0.0, 0.0)
    return TextObject(
        z,
        box if plain else transform_box(box, ctm),
        colour,
        int(mode),
        drawn,
        _intersect(clip, _clip_box(obj, ctm)),
    )


def _scale(m: Matrix, ctm: Matrix, plain: bool) -> tuple[float, float, float, float]:
    """The first four terms of m then ctm: under the identity, m's own (the same floats if finite)."""
    a, b, c, d = m[0], m[1], m[2], m[3]
    if plain and math.isfinite(a + b + c + d):
        return a, b, c, d
    a, b, c, d, _e, _f = multiply(m, ctm)
    return a, b, c, d


def _clip_box(obj: Handle, ctm: Matrix) -> Box | None:
    """The box the object's clipping paths leave visible (their intersection, by bounding boxes), if any."""
    clip = pdfium_calls.clip_path(obj)
    paths = pdfium_calls.count_clip_paths(clip) if clip else 0
    box: Box | None = None
    for path in range(max(paths, 0)):
        points = [pdfium_calls.point(pdfium_calls.clip_segment(clip, path, index))
                  for index in range(max(pdfium_calls.count_clip_segments(clip, path), 0))]  # fmt: skip
        if points:
            xs, ys = [x for x, _ in points], [y for _, y in points]
            box = _intersect(box, (min(xs), min(ys), max(xs), max(ys)))
    return transform_box(box, ctm) if box is not None else None


def _overlaps(first: Box, second: Box) -> bool:
    return first[0] < second[2] and second[0] < first[2] and first[1] < second[3] and second[1] < first[3]


def _intersect(first: Box | None, second: Box | None) -> Box | None:
    if first is None or second is None:
        return first if second is None else second
    return (
        max(first[0], second[0]),
        max(first[1], second[1]),
        min(first[2], second[2]),
        min(first[3], second[3]),
    )


def _shape(obj: Handle, z: int, ctm: Matrix) -> Paint | None:
    modes = pdfium_calls.draw_mode(obj)
    if modes is None or modes[0] == 0:
        return None  # a line or an outline covers nothing
    segments = pdfium_calls.count_segments(obj)
    if not 0 < segments <= _MAX_SHAPE_SEGMENTS:
        return None
    moves = sum(
        pdfium_calls.segment_type(pdfium_calls.path_segment(obj, i)) == raw.FPDF_SEGMENT_MOVETO
        for i in range(segments)
    )
    if moves != 1:
        return None  # a ring or several boxes: its bounding box is not what it paints
    colour = pdfium_calls.colour(obj, stroke=False)
    if colour is None:
        return Paint(z, _bounds(obj, ctm), None, opaque=False)
    opaque = colour[3] == 255 and not pdfium_calls.has_transparency(obj)
    return Paint(z, _bounds(obj, ctm), colour[:3], opaque)


def _matrix(obj: Handle) -> Matrix:
    return pdfium_calls.matrix(obj) or IDENTITY


def _bounds(obj: Handle, ctm: Matrix) -> Box:
    return transform_box(pdfium_calls.bounds(obj) or (0.0, 0.0, 0.0, 0.0), ctm)


def multiply(first: Matrix, then: Matrix) -> Matrix:
    """Compose two PDF matrices: apply `first`, then `then` (PDF's row-vector order)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = then
    return (
        a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
        e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2,
    )  # fmt: skip


def transform_box(box: Box, m: Matrix) -> Box:
    if m == IDENTITY:
        return box
    corners = [(x, y) for x in (box[0], box[2]) for y in (box[1], box[3])]
    xs = [m[0] * x + m[2] * y + m[4] for x, y in corners]
    ys = [m[1] * x + m[3] * y + m[5] for x, y in corners]
    return (min(xs), min(ys), max(xs), max(ys))
