"""The honest designs of HTML-to-PDF builders the reader once misjudged, each beside the trick it resembles.

Each cause is tested on a small PDF built here: the honest drawing stays visible, and the manipulation that
looks like it stays hidden (the whole CVs are in jobs/tests/test_honest_builders.py).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from candidates.pdf import extract_in_this_process
from candidates.pdf_geometry import fills_its_box, same_spot
from candidates.pdf_layers import PageLayers, TextObject
from candidates.pdf_shown import MIN_JUDGED_PX, _widened
from candidates.tests.pdfgen import raw_pdf, text_line

BODY = " ".join(
    [text_line("Experience: nurse on an intensive care unit since 2018, mentor to students.", y=700 - 14 * i)
     for i in range(12)]
)  # fmt: skip
CLAIM = "Kubernetes Terraform Golang"

# A shading pattern: a gradient from dark purple to pink, as Chromium paints a CSS linear-gradient band.
_GRADIENT = (
    "<< /Type /Pattern /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB "
    "/Coords [0 0 595 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [0.42 0.13 0.66] "
    "/C1 [0.86 0.15 0.47] /N 1 >> >> >>"
)


def _read(
    tmp_path: Path, content: str, resources: str = "", objects: tuple[str, ...] = ()
) -> tuple[str, list]:
    path = tmp_path / "cv.pdf"
    path.write_bytes(raw_pdf(content, resources, objects))
    reading = extract_in_this_process(str(path), 5)
    return " ".join(reading.text.split()), [(span.reason, span.text) for span in reading.hidden]


def test_white_text_on_a_gradient_band_is_visible(tmp_path: Path) -> None:
    band = "q /Pattern cs /P0 scn 0 760 595 82 re f Q"
    text, hidden = _read(tmp_path, f"{band} 1 1 1 rg {text_line(CLAIM, y=800, size=14)} 0 g {BODY}",
                         "/Pattern << /P0 7 0 R >>", (_GRADIENT,))  # fmt: skip

    assert CLAIM in text
    assert hidden == []


def test_white_text_on_a_white_box_is_still_hidden(tmp_path: Path) -> None:
    box = "1 1 1 rg 0 760 595 82 re f"
    text, hidden = _read(tmp_path, f"{box} 1 1 1 rg {text_line(CLAIM, y=800, size=14)} 0 g {BODY}")

    assert CLAIM not in text
    assert hidden == [("white_text", CLAIM)]


def _pill(x: float, y: float, width: float, height: float, steps: int = 50, fill: str = "f") -> str:
    """A pill (a box with round ends) as one outline of many short lines, as Chrome draws rounded boxes."""
    radius = height / 2
    points = []
    for centre, start in ((x + width - radius, -math.pi / 2), (x + radius, math.pi / 2)):
        for step in range(steps + 1):
            angle = start + math.pi * step / steps
            points.append((centre + radius * math.cos(angle), y + radius + radius * math.sin(angle)))
    path = " ".join(f"{px:.2f} {py:.2f} {'m' if i == 0 else 'l'}" for i, (px, py) in enumerate(points))
    return f"{path} h {fill}"


def test_white_text_on_a_pill_button_is_visible(tmp_path: Path) -> None:
    pill = f"0.05 0.58 0.53 rg {_pill(50, 790, 300, 20)}"
    text, hidden = _read(tmp_path, f"{pill} 1 1 1 rg {text_line(CLAIM, x=60, y=796, size=11)} 0 g {BODY}")

    assert CLAIM in text
    assert hidden == []


def test_white_text_beside_a_ring_of_many_segments_is_still_hidden(tmp_path: Path) -> None:
    # A frame: one path of two outlines (~120 segments), filled even-odd, the text inside its hole.
    ring = f"0 g {_pill(50, 780, 300, 40, 30, '')} {_pill(52, 782, 296, 36, 30, 'f*')}"
    text, hidden = _read(tmp_path, f"{ring} 1 1 1 rg {text_line(CLAIM, x=80, y=796, size=11)} 0 g {BODY}")

    assert CLAIM not in text
    assert [reason for reason, _text in hidden] == ["white_text"]


def test_a_pill_fills_its_box_and_a_star_or_a_stroke_does_not() -> None:
    pill = [(150 + 10 * math.cos(a / 10 * math.pi), 10 * math.sin(a / 10 * math.pi)) for a in range(-5, 6)]
    pill += [(-150 + 10 * math.cos(a / 10 * math.pi), 10 * math.sin(a / 10 * math.pi)) for a in range(5, 16)]
    radii = [1 if i % 2 else 0.4 for i in range(10)]
    star = [(r * math.cos(i * math.pi / 5), r * math.sin(i * math.pi / 5)) for i, r in enumerate(radii)]

    assert fills_its_box(pill)
    assert not fills_its_box(star)
    assert not fills_its_box([(0, 0), (100, 0), (100, 0.5), (0, 100)])
    assert not fills_its_box([(0, 0), (1, 1)])


def test_text_shadow_drawn_first_then_the_text_leaves_the_text_visible_once(tmp_path: Path) -> None:
    # A band, the shadow in nearly the band's colour, then the white text a point away (text-shadow).
    band = "0.03 0.35 0.52 rg 0 760 595 82 re f"
    shadow = f"0.05 0.29 0.43 rg {text_line('Registered Nurse', x=61, y=799, size=14)}"
    shown = f"1 1 1 rg {text_line('Registered Nurse', x=60, y=800, size=14)}"
    text, hidden = _read(tmp_path, f"{band} {shadow} {shown} 0 g {BODY}")

    assert text.count("Registered Nurse") == 1
    assert hidden == []


def test_hidden_text_under_other_visible_text_stays_hidden(tmp_path: Path) -> None:
    band = "0.03 0.35 0.52 rg 0 760 595 82 re f"
    planted = f"0.05 0.29 0.43 rg {text_line('Kubernetes Golang', x=60, y=800, size=14)}"
    shown = f"1 1 1 rg {text_line('Registered Nurses', x=60, y=800, size=14)}"
    text, hidden = _read(tmp_path, f"{band} {planted} {shown} 0 g {BODY}")

    assert "Kubernetes" not in text
    assert ("white_text", "Kubernetes Golang") in hidden


def test_a_copy_covers_the_text_it_is_drawn_over_at_its_size() -> None:
    glyph = (100.0, 100.0, 106.0, 110.0)
    line = (99.0, 99.5, 200.0, 110.5)

    assert same_spot(glyph, 10.0, line, 10.0)
    assert not same_spot(glyph, 10.0, line, 12.0)  # another size
    assert not same_spot(glyph, 10.0, (120.0, 99.5, 200.0, 110.5), 10.0)  # beside it
    assert not same_spot(glyph, 10.0, (99.0, 99.5, 200.0, 130.0), 10.0)  # a taller block


def _thin(clip: tuple[float, float, float, float]) -> str | None:
    glyph = TextObject(z=0, box=(100.0, 100.0, 100.8, 107.0), rgba=(0, 0, 0, 255), render_mode=0,
                       drawn_size=9.5, clip=clip)  # fmt: skip
    return PageLayers(paints=[], texts={1: glyph}).hidden_reason(1)


def test_a_thin_glyph_inside_a_rounded_box_shows_and_one_outside_it_is_clipped() -> None:
    assert _thin((30.0, 90.0, 500.0, 200.0)) is None  # an "i" of a card with overflow:hidden
    assert _thin((100.3, 90.0, 100.5, 200.0)) == "clipped"  # a slit through it
    assert _thin((200.0, 90.0, 500.0, 200.0)) == "clipped"  # outside the window


@pytest.mark.parametrize(
    ("region", "widened"),
    [
        ((10, 10, 11, 20), (9, 10, 12, 20)),  # one pixel wide: the stem and the paper beside it
        ((0, 10, 1, 20), (0, 10, 2, 20)),  # at the page's edge
        ((10, 10, 30, 20), (10, 10, 30, 20)),  # wide enough already
    ],
)
def test_a_thin_box_is_judged_with_the_pixels_around_it(
    region: tuple[int, int, int, int], widened: tuple[int, int, int, int]
) -> None:
    assert MIN_JUDGED_PX == 3
    assert _widened(region, 100, 100) == widened
