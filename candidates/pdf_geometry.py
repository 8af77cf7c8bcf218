"""Page-space geometry for the PDF layer walk: boxes, PDF matrices, and a grid to find boxes by point.

Pure: plain floats in and out, no PDFium.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol, TypeVar

Box = tuple[float, float, float, float]  # left, bottom, right, top in page space
Matrix = tuple[float, float, float, float, float, float]

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
