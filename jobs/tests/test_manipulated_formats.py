"""Hidden text in an .odt or RTF CV meets the manipulation rule of a Word file's, through the reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from candidates.readers import read_in_this_process
from candidates.tests.odtgen import odt, paragraphs, text_style
from jobs.scoring.manipulation import HiddenText, screen
from jobs.scoring.types import FlagDetail

NAME = "Jane Candidate, Senior Backend Engineer"
EXPERIENCE = "2019 - 2024 Acme: built payment services in Python and Django on PostgreSQL."
HIDDEN_STYLES = {"hidden": {"text__display": "none"}, "white": {"fo__color": "#ffffff"}}
RTF_SWITCHES = {"hidden": rb"\v", "white": rb"\cf1"}


def odt_cv(extra: str, how: str) -> bytes:
    style = text_style("X", **HIDDEN_STYLES[how])
    body = paragraphs(NAME, EXPERIENCE, f'Skills: <text:span text:style-name="X">{extra}</text:span>')
    return odt(body, automatic=style)


def rtf_cv(extra: str, how: str) -> bytes:
    return (
        b"{\\rtf1\\ansi{\\colortbl;\\red255\\green255\\blue255;}"
        + f"{NAME}\\par {EXPERIENCE}\\par Skills: ".encode()
        + b"{" + RTF_SWITCHES[how] + b" " + extra.encode() + b"}\\par}"
    )  # fmt: skip


def details_of(tmp_path: Path, kind: str, extra: str, how: str) -> tuple[FlagDetail, ...]:
    path = tmp_path / f"cv.{kind}"
    path.write_bytes(odt_cv(extra, how) if kind == "odt" else rtf_cv(extra, how))
    reading = read_in_this_process(str(path), kind)
    assert reading.text == f"{NAME}\n{EXPERIENCE}\nSkills:"
    hidden = [HiddenText(span.reason, span.text, span.page) for span in reading.hidden]
    return screen(reading.text, hidden).details


@pytest.mark.parametrize("kind", ["odt", "rtf"])
def test_hidden_text_that_adds_skills_is_flagged_as_marked_hidden(tmp_path: Path, kind: str) -> None:
    assert details_of(tmp_path, kind, "Kubernetes, Terraform, Golang", "hidden") == (
        FlagDetail(
            code="hidden_text",
            reason="Text a reader cannot see (marked hidden) adds what the visible CV does not say.",
            excerpt="Kubernetes, Terraform, Golang",
            page=1,
        ),
    )


@pytest.mark.parametrize("kind", ["odt", "rtf"])
def test_white_text_that_adds_skills_is_flagged_like_a_pdfs(tmp_path: Path, kind: str) -> None:
    (detail,) = details_of(tmp_path, kind, "Kubernetes, Terraform, Golang", "white")

    assert (detail.code, detail.excerpt, detail.page) == ("hidden_text", "Kubernetes, Terraform, Golang", 1)
    assert detail.reason.startswith("Text a reader cannot see (drawn in the background's colour)")


@pytest.mark.parametrize("kind", ["odt", "rtf"])
def test_hidden_text_repeating_the_page_raises_no_flag(tmp_path: Path, kind: str) -> None:
    assert details_of(tmp_path, kind, "Python, Django, PostgreSQL", "hidden") == ()
