"""PDFium's page-object functions with plain-int handles and reused out-parameters, for the per-object walk.

pypdfium2's bindings type every handle as a ctypes pointer class: each call converts its arguments and
wraps the handle it returns, which made the walk of a CV's ~450 text objects cost more than PDFium's
own page loading. These are the same C functions, prototyped with `c_void_p` (Python ints in and out),
writing into buffers allocated once. Only for the sandboxed child: PDFium is single-threaded there, and
so are these buffers.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Callable
from typing import Any

import pypdfium2.raw as raw

Handle = int  # a PDFium handle as a plain address; 0 for NULL

_P, _I, _U = ctypes.c_void_p, ctypes.c_int, ctypes.c_ulong


def _lean(function: Any, restype: Any, *argtypes: Any) -> Callable[..., Any]:
    return ctypes.cast(function, ctypes.CFUNCTYPE(restype, *argtypes))  # type: ignore[no-any-return]


count_page_objects = _lean(raw.FPDFPage_CountObjects, _I, _P)
page_object = _lean(raw.FPDFPage_GetObject, _P, _P, _I)
count_form_objects = _lean(raw.FPDFFormObj_CountObjects, _I, _P)
form_object = _lean(raw.FPDFFormObj_GetObject, _P, _P, _U)
object_type = _lean(raw.FPDFPageObj_GetType, _I, _P)
render_mode = _lean(raw.FPDFTextObj_GetTextRenderMode, _I, _P)
clip_path = _lean(raw.FPDFPageObj_GetClipPath, _P, _P)
has_transparency = _lean(raw.FPDFPageObj_HasTransparency, _I, _P)
count_segments = _lean(raw.FPDFPath_CountSegments, _I, _P)
path_segment = _lean(raw.FPDFPath_GetPathSegment, _P, _P, _I)
segment_type = _lean(raw.FPDFPathSegment_GetType, _I, _P)
count_clip_paths = _lean(raw.FPDFClipPath_CountPaths, _I, _P)
count_clip_segments = _lean(raw.FPDFClipPath_CountPathSegments, _I, _P, _I)
clip_segment = _lean(raw.FPDFClipPath_GetPathSegment, _P, _P, _I, _I)

_font_size = _lean(raw.FPDFTextObj_GetFontSize, _I, _P, _P)
_matrix = _lean(raw.FPDFPageObj_GetMatrix, _I, _P, _P)
_fill = _lean(raw.FPDFPageObj_GetFillColor, _I, _P, _P, _P, _P, _P)
_stroke = _lean(raw.FPDFPageObj_GetStrokeColor, _I, _P, _P, _P, _P, _P)
_bounds = _lean(raw.FPDFPageObj_GetBounds, _I, _P, _P, _P, _P, _P)
_point = _lean(raw.FPDFPathSegment_GetPoint, _I, _P, _P, _P)
_draw_mode = _lean(raw.FPDFPath_GetDrawMode, _I, _P, _P, _P)

_floats = (ctypes.c_float * 6)()
_uints = (ctypes.c_uint * 4)()
_ints = (ctypes.c_int * 2)()
_F = [ctypes.addressof(_floats) + 4 * i for i in range(6)]
_F0, _F1, _F2, _F3 = _F[:4]
_U4 = [ctypes.addressof(_uints) + 4 * i for i in range(4)]
_I2 = [ctypes.addressof(_ints) + 4 * i for i in range(2)]
_matrix_buffer = raw.FS_MATRIX()
_MATRIX = ctypes.addressof(_matrix_buffer)
# The buffers read in one call each (the same float32 and uint values as indexing them one by one).
_SIX_FLOATS = struct.Struct("=6f")  # FS_MATRIX: a, b, c, d, e, f
_FOUR_FLOATS = struct.Struct("=4f")
_FOUR_UINTS = struct.Struct("=4I")


def handle(pointer: Any) -> Handle:
    """The address of a pypdfium2 handle (a ctypes pointer), as these functions take it."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


def font_size(obj: Handle) -> float:
    return float(_floats[0]) if _font_size(obj, _F[0]) else 0.0


