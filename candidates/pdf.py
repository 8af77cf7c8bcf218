"""Extract the visible text of a CV PDF, and the text hidden in it, inside a resource-limited child process.

The only module of the project that imports pdfminer. `extract_cv` is the entry point for everything that
handles uploads; `extract_in_this_process` is the unsandboxed core, for the child and for unit tests.

Page limit: a file with more than `max_pages` pages is read up to `max_pages` and marked `truncated_pages`
(rather than refused), so a CV with an appended portfolio is still scored; the code "too_many_pages" is kept
in the stable list for callers but is not raised here.

Hidden text is what a reader of the rendered page cannot see: white on white (or on a near-white box), drawn
under 3 pt, outside the crop box, or in render mode 3/7 away from an image. White on a coloured box or on an
image is design, and Tr 3 over an image is a scan's OCR layer: both stay visible. Not detected: text covered
by a shape drawn after it, clipped away, or dark on a dark box.
"""

from __future__ import annotations

import binascii
import itertools
import logging
import math
import os
import re
import struct
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
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

from candidates import pdf_child

MAX_TEXT_CHARS = 300_000  # ~60 dense pages; a CV never comes near, a hostile file must not flood the caller
MAX_HIDDEN_SPANS = 200
MAX_HIDDEN_CHARS = 20_000
MIN_TEXT_CHARS = 20  # below this many non-space characters the file has no usable text layer
TINY_FONT_PT = 3.0
NEAR_WHITE = 0.1

MESSAGES = {
    "not_a_pdf": "This file is not a PDF.",
    "encrypted": "This PDF is password-protected. Ask the candidate for a copy without a password.",
    "corrupt": "This PDF is damaged or uses features we cannot read.",
    "no_text_layer": "This PDF has no selectable text; it is probably a scanned image.",
    "too_many_pages": "This PDF has too many pages.",
    "timeout": "Reading this PDF took too long, so it was stopped.",
    "memory_limit": "Reading this PDF needed too much memory, so it was stopped.",
}

# Everything pdfminer has been seen to raise on hostile files, besides its own PSException tree.
_CORRUPT_ERRORS = (
    PSException, RecursionError, IndexError, ValueError, KeyError, TypeError, AttributeError, struct.error,
    zlib.error, AssertionError, binascii.Error, ArithmeticError, EOFError, NotImplementedError,
)  # fmt: skip


@dataclass(frozen=True)
class Limits:
    timeout_s: float = 30.0  # wall clock per file
    memory_bytes: int = 1024**3  # RLIMIT_AS of the child
    max_pages: int = 30


@dataclass(frozen=True)
class HiddenSpan:
    reason: str  # "white_text", "tiny_font", "off_page" or "invisible_render_mode"
    text: str  # normalised
    page: int  # 1-based


@dataclass(frozen=True)
class Extraction:
    text: str  # visible text only, normalised
    page_count: int  # pages in the file (the page tree's /Count when truncated)
    hidden: tuple[HiddenSpan, ...]
    truncated_pages: bool = False  # only the first max_pages pages were read


