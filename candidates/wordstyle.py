"""Work out how a Word run is drawn: hidden, colour, size and what lies behind it, through styles and shading.

Pure: lxml elements in, plain values out. Colours are "RRGGBB" strings; None means "cannot tell" (a theme
colour, a gradient, a table style's banding), which never makes text hidden: a false hidden-text flag on an
honest CV is an accusation, a missed one only leaves a few words in the scored text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any, Protocol

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
V = "{urn:schemas-microsoft-com:vml}"

WHITE = "FFFFFF"
NEAR = 26  # per channel, out of 255 (~10%): the eye does not tell such text from its background
_FALSE = {"0", "false", "off"}
_MAX_STYLE_DEPTH = 20  # basedOn chains are short; a cycle or a hostile chain stops here

# Highlight names Word uses (ST_HighlightColor), as RGB.
HIGHLIGHTS = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00", "magenta": "FF00FF",
    "red": "FF0000", "yellow": "FFFF00", "white": "FFFFFF", "darkBlue": "000080", "darkCyan": "008080",
    "darkGreen": "008000", "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000",
    "darkGray": "808080", "lightGray": "C0C0C0",
}  # fmt: skip
_VML_NAMES = {"white": "FFFFFF", "black": "000000", "silver": "C0C0C0", "gray": "808080"}


@dataclass(frozen=True)
class RunProps:
    vanish: bool | None = None
    color: str | None = None  # "RRGGBB" or "auto"
    half_points: int | None = None
    highlight: str | None = None  # "RRGGBB", or "none"
    shade: str | None = None  # fill "RRGGBB", or "auto"
    scale: int | None = None  # w:w: glyph width in percent of normal (Word allows 1 to 600)
    spacing: int | None = None  # w:spacing: twentieths of a point added after each character (< 0: condensed)
    position: int | None = None  # w:position: half-points raised (< 0: lowered) from the line
    fit: int | None = None  # w:fitText: twentieths of a point the run is squeezed or stretched into

    def over(self, base: RunProps) -> RunProps:
        """Return these properties, falling back to `base` where unset."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        return RunProps(**{k: v if v is not None else getattr(base, k) for k, v in values.items()})


def attr(element: Any, name: str) -> str | None:
    value = element.get(f"{W}{name}") if element is not None else None
    return str(value) if value is not None else None


def run_props(rpr: Any) -> RunProps:
    """Read the properties that matter here from a w:rPr element (or None)."""
    if rpr is None:
        return RunProps()
    vanish = rpr.find(f"{W}vanish")
    size = attr(rpr.find(f"{W}sz"), "val")
    highlight = attr(rpr.find(f"{W}highlight"), "val")
    return RunProps(
        vanish=None if vanish is None else attr(vanish, "val") not in _FALSE,
        color=hex_colour(attr(rpr.find(f"{W}color"), "val")),
        half_points=int(size) if size is not None and size.isdigit() else None,
        highlight="none" if highlight == "none" else HIGHLIGHTS.get(highlight or ""),
        shade=hex_colour(attr(rpr.find(f"{W}shd"), "fill")),
        scale=_number(attr(rpr.find(f"{W}w"), "val")),
        spacing=_number(attr(rpr.find(f"{W}spacing"), "val")),
        position=_number(attr(rpr.find(f"{W}position"), "val")),
        fit=_number(attr(rpr.find(f"{W}fitText"), "val")),
    )


