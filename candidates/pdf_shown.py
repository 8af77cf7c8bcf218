"""Ask PDFium's renderer whether text shows, where the page's drawing alone cannot tell.

Two cases. Text in optional content (a PDF layer): a layer is switched off in the document catalog, by a
usage rule or by a membership dictionary; PDFium's public API tells none of that, but its renderer applies
all of it. Text on or under an image: the image's pixels decide (a scan's OCR layer shows through the scan;
text on a blank image, or under one, does not). The page is rendered once, on the first such question, and
a text box the rendered page leaves blank is text a reader cannot see. Pages without layers or text over
images (all the ordinary CVs seen but those with a photo under text) are never rendered.
Runs in the sandboxed child only.
"""

from __future__ import annotations

import ctypes
import zlib

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from PIL import Image, ImageChops

from candidates import pdfium_calls
from candidates.pdfium_calls import Handle

Box = tuple[float, float, float, float]  # left, bottom, right, top in page space
BLANK_RANGE = 26  # per channel out of 255: a box whose pixels vary less than this shows nothing legible
MARKER = (255, 0, 255)  # magenta: a colour CVs hardly use, least of all under or beside their text
OTHER_MARKER = (0, 255, 0)  # for text already drawn in (or near) MARKER
INK_DISTANCE = 96  # per channel: anti-aliased glyph stems at 72 dpi come this close to the text's colour
_SPILL = 2  # pixels
_SCALE = 1.0  # 72 dpi: text of 3 pt or more (smaller is tiny anyway) leaves anti-aliased pixels


_MAX_OBJECT_STREAMS = 200
_MAX_INFLATED = 8 * 1024**2  # in all: a CV's object streams hold a few kilobytes of dictionaries


def may_have_layers(data: bytes) -> bool:
    """Tell whether the file may define optional content, from its bytes (every CV seen but one answers no).

    A layer needs an /OCProperties entry in the catalog and /OCG dictionaries: written out in the file, or
    inside a compressed object stream, which is inflated (bounded) to look. Reading each text object's
    marks instead costs about half a millisecond a CV.
    """
    if b"/OC" in data:
        return True
    found, budget = data.find(b"/ObjStm"), _MAX_INFLATED
    if found >= 0 and b"/Encrypt" in data:
        return True  # encrypted object streams cannot be searched
    for _ in range(_MAX_OBJECT_STREAMS):
        if found < 0:
            return False
        start = data.find(b"stream", found)
        if start < 0:
            return True
        start += 7 if data[start + 6 : start + 7] == b"\n" else 8  # "stream", then LF or CR LF
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(memoryview(data)[start : start + budget], budget)
        except zlib.error:
            return True  # another filter, or damaged: cannot tell
        budget -= len(inflated)
        if b"/OC" in inflated or budget <= 0:
            return True
        found = data.find(b"/ObjStm", start)
    return True


class MarkNames(dict[Handle, bool]):
    """Whether each marked-content sequence is optional content, by handle: the objects of one share it."""

    def __missing__(self, mark: Handle) -> bool:
        optional = self[mark] = pdfium_calls.mark_name(mark) == "OC"
        return optional


def in_optional_content(obj: Handle, count: int, names: MarkNames) -> bool:
    """Tell whether the object (with `count` marks) lies in a marked-content sequence of optional content."""
    return any(names[pdfium_calls.mark_at(obj, index)] for index in range(count))


