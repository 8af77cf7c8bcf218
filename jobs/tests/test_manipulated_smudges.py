"""Text drawn over other text into an unreadable smudge: two texts on one spot, words or letters slid over
one another by negative spacing.

Each manipulated copy overlays one page on a template CV from corpus/cvs, as test_manipulated_cvs does; the
smudged words must be left out of the score and flagged with their reason and excerpt. Each trick has an
honest twin (tight tracking that still reads, a dark line over a faint one, kerned pairs) that must stay
visible text and raise no flag.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from candidates.pdf import extract_in_this_process
from candidates.tests.pdfgen import raw_pdf, text_line
from jobs.tests.test_manipulated_cvs import ADDED_SKILLS, LOW, X, flag_details_of, template_cvs
from jobs.tests.test_manipulated_probe_dec3 import extracted

pytestmark = pytest.mark.slow

_COURIER = ("/F2 6 0 R", ("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",))
SECOND = "Golang, Hadoop, Snowflake, BigQuery"
_PLANTED = text_line(ADDED_SKILLS, x=X, y=LOW, size=8)


def _lines(texts: list[str], state: str = "", size: float = 8) -> bytes:
    return raw_pdf(" ".join(text_line(text, x=X, y=LOW, size=size, state=state) for text in texts))


def _glyph_per_object(texts: list[str]) -> bytes:
    """Each text drawn a glyph to a text object, 5 pt apart, all from one spot (one text after another)."""
    glyphs = [
        f"BT /F1 8 Tf {X + 5 * i:g} {LOW:g} Td ({c}) Tj ET" for text in texts for i, c in enumerate(text)
    ]
    return raw_pdf(" ".join(glyphs))


def tricks() -> dict[str, bytes]:
    kerned = " ".join(f"({word}) 4000" for word in ADDED_SKILLS.split())
    return {
        "two_texts_on_one_spot": _lines([ADDED_SKILLS, SECOND]),
        "two_monospaced_texts_on_one_spot": raw_pdf(
            " ".join(text_line(t, x=X, y=LOW, size=8).replace("/F1", "/F2") for t in (ADDED_SKILLS, SECOND)),
            objects=_COURIER[1],
            fonts=_COURIER[0],
        ),
        "words_slid_over_one_another_by_-60_Tw": _lines([ADDED_SKILLS], "-60 Tw", size=12),
        "words_slid_over_one_another_by_-30_Tw": _lines([ADDED_SKILLS], "-30 Tw"),
        "letters_slid_over_one_another_by_-3_Tc": _lines([ADDED_SKILLS], "-3 Tc"),
        "letters_squeezed_onto_the_one_before_by_-2.5_Tc": _lines([ADDED_SKILLS], "-2.5 Tc"),
        "words_slid_back_by_TJ_kerning": raw_pdf(f"BT /F1 8 Tf {X:g} {LOW:g} Td [{kerned}] TJ ET"),
        "three_texts_drawn_a_glyph_per_object": _glyph_per_object(["Kubernetes", "Terraform", "Hadoop"]),
    }


def honest(first_line: str) -> dict[str, bytes]:
    return {
        "tracked_tight_but_readable": _lines([ADDED_SKILLS], "-1.5 Tc"),
        "kerned_pairs": raw_pdf(
            f"BT /F1 8 Tf {X:g} {LOW:g} Td [(Kubernetes, T) 80 (erraform, Golang, Rust, Scala, Hadoop)] TJ ET"
        ),
        # A footer in light grey under a line of black text: the black line reads through it.
        "black_line_over_a_light_grey_one": raw_pdf(
            f"q 0.75 g {text_line(first_line, x=X, y=LOW, size=8)} Q {_PLANTED}"
        ),
    }


@pytest.mark.parametrize("name", sorted(tricks()))
def test_each_smudge_on_every_template_cv_is_left_out_and_flagged(tmp_path: Path, name: str) -> None:
    missed: dict[str, object] = {}
    for original in template_cvs():
        before = extract_in_this_process(str(original), 30).text
        extraction = extracted(tmp_path, original, name, tricks()[name])
        spans = [span for span in extraction.hidden if span.reason == "overprinted"]
        details = [d for d in flag_details_of(extraction) if d.code == "hidden_text" and d.page == 1]
        leaked = [
            word for word in ("Terraform", "Kubernetes") if word in extraction.text and word not in before
        ]
        if not spans or not details or leaked:
            missed[original.name] = (details, [span.reason for span in extraction.hidden], leaked)

    assert missed == {}


def _first_line(text: str) -> str:
    return next(line for line in text.splitlines() if len(line) > 8 and max(map(ord, line)) < 256)[:60]


@pytest.mark.parametrize("name", sorted(honest("")))
def test_each_honest_twin_on_every_template_cv_stays_visible_without_a_flag(
    tmp_path: Path, name: str
) -> None:
    wrong: dict[str, object] = {}
    for original in template_cvs():
        text = extract_in_this_process(str(original), 30).text
        extraction = extracted(tmp_path, original, name, honest(_first_line(text))[name])
        details = flag_details_of(extraction)
        if details or ADDED_SKILLS not in " ".join(extraction.text.split()):
            wrong[original.name] = (details, [span.reason for span in extraction.hidden])

    assert wrong == {}
