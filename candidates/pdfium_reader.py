"""Read a PDF's visible text and its hidden spans with PDFium, character by character.

Runs inside the sandboxed child only: PDFium is not thread-safe, and a hostile file may crash it. PDFium's own
text order is the content stream's, which keeps a two-column CV's columns apart; its word spacing misses the
gaps some producers leave instead of space characters ("educatorcommitted"), so spaces and line breaks are
placed here from the characters' boxes.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from candidates.extraction import Extraction, ExtractionFailed, HiddenSpan, finish, normalise
from candidates.pdf_layers import Box, PageLayers, contains, read_layers

WORD_GAP = 0.1  # a gap wider than this share of the font size between two glyphs separates two words
_LINE_SHIFT = 0.5  # a baseline moved by more than this share of the glyph height starts a new line


def read_pdf(path: str, max_pages: int) -> Extraction:
    """Read up to max_pages pages; raise ExtractionFailed (encrypted, corrupt, no_text_layer)."""
    try:
        document = pdfium.PdfDocument(path)
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
    layers = read_layers(page)
    textpage = page.get_textpage()
    reader = _PageText(layers, _visible_area(page), number)
    chars = _page_chars(textpage)
    box = raw.FS_RECTF()
    for index, char in enumerate(chars):
        address = _text_object_at(textpage.raw, index)
        if not address:  # a space or line break PDFium generated
            reader.separate("\n" if char in "\r\n" else " ")
            continue
        _char_box(textpage.raw, index, box)
        reader.add(char, address, (box.left, box.bottom, box.right, box.top))
    return "".join(reader.visible), reader.spans()


# The same C functions, answering with plain ints: a ctypes pointer costs a cast per character otherwise.
_text_object_at = ctypes.cast(
    raw.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
)
_char_box = raw.FPDFText_GetLooseCharBox


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


@dataclass
class _Glyph:
    box: Box
    size: float


@dataclass
class _Stream:
    """One stream of text being written (the visible text, or one hidden run) and its last glyph."""

    parts: list[str] = field(default_factory=list)
    last: _Glyph | None = None

    def write(self, char: str, glyph: _Glyph, separator: str) -> None:
        gap = _gap(self.last, glyph) if self.last is not None else ""
        if "\n" in (gap, separator):
            self.parts.append("\n")
        elif separator or (gap and char != " "):
            self.parts.append(" ")
        self.parts.append(char)
        self.last = glyph


def _gap(before: _Glyph, after: _Glyph) -> str:
    height = max(before.box[3] - before.box[1], after.box[3] - after.box[1], 0.1)
    shift = abs((after.box[1] + after.box[3]) - (before.box[1] + before.box[3])) / 2
    size = max(before.size, after.size, 0.1)
    # A baseline that moves, or a pen that jumps back to the left, starts another line.
    if shift > height * _LINE_SHIFT or after.box[0] < before.box[0] - 2 * size:
        return "\n"
    return " " if after.box[0] - before.box[2] > size * WORD_GAP else ""


class _PageText:
    def __init__(self, layers: PageLayers, area: Box, page: int) -> None:
        self.layers, self.area, self.page = layers, area, page
        self.visible: list[str] = []
        self._visible = _Stream(self.visible)
        self._runs: list[tuple[str, _Stream]] = []
        self._run_open = False  # the last glyph drawn was hidden: the next hidden one may join its run
        self._separator = ""  # a space or line break PDFium generated since the last glyph
        self._objects: dict[int, tuple[str | None, float]] = {}  # hidden reason and drawn size, by object

    def separate(self, separator: str) -> None:
        if self._separator != "\n":
            self._separator = separator

    def add(self, char: str, address: int, box: Box) -> None:
        reason, size = self._object(address, box)
        if not contains(self.area, ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)):
            reason = "off_page"
        glyph = _Glyph(box, size)
        if reason is None:
            self._visible.write(char, glyph, self._separator)
        elif self._run_open and self._runs[-1][0] == reason:
            self._runs[-1][1].write(char, glyph, self._separator)
        else:
            run = _Stream()
            run.write(char, glyph, "")
            self._runs.append((reason, run))
        self._run_open = reason is not None
        self._separator = ""

    def _object(self, address: int, box: Box) -> tuple[str | None, float]:
        known = self._objects.get(address)
        if known is None:
            text = self.layers.texts.get(address)
            size = text.drawn_size if text is not None else (box[3] - box[1]) / 1.2
            known = self._objects[address] = (self.layers.hidden_reason(address), size)
        return known

    def spans(self) -> list[HiddenSpan]:
        texts = ((reason, normalise("".join(run.parts).replace("\n", " "))) for reason, run in self._runs)
        spans = [HiddenSpan(reason, text, self.page) for reason, text in texts]
        return [span for span in spans if span.text]
