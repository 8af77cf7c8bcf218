"""Read an OpenDocument text (.odt) CV: its visible text, the text hidden in it and its page count.

Pure and unsandboxed: `candidates.readers` runs it inside the sandbox child. The package is checked from its
zip directory before anything is inflated (the .docx limits), its XML parsed by lxml with no entities, no DTD
and no network. Headers, then the body (paragraphs, headings, lists, tables, sections, frames and text
boxes, notes), then footers, in document order; a frame's text comes after the paragraph it is anchored in.

Hidden, with the Word reader's reasons: hidden sections, paragraphs and hidden-text fields and text styled
display none ("hidden_run"), text coloured like what lies behind it ("white_text"), text under 3 pt
("tiny_font"), frames anchored to the page outside it ("off_page"). Not detected: text under a picture or
shape, frames placed off the page relative to a paragraph, text hidden by a condition the file does not
mark as evaluated hidden.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree

from candidates.extraction import Extraction, ExtractionFailed
from candidates.odtstyle import (
    DRAW,
    OFFICE,
    STYLE,
    SVG,
    TABLE,
    TEXT,
    TRANSPARENT,
    Page,
    Styles,
    TextProps,
    frame_off_page,
    has_backdrop,
    page_of,
)
from candidates.textruns import Line, extraction, hidden_reason
from candidates.word import MAX_MEMBERS, MAX_UNCOMPRESSED_BYTES

MIMETYPE = b"application/vnd.oasis.opendocument.text"
MESSAGES = {
    "encrypted": (
        "This OpenDocument file is password-protected. Ask the candidate for a copy without a password."
    ),
    "corrupt": "This OpenDocument file is damaged or uses features we cannot read.",
    "too_large": "This OpenDocument file unpacks to too much data to be read safely.",
    "no_text_layer": "This OpenDocument file contains no text.",
    "timeout": "Reading this OpenDocument file took too long, so it was stopped.",
    "memory_limit": "Reading this OpenDocument file needed too much memory, so it was stopped.",
    "unsupported_type": "This OpenDocument file is not a text document: ask for a PDF, a .docx or an .odt.",
}

_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_PARAGRAPHS = (f"{TEXT}p", f"{TEXT}h")
_BLOCKS = (*_PARAGRAPHS, f"{TEXT}list", f"{TEXT}section", f"{TABLE}table", f"{TEXT}note-body")
# Comments, deleted text, alt text and declarations: in the file, never drawn on the page.
_SKIP = frozenset({
    f"{OFFICE}annotation", f"{OFFICE}annotation-end", f"{OFFICE}forms", f"{TEXT}tracked-changes",
    f"{SVG}title", f"{SVG}desc", f"{TEXT}sequence-decls", f"{TEXT}variable-decls", f"{TEXT}user-field-decls",
})  # fmt: skip
_INDEX_SOURCE = re.compile(r"\{[^}]*\}[a-z-]+-source$")  # an index's templates; its body holds what is shown
_HEADERS = ("header", "header-first", "header-left")
_FOOTERS = ("footer", "footer-first", "footer-left")
_WHITESPACE = re.compile(r"[ \t\r\n]+")  # ODF collapses these in text content; text:s and text:tab are kept
_MAX_SPACES = 64
# Everything zipfile, zlib and lxml have been seen to raise on damaged packages.
_CORRUPT_ERRORS = (
    SyntaxError, etree.LxmlError, zipfile.BadZipFile, zlib.error, struct.error, KeyError, ValueError,
    TypeError, IndexError, AttributeError, EOFError, NotImplementedError, RuntimeError, RecursionError,
)  # fmt: skip
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True,
    remove_pis=True,
)  # fmt: skip


def failed(code: str) -> ExtractionFailed:
    return ExtractionFailed(code, MESSAGES[code])


def read_odt(path: str) -> Extraction:
    """Read an .odt in this process (the sandbox child); raise ExtractionFailed when it cannot be used."""
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive)
            content = _parse(archive.read("content.xml"))
            styles = _parse_optional(archive, "styles.xml")
            meta = _parse_optional(archive, "meta.xml")
        return _Reader(content, styles).extraction(_page_count(meta))
    except _CORRUPT_ERRORS:
        raise failed("corrupt") from None


def _check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse zip bombs from the central directory alone, then anything but a text document in clear."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNCOMPRESSED_BYTES:
        raise failed("too_large")
    mimetype = archive.getinfo("mimetype")
    if mimetype.file_size > 200 or archive.read(mimetype).strip() != MIMETYPE:
        raise failed("unsupported_type")  # a spreadsheet, a presentation, a template or a drawing
    manifest = _parse_optional(archive, "META-INF/manifest.xml")
    if manifest is not None and manifest.find(f".//{_MANIFEST}encryption-data") is not None:
        raise failed("encrypted")  # its parts are ciphertext: only the mimetype and the manifest are clear


def _parse(data: bytes) -> Any:
    root = etree.fromstring(data, _PARSER)
    if root.getroottree().docinfo.internalDTD is not None:
        raise ValueError("a DTD has no place in an OpenDocument part")  # and could only declare entity bombs
    return root


def _parse_optional(archive: zipfile.ZipFile, name: str) -> Any:
    return _parse(archive.read(name)) if name in archive.namelist() else None


def _page_count(meta: Any) -> int:
    """Pages as the editor counted them at the last save (meta.xml), else 1."""
    statistic = meta.find(f".//{_META}document-statistic") if meta is not None else None
    value = statistic.get(f"{_META}page-count") if statistic is not None else None
    return int(value) if value is not None and value.isdigit() and 0 < int(value) <= 10_000 else 1


@dataclass(frozen=True)
class _Context:
    """What a block inherits from its containers: their styles, what lies behind it, whether it is drawn."""

    styles: Styles
    background: str | None  # "RRGGBB", or None when unknown
    hidden: bool = False
    off_page: bool = False


class _Reader:
    def __init__(self, content: Any, styles_root: Any) -> None:
        self.body_styles = Styles(styles_root, content)
        self.page_styles = Styles(styles_root, styles_root)
        backdrop = has_backdrop(content, self.body_styles) or has_backdrop(styles_root, self.page_styles)
        self.page: Page = page_of(styles_root, backdrop=backdrop)
        self.content = content
        self.styles_root = styles_root
        self.lines: list[Line] = []

    def extraction(self, page_count: int) -> Extraction:
        self._bands(_HEADERS, self.page.header)
        body = self.content.find(f"{OFFICE}body/{OFFICE}text")
        if body is None:
            raise failed("corrupt")  # a text document's mimetype over something else
        self._blocks(body, _Context(self.body_styles, self.page.background))
        self._bands(_FOOTERS, self.page.footer)
        return extraction(self.lines, page_count, MESSAGES)

    def _bands(self, kinds: tuple[str, ...], background: str | None) -> None:
        """Read the master pages' headers or footers, each distinct one once (first-page ones repeat)."""
        if self.styles_root is None:
            return
        seen: set[str] = set()
        for master in self.styles_root.iterfind(f"{OFFICE}master-styles/{STYLE}master-page"):
            for band in (master.find(f"{STYLE}{kind}") for kind in kinds):
                if band is None or band.get(f"{STYLE}display") == "false":
                    continue  # switched off in the page style: kept in the file, never drawn
                text = "".join(band.itertext())
                if text not in seen:
                    seen.add(text)
                    self._blocks(band, _Context(self.page_styles, background))

    def _blocks(self, element: Any, ctx: _Context) -> None:
        for child in element:
            if _wanted(child):
                self._block(child, ctx)

    def _block(self, element: Any, ctx: _Context) -> None:
        if element.tag in _PARAGRAPHS:
            self._paragraph(element, ctx)
        else:
            self._blocks(element, _enter(element, ctx, self.page))

    def _paragraph(self, paragraph: Any, ctx: _Context) -> None:
        name = paragraph.get(f"{TEXT}style-name")
        props = ctx.styles.text(TextProps(), "paragraph", name)
        marked = any(h.get(f"{TEXT}is-hidden") == "true" for h in paragraph.iter(f"{TEXT}hidden-paragraph"))
        if ctx.hidden or marked:
            props = replace(props, hidden=True)
        fill = ctx.styles.fill("paragraph", name, "paragraph-properties")
        ctx = replace(ctx, background=ctx.background if fill == TRANSPARENT else fill)
        line = Line()
        self.lines.append(line)
        deferred: list[tuple[Any, _Context]] = []
        self._inline(paragraph, props, ctx, line, deferred)
        for block, block_ctx in deferred:  # text boxes and notes anchored here, after the paragraph's text
            self._block(block, block_ctx)

    def _inline(self, element: Any, props: TextProps, ctx: _Context, line: Line, deferred: list[Any]) -> None:
        reason = _reason(props, ctx)
        if element.text:
            line.add(_WHITESPACE.sub(" ", element.text), reason)
        for child in element:
            if _wanted(child):
                self._inline_child(child, props, ctx, line, deferred)
            if child.tail:
                line.add(_WHITESPACE.sub(" ", child.tail), reason)

    def _inline_child(
        self, child: Any, props: TextProps, ctx: _Context, line: Line, deferred: list[Any]
    ) -> None:
        tag = child.tag
        if tag in _BLOCKS:
            deferred.append((child, ctx))
        elif tag == f"{TEXT}s":
            line.add(" " * min(_count(child.get(f"{TEXT}c")), _MAX_SPACES), None)
        elif tag == f"{TEXT}tab":
            line.add("\t", None)
        elif tag == f"{TEXT}line-break":
            line.add("\n", None)
        elif tag == f"{TEXT}hidden-text":
            shown = props if child.get(f"{TEXT}is-hidden") != "true" else replace(props, hidden=True)
            line.add(_WHITESPACE.sub(" ", child.get(f"{TEXT}string-value") or ""), _reason(shown, ctx))
        elif tag in (f"{TEXT}span", f"{TEXT}a"):
            styled = ctx.styles.text(props, "text", child.get(f"{TEXT}style-name"))
            self._inline(child, styled, ctx, line, deferred)
        else:  # fields, links, frames and shapes holding text boxes, ruby, note citations
            self._inline(child, props, _enter(child, ctx, self.page), line, deferred)


