"""Read a Word (.docx) CV: its visible text, the text hidden in it and its page count, as an Extraction.

Pure and unsandboxed: `candidates.readers` runs it inside the sandbox child. python-docx opens the package
(its XML parser resolves no entities and reaches no network); the runs are then read straight from the XML,
because hidden text depends on properties python-docx does not resolve (styles, shading, text-box fills), and
because text boxes, headers and footers are read here too.

Hidden: runs marked w:vanish, runs coloured like what lies behind them (highlight, run or paragraph shading,
table cell, text-box fill, page background), runs under 3 pt or squeezed to nothing (character scale, spacing
or fit-text width), runs raised or lowered off the page, text boxes anchored off the page. Not detected:
text under an image or shape, text clipped by a frame, VML text boxes positioned off the page.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import IO, Any

import docx
from docx.opc.exceptions import OpcError
from docx.oxml import parse_xml

from candidates import doc
from candidates.extraction import (
    MAX_TEXT_CHARS,
    MIN_TEXT_CHARS,
    Extraction,
    ExtractionFailed,
    HiddenSpan,
    cap_hidden,
    non_space,
    normalise,
)
from candidates.textruns import TINY_HALF_POINTS, hidden_reason
from candidates.wordstyle import (
    MC_FALLBACK,
    WHITE,
    RunProps,
    Styles,
    W,
    attr,
    container_context,
    has_backdrop,
    hex_colour,
    run_props,
)

MAX_MEMBERS = 2_000  # a CV has ~20 parts; thousands only come from a crafted file
MAX_UNCOMPRESSED_BYTES = 64 * 1024**2  # python-docx holds every part in memory at once
DEFAULT_HALF_POINTS = 20  # Word's size where no style sets one (10 pt)
PILED_UP_SHARE = 0.45  # condensed by this share of the font size, each glyph covers the one before
MIN_FIT_PT = 1.0  # a run fitted into less than this per character shows no legible glyph
EMU_PER_HALF_POINT = 6350
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

MESSAGES = {
    "encrypted": "This Word file is password-protected. Ask the candidate for a copy without a password.",
    "corrupt": "This Word file is damaged or uses features we cannot read.",
    "too_large": "This Word file unpacks to too much data to be read safely.",
    "no_text_layer": "This Word file contains no text.",
    "unsupported_type": "This is an Office file other than a Word document: ask for a PDF or a .docx.",
}

_APP_PAGES = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages"
_EXTRA_PARTS = ("header", "footer", "footnotes", "endnotes")
_TEXT_CHILDREN = {f"{W}t": None, f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
_NOT_OWN = {f"{W}p", f"{W}txbxContent", f"{W}del", f"{W}moveFrom", MC_FALLBACK}
# Everything python-docx, lxml and zipfile have been seen to raise on damaged packages.
_CORRUPT_ERRORS = (
    OpcError, SyntaxError, zipfile.BadZipFile, zlib.error, struct.error, KeyError, ValueError, TypeError,
    IndexError, AttributeError, EOFError, NotImplementedError, RuntimeError, RecursionError,
)  # fmt: skip


def failed(code: str) -> ExtractionFailed:
    return ExtractionFailed(code, MESSAGES[code])


def read_docx(path: str) -> Extraction:
    """Read a .docx in this process (the sandbox child); raise ExtractionFailed when it cannot be used."""
    with open(path, "rb") as fp:
        if fp.read(len(OLE_MAGIC)) == OLE_MAGIC:
            return doc.read_doc(path)  # a Word 97-2003 .doc named .docx, or an encrypted .docx
        fp.seek(0)
        try:
            _check_archive(fp)
            fp.seek(0)
            return _extract(docx.Document(fp))
        except _CORRUPT_ERRORS:
            raise failed("corrupt") from None


def _check_archive(fp: IO[bytes]) -> None:
    """Refuse zip bombs from the central directory alone, before anything is inflated."""
    with zipfile.ZipFile(fp) as archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNCOMPRESSED_BYTES:
            raise failed("too_large")
        if not any(m.filename.startswith("word/") for m in members):
            raise failed("unsupported_type")  # a spreadsheet, a presentation, an .odt or any other zip


def _extract(document: Any) -> Extraction:
    styles = Styles(document.styles.element)
    root = document.element
    part_roots = [*_extra_roots(document, ("header",)), root, *_extra_roots(document, _EXTRA_PARTS[1:])]
    # Letterheads and sidebar bands are often drawn from the header, behind the body's text.
    page = _Page(root, backdrop=any(has_backdrop(part_root) for part_root in part_roots))
    lines: list[str] = []
    hidden: list[HiddenSpan] = []
    for part_root in part_roots:
        for paragraph in _paragraphs(part_root):
            line, spans = _read_paragraph(paragraph, styles, page)
            lines.append(line)
            hidden.extend(spans)
    text = normalise("\n".join(lines))[:MAX_TEXT_CHARS]
    hidden = cap_hidden(hidden)
    if non_space(text) + sum(non_space(span.text) for span in hidden) < MIN_TEXT_CHARS:
        raise failed("no_text_layer")
    return Extraction(text, _page_count(document, root), tuple(hidden))


class _Page:
    def __init__(self, root: Any, *, backdrop: bool) -> None:
        sect = root.find(f"{W}body/{W}sectPr")
        size = sect.find(f"{W}pgSz") if sect is not None else None
        margins = sect.find(f"{W}pgMar") if sect is not None else None
        emu = 635  # per twip
        self.width = _int(attr(size, "w"), 12240) * emu
        self.height = _int(attr(size, "h"), 15840) * emu
        self.left = _int(attr(margins, "left"), 1440) * emu
        self.top = _int(attr(margins, "top"), 1440) * emu
        colour = hex_colour(attr(root.find(f"{W}background"), "color"))
        # A shape or picture drawn behind the text (a sidebar band, a header banner) makes the colour behind
        # any paragraph unknown without a layout engine: white text is then a design, not a verdict.
        self.background = None if backdrop else WHITE if colour in (None, "auto") else colour


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _extra_roots(document: Any, kinds: tuple[str, ...]) -> Iterator[Any]:
    seen: set[str] = set()
    for part in document.part.package.iter_parts():
        if not any(part.content_type.endswith(f"wordprocessingml.{kind}+xml") for kind in kinds):
            continue
        root = getattr(part, "element", None)
        root = root if root is not None else parse_xml(part.blob)
        text = "".join(root.itertext())
        if text not in seen:  # first-page, even and default headers often repeat one another
            seen.add(text)
            yield root


def _paragraphs(root: Any) -> Iterator[Any]:
    for fallback in list(root.iter(MC_FALLBACK)):
        fallback.getparent().remove(fallback)  # the same text box again, for older readers
    yield from root.iter(f"{W}p")


def _read_paragraph(paragraph: Any, styles: Styles, page: _Page) -> tuple[str, list[HiddenSpan]]:
    ppr = paragraph.find(f"{W}pPr")
    para_style = attr(ppr.find(f"{W}pStyle"), "val") if ppr is not None else None
    para_props = styles.props(para_style or styles.default_paragraph)
    para_shade = hex_colour(attr(ppr.find(f"{W}shd"), "fill")) if ppr is not None else None
    background, off_page = container_context(paragraph, styles, page)
    if para_shade not in (None, "auto"):
        background = para_shade
    visible: list[str] = []
    runs: list[tuple[str, str]] = []
    for run in _own_runs(paragraph):
        text = _run_text(run)
        rpr = run.find(f"{W}rPr")
        char_style = attr(rpr.find(f"{W}rStyle"), "val") if rpr is not None else None
        props = run_props(rpr).over(styles.props(char_style)).over(para_props).over(styles.defaults)
        reason = (
            "off_page" if off_page else hidden_reason(props, background) or _drawn_away(props, text, page)
        )
        if reason is None or not any(char.isalnum() for char in text):
            # Kept in the text: a hidden space or bullet adds nothing, and dropping it would glue words.
            visible.append(text)
        elif runs and runs[-1][0] == reason:
            runs[-1] = (reason, runs[-1][1] + text)
        else:
            runs.append((reason, text))
    return "".join(visible), [HiddenSpan(reason, normalise(text), 1) for reason, text in runs]


def _own_runs(element: Any) -> Iterator[Any]:
    """Runs of this paragraph, in order: not those of text boxes anchored in it, nor deleted ones."""
    for child in element:
        if child.tag == f"{W}r":
            yield child
        elif child.tag not in _NOT_OWN:
            yield from _own_runs(child)


def _run_text(run: Any) -> str:
    parts = []
    for child in run:
        if child.tag in _TEXT_CHILDREN:
            parts.append(child.text or "" if _TEXT_CHILDREN[child.tag] is None else _TEXT_CHILDREN[child.tag])
    return "".join(str(part) for part in parts)


def _drawn_away(props: RunProps, text: str, page: _Page) -> str | None:
    """Tell whether the run is squeezed to nothing or moved off the page by its character formatting."""
    size = (props.half_points or DEFAULT_HALF_POINTS) / 2
    if props.scale is not None and size * props.scale / 100 < TINY_HALF_POINTS / 2:
        return "tiny_font"  # glyphs a few per cent wide, as a PDF's Tz 1
    if props.spacing is not None and props.spacing / 20 <= -PILED_UP_SHARE * size:
        return "tiny_font"  # condensed until each glyph is drawn over the one before
    if props.fit is not None and props.fit / 20 < MIN_FIT_PT * max(len(text.strip()), 1):
        return "tiny_font"  # fitted into a width that leaves no glyph legible
    if props.position is not None and abs(props.position) * EMU_PER_HALF_POINT >= page.height:
        return "off_page"  # raised or lowered by more than the page is high
    return None


def _page_count(document: Any, root: Any) -> int:
    """Pages as Word counted them at the last save (docProps/app.xml), else the number of sections."""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            pages = parse_xml(part.blob).find(_APP_PAGES)
            count = _int(pages.text if pages is not None else None, 0)
            if 0 < count <= 10_000:
                return count
    return max(1, len(root.findall(f".//{W}sectPr")))
