"""The RTF reader's pieces without control flow: a group's state, bands of lines, code pages, skipping.

Pure. `candidates.rtf` drives them.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from candidates.textruns import Line

DEFAULT_HALF_POINTS = 24  # RTF's default \fs: 12 pt
MAX_UC = 8  # \ucN: a fallback is a byte or two; a huge N would swallow the rest of the document

# Destinations never drawn on the page: read past by brace counting. Anything after \* is skipped too.
SKIPPED = frozenset({
    "stylesheet", "info", "pict", "fldinst", "filetbl", "revtbl", "listtable", "listoverridetable", "rsidtbl",
    "xmlnstbl", "themedata", "colorschememapping", "datastore", "latentstyles", "generator", "pn", "pntext",
    "listtext", "shprslt", "sp", "nonshppict", "objdata", "objclass", "bkmkstart", "bkmkend", "xe", "tc",
    "txe", "atnid", "atnauthor", "annotation", "datafield", "template", "userprops", "docvar", "pgdsctbl",
    "mmathPr", "passwordhash", "protusertbl", "fchars", "lchars", "do", "background", "rxe", "formfield",
})  # fmt: skip
# pntext and listtext hold a list's drawn bullet or number, in a symbol font; the Word reader leaves list
# labels out too. shprslt is a shape's picture for older readers: its text box is read from shptxt.

CHARACTERS = {
    "tab": "\t", "line": "\n", "emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022",
    "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d", "emspace": " ",
    "enspace": " ", "qmspace": " ", "zwj": "", "zwnj": "", "zwbo": "", "zwnbo": "", "ltrmark": "",
    "rtlmark": "",
}  # fmt: skip
BREAKS = frozenset({"par", "sect", "page", "row", "cell", "nestcell", "nestrow"})
BANDS = {
    "header": "header", "headerl": "header", "headerr": "header", "headerf": "header",
    "footer": "end", "footerl": "end", "footerr": "end", "footerf": "end", "footnote": "end",
}  # fmt: skip  # footnotes after the body, as the Word reader reads them

_CODEPAGES = {437: "cp437", 850: "cp850", 852: "cp852", 866: "cp866", 874: "cp874", 932: "cp932",
              936: "gbk", 949: "cp949", 950: "cp950", 10000: "mac_roman", 65001: "utf-8"}  # fmt: skip
_CHARSETS = {
    77: "mac_roman", 128: "cp932", 129: "cp949", 130: "johab", 134: "gbk", 136: "cp950", 161: "cp1253",
    162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874",
    238: "cp1250", 255: "cp437",
}  # fmt: skip  # \fcharset: 0 (ANSI) and 1 (default) mean the document's code page
_SHADED = frozenset({"clcbpat", "clcfpat", "clshdng", "clcbpatraw", "clcfpatraw", "clshdngraw", "trcbpat",
                     "trcfpat", "trshdng"})  # fmt: skip
_SKIP_TOKEN = re.compile(rb"\\bin(\d{1,10}) ?|\\.|[{}]", re.S)


def codepage_codec(page: int, default: str) -> str:
    """The Python codec of a Windows code page number (\\ansicpg)."""
    return _CODEPAGES.get(page) or (f"cp{page}" if 1250 <= page <= 1258 else default)


def charset_codec(charset: int) -> str | None:
    """The codec of a font's \\fcharset, or None for the document's own code page."""
    return _CHARSETS.get(charset)


def skip_group(data: bytes, pos: int) -> int:
    """The position just past the end of the group open at `pos`, honouring escapes and \\bin runs."""
    depth = 1
    while depth:
        match = _SKIP_TOKEN.search(data, pos)
        if match is None:
            return len(data)
        pos = match.end()
        if match.group(1) is not None:
            pos += int(match.group(1))
        elif match.group(0) == b"{":
            depth += 1
        elif match.group(0) == b"}":
            depth -= 1
    return pos


@dataclass
class State:
    """What a group holds: where its text goes and how it is drawn. Copied on `{`, dropped on `}`."""

    skip: bool = False  # inside the font or colour table
    table: str = ""  # "fonttbl" or "colortbl" while reading one
    defining: int | None = None  # the font a font-table entry describes
    band: int = 0  # index of the Band its text goes to
    font: int | None = None
    uc: int = 1  # characters of fallback after each \uN
    hidden: bool = False  # \v
    deleted: bool = False  # a tracked deletion
    colour: int = 0  # indexes into the colour table; 0: auto or none
    highlight: int = 0
    shade: int = 0
    half_points: int = DEFAULT_HALF_POINTS
    paragraph_shade: int = 0
    unknown_fill: bool = False  # in a table row whose cells are shaded: which cell is which is not tracked
    in_shape: bool = False  # in a text box, whose fill is not read

    def copy(self) -> State:
        return copy.copy(self)

    def apply(self, word: str, param: int | None) -> None:
        """Apply a formatting control word; others are ignored."""
        on = param != 0
        if word in _SHADED:
            self.unknown_fill = self.unknown_fill or bool(param)
        elif word == "plain":
            self.hidden = self.deleted = False
            self.colour = self.highlight = self.shade = 0
            self.half_points = DEFAULT_HALF_POINTS
        elif word in ("v", "deleted"):
            setattr(self, "hidden" if word == "v" else "deleted", on)
        elif word in ("cf", "highlight", "chcbpat", "cb", "cbpat"):
            name = {"cf": "colour", "highlight": "highlight", "cbpat": "paragraph_shade"}.get(word, "shade")
            setattr(self, name, max(param or 0, 0))
        elif word == "fs":
            self.half_points = param if param is not None else DEFAULT_HALF_POINTS
        elif word in ("f", "deff"):
            self.font = param
        elif word == "uc":
            self.uc = max(0, min(param or 0, MAX_UC))
        elif word == "pard":
            self.paragraph_shade = 0
        elif word == "trowd":
            self.unknown_fill = False
        elif word == "shptxt":
            self.in_shape = True


class Band:
    """The lines of the body, or of one header, footer or footnote."""

    def __init__(self, part: str) -> None:
        self.part = part  # "header", "body" or "end"
        self.done: list[Line] = []
        self.open = Line()

    def add(self, text: str, reason: str | None) -> None:
        self.open.add(text, reason)

    def new_line(self) -> None:
        self.done.append(self.open)
        self.open = Line()

    def close(self) -> None:
        if self.open.visible or self.open.runs:
            self.new_line()

    def finished(self) -> list[Line]:
        self.close()
        return self.done
