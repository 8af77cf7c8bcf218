"""Text kept in a PDF's annotations and form fields (a FreeText box, a sticky note, a field's value).

PDFium's page text holds only the page's own drawing, so this text is never scored; it is reported as
hidden, for the manipulation checks to flag when it instructs the screener or adds to the CV (a tool that
reads annotations would have read it). Links carry no text of their own and are skipped: they are all the
corpus CVs' annotations. Runs in the sandboxed child only.
"""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw

MAX_ANNOTATIONS = 500  # per page: a CV has a few dozen links; thousands only come from a crafted file
_KEYS = (b"Contents", b"V")  # what a note or a free-text box says; a form field's value
_NO_TEXT = frozenset({raw.FPDF_ANNOT_LINK, raw.FPDF_ANNOT_POPUP})


def annotation_texts(page: pdfium.PdfPage) -> list[str]:
    """The texts the page's annotations and form fields hold, in their order on the page."""
    texts: list[str] = []
    for index in range(min(raw.FPDFPage_GetAnnotCount(page.raw), MAX_ANNOTATIONS)):
        annot = raw.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            if raw.FPDFAnnot_GetSubtype(annot) not in _NO_TEXT:
                texts.extend(text for key in _KEYS if (text := _string(annot, key)))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return texts


def _string(annot: raw.FPDF_ANNOTATION, key: bytes) -> str:
    size = raw.FPDFAnnot_GetStringValue(annot, key, None, 0)  # bytes of UTF-16-LE, with the final NUL
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    raw.FPDFAnnot_GetStringValue(annot, key, buffer, size)
    return bytes(buffer).decode("utf-16-le", "replace").rstrip("\x00").strip()
