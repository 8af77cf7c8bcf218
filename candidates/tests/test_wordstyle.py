"""Character formatting that hides a Word run: squeezed to nothing, or moved off the page (wordstyle.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx.oxml import parse_xml

from candidates.pdf import HiddenSpan
from candidates.tests.docxgen import NAMESPACES, plain_docx, save
from candidates.word import read_docx

NAME = "Jane Candidate, Senior Backend Engineer"


def write(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "cv.docx"
    path.write_bytes(data)
    return str(path)


def run_with(document: Any, visible: str, formatted: str, rpr: str) -> None:
    """Add a paragraph of visible text followed by a run with these raw run properties."""
    paragraph = document.add_paragraph(visible + " ")
    paragraph._p.append(parse_xml(f"<w:r {NAMESPACES}><w:rPr>{rpr}</w:rPr><w:t>{formatted}</w:t></w:r>"))


@pytest.mark.parametrize(
    ("rpr", "reason"),
    [
        ('<w:w w:val="1"/>', "tiny_font"),  # 1% wide
        ('<w:spacing w:val="-120"/>', "tiny_font"),  # condensed 6 pt a character at 11 pt
        ('<w:fitText w:val="20" w:id="1"/>', "tiny_font"),  # fitted into 1 pt
        ('<w:position w:val="-3000"/>', "off_page"),  # lowered 1,500 pt
        ('<w:w w:val="90"/><w:spacing w:val="-10"/><w:position w:val="6"/>', None),  # a condensed superscript
        ('<w:fitText w:val="2400" w:id="2"/>', None),  # fitted into a 120 pt cell
    ],
)
def test_runs_squeezed_to_nothing_or_moved_off_the_page_are_hidden(
    tmp_path: Path, rpr: str, reason: str | None
) -> None:
    document = plain_docx(NAME)
    run_with(document, "Skills:", "Kubernetes, Terraform", rpr)

    result = read_docx(write(tmp_path, save(document)))

    if reason is None:
        assert (result.text, result.hidden) == (f"{NAME}\nSkills: Kubernetes, Terraform", ())
    else:
        assert (result.text, result.hidden) == (
            f"{NAME}\nSkills:",
            (HiddenSpan(reason, "Kubernetes, Terraform", 1),),
        )