def matrix(obj: Handle) -> tuple[float, float, float, float, float, float] | None:
    if not _matrix(obj, _MATRIX):
        return None
    return _SIX_FLOATS.unpack_from(_matrix_buffer)  # type: ignore[return-value]


def colour(obj: Handle, *, stroke: bool) -> tuple[int, int, int, int] | None:
    if not (_stroke if stroke else _fill)(obj, *_U4):
        return None
    return _FOUR_UINTS.unpack_from(_uints)  # type: ignore[return-value]


def bounds(obj: Handle) -> tuple[float, float, float, float] | None:
    if not _bounds(obj, _F0, _F1, _F2, _F3):
        return None
    return _FOUR_FLOATS.unpack_from(_floats)  # type: ignore[return-value]


_stroke_width = _lean(raw.FPDFPageObj_GetStrokeWidth, _I, _P, _P)


def stroke_width(obj: Handle) -> float:
    """The object's line width (in its own space), or 0 when PDFium cannot say."""
    return float(_floats[0]) if _stroke_width(obj, _F[0]) else 0.0


def point(segment: Handle) -> tuple[float, float]:
    if not _point(segment, _F[4], _F[5]):
        return (0.0, 0.0)
    return (_floats[4], _floats[5])


def draw_mode(obj: Handle) -> tuple[int, int] | None:
    """The path's fill mode and whether it is stroked, or None when PDFium cannot tell."""
    if not _draw_mode(obj, *_I2):
        return None
    return (_ints[0], _ints[1])


count_marks = _lean(raw.FPDFPageObj_CountMarks, _I, _P)
_get_mark = _lean(raw.FPDFPageObj_GetMark, _P, _P, _U)
_mark_name = _lean(raw.FPDFPageObjMark_GetName, _I, _P, _P, _U, _P)
_name_buffer = (ctypes.c_char * 64)()
_name_length = ctypes.c_ulong()
_NAME, _NAME_LENGTH = ctypes.addressof(_name_buffer), ctypes.addressof(_name_length)


def mark_name(mark: Handle) -> str:
    """The name of a marked-content sequence ("OC", "P", "Artifact", ...); "" when PDFium cannot say."""
    if not _mark_name(mark, _NAME, 64, _NAME_LENGTH):
        return ""
    return _name_buffer.raw[: min(_name_length.value, 64)].decode("utf-16-le", "replace").rstrip("\x00")


def mark_at(obj: Handle, index: int) -> Handle:
    """The object's index-th marked-content sequence (0 when PDFium has none there)."""
    return _get_mark(obj, index) or 0


_set_fill = _lean(raw.FPDFPageObj_SetFillColor, _I, _P, _U, _U, _U, _U)
_set_stroke = _lean(raw.FPDFPageObj_SetStrokeColor, _I, _P, _U, _U, _U, _U)


def paint_with(obj: Handle, rgb: tuple[int, int, int]) -> None:
    """Fill and stroke the object in this opaque colour, in memory only (the file is never saved)."""
    _set_fill(obj, *rgb, 255)
    _set_stroke(obj, *rgb, 255)


_set_matrix = _lean(raw.FPDFPageObj_SetMatrix, _I, _P, _P)
_set_font_size = _lean(raw.FPDFTextObj_SetFontSize, _I, _P, ctypes.c_float)
_object_text = _lean(raw.FPDFTextObj_GetText, _U, _P, _P, _P, _U)


def set_matrix(obj: Handle, m: tuple[float, float, float, float, float, float]) -> None:
    """Give the object this matrix, in memory only (the file is never saved)."""
    given = raw.FS_MATRIX(*m)  # held until the call returns: PDFium reads it through the address
    _set_matrix(obj, ctypes.addressof(given))


def set_font_size(obj: Handle, size: float) -> None:
    _set_font_size(obj, size)


def object_text(obj: Handle, textpage: Handle) -> str:
    """The text of a text object, as the given text page reads it ("" when it holds none of it)."""
    size = _object_text(obj, textpage, None, 0)  # bytes of UTF-16-LE, with the final NUL
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    _object_text(obj, textpage, ctypes.addressof(buffer), size)
    return bytes(buffer).decode("utf-16-le", "replace").rstrip("\x00")