class RenderedPage:
    """The page as a viewer shows it, rendered on the first question.

    Text in a layer is first painted in a colour of its own (`MARKER`), so that what shows of it can be
    told from whatever else is drawn there (a footer beside it, a dark band under it).
    """

    def __init__(self, page: pdfium.PdfPage) -> None:
        self._page = page
        self._image: Image.Image | None = None
        self.marked: set[Handle] = set()  # text objects in a layer, to be painted in MARKER
        self.recoloured: set[Handle] = set()  # text objects asked whether they show at all
        self._again: Image.Image | None = None  # the page with those painted in another colour

    def shows(self, box: Box, others: list[Box]) -> bool:
        """Tell whether the text asked about changes any pixel in the box when it is painted another colour.

        What the renderer draws of text under a soft mask, a blend mode, a group's alpha or a switched-off
        layer is not its colour: if a colour of its own changes nothing, nothing of it shows. Other drawing
        in the box (a footer beside it) is the same in both renderings, so it does not count.
        """
        first = self._rendered()
        if self._again is None:
            for obj in self.recoloured:
                pdfium_calls.paint_with(obj, self._other_colour(obj))
            self._again = self._render()
        region = _device_box(self._page, box, *first.size)
        if region is None:
            return True  # outside the rendered page, or thinner than a pixel: judged elsewhere
        changed = ImageChops.difference(first.crop(region), self._again.crop(region))
        for other in others:
            inside = _device_box(self._page, other, *first.size)
            if inside is not None:
                x, y = region[0] + _SPILL, region[1] + _SPILL  # anti-aliasing spills over a box's edge
                right, bottom = inside[2] - region[0] + _SPILL, inside[3] - region[1] + _SPILL
                changed.paste((0, 0, 0), (inside[0] - x, inside[1] - y, right, bottom))
        extrema: list[tuple[int, int]] = changed.getextrema()  # type: ignore[assignment]
        return any(high > BLANK_RANGE for _low, high in extrema)

    def _other_colour(self, obj: Handle) -> tuple[int, int, int]:
        colour = pdfium_calls.colour(obj, stroke=False)
        drawn = MARKER if obj in self.marked or colour is None else colour[:3]
        near = all(abs(value - marker) <= INK_DISTANCE for value, marker in zip(drawn, MARKER, strict=True))
        return OTHER_MARKER if near else MARKER

    def _rendered(self) -> Image.Image:
        if self._image is None:
            for obj in self.marked:
                pdfium_calls.paint_with(obj, MARKER)
            self._image = self._render()
        return self._image

    def _render(self) -> Image.Image:
        image: Image.Image = self._page.render(scale=_SCALE, draw_annots=False).to_pil().convert("RGB")
        return image

    def off_ink_share(self, box: Box, ink: tuple[int, int, int]) -> float:
        """The share of the rendered pixels around the box that differ from the ink's colour (0 off the page).

        The box is taken with _SPILL points of paper around it: a glyph as wide as its box (an "i" narrower
        than a pixel) is all ink, what lies beside it is what it stands out from.
        """
        image = self._rendered()
        left, bottom, right, top = box
        grown = (left - _SPILL, bottom - _SPILL, right + _SPILL, top + _SPILL)
        region = _device_box(self._page, grown, *image.size)
        if region is None:
            return 0.0
        shown: list[tuple[int, int, int]] = image.crop(region).get_flattened_data()  # type: ignore[assignment]
        return sum(_far_from(pixel, ink) for pixel in shown) / max(len(shown), 1)

    def blank(self, box: Box, ink: tuple[int, int, int] | None = None) -> bool:
        """Tell whether the rendered page shows nothing of the text in the box.

        Nothing: one colour throughout, or, given the text's own colour (`ink`), no pixel near it (text
        hidden where other things are drawn, such as a footer beside it, shows none of its ink).
        """
        image = self._rendered()
        region = _device_box(self._page, box, *image.size)
        if region is None:
            return False  # outside the rendered page, or thinner than a pixel: judged elsewhere
        pixels = image.crop(_widened(region, *image.size))
        extrema: list[tuple[int, int]] = pixels.getextrema()  # type: ignore[assignment]
        if all(high - low <= BLANK_RANGE for low, high in extrema):
            return True
        if ink is None:
            return False
        red, green, blue = ink
        shown: list[tuple[int, int, int]] = pixels.get_flattened_data()  # type: ignore[assignment]
        return not any(
            abs(r - red) <= INK_DISTANCE and abs(g - green) <= INK_DISTANCE and abs(b - blue) <= INK_DISTANCE
            for r, g, b in shown
        )


MIN_JUDGED_PX = (
    3  # a box judged blank is widened to this many pixels: a thin "l" at 72 dpi is one grey column
)


def _widened(region: tuple[int, int, int, int], width: int, height: int) -> tuple[int, int, int, int]:
    """The region, grown about its middle to MIN_JUDGED_PX on each axis (within the page).

    A glyph box one pixel wide catches a part of an anti-aliased stem, which may vary too little to count as
    ink; a few pixels around it hold the whole stem and the paper beside it.
    """
    left, top, right, bottom = region
    grow_x = max(MIN_JUDGED_PX - (right - left), 0)
    grow_y = max(MIN_JUDGED_PX - (bottom - top), 0)
    left, right = max(left - grow_x // 2, 0), min(right + grow_x - grow_x // 2, width)
    top, bottom = max(top - grow_y // 2, 0), min(bottom + grow_y - grow_y // 2, height)
    return (left, top, right, bottom)


def _far_from(pixel: tuple[int, int, int], ink: tuple[int, int, int]) -> bool:
    return any(abs(value - colour) > BLANK_RANGE for value, colour in zip(pixel, ink, strict=True))


def _device_box(page: pdfium.PdfPage, box: Box, width: int, height: int) -> tuple[int, int, int, int] | None:
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[3])):
        dx, dy = ctypes.c_int(), ctypes.c_int()
        if not raw.FPDF_PageToDevice(page.raw, 0, 0, width, height, 0, x, y, dx, dy):
            return None
        xs.append(dx.value)
        ys.append(dy.value)
    left, right = max(min(xs), 0), min(max(xs), width)
    top, bottom = max(min(ys), 0), min(max(ys), height)
    if right - left < 1 or bottom - top < 1:
        return None
    return (left, top, right, bottom)
