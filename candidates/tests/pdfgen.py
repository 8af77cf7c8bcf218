"""Build small, valid text PDFs for tests, with control over colour, size and position of each line."""

from __future__ import annotations

import ctypes
import io
import re
import zlib
from dataclasses import dataclass

import pypdfium2 as pdfium


@dataclass(frozen=True)
class Line:
    text: str
    size: float = 11.0
    rgb: tuple[float, float, float] = (0.0, 0.0, 0.0)
    x: float = 56.0
    y: float | None = None  # None: flow down the page
    gray: float | None = None  # set: fill with DeviceGray (`g`) instead of rgb
    cmyk: tuple[float, float, float, float] | None = None  # set: fill with DeviceCMYK (`k`) instead of rgb
    render_mode: int = 0  # `Tr`: 3 draws invisible text
    background: tuple[float, float, float] | None = None  # an RGB box filled behind the line
    on_image: bool = (
        False  # an image with ink on it behind the line, as under the text layer of an OCR'd scan
    )
    horizontal_scale: float = 100.0  # `Tz`, in percent of the normal glyph width
    cover: tuple[float, float, float] | None = None  # an RGB box filled over the line, after its text
    clip: tuple[float, float, float, float] | None = None  # a clipping rectangle (x, y, w, h) for the line


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content_stream(lines: list[Line]) -> bytes:
    parts: list[str] = []
    cursor = 800.0
    for line in lines:
        y = line.y if line.y is not None else cursor
        if line.y is None:
            cursor -= max(line.size * 1.4, 4.0)
        parts.extend(_behind(line, y))
        clip = "q {:g} {:g} {:g} {:g} re W n ".format(*line.clip) if line.clip else ""
        parts.append(
            f"{clip}BT /F1 {line.size:g} Tf {_fill(line)} {line.render_mode} Tr {line.horizontal_scale:g} Tz "
            f"{line.x:g} {y:g} Td ({_escape(line.text)}) Tj ET{' Q' if clip else ''}"
        )
        if line.cover is not None:
            r, g, b = line.cover
            parts.append(f"q {r:g} {g:g} {b:g} rg {_box(line, y)} re f Q")
    return "\n".join(parts).encode("latin-1", errors="replace")


def _fill(line: Line) -> str:
    if line.cmyk is not None:
        return " ".join(f"{v:g}" for v in line.cmyk) + " k"
    if line.gray is not None:
        return f"{line.gray:g} g"
    return " ".join(f"{v:g}" for v in line.rgb) + " rg"


def _behind(line: Line, y: float) -> list[str]:
    """Draw what sits under the line's text: a filled box and/or an image, a little larger than the text."""
    box = _box(line, y)
    parts = []
    if line.background is not None:
        r, g, b = line.background
        parts.append(f"q {r:g} {g:g} {b:g} rg {box} re f Q")
    if line.on_image:
        x, y0, w, h = box.split()
        # A black pixel beside a white one: a scan shows something where its OCR layer has words.
        parts.append(f"q {w} 0 0 {h} {x} {y0} cm BI /W 2 /H 1 /CS /G /BPC 8 ID \x00\xff EI Q")
    return parts


def _box(line: Line, y: float) -> str:
    """The rectangle (x y width height) around a line's text, a little larger than the text."""
    return (
        f"{line.x - 2:g} {y - line.size * 0.3:g} {len(line.text) * line.size * 0.6 + 4:g} {line.size * 1.3:g}"
    )


def make_pdf(
    pages: list[list[Line | str]],
    *,
    rotate: int = 0,
    crop_box: tuple[float, float, float, float] | None = None,
) -> bytes:
    """Return the bytes of an A4 PDF with one entry of `pages` per page (str means a plain black line).

    `rotate` sets every page's /Rotate, as a landscape page or a scanner turned sideways would; `crop_box`
    sets a /CropBox, the part of the page a viewer shows.
    """
    crop = "/CropBox [{:g} {:g} {:g} {:g}] ".format(*crop_box) if crop_box else ""
    objects: list[bytes] = []
    page_ids = [3 + 2 * i for i in range(len(pages))]
    font_id = 3 + 2 * len(pages)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    for index, page in enumerate(pages):
        lines = [item if isinstance(item, Line) else Line(item) for item in page]
        stream = _content_stream(lines)
        content_id = page_ids[index] + 1
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] {crop}/Rotate {rotate} "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    return _assemble(objects)


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def cv_pdf(text: str) -> bytes:
    """Lay out a plain-text CV (one line per line, 50 lines per page) as a PDF."""
    lines = text.strip("\n").splitlines() or [""]
    pages = [lines[i : i + 50] for i in range(0, len(lines), 50)]
    return make_pdf([list(page) for page in pages])


def scan_pdf(pages: int = 1) -> bytes:
    """Return an image-only PDF, like a scan without OCR: each page is one grey image and no text."""
    return make_pdf([[Line("", on_image=True, x=0, y=0)] for _ in range(pages)])


# RLIMIT_AS for the bomb tests: above a reader child's own address space (~180 MB with numpy's and PDFium's
# mappings), so the limit is met by inflating, not at its first allocation; a 1 GiB bomb then meets it.
BOMB_LIMIT = 384 * 1024**2


def flate_bomb_pdf(inflated_bytes: int) -> bytes:
    """Return a one-page PDF whose content stream is small on disk but inflates to `inflated_bytes` spaces."""
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = b"".join(packer.compress(chunk) for _ in range(inflated_bytes >> 20)) + packer.flush()
    stream = f"<< /Length {len(body)} /Filter /FlateDecode >>\nstream\n".encode() + body + b"\nendstream"
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>"
    return _assemble(
        [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page, stream]
    )


