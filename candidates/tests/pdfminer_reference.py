"""The pdfminer.six reader the project used before PDFium, kept as the reference PDFium is compared against.

Test-only: the corpus comparison (test_pdf_compare.py) holds PDFium to at least what this reader found, word
for word and hidden span for hidden span. Not sandboxed: run it only on the corpus.
"""

from __future__ import annotations

import binascii
import itertools
import logging
import math
import struct
import zlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTChar, LTContainer, LTFigure, LTTextBox
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdfdevice import PDFTextSeq
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFPageInterpreter, PDFResourceManager, PDFTextState
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psexceptions import PSException
from pdfminer.utils import Matrix, PathSegment, Rect, apply_matrix_pt, apply_matrix_rect

from candidates.extraction import Extraction, ExtractionFailed, HiddenSpan, finish, normalise

TINY_FONT_PT = 3.0
NEAR_WHITE = 0.1

# Everything pdfminer has been seen to raise on hostile files, besides its own PSException tree.
_CORRUPT_ERRORS = (
    PSException, RecursionError, IndexError, ValueError, KeyError, TypeError, AttributeError, struct.error,
    zlib.error, AssertionError, binascii.Error, ArithmeticError, EOFError, NotImplementedError,
)  # fmt: skip


def extract_with_pdfminer(path: str, max_pages: int = 30) -> Extraction:
    """Extract as the pdfminer reader did; raise ExtractionFailed with the same codes as the PDFium reader."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with open(path, "rb") as fp:
        try:
            return _extract(PDFDocument(PDFParser(fp), password=""), max_pages)
        except PDFEncryptionError:
            raise ExtractionFailed.of("encrypted") from None
        except _CORRUPT_ERRORS:
            raise ExtractionFailed.of("corrupt") from None


def _extract(document: PDFDocument, max_pages: int) -> Extraction:
    resources = PDFResourceManager(caching=True)
    # all_texts: also lay out text inside form XObjects, which would otherwise come out with no spaces.
    device = _HiddenTextAggregator(resources, laparams=LAParams(all_texts=True))
    interpreter = PDFPageInterpreter(resources, device)
    page_texts: list[str] = []
    hidden: list[HiddenSpan] = []
    truncated = False
    for number, page in enumerate(PDFPage.create_pages(document), start=1):
        if number > max_pages:
            truncated = True
            break
        interpreter.process_page(page)
        page_texts.append("".join(_box_texts(device.get_result())))
        hidden.extend(_hidden_spans(device.hidden_runs, number))
    pages = _declared_page_count(document, max_pages) if truncated else len(page_texts)
    return finish(page_texts, hidden, pages, truncated)


def _box_texts(container: LTContainer[Any]) -> Iterator[str]:
    for item in container:
        if isinstance(item, LTTextBox):
            yield item.get_text() + "\n"
        elif isinstance(item, LTFigure):
            yield from _box_texts(item)


def _declared_page_count(document: PDFDocument, max_pages: int) -> int:
    tree = resolve1(document.catalog.get("Pages"))
    declared = resolve1(tree.get("Count")) if isinstance(tree, dict) else None
    return declared if isinstance(declared, int) and declared > max_pages else max_pages + 1


# --- hidden text ------------------------------------------------------------------------------------------

_UNKNOWN_SPACES = ("Pattern", "Separation", "DeviceN", "Indexed", "Lab")


class _HiddenTextAggregator(PDFPageAggregator):
    """Keep hidden characters out of the layout, so they neither show up in nor disturb the visible text."""

    def __init__(self, resources: PDFResourceManager, laparams: LAParams) -> None:
        super().__init__(resources, laparams=laparams)
        self.hidden_runs: list[tuple[str, list[LTChar]]] = []
        # Filled areas drawn so far, as (bbox, whiteness): True white, False coloured, None unknown (image).
        self._backgrounds: list[tuple[Rect, bool | None]] = []
        self._visible_area: Rect = (0.0, 0.0, 0.0, 0.0)
        self._render_mode = 0
        self._run_open = False  # the last character drawn was hidden: the next hidden one may join its run

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        super().begin_page(page, ctm)
        self.hidden_runs, self._backgrounds, self._run_open = [], [], False
        media, crop = apply_matrix_rect(ctm, page.mediabox), apply_matrix_rect(ctm, page.cropbox)
        self._visible_area = (max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]),
                              min(media[3], crop[3]))  # fmt: skip

    def paint_path(
        self, gstate: PDFGraphicState, stroke: bool, fill: bool, evenodd: bool, path: Sequence[PathSegment]
    ) -> None:
        super().paint_path(gstate, stroke, fill, evenodd, path)  # calls back here once per subpath
        if fill and sum(1 for segment in path if segment[0] == "m") == 1:
            ends = [apply_matrix_pt(self.ctm, (float(s[-2]), float(s[-1]))) for s in path if len(s) >= 3]
            xs, ys = [x for x, _ in ends], [y for _, y in ends]
            self._backgrounds.append(
                ((min(xs), min(ys), max(xs), max(ys)), _whiteness(gstate.ncolor, gstate.ncs))
            )

    def render_image(self, name: str, stream: PDFStream) -> None:
        super().render_image(name, stream)
        self._backgrounds.append((self.cur_item.bbox, None))  # a photo, or the page of an OCR'd scan

    def render_string(
        self, textstate: PDFTextState, seq: PDFTextSeq, ncs: PDFColorSpace, graphicstate: PDFGraphicState
    ) -> None:
        self._render_mode = textstate.render
        super().render_string(textstate, seq, ncs, graphicstate)

    def render_char(
        self, matrix: Matrix, font: PDFFont, fontsize: float, scaling: float, rise: float, cid: int,
        ncs: PDFColorSpace, graphicstate: PDFGraphicState,
    ) -> float:  # fmt: skip
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        char = LTChar(matrix, font, fontsize, scaling, rise, text, font.char_width(cid), font.char_disp(cid),
                      ncs, graphicstate)  # fmt: skip
        # The size as drawn, from the text matrix: a bbox's height would make narrow glyphs of rotated text
        # "tiny", and squeezing text with a 1% horizontal scale (Tz) is another way to make it tiny.
        (a, b, c, d, _e, _f) = matrix
        drawn = fontsize * min(math.hypot(c, d), scaling * math.hypot(a, b))
        reason = self._hidden_reason(char, drawn)
        if reason is None:
            self.cur_item.add(char)
        elif self._run_open and self.hidden_runs[-1][0] == reason:
            self.hidden_runs[-1][1].append(char)
        else:
            self.hidden_runs.append((reason, [char]))
        self._run_open = reason is not None
        return char.adv

    def _hidden_reason(self, char: LTChar, drawn_size: float) -> str | None:
        centre = ((char.x0 + char.x1) / 2, (char.y0 + char.y1) / 2)
        if not _contains(self._visible_area, centre):
            return "off_page"
        background = self._background_at(centre)
        if self._render_mode in (3, 7) and background is not None:
            return "invisible_render_mode"  # over an image it is the OCR layer of a scan: the visible text
        if drawn_size < TINY_FONT_PT:
            return "tiny_font"
        if background and _whiteness(char.graphicstate.ncolor, char.ncs):
            return "white_text"  # white on white; white on a coloured box or an image is a design choice
        return None

    def _background_at(self, point: tuple[float, float]) -> bool | None:
        for bbox, whiteness in reversed(self._backgrounds):  # the last one drawn is on top
            if _contains(bbox, point):
                return whiteness
        return True  # the paper


def _whiteness(colour: Any, space: PDFColorSpace) -> bool | None:
    """Tell whether a gray, RGB or CMYK colour is (near) white; None when it cannot tell (patterns, spots)."""
    values = colour if isinstance(colour, tuple | list) else (colour,)
    if space.name in _UNKNOWN_SPACES or len(values) not in (1, 3, 4):
        return None
    if not all(isinstance(value, int | float) for value in values):
        return None
    if len(values) == 4:  # CMYK: white is no ink at all
        return all(value <= NEAR_WHITE for value in values)
    return all(value >= 1 - NEAR_WHITE for value in values)


def _hidden_spans(runs: Iterable[tuple[str, list[LTChar]]], page: int) -> Iterator[HiddenSpan]:
    for reason, chars in runs:
        text = normalise(_join_chars(chars))
        if reason and text:
            yield HiddenSpan(reason, text, page)


def _join_chars(chars: list[LTChar]) -> str:
    """Join a run's characters in drawing order, with a space wherever the pen jumps."""
    parts = [chars[0].get_text()]
    for before, after in itertools.pairwise(chars):
        height = max(before.size, after.size, 0.1)
        jumps = abs(after.y0 - before.y0) > height / 2 or after.x0 - before.x1 > height / 4
        parts.append(" " + after.get_text() if jumps else after.get_text())
    return "".join(parts)


def _contains(box: Rect, point: tuple[float, float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]
