"""Read a PDF's visible text and its hidden spans with PDFium, character by character.

Runs inside the sandboxed child only: PDFium is not thread-safe, and a hostile file may crash it. PDFium's own
text order is the content stream's, which keeps a two-column CV's columns apart; its word spacing misses the
gaps some producers leave instead of space characters ("educatorcommitted"), so spaces and line breaks are
placed here from the characters' boxes.
"""

from __future__ import annotations

import ctypes
import struct
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from candidates.extraction import Extraction, ExtractionFailed, HiddenSpan, finish, normalise
from candidates.pdf_layers import Box, PageLayers, read_layers

WORD_GAP = 0.1  # a gap wider than this share of the font size between two glyphs separates two words
_LINE_SHIFT = 0.5  # a baseline moved by more than this share of the glyph height starts a new line


def read_pdf(source: str | bytes, max_pages: int) -> Extraction:
    """Read up to max_pages pages (of a path, or bytes); raise ExtractionFailed (encrypted, corrupt, ...)."""
    try:
        document = pdfium.PdfDocument(source)
    except pdfium.PdfiumError as exc:
        code = "encrypted" if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD else "corrupt"
        raise ExtractionFailed.of(code) from None
    try:
        pages = len(document)
        texts: list[str] = []
        hidden: list[HiddenSpan] = []
        for index in range(min(pages, max_pages)):
            text, spans = _read_page(document[index], index + 1)
            texts.append(text)
            hidden.extend(spans)
    except pdfium.PdfiumError:
        raise ExtractionFailed.of("corrupt") from None
    finally:
        document.close()
    return finish(texts, hidden, pages, truncated=pages > max_pages)


def _read_page(page: pdfium.PdfPage, number: int) -> tuple[str, list[HiddenSpan]]:
    textpage = page.get_textpage()
    reader = _PageText(read_layers(page), _visible_area(page), number)
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
    chars = _page_chars(textpage)
    objects = [_text_object_at(handle, index) for index in range(len(chars))]
    reader.read(chars, objects, _char_boxes(handle, objects))
    return "".join(reader.visible.parts), reader.spans()


# The same C functions, answering with plain ints: a ctypes pointer costs a cast per character otherwise.
_text_object_at = ctypes.cast(
    raw.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
)
_char_box = ctypes.cast(
    raw.FPDFText_GetLooseCharBox,
    ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p),
)

_BOX = struct.Struct("=4f")  # FS_RECTF: left, top, right, bottom
Rect = tuple[float, float, float, float]


def _char_boxes(handle: int | None, objects: list[int | None]) -> list[Rect]:
    """Each character's box, written by PDFium side by side in one buffer and unpacked in one call.

    Only characters of a text object are asked for (PDFium's generated spaces have none); one PDFium cannot
    measure keeps the box before it, as one reused out-parameter did.
    """
    buffer = (ctypes.c_float * (4 * len(objects)))()
    base = ctypes.addressof(buffer)
    written = [bool(obj) and _char_box(handle, index, base + 16 * index) for index, obj in enumerate(objects)]
    boxes = list(_BOX.iter_unpack(bytes(buffer)))
    if not all(done for done, obj in zip(written, objects, strict=True) if obj):
        _keep_last_box(boxes, written, objects)
    return boxes


def _keep_last_box(boxes: list[Rect], written: list[int | bool], objects: list[int | None]) -> None:
    last: Rect = (0.0, 0.0, 0.0, 0.0)
    for index, obj in enumerate(objects):
        if obj and written[index]:
            last = boxes[index]
        elif obj:
            boxes[index] = last


def _page_chars(textpage: pdfium.PdfTextPage) -> list[str]:
    """Return one string per character index (PDFium's text, unless a character lies beyond the BMP)."""
    count = raw.FPDFText_CountChars(textpage.raw)
    text = textpage.get_text_range(0, count) if count > 0 else ""
    if len(text) == count:
        return list(text)
    codes = (raw.FPDFText_GetUnicode(textpage.raw, index) for index in range(count))
    return [chr(code) if 0 < code < 0x110000 else "" for code in codes]


