"""What a PDF page paints, in drawing order: enough to tell whether each text object can be seen.

Runs inside the sandboxed child only (PDFium is not thread-safe). Form XObjects are walked with their
matrices, so a page placed on another page as a form (how overlays are made) is judged like the original.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from candidates import pdfium_calls
from candidates.pdf_geometry import (
    CELL,
    IDENTITY,
    Box,
    Matrix,
    fills_its_box,
    grid_index,
    intersect,
    multiply,
    overlaps,
    piled,
    same_spot,
    transform_box,
)
from candidates.pdf_shown import MARKER, MarkNames, RenderedPage, in_optional_content
from candidates.pdfium_calls import Handle

RGBA = tuple[int, int, int, int]

TINY_FONT_PT = 3.0
NEAR_COLOUR = 26  # per channel out of 255 (~10%): text this close to what lies behind it cannot be read
SMALL_FONT_PT = 4.0  # text this small is read only in strong contrast: faint, it is a smudge
NEAR_COLOUR_SMALL = 64  # (~25%) for small text: 3.5 pt in light grey (#D9D9D9) on white cannot be read
SCAN_SHARE = 0.5  # an image covering this share of the page is a scan, and the text under it its OCR layer
FAINT_ALPHA = NEAR_COLOUR  # text this transparent differs from any background by less than NEAR_COLOUR
MIN_SHOWN_PT = 1.0  # a clipping window narrower than this shows no legible part of a glyph
MIN_SHOWN_SHARE = 0.3  # nor one that leaves less than this share of the text's height
_UNMEASURED = 0.01  # points: PDFium's text page leaves out a text object narrower than this (kSizeEpsilon)
MAX_DEPTH = 8  # forms nested deeper are not walked; their text then counts as visible
_MAX_SHAPE_SEGMENTS = (
    64  # a box, or one with rounded corners (Chrome: ~53 segments); longer ones are drawings
)
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

    def piled_boxes(self) -> list[Box]:
        """The boxes of the text objects piled into a smudge (none on nearly every page)."""
        return [self.texts[address].box for address in self._piled_texts()]

    def _piled_texts(self) -> set[int]:
        if self._piled is None:
            addresses = list(self.texts)
            self._piled = {addresses[index] for index in piled([text.box for text in self.texts.values()])}
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
    return across > 0 and up > 0 and across * up >= 0.5 * _area(box)


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


def read_layers(page: pdfium.PdfPage, *, with_layers: bool = True) -> PageLayers:
    """Read what the page paints; `with_layers` False: the file defines no optional content, skip marks."""
    layers = PageLayers(paints=[], texts={}, rendered=RenderedPage(page))
    names = MarkNames() if with_layers else None
    _walk(layers, pdfium_calls.handle(page.raw), 0, IDENTITY, 0, None, (names, False))
    layers.under_images = _under_images(layers, page.get_width() * page.get_height())
    if layers.rendered is not None:
        layers.rendered.marked = layers.optional | layers.under_images
        layers.rendered.recoloured = set(layers.see_through)
    return layers


def _under_images(layers: PageLayers, page_area: float) -> set[int]:
    """The text objects an image drawn after them lies over, but for a scan's (an image filling the page)."""
    images = [
        paint
        for paint in layers.paints
        if paint.rgb is None and _area(paint.box) < SCAN_SHARE * page_area and _area(paint.box) > 0
    ]
    if not images:
        return set()  # nearly every CV: no photo or logo, or none drawn over text
    grid = grid_index(images)
    under = set()
    for address, text in layers.texts.items():
        x, y = (text.box[0] + text.box[2]) / 2, (text.box[1] + text.box[3]) / 2
        if not (math.isfinite(x) and math.isfinite(y)):
            continue
        near = grid.get((int(x // CELL), int(y // CELL)), []) if grid else images
        if any(image.z > text.z and overlaps(image.box, text.box) for image in near):
            under.add(address)
    return under


def _area(box: Box) -> float:
    width, height = box[2] - box[0], box[3] - box[1]
    return width * height if math.isfinite(width * height) and width > 0 and height > 0 else 0.0


def _walk(
    layers: PageLayers,
    page: Handle,
    form: Handle,  # 0: the page's own objects
    ctm: Matrix,
    depth: int,
    clip: Box | None,  # what the forms around these objects clip to, in page space
    optional: tuple[MarkNames | None, bool],  # names of the marks seen (None: no layers); in a layer?
    see_through: str | None = None,  # inside a form the renderer must judge: the reason it would be hidden
) -> None:
    count = pdfium_calls.count_form_objects(form) if form else pdfium_calls.count_page_objects(page)
    get, container = (pdfium_calls.form_object, form) if form else (pdfium_calls.page_object, page)
    # Bound once: the loop runs for every object of the page.
    object_type, texts, paints = pdfium_calls.object_type, layers.texts, layers.paints
    has_transparency = pdfium_calls.has_transparency
    names, in_layer = optional
    count_marks = pdfium_calls.count_marks if names is not None else _no_marks
    plain = ctm == IDENTITY
    for index in range(max(count, 0)):
        obj = get(container, index)
        if not obj:
            continue
        kind = object_type(obj)
        z = len(paints) + len(texts)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            text = texts[obj] = _text_object(obj, z, ctm, clip, plain)
            marks = count_marks(obj)  # tagged PDFs mark most text; a layer is one kind of mark
            if in_layer or (marks > 0 and in_optional_content(obj, marks, names or MarkNames())):
                layers.optional.add(obj)
            if has_transparency(obj):  # its own soft mask, blend mode or alpha is what hides it, if anything
                layers.see_through[obj] = "white_text"
            elif see_through is not None:
                layers.see_through[obj] = see_through
            if text.drawn_size < TINY_FONT_PT and text.box[2] - text.box[0] < _UNMEASURED:
                layers.squeezed.append(obj)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            paints.extend(_shape(obj, z, ctm))
        elif kind in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING):
            paints.append(Paint(z, _bounds(obj, ctm), None, opaque=True))
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_DEPTH:
            inner = intersect(clip, _clip_box(obj, ctm))
            marks = count_marks(obj)
            layer = in_layer or (marks > 0 and in_optional_content(obj, marks, names or MarkNames()))
            faded = "white_text" if has_transparency(obj) else see_through
            if faded is None and names is not None:
                faded = "hidden_layer"  # a form's own /OC entry is no mark PDFium reports
            _walk(layers, page, obj, multiply(_matrix(obj), ctm), depth + 1, inner, (names, layer), faded)


def _no_marks(_obj: Handle) -> int:
    return 0


def _text_object(obj: Handle, z: int, ctm: Matrix, clip: Box | None, plain: bool) -> TextObject:
    # Runs for each of a CV's ~450 text objects: the matrix helpers are spelt out here, not called.
    mode = pdfium_calls.render_mode(obj)
    m = pdfium_calls.matrix(obj) or IDENTITY
    a, b, c, d = m[0], m[1], m[2], m[3]
    if not (plain and math.isfinite(a + b + c + d)):
        a, b, c, d, _e, _f = multiply(m, ctm)  # under the identity, m's own terms (the same floats if finite)
    drawn = abs(pdfium_calls.font_size(obj)) * min(math.hypot(a, b), math.hypot(c, d))
    # Stroke-only text (modes 1 and 5) shows its stroke colour, everything else its fill colour.
    colour = pdfium_calls.colour(obj, stroke=mode in (1, 5))
    box = pdfium_calls.bounds(obj) or (0.0, 0.0, 0.0, 0.0)
    own_clip = _clip_box(obj, ctm)
    return TextObject(
        z,
        box if plain else transform_box(box, ctm),
        colour,
        mode,
        drawn,
        own_clip if clip is None else intersect(clip, own_clip),
    )


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
            box = intersect(box, (min(xs), min(ys), max(xs), max(ys)))
    return transform_box(box, ctm) if box is not None else None


def _shows_through(clip: Box, box: Box) -> bool:
    """Tell whether the clipping window leaves a legible part of the text's box (wide and tall enough).

    A glyph narrower than MIN_SHOWN_PT (an "i", an "l": Chromium draws some glyphs one to a text object)
    shows when the window leaves all of its width.
    """
    width = min(clip[2], box[2]) - max(clip[0], box[0])
    height = min(clip[3], box[3]) - max(clip[1], box[1])
    wide = min(MIN_SHOWN_PT, box[2] - box[0])
    return width >= wide and width > 0 and height >= max(MIN_SHOWN_PT, MIN_SHOWN_SHARE * (box[3] - box[1]))


def _shape(obj: Handle, z: int, ctm: Matrix) -> list[Paint]:
    """The filled boxes a path paints: itself, or each of its boxes when they lie apart from one another."""
    modes = pdfium_calls.draw_mode(obj)
    if modes is None:
        return []
    if modes[0] == 0:
        return _band(obj, z, ctm) if modes[1] else []
    segments = pdfium_calls.count_segments(obj)
    if not 0 < segments <= _MAX_SHAPE_SEGMENTS:
        return _rounded(obj, z, ctm) if _MAX_SHAPE_SEGMENTS < segments <= _MAX_ROUNDED_SEGMENTS else []
    starts = [
        i
        for i in range(segments)
        if pdfium_calls.segment_type(pdfium_calls.path_segment(obj, i)) == raw.FPDF_SEGMENT_MOVETO
    ]
    boxes = [_bounds(obj, ctm)] if len(starts) == 1 else _apart(_subpath_boxes(obj, starts, segments, ctm))
    if not boxes:
        return []  # a ring, or boxes drawn over one another: the bounding box is not what it paints
    colour = pdfium_calls.colour(obj, stroke=False)
    if colour is None:
        return [Paint(z, box, None, opaque=False) for box in boxes]
    opaque = colour[3] == 255 and not pdfium_calls.has_transparency(obj)
    return [Paint(z, box, colour[:3], opaque) for box in boxes]


_MAX_ROUNDED_SEGMENTS = 160  # a pill or a fully rounded box as Chrome draws it: ~100 segments


def _rounded(obj: Handle, z: int, ctm: Matrix) -> list[Paint]:
    """A long single outline that fills most of its bounding box (a pill button, a round badge) paints it."""
    colour = pdfium_calls.colour(obj, stroke=False)
    if colour is None:
        return []
    segments = [pdfium_calls.path_segment(obj, i) for i in range(pdfium_calls.count_segments(obj))]
    moves = sum(pdfium_calls.segment_type(segment) == raw.FPDF_SEGMENT_MOVETO for segment in segments)
    if moves != 1 or not fills_its_box([pdfium_calls.point(segment) for segment in segments]):
        return []
    opaque = colour[3] == 255 and not pdfium_calls.has_transparency(obj)
    return [Paint(z, _bounds(obj, ctm), colour[:3], opaque)]


def _band(obj: Handle, z: int, ctm: Matrix) -> list[Paint]:
    """A straight, level or upright stroke as wide as text: it paints its box, like a filled one."""
    if pdfium_calls.stroke_width(obj) < TINY_FONT_PT or pdfium_calls.count_segments(obj) != 2:
        return []  # a rule, an underline or an outline: thinner than text, or not one box
    (x0, y0), (x1, y1) = (pdfium_calls.point(pdfium_calls.path_segment(obj, i)) for i in range(2))
    if x0 != x1 and y0 != y1:
        return []  # slanted: its bounding box is not what it paints
    colour = pdfium_calls.colour(obj, stroke=True)
    if colour is None:
        return []
    opaque = colour[3] == 255 and not pdfium_calls.has_transparency(obj)
    return [Paint(z, _bounds(obj, ctm), colour[:3], opaque)]


def _subpath_boxes(obj: Handle, starts: list[int], segments: int, ctm: Matrix) -> list[Box]:
    """The page-space bounding box of each subpath (from its points, control points included)."""
    to_page = multiply(_matrix(obj), ctm)
    boxes = []
    for first, end in zip(starts, [*starts[1:], segments], strict=True):
        points = [pdfium_calls.point(pdfium_calls.path_segment(obj, i)) for i in range(first, end)]
        xs, ys = [x for x, _ in points], [y for _, y in points]
        boxes.append(transform_box((min(xs), min(ys), max(xs), max(ys)), to_page))
    return boxes


def _apart(boxes: list[Box]) -> list[Box]:
    """The boxes, if no two overlap (each is then filled whatever the fill rule); else none."""
    for index, box in enumerate(boxes):
        if any(overlaps(box, other) for other in boxes[index + 1 :]):
            return []
    return boxes


def _matrix(obj: Handle) -> Matrix:
    return pdfium_calls.matrix(obj) or IDENTITY


def _bounds(obj: Handle, ctm: Matrix) -> Box:
    return transform_box(pdfium_calls.bounds(obj) or (0.0, 0.0, 0.0, 0.0), ctm)
