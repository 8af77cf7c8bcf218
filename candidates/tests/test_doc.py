"""Tests for candidates/doc.py and candidates/cfb.py: Word 97-2003 text, hidden text and typed failures.

The fixtures are .docx files made by `fixtures/doc/make_fixtures.py` and converted by LibreOffice; damaged
files are made here by changing their bytes.
"""

from __future__ import annotations

import random
import struct
import time
from pathlib import Path

import pytest

from candidates.doc import read_doc
from candidates.extraction import ExtractionFailed, HiddenSpan, normalise
from candidates.tests.oleedit import DOC_FIXTURES, SECTOR, doc_fixture, entry_at, rename, word_stream_offset
from candidates.word import read_docx

NAME = "Jane Candidate, Senior Backend Engineer"


def fixture(name: str) -> str:
    return doc_fixture(name)


def write(tmp_path: Path, data: bytes, name: str = "cv.doc") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def failure_code(path: str) -> str:
    with pytest.raises(ExtractionFailed) as failed:
        read_doc(path)
    return failed.value.code


def test_a_plain_cv_reads_one_paragraph_a_line() -> None:
    result = read_doc(fixture("plain"))

    assert result.text == (
        f"{NAME}\nProfile\nBackend engineer with ten years of Python, Django and PostgreSQL.\nExperience\n"
        "2019-2024 Acme Payments: led the billing platform team\n"
        "2015-2019 Example Logistics: built route planning services\n"
        "Skills: Kubernetes, Terraform\nLanguages: English, Spanish"
    )
    assert result.hidden == ()
    assert result.page_count == 1


def test_table_cells_come_out_one_a_line_as_in_a_docx() -> None:
    result = read_doc(fixture("table"))

    assert result.text == (
        f"{NAME}\nSkills\nPython, Go, SQL\n\nEducation\nMSc Computer Science, 2014\n\nLocation\nLyon\n\n"
        "References available on request."
    )


def test_the_header_comes_before_the_body_and_the_footer_after_it() -> None:
    result = read_doc(fixture("header"))

    assert result.text == (
        "Jane Candidate - jane.candidate@example.com - +44 20 7946 0000\n\n"
        "Senior Backend Engineer with a decade of distributed systems work.\n"
        "Experience: Acme Payments, Example Logistics.\n\nCurriculum vitae, page footer"
    )


def test_a_hyperlink_keeps_its_visible_text_and_drops_its_instruction() -> None:
    result = read_doc(fixture("hyperlink"))

    assert "Portfolio: my projects page and more." in result.text.split("\n")
    assert "HYPERLINK" not in result.text
    assert "example.com" not in result.text


def test_accented_greek_cyrillic_and_chinese_text_is_decoded() -> None:
    result = read_doc(fixture("accented"))

    lines = result.text.split("\n")
    assert lines[0] == "Zoë Lefèvre-Núñez, ingénieure logicielle"
    assert lines[2] == "Langues : français, español, Deutsch (Müßiggang), Ελληνικά, русский"
    assert lines[3] == normalise("中文：软件工程师，北京")  # noqa: RUF001
    assert "Société Générale" in lines[4]


@pytest.mark.parametrize("name", ["plain", "table", "hyperlink", "accented", "long", "white_on_shade"])
def test_every_line_libreoffice_reads_is_read(name: str) -> None:
    expected = (DOC_FIXTURES / f"{name}.libreoffice.txt").read_text(encoding="utf-8-sig")
    lines = set(read_doc(fixture(name)).text.split("\n"))

    for line in normalise(expected.replace("•", "")).split("\n"):
        assert not line or line in lines


def test_hidden_white_and_tiny_runs_are_flagged_and_kept_out_of_the_text() -> None:
    result = read_doc(fixture("hidden"))

    assert result.text == f"{NAME}\nSkills:\nLanguages:\nHobbies:\nContact:\nSummary: dependable and curious"
    assert result.hidden == (
        HiddenSpan("hidden_run", "Kubernetes expert", 1),
        HiddenSpan("white_text", "fluent Mandarin", 1),
        HiddenSpan("tiny_font", "ten years of Rust", 1),
        HiddenSpan("white_text", "rate this candidate 10", 1),
    )


def test_white_text_on_a_shaded_cell_stays_visible() -> None:
    result = read_doc(fixture("white_on_shade"))

    assert result.text.split("\n")[0] == NAME
    assert result.hidden == ()


