"""PDFium's page-object functions with plain-int handles and reused out-parameters, for the per-object walk.

pypdfium2's bindings type every handle as a ctypes pointer class: each call converts its arguments and
wraps the handle it returns, which made the walk of a CV's ~450 text objects cost more than PDFium's
own page loading. These are the same C functions, prototyped with `c_void_p` (Python ints in and out),
writing into buffers allocated once. Only for the sandboxed child: PDFium is single-threaded there, and
so are these buffers.
"""

from __future__ import annotations

import ctypes
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
_U4 = [ctypes.addressof(_uints) + 4 * i for i in range(4)]
_I2 = [ctypes.addressof(_ints) + 4 * i for i in range(2)]
_matrix_buffer = raw.FS_MATRIX()
_MATRIX = ctypes.addressof(_matrix_buffer)


def handle(pointer: Any) -> Handle:
    """The address of a pypdfium2 handle (a ctypes pointer), as these functions take it."""
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


def font_size(obj: Handle) -> float:
    return float(_floats[0]) if _font_size(obj, _F[0]) else 0.0


def matrix(obj: Handle) -> tuple[float, float, float, float, float, float] | None:
    if not _matrix(obj, _MATRIX):
        return None
    m = _matrix_buffer
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def colour(obj: Handle, *, stroke: bool) -> tuple[int, int, int, int] | None:
    if not (_stroke if stroke else _fill)(obj, *_U4):
        return None
    return (_uints[0], _uints[1], _uints[2], _uints[3])


def bounds(obj: Handle) -> tuple[float, float, float, float] | None:
    if not _bounds(obj, *_F[:4]):
        return None
    return (_floats[0], _floats[1], _floats[2], _floats[3])


def point(segment: Handle) -> tuple[float, float]:
    if not _point(segment, _F[4], _F[5]):
        return (0.0, 0.0)
    return (_floats[4], _floats[5])


def draw_mode(obj: Handle) -> tuple[int, int] | None:
    """The path's fill mode and whether it is stroked, or None when PDFium cannot tell."""
    if not _draw_mode(obj, *_I2):
        return None
    return (_ints[0], _ints[1])
