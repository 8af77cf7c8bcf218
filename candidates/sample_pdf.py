"""A small constant PDF, built into the code, that the sandbox's zygote reads once before it forks children.

Reading it makes PDFium and the reader do their lazy one-time work (library and font set-up, the system font
list for a font the file does not embed, Python's caches) in the zygote, whose memory every child inherits,
instead of in each child. It holds no user data. Its page draws what the hidden-text checks look at: text in
a standard and in a non-embedded font, white text, a tiny font, a filled box and invisible (render mode 3)
text.
"""

from __future__ import annotations

_CONTENT = b"""BT /F1 12 Tf 72 720 Td (Warm up: standard font) Tj ET
BT /F2 11 Tf 72 700 Td (A font this file does not embed) Tj ET
1 1 1 rg BT /F1 10 Tf 72 680 Td (white text) Tj ET
0 0 0 rg BT /F1 2 Tf 72 670 Td (tiny) Tj ET
0.2 0.3 0.4 rg 72 600 200 40 re f
0 0 0 rg BT 3 Tr /F1 12 Tf 80 615 Td (invisible) Tj ET"""

_OBJECTS = (
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R"
    b" /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding >>",
    b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_CONTENT), _CONTENT),
)


def sample_pdf() -> bytes:
    """Return the sample PDF's bytes, with a valid cross-reference table (PDFium need not repair it)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(_OBJECTS, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(_OBJECTS) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(_OBJECTS) + 1, table)
    return bytes(out)