def _wanted(element: Any) -> bool:
    tag = element.tag
    return isinstance(tag, str) and tag not in _SKIP and not _INDEX_SOURCE.match(tag)


def _reason(props: TextProps, ctx: _Context) -> str | None:
    return "off_page" if ctx.off_page else hidden_reason(props.run_props(), ctx.background)


def _count(value: str | None) -> int:
    return int(value) if value is not None and value.isdigit() else 1


_FILLED = {
    f"{TEXT}section": ("section", "section-properties"),
    f"{TABLE}table": ("table", "table-properties"),
    f"{TABLE}table-row": ("table-row", "table-row-properties"),
    f"{TABLE}table-cell": ("table-cell", "table-cell-properties"),
    f"{TABLE}covered-table-cell": ("table-cell", "table-cell-properties"),
}
_STYLE_NAME = {"section": f"{TEXT}style-name"}  # tables name their styles table:style-name


def _enter(element: Any, ctx: _Context, page: Page) -> _Context:
    """The context of what `element` holds: hidden by a section, painted by a cell, moved by a frame."""
    tag = element.tag
    if tag in _FILLED:
        family, props_tag = _FILLED[tag]
        fill = ctx.styles.fill(family, element.get(_STYLE_NAME.get(family, f"{TABLE}style-name")), props_tag)
        if tag == f"{TABLE}table" and _columns_painted(element, ctx.styles):
            fill = None  # a column's default cell colour lies behind cells that name none
        hidden = ctx.hidden or (tag == f"{TEXT}section" and element.get(f"{TEXT}display") == "none")
        return replace(ctx, background=ctx.background if fill == TRANSPARENT else fill, hidden=hidden)
    if not tag.startswith(DRAW) or element.get(f"{DRAW}style-name") is None:
        return ctx
    name = element.get(f"{DRAW}style-name")
    # A frame is transparent unless its style fills it; a drawn shape is filled by default.
    unset = TRANSPARENT if tag == f"{DRAW}frame" else None
    fill = ctx.styles.fill("graphic", name, "graphic-properties", unset)
    off_page = ctx.off_page or (tag == f"{DRAW}frame" and frame_off_page(element, page))
    return replace(ctx, background=ctx.background if fill == TRANSPARENT else fill, off_page=off_page)


def _columns_painted(table: Any, styles: Styles) -> bool:
    return any(
        styles.fill("table-cell", column.get(f"{TABLE}default-cell-style-name"), "table-cell-properties")
        != TRANSPARENT
        for column in table.iter(f"{TABLE}table-column")
        if column.get(f"{TABLE}default-cell-style-name")
    )
