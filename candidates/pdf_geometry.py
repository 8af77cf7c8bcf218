"""Page-space geometry for the PDF layer walk: boxes, PDF matrices, and a grid to find boxes by point.

Pure: plain floats in and out (numpy for the search for piled text), no PDFium.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol, TypeVar

import numpy as np
import numpy.typing as npt

Box = tuple[float, float, float, float]  # left, bottom, right, top in page space
Matrix = tuple[float, float, float, float, float, float]
Floats = npt.NDArray[np.float64]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class _Boxed(Protocol):
    @property
    def box(self) -> Box: ...


Item = TypeVar("Item", bound=_Boxed)


CELL = 32.0  # points: paints are indexed by the cells of this size they touch, so a lookup reads a few
_REACH = (-64.0, 2048.0)  # the indexed extent of page space; a paint reaching beyond is clipped to it


_MAX_ENTRIES = 500_000  # a page of thousands of page-sized boxes (hostile) is searched linearly instead


def grid_index(items: Sequence[Item]) -> dict[tuple[int, int], list[Item]]:
    """The items by the grid cells their boxes touch, in order; {} when there are too many to index."""
    grid: dict[tuple[int, int], list[Item]] = {}
    entries = 0
    for item in items:
        cells = _cells(item.box)
        entries += len(cells)
        if entries > _MAX_ENTRIES:
            return {}
        for cell in cells:
            grid.setdefault(cell, []).append(item)
    return grid


def _cells(box: Box) -> list[tuple[int, int]]:
    if not all(math.isfinite(value) for value in box):
        return []
    low, high = _REACH
    left, bottom = int(max(box[0], low) // CELL), int(max(box[1], low) // CELL)
    right, top = int(min(box[2], high) // CELL), int(min(box[3], high) // CELL)
    return [(x, y) for x in range(left, right + 1) for y in range(bottom, top + 1)]


def overlaps(first: Box, second: Box) -> bool:
    return first[0] < second[2] and second[0] < first[2] and first[1] < second[3] and second[1] < first[3]


def intersect(first: Box | None, second: Box | None) -> Box | None:
    if first is None or second is None:
        return first if second is None else second
    return (
        max(first[0], second[0]),
        max(first[1], second[1]),
        min(first[2], second[2]),
        min(first[3], second[3]),
    )


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


def area_of(box: Box) -> float:
    """The box's area: 0 for an empty, inverted or unmeasurable (infinite, NaN) box."""
    width, height = box[2] - box[0], box[3] - box[1]
    return width * height if math.isfinite(width * height) and width > 0 and height > 0 else 0.0


FILLS_BOX = 0.75  # of its bounding box: an outline filling this much paints it (a pill, a disc: 0.79)


def fills_its_box(points: Sequence[tuple[float, float]]) -> bool:
    """Tell whether a closed outline through these points fills most of its bounding box.

    Its area is the shoelace area of its points: a curve's control points lie outside a convex curve, so
    they can only add to it; a star, a ring or an icon's outline fills much less of its box.
    """
    if len(points) < 3:
        return False
    xs, ys = [x for x, _ in points], [y for _, y in points]
    box_area = (max(xs) - min(xs)) * (max(ys) - min(ys))
    pairs = zip(points, [*points[1:], points[0]], strict=True)
    area = abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairs)) / 2
    return math.isfinite(area) and math.isfinite(box_area) and box_area > 0 and area >= FILLS_BOX * box_area


SHADOW_OFFSET = 3.0  # points: a text-shadow's offset, or a copy drawn again on the spot
SAME_SIZE = 0.1  # points of font size


def same_spot(inner: Box, size: float, outer: Box, outer_size: float) -> bool:
    """Tell whether text in `outer` is drawn at the size of that in `inner` over all of it, a shadow apart.

    The outer text may be longer: Chromium draws some shadows a glyph per object, and the text over them
    whole.
    """
    return (
        abs(size - outer_size) <= SAME_SIZE
        and abs((inner[3] - inner[1]) - (outer[3] - outer[1])) <= SHADOW_OFFSET
        and outer[0] - SHADOW_OFFSET <= inner[0]
        and inner[2] <= outer[2] + SHADOW_OFFSET
        and outer[1] - SHADOW_OFFSET <= inner[1]
        and inner[3] <= outer[3] + SHADOW_OFFSET
    )


