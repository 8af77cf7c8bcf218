"""Read a PDF's visible text and its hidden spans with PDFium, character by character.

Runs inside the sandboxed child only: PDFium is not thread-safe, and a hostile file may crash it. PDFium's own
text order is the content stream's, which keeps a two-column CV's columns apart; its word spacing misses the
gaps some producers leave instead of space characters ("educatorcommitted"), so spaces and line breaks are
placed here from the characters' boxes (candidates.pdf_textflow, for a page's glyphs at once).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from itertools import pairwise, repeat
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium
import pypdfium2.raw as raw

from candidates import pdfium_calls
from candidates.extraction import Extraction, ExtractionFailed, HiddenSpan, finish, normalise
from candidates.pdf_annotations import annotation_texts
from candidates.pdf_geometry import IDENTITY, Box
from candidates.pdf_glyph_judgement import DRAWN_AGAIN, OVERPRINTED, Judged, judge
from candidates.pdf_shown import may_have_layers
from candidates.pdf_textflow import (
    NO_CHARACTER,
    NOTHING,
    WORD_GAP,
    CodePoints,
    Codes,
    Flags,
    joined,
    pending_separators,
    separators,
    untracked,
)
from candidates.pdf_walk import read_layers

__all__ = ["WORD_GAP", "read_pdf"]


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
        with_layers = may_have_layers(source if isinstance(source, bytes) else Path(source).read_bytes())
        for index in range(min(pages, max_pages)):
            text, spans = _read_page(document[index], index + 1, with_layers)
            texts.append(text)
            hidden.extend(spans)
    except pdfium.PdfiumError:
        raise ExtractionFailed.of("corrupt") from None
    finally:
        document.close()
    return finish(texts, hidden, pages, truncated=pages > max_pages)


def _read_page(page: pdfium.PdfPage, number: int, with_layers: bool) -> tuple[str, list[HiddenSpan]]:
    textpage = page.get_textpage()
    layers = read_layers(page, with_layers=with_layers)
    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value or 0
    chars = _page_chars(textpage)
    count = len(chars)
    objects = np.fromiter(map(_text_object_at, repeat(handle, count), range(count)), np.uint64, count)
    placed = np.flatnonzero(objects)  # the glyphs: characters drawn by a text object
    generated = np.flatnonzero(objects == 0)  # spaces and line breaks PDFium added
    added = chars[generated]
    breaks = (added == ord("\r")) | (added == ord("\n")) | (added == NO_CHARACTER)  # "" is in "\r\n" too
    page_text = _PageText(chars[placed], pending_separators(len(placed), generated, breaks))
    boxes = _char_boxes(handle, placed)
    judged = judge(layers, _visible_area(page), objects[placed], boxes, page_text.chars)
    squeezed = [HiddenSpan("tiny_font", text, number) for text in _squeezed_texts(page, layers.squeezed)]
    notes = [HiddenSpan("annotation", normalise(text), number) for text in annotation_texts(page)]
    return page_text.visible(judged), page_text.hidden(judged, number) + squeezed + notes


MAX_SQUEEZED = 200  # text objects per page; a CV has none (an honest empty one is wide or of a normal size)


def _squeezed_texts(page: pdfium.PdfPage, objects: list[int]) -> list[str]:
    """The texts of objects squeezed to no width (0 Tz, 0 Tf, a text matrix of no width).

    PDFium's text page leaves such objects out, so they are given a size and a plain matrix in memory (the
    matrix last: setting it places the characters again) for a second text page that reads them, then
    given their own back.
    """
    if not objects:
        return []
    saved = [(obj, pdfium_calls.matrix(obj), pdfium_calls.font_size(obj)) for obj in objects[:MAX_SQUEEZED]]
    for obj, matrix, size in saved:
        pdfium_calls.set_font_size(obj, max(abs(size), 10.0))
        pdfium_calls.set_matrix(obj, (1.0, 0.0, 0.0, 1.0, *(matrix or IDENTITY)[4:]))  # measured again
    textpage = page.get_textpage()
    try:
        handle = pdfium_calls.handle(textpage.raw)
        texts = [normalise(pdfium_calls.object_text(obj, handle)) for obj, _m, _s in saved]
    finally:
        textpage.close()
        for obj, matrix, size in saved:
            pdfium_calls.set_font_size(obj, size)
            pdfium_calls.set_matrix(obj, matrix or IDENTITY)
    return [text for text in texts if text]


# The same C functions, answering with plain ints (0 for none): a ctypes pointer costs a cast per character
# otherwise, and map() calls them with no Python step per character.
_text_object_at = ctypes.cast(
    raw.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_size_t, ctypes.c_void_p, ctypes.c_int)
)
_char_box = ctypes.cast(
    raw.FPDFText_GetLooseCharBox,
    ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p),
)


def _char_boxes(handle: int, placed: npt.NDArray[np.intp]) -> npt.NDArray[np.float64]:
    """Each glyph's box (left, top, right, bottom), written by PDFium side by side in one buffer.

    A glyph PDFium cannot measure keeps the box of the glyph before it, as one reused out-parameter did.
    """
    count = len(placed)
    buffer = (ctypes.c_float * (4 * count))()
    base = ctypes.addressof(buffer)
    written = np.fromiter(
        map(_char_box, repeat(handle, count), placed.tolist(), range(base, base + 16 * count, 16)),
        np.intc,
        count,
    )
    boxes = np.frombuffer(memoryview(buffer), dtype=np.float32).reshape(count, 4).astype(np.float64)
    if written.all():
        return boxes
    source = np.maximum.accumulate(np.where(written != 0, np.arange(count), -1))
    kept = boxes[np.maximum(source, 0)]
    kept[source < 0] = 0.0
    return kept


def _page_chars(textpage: pdfium.PdfTextPage) -> CodePoints:
    """Return each character index's code point (PDFium's text, unless a character lies beyond the BMP).

    NO_CHARACTER stands for a code PDFium gives that is no character (0, or beyond Unicode): it writes as "".
    """
    count = max(raw.FPDFText_CountChars(textpage.raw), 0)
    text = textpage.get_text_range(0, count) if count > 0 else ""
    if (
        len(text) == count
    ):  # no surrogate pairs, and no lone surrogates (dropped in decoding): UTF-32 holds it
        return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    codes = (raw.FPDFText_GetUnicode(textpage.raw, index) for index in range(count))
    return np.fromiter((code if 0 < code < 0x110000 else NO_CHARACTER for code in codes), np.uint32, count)


def _visible_area(page: pdfium.PdfPage) -> Box:
    media, crop = page.get_mediabox(), page.get_cropbox()
    return (max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]), min(media[3], crop[3]))


@dataclass(frozen=True)
class _PageText:
    """A page's glyphs (their characters, and what PDFium generated before each) to write in streams."""

    chars: CodePoints
    pending: Codes

    def visible(self, judged: Judged) -> str:
        """The visible glyphs as one stream of text."""
        shown = np.flatnonzero(judged.codes == 0)
        follows = np.ones(len(shown), dtype=np.bool_)
        follows[:1] = False
        return self._written(judged, shown, self.pending[shown], follows)

    def hidden(self, judged: Judged, page: int) -> list[HiddenSpan]:
        """The hidden glyphs as runs: consecutive glyphs hidden for one reason make one span."""
        hidden = np.flatnonzero(judged.codes)
        reason = judged.codes[hidden]
        follows = np.zeros(len(hidden), dtype=np.bool_)
        follows[1:] = (hidden[1:] - 1 == hidden[:-1]) & (reason[1:] == reason[:-1])
        pending = np.where(follows, self.pending[hidden], NOTHING).astype(np.int8)  # a run starts bare
        bounds = [*np.flatnonzero(~follows).tolist(), len(hidden)]  # where each run starts, and the end
        spans = []
        for start, end in pairwise(bounds):
            run, run_pending, run_follows = hidden[start:end], pending[start:end], follows[start:end]
            if judged.reasons[reason[start]] == OVERPRINTED:
                run, run_pending = _as_drawn(judged, run, run_pending)
            text = self._written(judged, run, run_pending, run_follows)
            spans.append(
                HiddenSpan(str(judged.reasons[reason[start]]), normalise(text.replace("\n", " ")), page)
            )
        return [span for span in spans if span.text and span.reason != DRAWN_AGAIN]

    def _written(self, judged: Judged, index: npt.NDArray[np.intp], pending: Codes, follows: Flags) -> str:
        chars = self.chars[index]
        glyphs = judged.glyphs.take(index)
        codes = separators(glyphs, pending, chars == ord(" "), follows)
        return joined(chars, untracked(glyphs, codes, chars, judged.alone[index]))


def _as_drawn(
    judged: Judged, run: npt.NDArray[np.intp], pending: Codes
) -> tuple[npt.NDArray[np.intp], Codes]:
    """A smudge's glyphs in the order their objects were drawn, and what separates them there.

    PDFium's text page puts glyphs drawn one to an object in order along their line, which interleaves
    the texts of a pile ("KTHueab..."); drawn one text after another, they read as the forger wrote them.
    Spaces and line breaks are then placed from the glyphs' boxes alone (PDFium's were for its order).
    """
    drawn = judged.drawn[run]
    if not (drawn[1:] < drawn[:-1]).any():
        return run, pending
    order = np.argsort(drawn, kind="stable")
    return run[order], np.zeros(len(run), dtype=np.int8)
