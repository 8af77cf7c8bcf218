"""Read an RTF CV: its visible text, the text hidden in it and its page count, as an Extraction.

Pure and unsandboxed: `candidates.readers` runs it inside the sandbox child. A small state machine over the
bytes with a stack of groups (`candidates.rtfstate` holds a group's state); destinations that are not drawn
(font and colour tables, style sheet, document info, pictures, field instructions, anything marked `\\*`) are
skipped by brace counting without being tokenised. Headers come before the body and footers after it, as in
the Word reader; a text box's text (`\\shptxt`) where it is anchored; the drawn fallback of a shape once.

Hidden, with the Word reader's reasons: `\\v` runs ("hidden_run"), text coloured like its highlight, shading
or the page ("white_text"), text under 3 pt ("tiny_font"). What lies behind text in a shaded table row, in a
text box or over a page background or a shape placed behind the text is unknown, so white text there is not
flagged.
"""

from __future__ import annotations

import re

from candidates.extraction import Extraction, ExtractionFailed
from candidates.rtfstate import (
    BANDS,
    BREAKS,
    CHARACTERS,
    SKIPPED,
    Band,
    State,
    charset_codec,
    codepage_codec,
    skip_group,
)
from candidates.textruns import Line, extraction, hidden_reason
from candidates.wordstyle import WHITE, RunProps

MAX_RTF_BYTES = 16 * 1024**2  # a CV with photos in hex; the upload limit (MAX_CV_BYTES) is 10 MB by default
MAX_DEPTH = 256  # Word nests a few dozen groups; deeper is a crafted file
MAX_TEXT_CHARS = 2 * 1024**2  # read no further: the text is cut far below this anyway
MESSAGES = {
    "corrupt": "This RTF file is damaged or nests too deeply to be read.",
    "too_large": "This RTF file is too large to be read safely.",
    "no_text_layer": "This RTF file contains no text.",
    "timeout": "Reading this RTF file took too long, so it was stopped.",
    "memory_limit": "Reading this RTF file needed too much memory, so it was stopped.",
}

_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word, its parameter and the space ending it
    rb"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    rb"|\\(.)"  # a control symbol
    rb"|([{}])"
    rb"|([^\\{}\r\n]+)"  # text
    rb"|[\r\n]+|\\",  # line ends mean nothing in RTF
    re.S,
)
_PAGES = re.compile(rb"\\nofpages(\d{1,5})")
_BACKDROP = (b"\\shpfblwtxt1", b"\\background")  # a shape behind the text, a page background


def failed(code: str) -> ExtractionFailed:
    return ExtractionFailed(code, MESSAGES[code])