def _number(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def hex_colour(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip().lstrip("#")
    if value.lower() == "auto":
        return "auto"
    if value.lower() in _VML_NAMES:
        return _VML_NAMES[value.lower()]
    if len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value):
        return value.upper()
    return None


def near(first: str, second: str) -> bool:
    a, b = int(first, 16), int(second, 16)
    return all(abs(((a >> s) & 255) - ((b >> s) & 255)) <= NEAR for s in (0, 8, 16))


class Styles:
    """The run properties of each style, resolved along basedOn, and the document defaults."""

    def __init__(self, styles_root: Any) -> None:
        self._own: dict[str, tuple[str | None, RunProps, Any]] = {}
        self.defaults = RunProps()
        self.default_paragraph: str | None = None
        if styles_root is None:
            return
        self.defaults = run_props(styles_root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"))
        for style in styles_root.iterfind(f"{W}style"):
            style_id = attr(style, "styleId")
            if style_id is None:
                continue
            based_on = attr(style.find(f"{W}basedOn"), "val")
            self._own[style_id] = (based_on, run_props(style.find(f"{W}rPr")), style)
            if attr(style, "type") == "paragraph" and attr(style, "default") in ("1", "true"):
                self.default_paragraph = style_id

    def props(self, style_id: str | None) -> RunProps:
        """Resolve a style's run properties along its basedOn chain."""
        resolved = RunProps()
        for _ in range(_MAX_STYLE_DEPTH):
            if style_id is None or style_id not in self._own:
                break
            based_on, own, _element = self._own[style_id]
            resolved = resolved.over(own)
            style_id = based_on
        return resolved

    def shades(self, style_id: str | None) -> bool:
        """Tell whether a (table) style paints any cell: its banding colours are then unknown here."""
        entry = self._own.get(style_id or "")
        return entry is not None and any(
            hex_colour(attr(shd, "fill")) not in (None, "auto", WHITE) for shd in entry[2].iter(f"{W}shd")
        )


def shape_fill(shape: Any) -> str | bool | None:
    """Fill behind a text box: "RRGGBB", None (colour unknown) or False (transparent: look further out)."""
    if shape.tag == f"{V}shape" or shape.tag.startswith(V):
        if shape.get("filled") in ("f", "false"):
            return False
        colour = shape.get("fillcolor")
        return hex_colour(colour) if colour is not None else False
    sp_pr = shape.find(f"{WPS}spPr")
    if sp_pr is None or sp_pr.find(f"{A}noFill") is not None:
        return False
    solid = sp_pr.find(f"{A}solidFill")
    if solid is None:
        return None if len(sp_pr.xpath("./*[contains(local-name(), 'Fill')]")) else False
    rgb = solid.find(f"{A}srgbClr")
    return hex_colour(rgb.get("val")) if rgb is not None else None


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_MARGIN_RELATIVE = {"margin", "column", "leftMargin", "insideMargin", "character", "topMargin"}
_FLOW_RELATIVE = {"paragraph", "line"}  # where the anchoring paragraph sits is known only after layout


class PageLike(Protocol):
    width: int  # EMU
    height: int
    left: int  # margins
    top: int
    background: str | None


_Z_INDEX = re.compile(r"z-index:\s*-")


def has_backdrop(root: Any) -> bool:
    """Tell whether anything is drawn behind the text: a behindDoc anchor, or a VML shape below z 0."""
    if any(anchor.get("behindDoc") in ("1", "true") for anchor in root.iter(f"{WP}anchor")):
        return True
    return any(
        _Z_INDEX.search(element.get("style") or "") for element in root.iter() if element.tag.startswith(V)
    )


def container_context(paragraph: Any, styles: Styles, page: PageLike) -> tuple[str | None, bool]:
    """Return what lies behind a paragraph (None: unknown) and whether its text box is off the page."""
    background: str | bool | None = False  # False: nothing found yet, look further out
    off_page = False
    for ancestor in paragraph.iterancestors():
        if ancestor.tag == f"{W}txbxContent":
            shape = next(
                (a for a in ancestor.iterancestors() if a.tag == f"{WPS}wsp" or a.tag.startswith(V)), None
            )
            if shape is not None:
                off_page = off_page or _anchored_off_page(shape, page)
                background = shape_fill(shape) if background is False else background
        elif ancestor.tag == f"{W}tc" and background is False:
            fill = hex_colour(attr(ancestor.find(f"{W}tcPr/{W}shd"), "fill"))
            table_props = next((a for a in ancestor.iterancestors(f"{W}tbl")), None)
            table_style = (
                attr(table_props.find(f"{W}tblPr/{W}tblStyle"), "val") if table_props is not None else None
            )
            if fill not in (None, "auto"):
                background = fill
            elif styles.shades(table_style):
                background = None
    if background is False or background is True:
        return page.background, off_page
    return background, off_page


def _is_shape(tag: str) -> bool:
    return tag == f"{WPS}wsp" or tag.startswith(V)


def _anchored_off_page(shape: Any, page: PageLike) -> bool:
    anchor = next((a for a in shape.iterancestors(f"{WP}anchor")), None)
    extent = anchor.find(f"{WP}extent") if anchor is not None else None
    if anchor is None or extent is None:
        return False  # inline, or positioned in a way not read here
    width, height = _emu(extent.get("cx")), _emu(extent.get("cy"))
    horizontal = _placement(anchor.find(f"{WP}positionH"), page.left, page.width)
    vertical = _placement(anchor.find(f"{WP}positionV"), page.top, page.height)
    return _outside(horizontal, width, page.width) or _outside(vertical, height, page.height)


def _placement(position: Any, margin: int, extent: int) -> tuple[int, int] | None:
    """The range of possible starts of a box on one axis; None when aligned (always on the page)."""
    offset = position.find(f"{WP}posOffset") if position is not None else None
    if offset is None or offset.text is None:
        return None
    start = _emu(offset.text)
    relative = position.get("relativeFrom", "page")
    if relative in _FLOW_RELATIVE:
        return start, start + extent
    return (start + margin, start + margin) if relative in _MARGIN_RELATIVE else (start, start)


def _outside(placement: tuple[int, int] | None, size: int, extent: int) -> bool:
    if placement is None:
        return False
    lowest, highest = placement
    return highest + size <= 0 or lowest >= extent


def _emu(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0
