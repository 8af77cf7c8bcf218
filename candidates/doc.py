"""Read a Word 97-2003 .doc CV: its visible text, the text hidden in it and its page count, as an Extraction.

Pure and unsandboxed: `candidates.readers` runs it inside the sandbox child. The OLE container is read by
`candidates.cfb`; the text by the FIB -> table stream (0Table or 1Table) -> Clx -> piece table, each piece
either Windows-1252 bytes or UTF-16 (`candidates.doc_pieces`). Headers come before the body and footers
after it, as in the .docx reader, then text boxes; footnotes and comments are left out. A field's
instruction (between 0x13 and 0x14) is dropped and its result kept, so a hyperlink reads as its visible text.

Hidden, from the runs' direct formatting (`candidates.docprops`): hidden text ("hidden_run"), text under 3 pt
("tiny_font"), text coloured like the white page or its own highlight ("white_text"). Where the document has
shapes, shading or a text box behind its text, what lies behind white text is unknown and it is not flagged.
"""

from __future__ import annotations

import struct

from candidates import docprops
from candidates.cfb import CfbError, Compound
from candidates.doc_pieces import STORIES, fib, piece_table
from candidates.docprops import CharRun
from candidates.extraction import Extraction, ExtractionFailed
from candidates.textruns import Line, extraction, hidden_reason
from candidates.wordstyle import WHITE, RunProps

MAX_DOC_BYTES = 64 * 1024**2  # the upload limit (MAX_CV_BYTES) is 10 MB by default
MAX_CHARS = 2 * 1024**2  # characters read from the piece table; the text is cut far below this anyway
MAX_FIELD_DEPTH = 64
WORD_97 = 0xA5EC  # wIdent; Word 6 and 95 wrote 0xA5DC, another layout
MESSAGES = {
    "encrypted": "This Word file is password-protected. Ask the candidate for a copy without a password.",
    "corrupt": "This Word (.doc) file is damaged or uses features we cannot read.",
    "too_large": "This Word (.doc) file is too large to be read safely.",
    "no_text_layer": "This Word file contains no text.",
    "unsupported_type": (
        "This is an Office file other than a Word document, or a Word file older than Word 97:"
        " ask for a PDF or a .docx."
    ),
    "timeout": "Reading this Word file took too long, so it was stopped.",
    "memory_limit": "Reading this Word file needed too much memory, so it was stopped.",
}

# Word's marks in the text stream: paragraph, line, cell or row end, page or section break, hyphens.
_MARKS = str.maketrans(
    {
        "\r": "\n",
        "\x0b": "\n",
        "\x07": "\n",
        "\x0c": "\n",
        "\x1e": "-",
        "\x1f": None,
        "\x01": None,
        "\x08": None,
    }
)
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_HEADER_KINDS = (
    0,
    1,
    4,
)  # of each section's six header stories: even, odd, even footer, odd footer, first...
_SEPARATOR_STORIES = 6  # the footnote and endnote separators come first in the header document


def failed(code: str) -> ExtractionFailed:
    return ExtractionFailed(code, MESSAGES[code])


def read_doc(path: str) -> Extraction:
    """Read a .doc in this process (the sandbox child); raise ExtractionFailed when it cannot be used."""
    with open(path, "rb") as fp:
        data = fp.read(MAX_DOC_BYTES + 1)
    if len(data) > MAX_DOC_BYTES:
        raise failed("too_large")
    try:
        compound = Compound(data)
        if compound.has("EncryptionInfo"):
            raise failed("encrypted")  # an encrypted .docx (MS-OFFCRYPTO) travels in the same container
        if not compound.has("WordDocument"):
            raise failed("unsupported_type")  # an .xls, a .ppt, a .msg...
        document = _Document(compound)
        lines = document.lines()  # pieces are read here: one may point past the stream
    except (CfbError, struct.error, IndexError, UnicodeDecodeError):
        raise failed("corrupt") from None
    return extraction(lines, document.page_count(), MESSAGES)


