"""Hiding tricks found by probing real corpus CVs: faint small text, text under a photo, lines piled up.

Each manipulated copy overlays one page on a template CV from corpus/cvs, as test_manipulated_cvs does. Each
trick has its honest twin, which must stay visible text and raise no flag: small text in a readable grey, a
line drawn again over itself for bold, text beside a photo, a scan's own text layer under the scan.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from candidates.pdf import Extraction, extract_in_this_process
from candidates.tests.pdfgen import Line, grey_image, overlay_page, overlay_pdf, raw_pdf, text_line
from jobs.tests.test_manipulated_cvs import ADDED_SKILLS, LOW, X, flag_details_of, template_cvs

pytestmark = pytest.mark.slow

PILED = ["Kubernetes, Terraform", "Golang, Rust, Scala", "Hadoop, Spark, Kafka", "Snowflake, BigQuery"]
_PLANTED = text_line(ADDED_SKILLS, x=X, y=LOW, size=8)
_PHOTO = bytes([0, 80, 160, 240, 30, 200])  # a strip of greys, as a photo's pixels vary
_COURIER = ("/F2 6 0 R", ("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",))


def _mono(texts: list[str]) -> bytes:
    """Texts in Courier, each glyph as wide as any other, drawn from one spot."""
    lines = " ".join(text_line(text, x=X, y=LOW, size=8).replace("/F1", "/F2") for text in texts)
    return raw_pdf(lines, objects=_COURIER[1], fonts=_COURIER[0])


def _spaced(state: str, texts: list[str]) -> bytes:
    return raw_pdf(" ".join(text_line(text, x=X, y=LOW, size=8, state=state) for text in texts))


def tricks() -> dict[str, list[Line] | bytes]:
    return {
        # 3.5 pt in light grey (#D9D9D9) on white: a smudge at any ordinary zoom (a 1.4:1 contrast)
        "small_light_grey": [Line(ADDED_SKILLS, size=3.5, rgb=(0.85, 0.85, 0.85), x=X, y=LOW)],
        "small_pale_grey_3pt": [Line(ADDED_SKILLS, size=3.1, rgb=(0.8, 0.8, 0.8), x=X, y=LOW)],
        "under_a_photo": raw_pdf(f"{_PLANTED} {grey_image(X - 4, LOW - 4, 260, 14, _PHOTO)}"),
        "piled_on_one_spot": [Line(text, size=8, x=X, y=LOW) for text in PILED],
        # each glyph drawn back over the one before by a negative character spacing: one smudge
        "piled_by_negative_character_spacing": _spaced("-4.6 Tc", [ADDED_SKILLS]),
        # three texts of one width (a monospaced font) on one spot: their extents cannot tell them apart
        "three_monospaced_texts_on_one_spot": _mono(["Kubernetes", "Terraform,", "Hadoop, Go"]),
    }


def honest() -> dict[str, list[Line] | bytes]:
    return {
        "small_mid_grey": [Line(ADDED_SKILLS, size=3.5, rgb=(0.6, 0.6, 0.6), x=X, y=LOW)],
        "footer_grey_5pt": [Line(ADDED_SKILLS, size=5, rgb=(0.75, 0.75, 0.75), x=X, y=LOW)],
        "white_heading_on_a_dark_band": [
            Line(ADDED_SKILLS, size=9, rgb=(1, 1, 1), background=(0.1, 0.15, 0.3), x=X, y=LOW)
        ],
        "bold_by_drawing_three_times": [Line(ADDED_SKILLS, size=8, x=X + dx, y=LOW) for dx in (0, 0.2, 0.4)],
        "beside_a_photo": raw_pdf(f"{_PLANTED} {grey_image(X - 60, LOW - 4, 50, 14, _PHOTO)}"),
        "photo_under_the_text": raw_pdf(f"{grey_image(X - 4, LOW - 4, 260, 14, _PHOTO)} {_PLANTED}"),
        "tightly_tracked": _spaced("-0.6 Tc", [ADDED_SKILLS]),
        "monospaced_bold_by_drawing_three_times": _mono([ADDED_SKILLS] * 3),
    }


def extracted(tmp_path: Path, original: Path, name: str, layer: list[Line] | bytes) -> Extraction:
    data = original.read_bytes()
    copy = overlay_page(data, layer) if isinstance(layer, bytes) else overlay_pdf(data, list(layer))
    path = tmp_path / f"{original.stem}-{name}.pdf"
    path.write_bytes(copy)
    return extract_in_this_process(str(path), 30)


@pytest.mark.parametrize("name", sorted(tricks()))
def test_each_probed_trick_on_every_template_cv_is_left_out_and_flagged(tmp_path: Path, name: str) -> None:
    missed: dict[str, object] = {}
    for original in template_cvs():
        before = extract_in_this_process(str(original), 30).text
        extraction = extracted(tmp_path, original, name, tricks()[name])
        details = flag_details_of(extraction)
        found = [d for d in details if d.code == "hidden_text" and "Terraform" in d.excerpt and d.page == 1]
        leaked = [word for word in ("Terraform", "Hadoop") if word in extraction.text and word not in before]
        if not found or leaked:
            missed[original.name] = (details, [span.reason for span in extraction.hidden])

    assert missed == {}


@pytest.mark.parametrize("name", sorted(honest()))
def test_each_honest_twin_on_every_template_cv_stays_visible_without_a_flag(
    tmp_path: Path, name: str
) -> None:
    wrong: dict[str, object] = {}
    for original in template_cvs():
        extraction = extracted(tmp_path, original, name, honest()[name])
        details = [d for d in flag_details_of(extraction) if "Terraform" in d.excerpt]
        if details or ADDED_SKILLS not in " ".join(extraction.text.split()):
            wrong[original.name] = (details, [span.reason for span in extraction.hidden])

    assert wrong == {}


_LONG_LINE = "Airflow, Looker, Tableau, and then a readable end of the line"


def test_a_long_line_under_a_pile_is_hidden_where_the_pile_lies_and_read_where_it_does_not(
    tmp_path: Path,
) -> None:
    layer = raw_pdf(" ".join(text_line(text, x=X, y=LOW, size=8) for text in [*PILED, _LONG_LINE]))
    wrong: dict[str, object] = {}
    for original in template_cvs():
        extraction = extracted(tmp_path, original, "long_line_under_a_pile", layer)
        hidden = " ".join(span.text for span in extraction.hidden if span.reason == "overprinted")
        details = [
            d for d in flag_details_of(extraction) if d.code == "hidden_text" and "Airflow" in d.excerpt
        ]
        if not details or "Looker" not in hidden or "readable end of the line" not in extraction.text:
            wrong[original.name] = (details, [span.reason for span in extraction.hidden])

    assert wrong == {}
