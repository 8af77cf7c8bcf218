"""What a page paints decides what text can be seen (candidates/pdf_layers.py), whatever the index does."""

from __future__ import annotations

import pytest

from candidates.pdf_layers import PageLayers, Paint, TextObject

PAGE = (0.0, 0.0, 595.0, 842.0)
LINE = (100.0, 100.0, 300.0, 112.0)
LOWER_LINE = (100.0, 80.0, 300.0, 92.0)


def text(
    *, z: int, rgba: tuple[int, int, int, int] = (0, 0, 0, 255), mode: int = 0, box: tuple[float, ...] = LINE
) -> TextObject:
    left, bottom, right, top = box
    return TextObject(z=z, box=(left, bottom, right, top), rgba=rgba, render_mode=mode, drawn_size=11.0)


@pytest.mark.parametrize("boxes", [1, 2000], ids=["indexed", "too-many-to-index"])
def test_the_last_opaque_paint_below_decides_and_a_later_box_covers(boxes: int) -> None:
    navy = [Paint(z, PAGE, (20, 20, 90), opaque=True) for z in range(boxes)]
    layers = PageLayers(
        paints=[*navy, Paint(boxes + 3, LOWER_LINE, (255, 255, 255), opaque=True)],
        texts={
            1: text(z=boxes, rgba=(255, 255, 255, 255)),  # white on navy: a design, visible
            2: text(z=boxes + 1, rgba=(22, 22, 88, 255)),  # navy on navy
            3: text(z=boxes + 2, box=LOWER_LINE),  # black, then covered by the white box drawn after it
        },
    )

    assert [layers.hidden_reason(address) for address in (1, 2, 3, 4)] == [
        None,
        "white_text",
        "covered",
        None,
    ]


def test_invisible_text_over_an_image_is_a_scans_ocr_layer() -> None:
    scan = PageLayers(paints=[Paint(0, PAGE, None, opaque=True)], texts={1: text(z=1, mode=3)})
    bare = PageLayers(paints=[], texts={1: text(z=0, mode=3)})

    assert (scan.hidden_reason(1), bare.hidden_reason(1)) == (None, "invisible_render_mode")


def test_text_faded_to_near_transparency_is_hidden_and_half_faded_text_is_not() -> None:
    layers = PageLayers(
        paints=[],
        texts={1: text(z=0, rgba=(0, 0, 0, 20)), 2: text(z=1, rgba=(0, 0, 0, 128), box=LOWER_LINE)},
    )

    assert [layers.hidden_reason(1), layers.hidden_reason(2)] == ["white_text", None]


def test_translucent_text_is_judged_by_the_colour_it_shows_on_its_background() -> None:
    navy = (20, 20, 90)
    layers = PageLayers(
        paints=[Paint(0, PAGE, navy, opaque=True)],
        texts={
            1: text(z=1, rgba=(40, 40, 110, 128)),
            2: text(z=2, rgba=(255, 255, 255, 128), box=LOWER_LINE),
        },
    )

    assert [layers.hidden_reason(1), layers.hidden_reason(2)] == ["white_text", None]


@pytest.mark.parametrize(
    ("clip", "reason"),
    [
        ((90.0, 105.0, 400.0, 105.2), "clipped"),  # a slit across the line
        ((199.5, 0.0, 200.0, 842.0), "clipped"),  # a slit down through it
        ((90.0, 0.0, 200.0, 842.0), None),  # a column's edge through the line: half of it shows
        ((90.0, 104.0, 400.0, 842.0), None),  # descenders cut off
    ],
)
def test_text_seen_only_through_a_slit_is_clipped(clip: tuple[float, ...], reason: str | None) -> None:
    left, bottom, right, top = clip
    clipped = text(z=0)._replace(clip=(left, bottom, right, top))

    assert PageLayers(paints=[], texts={1: clipped}).hidden_reason(1) == reason