class _Document:
    def __init__(self, compound: Compound) -> None:
        self.compound = compound
        self.word = compound.stream("WordDocument", MAX_DOC_BYTES)
        if len(self.word) < 0x200 or struct.unpack_from("<H", self.word, 0)[0] != WORD_97:
            raise failed("unsupported_type")
        flags = struct.unpack_from("<H", self.word, 10)[0]
        if flags & 0x0100 or flags & 0x8000:  # fEncrypted, fObfuscated
            raise failed("encrypted")
        self.table = compound.stream("1Table" if flags & 0x0200 else "0Table", MAX_DOC_BYTES)
        self.counts, self.fclcb = fib(self.word)
        self.pieces = piece_table(self.table, self.fclcb)
        runs = docprops.char_runs(self.word, self.table, *self.fclcb[12])
        self.runs = [run for run in runs if run.end > run.start]
        self.page = self._page_colour(runs)

    def lines(self) -> list[Line]:
        """Headers, the body, footers, then text boxes; a header repeated for other sections once."""
        starts = dict(zip(STORIES, _cumulative([self.counts[story] for story in STORIES]), strict=True))
        headers, footers = self._header_stories(starts["hdd"])
        body = [(starts["text"], starts["text"] + self.counts["text"])]
        boxes = [(starts[story], starts[story] + self.counts[story]) for story in ("txbx", "hdr_txbx")]
        lines: list[Line] = []
        seen: set[str] = set()
        for group, background in (
            (headers, self.page),
            (body, self.page),
            (footers, self.page),
            (boxes, None),
        ):
            for start, end in group:
                story = self._read(start, end, background)
                text = "\n".join(line.text() for line in story)
                if group is not body and text in seen:
                    continue
                seen.add(text)
                lines.extend(story)
        return lines

    def page_count(self) -> int:
        """Pages as Word counted them at the last save (SummaryInformation), else 1."""
        try:
            info = self.compound.stream("\x05SummaryInformation", 1024**2)
        except CfbError:
            return 1
        count = _summary_pages(info)
        return count if 0 < count <= 10_000 else 1

    def _header_stories(self, base: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Header and footer stories (CP ranges) from PlcfHdd; without it the whole header document."""
        if not self.counts["hdd"]:
            return [], []
        fc, lcb = self.fclcb[11]
        if lcb < 8 or fc + lcb > len(self.table):
            return [(base, base + self.counts["hdd"])], []
        cps = struct.unpack_from(f"<{lcb // 4}I", self.table, fc)
        stories = [(base + cps[i], base + cps[i + 1]) for i in range(_SEPARATOR_STORIES, len(cps) - 1)]
        headers = [s for i, s in enumerate(stories) if i % 6 in _HEADER_KINDS and s[1] > s[0]]
        footers = [s for i, s in enumerate(stories) if i % 6 not in _HEADER_KINDS and s[1] > s[0]]
        return headers, footers

    def _page_colour(self, runs: list[CharRun]) -> str | None:
        """White, unless shapes, a page background or shading may lie behind the text (then unknown)."""
        shapes = self.fclcb[40][1] or self.fclcb[41][1]  # PlcSpaMom, PlcSpaHdr: floating shapes
        papx = docprops.has_shaded_paragraphs(self.word, self.table, *self.fclcb[13])
        return None if shapes or papx or any(run.shaded for run in runs) else WHITE

    def _read(self, start: int, end: int, background: str | None) -> list[Line]:
        """The story between two CPs as lines: fields resolved to their results, deletions dropped."""
        lines = [Line()]
        fields: list[bool] = []  # per open field: True once past its separator (in the result)
        for text, props, deleted in self._runs_between(start, end):
            if deleted:
                continue
            for chunk in _split_marks(text):
                if chunk == _FIELD_BEGIN:
                    fields = [*fields, False][-MAX_FIELD_DEPTH:]
                elif chunk == _FIELD_SEPARATOR and fields:
                    fields[-1] = True
                elif chunk == _FIELD_END and fields:
                    fields.pop()
                elif all(fields) and chunk not in (_FIELD_SEPARATOR, _FIELD_END):
                    _add(lines, chunk.translate(_MARKS), hidden_reason(props, background))
        return lines

    def _runs_between(self, start: int, end: int) -> list[tuple[str, RunProps, bool]]:
        """The text between two CPs cut where the formatting changes: (text, properties, deleted)."""
        out: list[tuple[str, RunProps, bool]] = []
        budget = MAX_CHARS
        for piece in self.pieces:
            low, high = max(start, piece.cp), min(end, piece.end, piece.cp + budget)
            if low >= high:
                continue
            width = 1 if piece.compressed else 2
            fc_low, fc_high = piece.fc + (low - piece.cp) * width, piece.fc + (high - piece.cp) * width
            if fc_high > len(self.word):
                raise CfbError("piece outside the WordDocument stream")
            for run_low, run_high, props, deleted in self._formatting(fc_low, fc_high):
                raw = self.word[run_low:run_high]
                out.append(
                    (raw.decode("cp1252" if width == 1 else "utf-16-le", errors="replace"), props, deleted)
                )
            budget -= high - low
        return out

    def _formatting(self, low: int, high: int) -> list[tuple[int, int, RunProps, bool]]:
        """Cut the byte range at the CHPX runs' bounds; bytes no run covers keep Word's defaults."""
        cuts = []
        at = low
        for run in self.runs:
            if run.end <= at or run.start >= high:
                continue
            if run.start > at:
                cuts.append((at, run.start, RunProps(), False))
            cuts.append((max(at, run.start), min(high, run.end), run.props, run.deleted))
            at = min(high, run.end)
        if at < high:
            cuts.append((at, high, RunProps(), False))
        return cuts


def _cumulative(lengths: list[int]) -> list[int]:
    starts, total = [], 0
    for length in lengths:
        starts.append(total)
        total += length
    return starts


def _split_marks(text: str) -> list[str]:
    """Cut text around field characters, which open, divide and close a field."""
    chunks: list[str] = []
    current = ""
    for char in text:
        if char in "\x13\x14\x15":
            chunks += [current, char] if current else [char]
            current = ""
        else:
            current += char
    return [*chunks, current] if current else chunks


def _add(lines: list[Line], text: str, reason: str | None) -> None:
    first, *rest = text.split("\n")
    if first:
        lines[-1].add(first, reason)
    for part in rest:
        lines.append(Line())
        if part:
            lines[-1].add(part, reason)


def _summary_pages(info: bytes) -> int:
    """PIDSI_PAGECOUNT (14) from the first property set of a SummaryInformation stream, else 0."""
    if len(info) < 48:
        return 0
    section = struct.unpack_from("<I", info, 44)[0]
    if section + 8 > len(info):
        return 0
    count = min(struct.unpack_from("<I", info, section + 4)[0], 1000)
    for index in range(count):
        at = section + 8 + 8 * index
        if at + 8 > len(info):
            break
        pid, offset = struct.unpack_from("<II", info, at)
        value_at = section + offset
        if pid == 14 and value_at + 8 <= len(info) and struct.unpack_from("<I", info, value_at)[0] == 3:
            return int(struct.unpack_from("<i", info, value_at + 4)[0])
    return 0