def read_rtf(path: str) -> Extraction:
    """Read an RTF file in this process (the sandbox child); raise ExtractionFailed when it cannot be used."""
    with open(path, "rb") as fp:
        data = fp.read(MAX_RTF_BYTES + 1)
    if len(data) > MAX_RTF_BYTES:
        raise failed("too_large")
    reader = _Reader(data)
    reader.run()
    pages = _PAGES.search(data)
    count = int(pages.group(1)) if pages else 1
    return extraction(reader.lines(), count if 0 < count <= 10_000 else 1, MESSAGES)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.page = None if any(mark in data for mark in _BACKDROP) else WHITE
        self.bands = [Band("body")]
        self.state = State()
        self.stack: list[State] = []
        self.pending = bytearray()  # code-page bytes, decoded together (a double-byte code page's pairs)
        self.codepage = "cp1252"
        self.fonts: dict[int, str] = {}  # font number -> codec, from \fcharset
        self.colours: list[str | None] = []
        self.colour: list[int | None] = [None, None, None]
        self.star = False  # the last token was \*: an optional destination follows
        self.opened = False  # the last token was { (or {\*): a destination's name may follow
        self.fallback = 0  # characters still to drop after a \uN (its fallback for older readers)
        self.high: int | None = None  # the first half of a surrogate pair
        self.size = 0

    def lines(self) -> list[Line]:
        """Headers, the body, then footers and footnotes; a header repeated for other pages once."""
        self._flush()
        seen: set[str] = set()
        lines: list[Line] = []
        for part in ("header", "body", "end"):
            for band in (band for band in self.bands if band.part == part):
                finished = band.finished()
                text = "\n".join(line.text() for line in finished)
                if part == "body" or text not in seen:
                    seen.add(text)
                    lines.extend(finished)
        return lines

    def run(self) -> None:
        data, pos, end = self.data, 0, len(self.data)
        while pos < end and self.size < MAX_TEXT_CHARS:
            match = _TOKEN.match(data, pos)
            if match is None:  # unreachable: the last alternatives match any byte
                break
            pos = match.end()
            word, param, hexbyte, symbol, brace, text = match.groups()
            if brace is not None:
                if self._brace(brace):
                    return
                continue
            opened, self.opened = self.opened, False
            if symbol == b"*":
                self.star, self.opened = True, opened
            elif self.fallback and word != b"bin":  # a \bin run is raw bytes, whatever precedes it
                self._drop(text)
            elif text is not None:
                self._text(text)
            elif hexbyte is not None:
                self.pending.append(int(hexbyte, 16))
            elif symbol is not None:
                self._symbol(symbol.decode("latin-1"))
            elif word is not None:
                pos = self._word(word.decode(), int(param) if param else None, pos, opened)

    def _brace(self, brace: bytes) -> bool:
        """Open or close a group; True when the document's outermost group has closed."""
        self._flush()
        self.fallback, self.star = 0, False
        if brace == b"{":
            if len(self.stack) >= MAX_DEPTH:
                raise failed("corrupt")
            self.stack.append(self.state)
            self.state = self.state.copy()
            self.opened = True
            return False
        if not self.stack:
            return True  # a closing brace past the outermost group: the document has ended
        closing, self.state = self.state, self.stack.pop()
        if closing.band != self.state.band:
            self.bands[closing.band].close()
        if closing.table == "colortbl" and self.colour != [None, None, None]:
            self._end_colour()  # the last entry, when its ";" is missing
        return not self.stack

    def _text(self, text: bytes) -> None:
        if self.state.table == "colortbl":
            for _ in range(text.count(b";")):
                self._end_colour()
        elif not self.state.skip:
            self.pending += text

    def _drop(self, text: bytes | None) -> None:
        """Drop one character of a \\uN fallback: a byte of text, a \\'hh or a control word each count one."""
        if text is not None and len(text) > self.fallback:
            self._text(text[self.fallback :])
            self.fallback = 0
        else:
            self.fallback -= len(text) if text is not None else 1

    def _symbol(self, symbol: str) -> None:
        if symbol in "\r\n":  # a backslash ending a line is a \par
            self._break()
        elif symbol in "\\{}":
            self._text(symbol.encode())
        else:
            self._emit({"~": "\u00a0", "_": "-"}.get(symbol, ""))  # \- (optional hyphen), others: nothing

    def _word(self, word: str, param: int | None, pos: int, opened: bool) -> int:
        """Apply a control word; return where reading goes on (past a skipped group or a \\bin run)."""
        star, self.star = self.star, False
        if word == "bin":
            return pos + max(param or 0, 0)  # raw bytes, never text
        self._flush()
        state = self.state
        if opened and ((star and word != "shpinst") or word in SKIPPED):
            self.state = self.stack.pop()
            return skip_group(self.data, pos)
        if opened and word in ("fonttbl", "colortbl"):
            state.table, state.skip = word, True
        elif opened and word in BANDS:
            self.bands.append(Band(BANDS[word]))
            state.band = len(self.bands) - 1
        elif state.table:
            self._table_word(word, param)
        elif word == "u" and param is not None:
            self._unicode(param)
        elif word in CHARACTERS:
            self._emit(CHARACTERS[word])
        elif word in BREAKS:
            self._break()
        elif word == "ansicpg" and param is not None:
            self.codepage = codepage_codec(param, self.codepage)
        elif word in ("mac", "pc", "pca"):
            self.codepage = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
        else:
            state.apply(word, param)
        return pos

    def _table_word(self, word: str, param: int | None) -> None:
        if self.state.table == "fonttbl":
            if word == "f" and param is not None:
                self.state.defining = param
            elif word == "fcharset" and param is not None and self.state.defining is not None:
                codec = charset_codec(param)
                if codec is not None:
                    self.fonts[self.state.defining] = codec
        elif word in ("red", "green", "blue") and param is not None:
            self.colour[("red", "green", "blue").index(word)] = max(0, min(param, 255))

    def _end_colour(self) -> None:
        red, green, blue = self.colour
        auto = red is None and green is None and blue is None
        self.colours.append(None if auto else f"{red or 0:02X}{green or 0:02X}{blue or 0:02X}")
        self.colour = [None, None, None]

    def _unicode(self, value: int) -> None:
        self.fallback = self.state.uc
        code = value & 0xFFFF  # a signed 16-bit number: \u-4064 is U+F020
        if 0xD800 <= code < 0xDC00:
            self.high = code  # UTF-16: the second half follows as its own \uN
            return
        high, self.high = self.high, None
        if 0xDC00 <= code < 0xE000:
            if high is not None:
                self._emit(chr(0x10000 + ((high - 0xD800) << 10) + code - 0xDC00))
            return
        self._emit(chr(min(code, 0x10FFFF)))

    def _flush(self) -> None:
        """Decode the bytes gathered since the last control word, in the current font's code page."""
        if not self.pending:
            return
        data, self.pending = bytes(self.pending), bytearray()
        font = self.state.font
        codec = self.fonts.get(font, self.codepage) if font is not None else self.codepage
        self._emit(data.decode(codec, errors="replace"))

    def _break(self) -> None:
        if not self.state.skip:
            self.bands[self.state.band].new_line()

    def _emit(self, text: str) -> None:
        state = self.state
        if state.skip or state.deleted or not text:
            return
        self.size += len(text)
        self.bands[state.band].add(text, self._reason())

    def _reason(self) -> str | None:
        state = self.state
        props = RunProps(
            vanish=state.hidden,
            color=self._colour(state.colour) or "auto",
            half_points=state.half_points,
            highlight=self._colour(state.highlight) if state.highlight else None,
            shade=self._colour(state.shade) if state.shade else None,
        )
        background = None if state.unknown_fill or state.in_shape else self.page
        if state.paragraph_shade:
            background = self._colour(state.paragraph_shade)
        return hidden_reason(props, background)

    def _colour(self, index: int) -> str | None:
        return self.colours[index] if 0 <= index < len(self.colours) else None
