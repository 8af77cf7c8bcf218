"""Build small .docx files for the reader tests: python-docx, plus raw XML where it has no API."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def plain_docx(*paragraphs: str) -> docx.document.Document:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    return document


def add_run(document: docx.document.Document, visible: str, formatted: str, **font: object) -> None:
    """Add a paragraph of visible text followed by a run formatted with the given font attributes."""
    paragraph = document.add_paragraph(visible + " ")
    run = paragraph.add_run(formatted)
    for name, value in font.items():
        if name == "color":
            run.font.color.rgb = RGBColor.from_string(str(value))
        elif name == "highlight":
            run.font.highlight_color = value  # type: ignore[assignment]
        else:
            setattr(run.font, name, value)


def add_text_box(
    container: Any,
    text: str,
    *,
    x_emu: int,
    fill: str | None = None,
    colour: str = "000000",
    behind: bool = False,
) -> None:
    """Anchor a text box at x_emu from the page's left edge (DrawingML, with the VML fallback Word writes).

    `container` is anything with add_paragraph(): the document, a header; `behind` puts it behind the text.
    """
    fill_xml = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else "<a:noFill/>"
    paragraph = container.add_paragraph()
    run = parse_xml(
        f'<w:r {NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor behindDoc="{int(behind)}" distT="0" distB="0" distL="0" distR="0" simplePos="0" '
        'relativeHeight="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>914400</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2743200" cy="457200"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:spPr><a:prstGeom prst="rect"/>{fill_xml}</wps:spPr>'
        f'<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:color w:val="{colour}"/></w:rPr>'
        f"<w:t>{text}</w:t>"
        "</w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    paragraph._p.append(run)


def shaded_cell_table(document: docx.document.Document, text: str, *, fill: str) -> None:
    """A one-cell table shaded `fill`, holding white text."""
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {NAMESPACES} w:val="clear" w:fill="{fill}"/>'))
    run = cell.paragraphs[0].add_run(text)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


__all__ = [
    "WD_COLOR_INDEX",
    "Pt",
    "add_run",
    "add_text_box",
    "plain_docx",
    "save",
    "shaded_cell_table",
    "zip_of",
]