def overlay_pdf(original: bytes, lines: list[Line | str], *, page: int = 0) -> bytes:
    """Return a copy of `original` with `lines` drawn over one of its pages, as a forger's overlay is."""
    return overlay_page(original, make_pdf([lines]), page=page)


def overlay_page(original: bytes, layer: bytes, *, page: int = 0) -> bytes:
    """Return a copy of `original` with the first page of `layer` drawn over one of its pages.

    The original page and the overlay both become form XObjects on a fresh page of the same size, so the
    original's own drawing is kept exactly; the other pages are copied as they are.
    """
    source = pdfium.PdfDocument(original)
    drawn = pdfium.PdfDocument(layer)
    out = pdfium.PdfDocument.new()
    out.import_pages(source)
    width, height = source[page].get_size()
    merged = out.new_page(width, height, index=page)
    for document in (source, drawn):
        merged.insert_obj(document.page_as_xobject(0 if document is drawn else page, out).as_pageobject())
    merged.gen_content()
    out.del_page(page + 1)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def raw_pdf(
    content: str,
    resources: str = "",
    objects: tuple[str, ...] = (),
    page_entries: str = "",
    fonts: str = "",
) -> bytes:
    """Return an A4 page drawn by a hand-written content stream, with Helvetica as /F1.

    `resources` is added to the page's resource dictionary and `page_entries` to the page's own ("/Annots
    [6 0 R]"); `objects` are numbered from 6 on, so they can be referred to ("6 0 R"); `fonts` adds fonts
    beside /F1 ("/F2 6 0 R").
    """
    stream = content.encode("latin-1")
    font_list = f"/F1 5 0 R {fonts}"
    return _assemble(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << {font_list}>> "
            f"{resources} >> /Contents 4 0 R {page_entries}>>".encode(),
            f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            *(body.encode("latin-1") for body in objects),
        ]
    )


def text_line(text: str, *, x: float = 56.0, y: float = 800.0, size: float = 11.0, state: str = "") -> str:
    """A content-stream snippet drawing one line in Helvetica (/F1), after `state` operators ("3 Tr")."""
    return f"BT /F1 {size:g} Tf {state} {x:g} {y:g} Td ({_escape(text)}) Tj ET"


def grey_image(x: float, y: float, width: float, height: float, pixels: bytes = b"\xff") -> str:
    """A content-stream snippet drawing an inline greyscale image, one row of `pixels`, over a box."""
    data = pixels.decode("latin-1")
    return f"q {width:g} 0 0 {height:g} {x:g} {y:g} cm BI /W {len(pixels)} /H 1 /CS /G /BPC 8 ID {data} EI Q"


def add_free_text(pdf: bytes, text: str, rect: tuple[float, float, float, float]) -> bytes:
    """Return `pdf` with a FreeText annotation (a text box a viewer draws over the page) on its first page."""
    document = pdfium.PdfDocument(pdf)
    page = document[0]
    annot = pdfium.raw.FPDFPage_CreateAnnot(page.raw, pdfium.raw.FPDF_ANNOT_FREETEXT)
    left, bottom, right, top = rect
    pdfium.raw.FPDFAnnot_SetRect(annot, pdfium.raw.FS_RECTF(left, top, right, bottom))
    value = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
    pdfium.raw.FPDFAnnot_SetStringValue(
        annot, b"Contents", ctypes.cast(value, ctypes.POINTER(ctypes.c_ushort))
    )
    pdfium.raw.FPDFPage_CloseAnnot(annot)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def switch_off_layers(pdf: bytes) -> bytes:
    """Return `pdf` with every optional-content group (layer) it defines switched off, by an update.

    The catalog is written again with /OCProperties listing the groups as OFF, appended after the file as
    an incremental update, as editors save a change. Only for files with a plain cross-reference table.
    """
    groups = [number for number in re.findall(rb"(\d+) 0 obj\s*<<[^>]*?/Type\s*/OCG\b", pdf)]
    catalog = re.search(rb"(\d+) 0 obj\s*<<(.*?/Type\s*/Catalog.*?)>>\s*endobj", pdf, re.DOTALL)
    assert groups and catalog is not None
    refs = " ".join(f"{int(number)} 0 R" for number in groups)
    body = catalog.group(2).decode("latin-1") + f" /OCProperties << /OCGs [{refs}] /D << /OFF [{refs}] >> >>"
    number = int(catalog.group(1))
    size = int(re.findall(rb"/Size\s*(\d+)", pdf)[-1])
    previous = int(re.findall(rb"startxref\s*(\d+)", pdf)[-1])
    out = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offset = len(out)
    out += f"{number} 0 obj\n<<{body}>>\nendobj\n".encode("latin-1")
    xref_at = len(out)
    out += f"xref\n{number} 1\n{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root {number} 0 R /Prev {previous} >>\n".encode()
    out += f"startxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def form_pdf(
    page_content: str,
    form_content: str,
    form_entries: str = "",
    resources: str = "",
    objects: tuple[str, ...] = (),
) -> bytes:
    """Return an A4 page whose content stream draws form XObject /Fm0 (object 6) as it says ("/Fm0 Do").

    `form_entries` is added to the form's dictionary ("/OC 7 0 R", "/Group << /S /Transparency >>") and
    `resources` to the page's; `objects` are numbered from 7 on.
    """
    body = form_content.encode("latin-1")
    form = (
        (
            f"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
            f"{form_entries} /Length {len(body)} >>\nstream\n"
        ).encode()
        + body
        + b"\nendstream"
    )
    return raw_pdf(page_content, f"/XObject << /Fm0 6 0 R >> {resources}", (form.decode("latin-1"), *objects))
