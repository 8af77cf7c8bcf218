"""A Word CV's hidden runs meet the manipulation rule of a PDF's hidden text, through the reader."""

from __future__ import annotations

from pathlib import Path

from candidates.readers import read_in_this_process
from candidates.tests.docxgen import add_run, plain_docx, save
from jobs.scoring.manipulation import HiddenText, screen
from jobs.scoring.types import FlagDetail

NAME = "Jane Candidate, Senior Backend Engineer"
EXPERIENCE = "2019 - 2024 Acme: built payment services in Python and Django on PostgreSQL."


def details_of(tmp_path: Path, **font: object) -> tuple[FlagDetail, ...]:
    document = plain_docx(NAME, EXPERIENCE)
    add_run(document, "Skills:", "Kubernetes, Terraform, Golang", **font)
    path = tmp_path / "cv.docx"
    path.write_bytes(save(document))
    reading = read_in_this_process(str(path), "docx")
    hidden = [HiddenText(span.reason, span.text, span.page) for span in reading.hidden]
    return screen(reading.text, hidden).details


def test_a_hidden_word_run_that_adds_skills_is_flagged_as_marked_hidden(tmp_path: Path) -> None:
    assert details_of(tmp_path, hidden=True) == (
        FlagDetail(
            code="hidden_text",
            reason="Text a reader cannot see (marked hidden) adds what the visible CV does not say.",
            excerpt="Kubernetes, Terraform, Golang",
            page=1,
        ),
    )


def test_white_word_text_that_adds_skills_is_flagged_like_a_pdfs(tmp_path: Path) -> None:
    (detail,) = details_of(tmp_path, color="FFFFFF")
    assert (detail.code, detail.excerpt, detail.page) == ("hidden_text", "Kubernetes, Terraform, Golang", 1)
    assert detail.reason.startswith("Text a reader cannot see (drawn in the background's colour)")


def test_a_hidden_word_run_repeating_the_page_raises_no_flag(tmp_path: Path) -> None:
    document = plain_docx(NAME, EXPERIENCE)
    add_run(document, "Stack:", "Python, Django, PostgreSQL", hidden=True)
    path = tmp_path / "cv.docx"
    path.write_bytes(save(document))
    reading = read_in_this_process(str(path), "docx")

    assert [span.reason for span in reading.hidden] == ["hidden_run"]
    hidden = [HiddenText(span.reason, span.text, span.page) for span in reading.hidden]
    assert screen(reading.text, hidden).details == ()