class ExtractionFailed(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message

    @classmethod
    def of(cls, code: str) -> ExtractionFailed:
        return cls(code, MESSAGES[code])


def looks_like_pdf(head: bytes) -> bool:
    """Tell whether an upload starts with the PDF magic at offset 0 (junk before it makes polyglots)."""
    return head.startswith(b"%PDF-")


def warm_up() -> None:
    """Start the parser process now, so that the first CV does not wait for it (call before forking)."""
    pdf_child.start(_PRELOAD)


def extract_cv(path: str, limits: Limits = Limits()) -> Extraction:
    """Extract a CV in a sandboxed child process; raise ExtractionFailed when the file cannot be used.

    OSError (the path cannot be read) and pdf_child.SandboxUnavailable (no process can be started) are
    faults of this machine, not of the file, and propagate.
    """
    with open(path, "rb") as fp:
        if not looks_like_pdf(fp.read(1024)):
            raise ExtractionFailed.of("not_a_pdf")
    try:
        reply = pdf_child.run_in_child(
            f"{__name__}:_extract_for_child",
            {"path": os.path.abspath(path), "max_pages": limits.max_pages},
            preload=_PRELOAD,
            timeout_s=limits.timeout_s,
            memory_bytes=limits.memory_bytes,
            max_result_bytes=_MAX_REPLY_BYTES,
        )
    except pdf_child.ChildFailed as exc:
        raise ExtractionFailed.of(_CHILD_FAILURES[exc.reason]) from None
    return _from_reply(reply)


_PRELOAD = [__name__]
_MAX_REPLY_BYTES = 8 * 1024**2  # the capped text and spans make at most ~1.3 MB of UTF-8 JSON
_CHILD_FAILURES = {"timeout": "timeout", "memory": "memory_limit", "crashed": "corrupt"}


def _extract_for_child(path: str, max_pages: int) -> dict[str, Any]:
    # pdfminer warns on every odd font or stream; one line per CV would flood the worker's stderr for nothing.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        result = extract_in_this_process(path, max_pages)
    except ExtractionFailed as exc:
        return {"error": exc.code}
    hidden = [[span.reason, span.text, span.page] for span in result.hidden]
    return {
        "text": result.text,
        "pages": result.page_count,
        "hidden": hidden,
        "truncated": result.truncated_pages,
    }


def _from_reply(reply: Any) -> Extraction:
    if not isinstance(reply, dict):
        raise ExtractionFailed.of("corrupt")
    if reply.get("error") in MESSAGES:
        raise ExtractionFailed.of(reply["error"])
    hidden = tuple(HiddenSpan(str(reason), str(text), int(page)) for reason, text, page in reply["hidden"])
    return Extraction(str(reply["text"]), int(reply["pages"]), hidden, bool(reply["truncated"]))


def extract_in_this_process(path: str, max_pages: int) -> Extraction:
    """Extract in the calling process, without limits: only for the sandbox child and for tests."""
    with open(path, "rb") as fp:
        if not looks_like_pdf(fp.read(1024)):
            raise ExtractionFailed.of("not_a_pdf")
        fp.seek(0)
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
    text = normalise("\n\n".join(page_texts))[:MAX_TEXT_CHARS]
    hidden = _cap_hidden(hidden)
    if _non_space(text) + sum(_non_space(span.text) for span in hidden) < MIN_TEXT_CHARS:
        raise ExtractionFailed.of("no_text_layer")
    pages = _declared_page_count(document, max_pages) if truncated else len(page_texts)
    return Extraction(text, pages, tuple(hidden), truncated)


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


def _non_space(text: str) -> int:
    return sum(1 for char in text if not char.isspace())


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


def _cap_hidden(spans: list[HiddenSpan]) -> list[HiddenSpan]:
    kept: list[HiddenSpan] = []
    budget = MAX_HIDDEN_CHARS
    for span in spans[:MAX_HIDDEN_SPANS]:
        if budget <= 0:
            break
        kept.append(HiddenSpan(span.reason, span.text[:budget], span.page))
        budget -= len(span.text)
    return kept


def _contains(box: Rect, point: tuple[float, float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


# --- normalisation ----------------------------------------------------------------------------------------

_CID = re.compile(r"\(cid:\d+\)")
_UNWANTED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\xad\ufeff\u200b-\u200d]")
_HSPACE = re.compile(r"[^\S\n]+")  # any whitespace but newline: \t, \r, \xa0, thin spaces...
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
_BLANK_LINES = re.compile(r"\n{3,}")


def normalise(text: str) -> str:
    """Clean extracted text: NFKC (ligatures), no (cid:N), no control or icon characters, tidy whitespace."""
    text = _CID.sub("", unicodedata.normalize("NFKC", text))
    text = _UNWANTED.sub("", text.replace("\r\n", "\n"))
    lines = (_LETTER_SPACED.sub(_unspace, _HSPACE.sub(" ", line)).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _unspace(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")
