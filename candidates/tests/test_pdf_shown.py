"""Whether a file may hold layers is told from its bytes, object streams included (pdf_shown.py)."""

from __future__ import annotations

import zlib

from candidates.pdf_shown import may_have_layers
from candidates.tests.pdfgen import make_pdf, raw_pdf

CATALOG = b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [5 0 R] /D << /OFF [5 0 R] >> >> >>"


def object_stream(objects: bytes, *, compress: bool = True) -> bytes:
    """A file holding `objects` in an object stream, as PDF 1.5 writers store dictionaries."""
    data = zlib.compress(objects) if compress else objects
    flate = "/Filter /FlateDecode " if compress else "/Filter /ASCIIHexDecode "
    return (
        b"%PDF-1.5\n7 0 obj\n<< /Type /ObjStm /N 1 /First 4 " + flate.encode()
        + f"/Length {len(data)} >>\nstream\r\n".encode() + data + b"\r\nendstream\nendobj\n%%EOF\n"
    )  # fmt: skip


def test_a_file_without_layers_is_told_apart_from_one_with_them() -> None:
    assert may_have_layers(make_pdf([["Jane Candidate"]])) is False
    assert may_have_layers(raw_pdf("", "/Properties << /oc1 6 0 R >>", ("<< /Type /OCG >>",))) is True


def test_layers_defined_inside_a_compressed_object_stream_are_found() -> None:
    assert may_have_layers(object_stream(b"1 0 " + CATALOG)) is True
    assert may_have_layers(object_stream(b"1 0 << /Type /Catalog /Pages 2 0 R >>")) is False


def test_object_streams_that_cannot_be_searched_count_as_holding_layers() -> None:
    encrypted = object_stream(b"1 0 << /Type /Catalog >>") + b"trailer << /Encrypt 9 0 R >>"

    assert may_have_layers(object_stream(b"1 0 << >>", compress=False)) is True
    assert may_have_layers(encrypted) is True