def _visible_area(page: pdfium.PdfPage) -> Box:
    media, crop = page.get_mediabox(), page.get_cropbox()
    return (max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]), min(media[3], crop[3]))


Glyph = tuple[float, float, float, float, float]  # left, bottom, right, top, font size as drawn


@dataclass(slots=True)
class _Stream:
    """One stream of text being written (the visible text, or one hidden run) and its last glyph."""

    parts: list[str] = field(default_factory=list)
    last: Glyph | None = None

    def write(self, char: str, glyph: Glyph, separator: str) -> None:
        last = self.last
        if last is not None:
            left, bottom, _right, top, size = glyph
            last_left, last_bottom, last_right, last_top, last_size = last
            # max(a, b, 0.1) spelt out, with the same comparisons: a builtin call per glyph costs more.
            height = last_top - last_bottom
            drawn = top - bottom
            if drawn > height:
                height = drawn
            if height < 0.1:
                height = 0.1
            size = size if size > last_size else last_size
            if size < 0.1:
                size = 0.1
            # A baseline that moves, or a pen that jumps back to the left, starts another line.
            if (
                abs(bottom + top - last_bottom - last_top) / 2 > height * _LINE_SHIFT
                or left < last_left - 2 * size
            ):
                separator = "\n"
            elif not separator and char != " " and left - last_right > size * WORD_GAP:
                separator = " "
        # One part per glyph, its separator in front: the joined text is the same, with half the appends.
        self.parts.append(separator + char if separator else char)
        self.last = glyph


class _PageText:
    def __init__(self, layers: PageLayers, area: Box, page: int) -> None:
        self.layers, self.area, self.page = layers, area, page
        self.visible = _Stream()
        self._runs: list[tuple[str, _Stream]] = []
        self._run_open = False  # the last glyph drawn was hidden: the next hidden one may join its run
        self._separator = ""  # a space or line break PDFium generated since the last glyph
        self._objects: dict[int, tuple[str | None, float]] = {}  # hidden reason and drawn size, by object

    def separate(self, separator: str) -> None:
        if self._separator != "\n":
            self._separator = separator

    def read(self, chars: list[str], objects: list[int | None], boxes: list[Rect]) -> None:
        """Write each character to the visible text or a hidden run (inlined: this loop is per character)."""
        seen, area, visible = self._objects, self.area, self.visible
        for char, address, (left, top, right, bottom) in zip(chars, objects, boxes, strict=True):
            if not address:  # a space or line break PDFium generated
                self.separate("\n" if char in "\r\n" else " ")
                continue
            known = seen.get(address)
            if known is None:
                known = seen[address] = self._object(address, top - bottom)
            reason, size = known
            if not (area[0] <= (left + right) / 2 <= area[2] and area[1] <= (bottom + top) / 2 <= area[3]):
                reason = "off_page"
            glyph = (left, bottom, right, top, size)
            if reason is None:
                visible.write(char, glyph, self._separator)
            else:
                self._hide(reason, char, glyph)
            self._run_open = reason is not None
            self._separator = ""

    def _hide(self, reason: str, char: str, glyph: Glyph) -> None:
        if self._run_open and self._runs[-1][0] == reason:
            self._runs[-1][1].write(char, glyph, self._separator)
        else:
            run = _Stream()
            run.write(char, glyph, "")
            self._runs.append((reason, run))

    def _object(self, address: int, height: float) -> tuple[str | None, float]:
        text = self.layers.texts.get(address)
        size = text.drawn_size if text is not None else height / 1.2
        return self.layers.hidden_reason(address), size

    def spans(self) -> list[HiddenSpan]:
        texts = ((reason, normalise("".join(run.parts).replace("\n", " "))) for reason, run in self._runs)
        spans = [HiddenSpan(reason, text, self.page) for reason, text in texts]
        return [span for span in spans if span.text]
