"""Build small, valid text PDFs for tests, with control over colour, size and position of each line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    text: str
    size: float = 11.0
    rgb: tuple[float, float, float] = (0.0, 0.0, 0.0)
    x: float = 56.0
    y: float | None = None  # None: flow down the page


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _content_stream(lines: list[Line]) -> bytes:
    parts: list[str] = []
    cursor = 800.0
    for line in lines:
        y = line.y if line.y is not None else cursor
        if line.y is None:
            cursor -= max(line.size * 1.4, 4.0)
        r, g, b = line.rgb
        parts.append(
            f"BT /F1 {line.size:g} Tf {r:g} {g:g} {b:g} rg {line.x:g} {y:g} Td "
            f"({_escape(line.text)}) Tj ET"
        )
    return "\n".join(parts).encode("latin-1", errors="replace")


def make_pdf(pages: list[list[Line | str]]) -> bytes:
    """Return the bytes of an A4 PDF with one entry of `pages` per page (str means a plain black line)."""
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
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>".encode()
        )
        objects.append(
            f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream"
        )
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
