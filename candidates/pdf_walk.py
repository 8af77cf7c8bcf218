"""Walk what a PDF page paints, in drawing order, into the PageLayers that judge its text (pdf_layers).

Runs inside the sandboxed child only (PDFium is not thread-safe). Form XObjects are walked with their
matrices, so a page placed on another page as a form (how overlays are made) is judged like the original.
Apart from the judgement because this is the PDFium side: it reads page objects, their clips and marks
through pdfium_calls (what a path paints: pdf_paints), and hands on plain tuples.
"""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from candidates import pdfium_calls
from candidates.pdf_geometry import (
    CELL,
    IDENTITY,
    Box,
    Matrix,
    area_of,
    grid_index,
    intersect,
    multiply,
    overlaps,
    transform_box,
)
from candidates.pdf_layers import TINY_FONT_PT, PageLayers, Paint, TextObject
from candidates.pdf_paints import bounds_of, matrix_of, path_paints
from candidates.pdf_shown import MarkNames, RenderedPage, in_optional_content
from candidates.pdfium_calls import Handle

SCAN_SHARE = 0.5  # an image covering this share of the page is a scan, and the text under it its OCR layer
_UNMEASURED = 0.01  # points: PDFium's text page leaves out a text object narrower than this (kSizeEpsilon)
MAX_DEPTH = 8  # forms nested deeper are not walked; their text then counts as visible


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
        if paint.rgb is None and area_of(paint.box) < SCAN_SHARE * page_area and area_of(paint.box) > 0
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
            paints.extend(path_paints(obj, z, ctm))
        elif kind in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_SHADING):
            paints.append(Paint(z, bounds_of(obj, ctm), None, opaque=True))
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < MAX_DEPTH:
            inner = intersect(clip, _clip_box(obj, ctm))
            marks = count_marks(obj)
            layer = in_layer or (marks > 0 and in_optional_content(obj, marks, names or MarkNames()))
            faded = "white_text" if has_transparency(obj) else see_through
            if faded is None and names is not None:
                faded = "hidden_layer"  # a form's own /OC entry is no mark PDFium reports
            _walk(layers, page, obj, multiply(matrix_of(obj), ctm), depth + 1, inner, (names, layer), faded)


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
