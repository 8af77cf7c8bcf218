"""What a PDF path object paints, as the filled boxes (Paint) that text in front of them is judged against.

A path paints its bounding box only when it is one box, or boxes lying apart, or a rounded outline that
fills its box (a pill, a badge), or a stroke as wide as text; anything else (a ring, a drawing, a rule)
paints nothing the judgement can use. Kept apart from the page walk (pdf_walk) because recognising these
shapes from a path's segments is its own question. Runs inside the sandboxed child only.
"""

from __future__ import annotations

import pypdfium2.raw as raw

from candidates import pdfium_calls
from candidates.pdf_geometry import IDENTITY, Box, Matrix, fills_its_box, multiply, overlaps, transform_box
from candidates.pdf_layers import TINY_FONT_PT, Paint
from candidates.pdfium_calls import Handle

_MAX_SHAPE_SEGMENTS = (
    64  # a box, or one with rounded corners (Chrome: ~53 segments); longer ones are drawings
)


def path_paints(obj: Handle, z: int, ctm: Matrix) -> list[Paint]:
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
    boxes = [bounds_of(obj, ctm)] if len(starts) == 1 else _apart(_subpath_boxes(obj, starts, segments, ctm))
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
    return [Paint(z, bounds_of(obj, ctm), colour[:3], opaque)]


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
    return [Paint(z, bounds_of(obj, ctm), colour[:3], opaque)]


def _subpath_boxes(obj: Handle, starts: list[int], segments: int, ctm: Matrix) -> list[Box]:
    """The page-space bounding box of each subpath (from its points, control points included)."""
    to_page = multiply(matrix_of(obj), ctm)
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


def matrix_of(obj: Handle) -> Matrix:
    """The object's own matrix (the identity when PDFium gives none)."""
    return pdfium_calls.matrix(obj) or IDENTITY


def bounds_of(obj: Handle, ctm: Matrix) -> Box:
    """The object's bounding box, in page space under the forms' matrix `ctm`."""
    return transform_box(pdfium_calls.bounds(obj) or (0.0, 0.0, 0.0, 0.0), ctm)
