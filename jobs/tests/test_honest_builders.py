"""Honest CVs from today's CV builders raise no manipulation flag, and keep the words they show.

The PDFs in candidates/tests/fixtures/honest_builders were made by the real generators (Chromium, as the
HTML-to-PDF builders print; LibreOffice, for Writer, Word and Google Docs HTML) from invented people, with the
design tricks builders use honestly: white text on gradient and photo bands, pill buttons, text-shadow,
icon fonts, skill bars, faded and light grey text, rotated headings, clipping boxes, hidden paragraphs. Each
is read through the product path (read_cv, then prepare_cv) and must raise no manipulation flag; every word
its source shows must be in the text, but the few a known limit loses (listed with why).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from candidates.readers import read_cv
from jobs.scoring.manipulation import HiddenText
from jobs.scoring.pipeline import prepare_cv
from jobs.tests.rubrics import make_rubric

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parents[2] / "candidates" / "tests" / "fixtures" / "honest_builders"
EXPECTED: dict[str, list[str]] = json.loads((FIXTURES / "expected.json").read_text())
MANIPULATION_FLAGS = {"hidden_text", "prompt_injection", "keyword_stuffing"}
_WORD = re.compile(r"[^\W_]+")

# Words a known limit of the reader loses (none of them raises a flag):
_HEADINGS = ["education", "experience", "languages", "profile", "skills"]
KNOWN_LOST: dict[str, list[str]] = {
    # Rotated 90 degrees (a CSS transform): each glyph stands on a line of its own, "P\nR\nO\nF...".
    "html_rotated_headings.pdf": ["languages", "profile", "skills", "study", "work"],
    # Small caps spaced 0.05 cm in one text object: PDFium puts a space glyph in most gaps, "EDUC AT I O N".
    "lo_small_caps_hidden.pdf": ["education"],
    # LibreOffice's HTML import leaves the class="title" line out of the PDF (a blank first page instead).
    "lo_google_docs.pdf": ["wen"],
    # background-clip:text draws the glyphs as a soft mask of a gradient and the text itself transparent:
    # the transparent text cannot be told from transparent text laid over a page, and stays hidden.
    "html_gradient_text.pdf": _HEADINGS,
    # filter: drop-shadow() makes Chromium draw the headings as pictures: no text is left to read.
    "html_blend_and_filters.pdf": _HEADINGS,
    # The design lays the fixed footer over the "Skills" heading at the foot of a page: the two lines are
    # drawn glyph by glyph, one over the other, and their letters interleave ("SAiskhialOls...").
    "html_page_break_split.pdf": ["skills"],
}


def _read(name: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    reading = read_cv(str(FIXTURES / name))
    hidden = [HiddenText(span.reason, span.text, span.page) for span in reading.hidden]
    prepared = prepare_cv(text=reading.text, hidden=hidden, rubric=make_rubric())
    details = tuple(f"{d.code}: {d.excerpt}" for d in prepared.flag_details if d.code in MANIPULATION_FLAGS)
    return reading.text, tuple(prepared.flags), details


def test_there_are_at_least_25_honest_builder_cvs_each_small() -> None:
    assert len(EXPECTED) >= 25
    for name in EXPECTED:
        assert (FIXTURES / name).stat().st_size < 150_000, name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_an_honest_builder_cv_raises_no_manipulation_flag_and_keeps_its_words(name: str) -> None:
    text, flags, details = _read(name)
    found = {word.lower() for word in _WORD.findall(text)}
    missing = sorted(set(EXPECTED[name]) - found - set(KNOWN_LOST.get(name, ())))

    assert not MANIPULATION_FLAGS & set(flags), details
    assert missing == []


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("html_gradient_header.pdf", ["Aisha", "Okonkwo-Reyes", "Oakland"]),  # white on a CSS gradient
        ("html_sidebar_gradient_right.pdf", ["claire.dubois@ecole.example", "Intermediate", "Native"]),
        ("html_link_buttons.pdf", ["Portfolio", "LinkedIn", "liwen.zhou@letters.example"]),  # pill buttons
        ("html_table_layout.pdf", ["Tomasz Wielgus", "Registered Nurse"]),  # white text with a text-shadow
        ("html_image_header.pdf", ["Daniel Ferreira", "Electrician"]),  # on a photo, with a blurred shadow
        ("html_overflow_hidden.pdf", ["Celery", "Kubernetes", "Polish"]),  # thin glyphs in a rounded box
        ("html_letter_spaced_caps.pdf", ["LI WEN ZHOU", "DATA ANALYST"]),  # CSS letter-spacing
        ("html_photo_background.pdf", ["Accessibility", "Malmö"]),  # dark text on a pale photo
    ],
)
def test_each_fixed_cause_keeps_the_words_it_lost(name: str, words: list[str]) -> None:
    text, _flags, _details = _read(name)
    flat = " ".join(text.split())

    assert [word for word in words if word not in flat] == []
