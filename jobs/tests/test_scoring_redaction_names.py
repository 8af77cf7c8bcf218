"""The candidate's name read from labels and e-mail addresses on the lines that can hold them."""

import pytest

from jobs.scoring import redaction_handles, redaction_lines, redaction_names
from jobs.scoring.redaction import redact_text
from jobs.scoring.redaction_gate import lines_holding
from jobs.scoring.redaction_names import find_candidate_name
from jobs.tests.blind_cvs import BLIND_CVS, plain

LABELLED = (
    "Curriculum Vitae\nName: Jane Doe\r\nE-mail: jane.doe@example.com | jdoe@example.org\n"
    "Nombre\uff1a Ana P\u00e9rez\x0cNachname: Brandt, Berlin\nSkills: Python\nno label here\n"
    "Nationality: Polish / Canadian\nNATIONALIT\u00c9\uff1a fran\u00e7aise"
)


def test_labels_and_e_mail_parts_are_read_on_their_lines() -> None:
    assert redaction_handles.spelled_parts(LABELLED) == {"jane", "doe", "jdoe"}
    name = find_candidate_name(LABELLED, lambda word: False)
    assert {"jane", "doe", "ana", "perez", "brandt"} <= name.parts


@pytest.mark.parametrize("text", [LABELLED, *(plain(cv) for cv in BLIND_CVS)])
def test_line_by_line_reading_finds_what_the_whole_text_holds(text: str) -> None:
    colon = ":\uff1a"
    for pattern, marks in (
        (redaction_names._LABEL, colon),
        (redaction_handles.EMAIL, "@"),
    ):
        lines = lines_holding(text, marks)
        assert [m.group(0) for line in lines for m in pattern.finditer(line)] == [
            m.group(0) for m in pattern.finditer(text)
        ]


def test_declared_nationalities_are_read_on_their_labelled_lines() -> None:
    assert redaction_lines.declared_nationalities(LABELLED) == {"polish", "canadian", "francaise"}


def test_a_nationality_declared_without_a_colon_is_read_when_one_word_follows_alone() -> None:
    text = "Jane Doe\nNationalit\u00e9 fran\u00e7aise \u00b7 Permis B\nNationality British\nNationality rules"
    assert redaction_lines.declared_nationalities(text) == {"francaise", "british"}


@pytest.mark.parametrize("text", ["", "\n \n\t\n"])
def test_a_text_without_a_line_of_words_has_no_header_name_and_no_crash(text: str) -> None:
    # A text of blank lines has no header line to look at: the short-text rule indexed its first line.
    assert redact_text(text, keep=frozenset()).text.strip() == ""
