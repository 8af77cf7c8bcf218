"""Work out how OpenDocument text is drawn: hidden, colour, size, what lies behind it, where frames sit.

Pure: lxml elements in, plain values out. Colours are "RRGGBB" strings. A fill is a colour, TRANSPARENT
(nothing painted here: look further out) or None (cannot tell: a gradient, a picture), and "cannot tell" never
makes text hidden, as in the Word reader: a false flag on an honest CV is an accusation.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from candidates.wordstyle import WHITE, RunProps, hex_colour

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
XLINK = "{http://www.w3.org/1999/xlink}"

TRANSPARENT = "transparent"
_UNSET = "unset"  # this style says nothing: ask its parent
_MAX_STYLE_DEPTH = 20  # parent chains are short; a cycle or a hostile chain stops here
_PT_PER_UNIT = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pc": 12.0, "px": 0.75}
_A4 = (21 / 2.54 * 72, 29.7 / 2.54 * 72)  # points: the page when the file names none


@dataclass(frozen=True)
class TextProps:
    hidden: bool = False
    color: str | None = None  # "RRGGBB" or "auto"
    size_pt: float | None = None
    highlight: str | None = None  # the text's own background: "RRGGBB", "none" or None (unknown)

    def run_props(self) -> RunProps:
        half_points = int(self.size_pt * 2) if self.size_pt is not None else None
        return RunProps(
            vanish=self.hidden, color=self.color, half_points=half_points, highlight=self.highlight
        )


def length_pt(value: str | None) -> float | None:
    """A length such as "12pt", "0.4cm" or "1in" in points; None when it is not one."""
    if not value:
        return None
    for unit, factor in _PT_PER_UNIT.items():
        if value.endswith(unit):
            try:
                return float(value[: -len(unit)]) * factor
            except ValueError:
                return None
    return None


def fill_of(props: Any) -> str | None:
    """What a properties element paints: a colour, TRANSPARENT, None (unknown) or _UNSET."""
    if props is None:
        return _UNSET
    image = props.find(f"{STYLE}background-image")
    if image is not None and image.get(f"{XLINK}href"):
        return None
    kind = props.get(f"{DRAW}fill")
    if kind == "none":
        return TRANSPARENT
    if kind == "solid":
        return hex_colour(props.get(f"{DRAW}fill-color"))
    if kind is not None:
        return None  # gradient, hatch, bitmap
    background = props.get(f"{FO}background-color")
    if background is None:
        return _UNSET
    return TRANSPARENT if background == TRANSPARENT else hex_colour(background)


class Styles:
    """The styles one part of a document sees: styles.xml's named styles, and that part's automatic ones."""

    def __init__(self, named: Any, automatic: Any) -> None:
        self._styles: dict[tuple[str, str], Any] = {}
        self._defaults: dict[str, Any] = {}
        # The automatic styles of content.xml and of styles.xml (for headers) reuse the same names.
        for root, holder in ((named, "styles"), (automatic, "automatic-styles")):
            for container in root.iterfind(f"{OFFICE}{holder}") if root is not None else ():
                self._collect(container)

    def _collect(self, container: Any) -> None:
        for element in container:
            family = element.get(f"{STYLE}family")
            if element.tag == f"{STYLE}default-style" and family:
                self._defaults[family] = element
            elif element.tag == f"{STYLE}style" and family and element.get(f"{STYLE}name"):
                self._styles[(family, element.get(f"{STYLE}name"))] = element

    def chain(self, family: str, name: str | None) -> list[Any]:
        """The style and its ancestors, nearest first, ending with the family's default style."""
        found: list[Any] = []
        for _ in range(_MAX_STYLE_DEPTH):
            element = self._styles.get((family, name or ""))
            if element is None:
                break
            found.append(element)
            name = element.get(f"{STYLE}parent-style-name")
        default = self._defaults.get(family)
        return [*found, default] if default is not None else found

    def text(self, base: TextProps, family: str, name: str | None) -> TextProps:
        """`base` with a style's text properties applied, outermost ancestor first (a size may be a %)."""
        props = base
        for element in reversed(self.chain(family, name)):
            props = _apply(props, element.find(f"{STYLE}text-properties"))
        return props

    def fill(
        self, family: str, name: str | None, props_tag: str, unset: str | None = TRANSPARENT
    ) -> str | None:
        """What a style paints behind its content: a colour, TRANSPARENT, None (unknown) or `unset`."""
        for element in self.chain(family, name):
            fill = fill_of(element.find(f"{STYLE}{props_tag}"))
            if fill != _UNSET:
                return fill
        return unset

    def graphic(self, name: str | None, attribute: str) -> str | None:
        """A graphic style's property (`{ns}name`), looked up along its parents."""
        for element in self.chain("graphic", name):
            props = element.find(f"{STYLE}graphic-properties")
            if props is not None and props.get(attribute) is not None:
                return str(props.get(attribute))
        return None