PILE_OVERLAP = 0.5  # of the larger box: texts of like size overlapping this much lie on one spot
PILE_SIZE = 3  # this many different texts on one spot make a smudge no one can read
SAME_EXTENT = 1.0  # points: boxes this close in width and height are one text drawn again (a bold, a shadow)
_MAX_PAIRS = 2_000_000  # boxes near one another in height compared; a crafted page beyond it is not searched
DOMINANT_INK = 96  # darker by this (of 255) than every text under or over it, a text reads through them


def darkness(rgba: tuple[int, int, int, int] | None) -> float:
    """How far text of this colour lies from white paper in luminance, 0-255 (NaN: colour unknown)."""
    if rgba is None:
        return math.nan
    red, green, blue, alpha = rgba
    return (255 - (0.299 * red + 0.587 * green + 0.114 * blue)) * alpha / 255


def piled(boxes: Sequence[Box], inks: Sequence[float]) -> set[int]:
    """The indexes of boxes on a spot where PILE_SIZE or more boxes of different extents overlap heavily.

    A text much darker than the others on its spot (`inks`: each text's `darkness`) reads through them: it
    is not piled, though they are (a black line over a grey footer and a faint watermark).
    """
    first, second = _heavy_pairs(np.array(boxes, dtype=np.float64).reshape(-1, 4))
    extents = np.array([_extent(box) for box in boxes]).reshape(-1, 2)
    differ = (np.abs(extents[first] - extents[second]) > SAME_EXTENT).any(axis=1)
    first, second = first[differ], second[differ]
    partners: dict[int, list[int]] = {}
    for index in np.flatnonzero(np.bincount(first, minlength=len(boxes)) >= PILE_SIZE - 1).tolist():
        partners[index] = second[first == index].tolist()
    found = set()
    for index, others in partners.items():
        kept = [extents[index]]
        for other in (other for other in others if not inks[other] <= inks[index] - DOMINANT_INK):
            if all((np.abs(extents[other] - seen) > SAME_EXTENT).any() for seen in kept):
                kept.append(extents[other])
        if len(kept) >= PILE_SIZE:
            found.add(index)
    return found


def _heavy_pairs(boxes: npt.NDArray[np.float64]) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Every ordered pair of boxes (i, j) whose overlap covers PILE_OVERLAP of the larger one."""
    none = np.zeros(0, dtype=np.intp)
    with np.errstate(all="ignore"):
        width, height = boxes[:, 2] - boxes[:, 0], boxes[:, 3] - boxes[:, 1]
        usable = np.flatnonzero(np.isfinite(boxes).all(axis=1) & (width > 0) & (height > 0))
        # Such boxes overlap on at least half the larger width and height, so their middles lie within half
        # the smaller extent on both axes: sweep the axis that leaves fewer candidates (x on a page drawn a
        # glyph per object, whose lines put many boxes in one band of height).
        order, low, high = min(
            (
                _sweep(boxes[usable, 1] + boxes[usable, 3], height[usable], usable),
                _sweep(boxes[usable, 0] + boxes[usable, 2], width[usable], usable),
            ),
            key=lambda sweep: int((sweep[2] - sweep[1]).sum()),
        )
    counts = high - low
    if counts.sum() > _MAX_PAIRS:
        return none, none
    starts = np.repeat(low - np.cumsum(counts) + counts, counts)
    first = np.repeat(order, counts)
    second = order[starts + np.arange(counts.sum())]
    a, b = boxes[first], boxes[second]
    across = np.minimum(a[:, 2], b[:, 2]) - np.maximum(a[:, 0], b[:, 0])
    up = np.minimum(a[:, 3], b[:, 3]) - np.maximum(a[:, 1], b[:, 1])
    larger = np.maximum(width[first] * height[first], width[second] * height[second])
    heavy = (across > 0) & (up > 0) & (across * up >= PILE_OVERLAP * larger) & (first != second)
    first, second = first[heavy], second[heavy]
    # Each pair both ways, once: as one integer key per pair (a 1-D unique is far cheaper than a column one).
    count = len(boxes)
    keys = np.unique(np.concatenate([first * count + second, second * count + first]))
    return keys // count, keys % count


def _sweep(
    doubled_middles: npt.NDArray[np.float64], extents: npt.NDArray[np.float64], usable: npt.NDArray[np.intp]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """The boxes by their middles on one axis, and for each the range of those within half its extent."""
    by_middle = np.argsort(doubled_middles)
    middles = doubled_middles[by_middle] / 2
    reach = extents[by_middle] / 2
    low = np.searchsorted(middles, middles - reach, "left")
    high = np.searchsorted(middles, middles + reach, "right")
    return usable[by_middle], low, high


def _extent(box: Box) -> tuple[float, float]:
    return (box[2] - box[0], box[3] - box[1])