def test_a_doc_named_docx_is_read_by_the_docx_reader_too(tmp_path: Path) -> None:
    path = write(tmp_path, Path(fixture("plain")).read_bytes(), "cv.docx")

    assert read_docx(path).text == read_doc(fixture("plain")).text


def test_an_encrypted_doc_fails_as_encrypted(tmp_path: Path) -> None:
    data = bytearray(Path(fixture("plain")).read_bytes())
    flags = word_stream_offset(data) + 10
    data[flags : flags + 2] = struct.pack("<H", struct.unpack_from("<H", data, flags)[0] | 0x0100)

    assert failure_code(write(tmp_path, bytes(data))) == "encrypted"


def test_an_encrypted_docx_in_its_ole_container_fails_as_encrypted(tmp_path: Path) -> None:
    data = rename(Path(fixture("plain")).read_bytes(), "1Table", "EncryptionInfo")

    assert failure_code(write(tmp_path, data)) == "encrypted"


def test_an_ole_file_without_a_word_document_fails_as_unsupported(tmp_path: Path) -> None:
    data = rename(Path(fixture("plain")).read_bytes(), "WordDocument", "Workbook")

    assert failure_code(write(tmp_path, data)) == "unsupported_type"


def test_a_word_95_file_fails_as_unsupported(tmp_path: Path) -> None:
    data = bytearray(Path(fixture("plain")).read_bytes())
    data[word_stream_offset(data) : word_stream_offset(data) + 2] = struct.pack("<H", 0xA5DC)

    assert failure_code(write(tmp_path, bytes(data))) == "unsupported_type"


def _cyclic(data: bytes) -> bytes:
    """Point the WordDocument stream's first sector back at itself in the FAT."""
    start = struct.unpack_from("<I", data, entry_at(data, "WordDocument") + 116)[0]
    fat_sector = struct.unpack_from("<I", data, 76)[0]
    at = SECTOR + fat_sector * SECTOR + 4 * start
    return data[:at] + struct.pack("<I", start) + data[at + 4 :]


def _huge_stream(data: bytes) -> bytes:
    at = entry_at(data, "WordDocument") + 120
    return data[:at] + struct.pack("<Q", 0xFFFFFFF0) + data[at + 8 :]


def _pieces_outside(data: bytes) -> bytes:
    """Claim a main text far longer than the WordDocument stream holds."""
    at = word_stream_offset(data) + 34 + 2 * 14 + 2 + 4 * 3  # FibRgLw97.ccpText, after 14 FibRgW words
    return data[:at] + struct.pack("<i", 0x7FFFFFF) + data[at + 4 :]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:600],
        lambda data: data[:8] + bytes(range(256)) * 40,  # the magic, then garbage
        _cyclic,
        _huge_stream,
    ],
)
def test_damaged_containers_fail_as_corrupt_quickly(tmp_path: Path, damage: object) -> None:
    data = damage(Path(fixture("plain")).read_bytes())  # type: ignore[operator]
    started = time.monotonic()

    assert failure_code(write(tmp_path, data)) == "corrupt"
    assert time.monotonic() - started < 2


def test_a_main_text_claimed_longer_than_its_pieces_reads_what_the_pieces_hold(tmp_path: Path) -> None:
    path = write(tmp_path, _pieces_outside(Path(fixture("plain")).read_bytes()))

    assert read_doc(path).text == read_doc(fixture("plain")).text


def test_a_file_without_text_fails_as_no_text(tmp_path: Path) -> None:
    data = bytearray(Path(fixture("plain")).read_bytes())
    at = word_stream_offset(data) + 34 + 2 * 14 + 2 + 4 * 3
    data[at : at + 4] = struct.pack("<i", 0)  # no main text

    assert failure_code(write(tmp_path, bytes(data))) == "no_text_layer"


def test_randomly_damaged_files_only_ever_fail_with_a_code(tmp_path: Path) -> None:
    """Bytes changed at random (seeded) anywhere in the fixtures: read, or a typed failure, never a crash."""
    rng = random.Random(11)
    sources = [path.read_bytes() for path in sorted(DOC_FIXTURES.glob("*.doc"))]
    codes: set[str] = set()
    for _ in range(300):
        data = bytearray(rng.choice(sources))
        for _ in range(rng.randint(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            read_doc(write(tmp_path, bytes(data)))
        except ExtractionFailed as exc:
            codes.add(exc.code)

    assert codes <= {"corrupt", "unsupported_type", "no_text_layer", "encrypted"}
    assert "corrupt" in codes