def _apply(props: TextProps, element: Any) -> TextProps:
    if element is None:
        return props
    display = element.get(f"{TEXT}display")
    colour = element.get(f"{FO}color")
    window = element.get(f"{STYLE}use-window-font-color") == "true"
    highlight = element.get(f"{FO}background-color")
    return replace(
        props,
        hidden=display == "none" if display in ("none", "true") else props.hidden,
        color="auto" if window else hex_colour(colour) if colour is not None else props.color,
        size_pt=_size(element.get(f"{FO}font-size"), props.size_pt),
        highlight=props.highlight
        if highlight is None
        else "none"
        if highlight == TRANSPARENT
        else hex_colour(highlight),
    )


def _size(value: str | None, inherited: float | None) -> float | None:
    if value is None:
        return inherited
    if value.endswith("%"):
        try:
            return inherited * float(value[:-1]) / 100 if inherited is not None else None
        except ValueError:
            return inherited
    size = length_pt(value)
    return size if size is not None else inherited


@dataclass(frozen=True)
class Page:
    width: float  # points
    height: float
    background: str | None  # None: unknown (a picture, a gradient, something drawn behind the text)
    header: str | None  # what lies behind the header and footer text
    footer: str | None


def page_of(styles_root: Any, *, backdrop: bool) -> Page:
    """The first master page's size, and what lies behind its body, header and footer."""
    master = None if styles_root is None else styles_root.find(f"{OFFICE}master-styles/{STYLE}master-page")
    layout_name = master.get(f"{STYLE}page-layout-name") if master is not None else None
    layout = None
    for candidate in styles_root.iter(f"{STYLE}page-layout") if styles_root is not None else ():
        if candidate.get(f"{STYLE}name") == layout_name:
            layout = candidate
    props = layout.find(f"{STYLE}page-layout-properties") if layout is not None else None
    width = length_pt(props.get(f"{FO}page-width")) if props is not None else None
    height = length_pt(props.get(f"{FO}page-height")) if props is not None else None
    page_fill = fill_of(props)
    background = None if backdrop else WHITE if page_fill in (_UNSET, TRANSPARENT) else page_fill

    def band(kind: str) -> str | None:
        path = f"{STYLE}{kind}-style/{STYLE}header-footer-properties"
        fill = fill_of(None if layout is None else layout.find(path))
        return background if fill in (_UNSET, TRANSPARENT) else fill

    return Page(width or _A4[0], height or _A4[1], background, band("header"), band("footer"))


def frame_off_page(frame: Any, page: Page) -> bool:
    """Tell whether a frame anchored to the page lies wholly outside it (anchored elsewhere: unknown)."""
    if frame.get(f"{TEXT}anchor-type") != "page":
        return False
    x, y = length_pt(frame.get(f"{SVG}x")), length_pt(frame.get(f"{SVG}y"))
    width, height = length_pt(frame.get(f"{SVG}width")) or 0.0, length_pt(frame.get(f"{SVG}height")) or 0.0
    across = x is not None and (x + width <= 0 or x >= page.width)
    down = y is not None and (y + height <= 0 or y >= page.height)
    return across or down


def has_backdrop(root: Any, styles: Styles) -> bool:
    """Tell whether anything is drawn behind the text (a frame or shape wrapped "in background")."""
    if root is None:
        return False
    return any(
        styles.graphic(element.get(f"{DRAW}style-name"), f"{STYLE}run-through") == "background"
        for element in root.iter()
        if isinstance(element.tag, str) and element.get(f"{DRAW}style-name") is not None
    )
