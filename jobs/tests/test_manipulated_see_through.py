"""Text the renderer leaves out though its own colour would show: masked, blended, faded, squeezed.

Each manipulated copy overlays one page on a template CV from corpus/cvs, as test_manipulated_cvs does, and
must be left out of the score and flagged with its reason and excerpt. Each mechanism has an honest twin (the
same drawing that leaves the text readable, or hiding only what the page already says) that must stay as it is
and raise no flag.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from candidates.pdf import extract_in_this_process
from candidates.tests.pdfgen import form_pdf, overlay_page, raw_pdf, switch_off_layers, text_line
from jobs.tests.test_manipulated_cvs import ADDED_SKILLS, LOW, X, flag_details_of, template_cvs

pytestmark = pytest.mark.slow

_PLANTED = text_line(ADDED_SKILLS, x=X, y=LOW, size=8)
_GROUP = "/Group << /S /Transparency >>"
_MASK = "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Group << /S /Transparency /CS /DeviceGray >> "


def _mask(grey: float) -> str:
    """A luminosity soft mask of one grey over the page: 0 lets nothing through, 1 everything."""
    body = f"{grey:g} g 0 0 595 842 re f"
    return f"{_MASK}/Length {len(body)} >>\nstream\n{body}\nendstream"


def _alpha(state: str) -> str:
    return f"/ExtGState << /GS0 << {state} >> >>"


_SOFT_MASK = "/SMask << /S /Luminosity /G 7 0 R >>"

# name: (the overlay page, the reason the text is hidden for)
TRICKS: dict[str, tuple[bytes, str]] = {
    "a_group_faded_to_nothing": (
        form_pdf("/GS0 gs /Fm0 Do", _PLANTED, _GROUP, _alpha("/ca 0")),
        "white_text",
    ),
    "a_group_under_a_black_soft_mask": (
        form_pdf("/GS0 gs /Fm0 Do", _PLANTED, _GROUP, _alpha(_SOFT_MASK), (_mask(0),)),
        "white_text",
    ),
    "text_under_a_black_soft_mask": (
        form_pdf(f"/GS0 gs {_PLANTED}", "", "", _alpha(_SOFT_MASK), (_mask(0),)),
        "white_text",
    ),
    "a_form_in_a_layer_switched_off": (
        form_pdf("/Fm0 Do", _PLANTED, "/OC 7 0 R", "", ("<< /Type /OCG /Name (Extra) >>",)),
        "hidden_layer",
    ),
    "squeezed_by_0_Tz": (raw_pdf(text_line(ADDED_SKILLS, x=X, y=LOW, size=8, state="0 Tz")), "tiny_font"),
    "sized_0_by_Tf": (raw_pdf(text_line(ADDED_SKILLS, x=X, y=LOW, size=0)), "tiny_font"),
    "a_text_matrix_of_no_width": (
        raw_pdf(f"BT /F1 8 Tf 0 0 0 1 {X} {LOW} Tm ({ADDED_SKILLS}) Tj ET"),
        "tiny_font",
    ),
}

HONEST: dict[str, bytes] = {
    "a_group_faded_to_grey": form_pdf("/GS0 gs /Fm0 Do", _PLANTED, _GROUP, _alpha("/ca 0.6")),
    "a_group_under_a_white_soft_mask": form_pdf(
        "/GS0 gs /Fm0 Do", _PLANTED, _GROUP, _alpha(_SOFT_MASK), (_mask(1),)
    ),
    "black_text_multiplied": raw_pdf(f"/GS0 gs {_PLANTED}", _alpha("/BM /Multiply")),
    "a_form_in_a_layer_switched_on": form_pdf(
        "/Fm0 Do", _PLANTED, "/OC 7 0 R", "", ("<< /Type /OCG /Name (Extra) >>",)
    ),
}


def _copy(tmp_path: Path, original: Path, name: str, layer: bytes) -> Path:
    data = overlay_page(original.read_bytes(), layer)
    path = tmp_path / f"{original.stem}-{name}.pdf"
    path.write_bytes(switch_off_layers(data) if name.endswith("switched_off") else data)
    return path


@pytest.mark.parametrize("name", sorted(TRICKS))
def test_each_trick_on_every_template_cv_is_left_out_and_flagged_with_its_reason(
    tmp_path: Path, name: str
) -> None:
    layer, reason = TRICKS[name]
    missed: dict[str, object] = {}
    for original in template_cvs():
        extraction = extract_in_this_process(str(_copy(tmp_path, original, name, layer)), 30)
        details = flag_details_of(extraction)
        found = [d for d in details if d.code == "hidden_text" and "Terraform" in d.excerpt and d.page == 1]
        spans = [span for span in extraction.hidden if "Terraform" in span.text]
        leaked = ADDED_SKILLS in " ".join(extraction.text.split())
        if not found or [span.reason for span in spans] != [reason] or leaked:
            missed[original.name] = (details, [span.reason for span in extraction.hidden])

    assert missed == {}


@pytest.mark.parametrize("name", sorted(HONEST))
def test_each_honest_twin_on_every_template_cv_stays_visible_without_a_flag(
    tmp_path: Path, name: str
) -> None:
    wrong: dict[str, object] = {}
    for original in template_cvs():
        extraction = extract_in_this_process(str(_copy(tmp_path, original, name, HONEST[name])), 30)
        details = flag_details_of(extraction)
        if details or ADDED_SKILLS not in " ".join(extraction.text.split()):
            wrong[original.name] = (details, [span.reason for span in extraction.hidden])

    assert wrong == {}


def test_a_line_squeezed_to_no_width_that_repeats_the_page_is_left_out_without_a_flag(tmp_path: Path) -> None:
    flagged: dict[str, object] = {}
    for original in template_cvs():
        text = extract_in_this_process(str(original), 30).text
        line = next(line for line in text.splitlines() if len(line) > 8 and max(map(ord, line)) < 256)[:60]
        layer = raw_pdf(text_line(line, x=X, y=LOW, size=8, state="0 Tz"))
        extraction = extract_in_this_process(str(_copy(tmp_path, original, "squeezed_repeat", layer)), 30)
        spans = [span.reason for span in extraction.hidden]
        if flag_details_of(extraction) or "tiny_font" not in spans:
            flagged[original.name] = (flag_details_of(extraction), spans)

    assert flagged == {}
