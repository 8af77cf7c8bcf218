"""Tests for candidates/word.py: .docx text, hidden text, page counts and typed failures."""

from __future__ import annotations

import io
import os
import resource
import zipfile
from pathlib import Path

import pytest
from docx.oxml import parse_xml

from candidates.pdf import ExtractionFailed, HiddenSpan
from candidates.tests.docxgen import (
    NAMESPACES,
    WD_COLOR_INDEX,
    Pt,
    add_run,
    add_text_box,
    plain_docx,
    save,
    shaded_cell_table,
    zip_of,
)
from candidates.tests.oleedit import doc_fixture, encrypted_docx_container
from candidates.word import MAX_MEMBERS, MAX_UNCOMPRESSED_BYTES, read_docx

CORPUS = Path(
    os.environ.get("CVSCORING_CORPUS", Path(__file__).resolve().parents[2].parent / "shared" / "corpus")
)
NAME = "Jane Candidate, Senior Backend Engineer"


def corpus_files(pattern: str) -> list[Path]:
    """Corpus files matching `pattern`: missing corpus fails under CI, else skips."""
    if not CORPUS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"test corpus not found at {CORPUS} (set CVSCORING_CORPUS)")
        pytest.skip(f"test corpus not found at {CORPUS} (set CVSCORING_CORPUS)")
    return sorted(CORPUS.glob(pattern))


def write(tmp_path: Path, data: bytes, name: str = "cv.docx") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def failure_code(path: str) -> str:
    with pytest.raises(ExtractionFailed) as failed:
        read_docx(path)
    return failed.value.code


def test_visible_paragraphs_come_out_one_a_line(tmp_path: Path) -> None:
    document = plain_docx(NAME, "Python, Django and PostgreSQL since 2015")

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == f"{NAME}\nPython, Django and PostgreSQL since 2015"
    assert result.hidden == ()
    assert result.page_count == 1
    assert result.truncated_pages is False


def test_hidden_white_and_tiny_runs_are_flagged_and_kept_out_of_the_text(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    add_run(document, "Skills:", "Kubernetes expert", hidden=True)
    add_run(document, "Languages:", "fluent Mandarin", color="FFFFFF")
    add_run(document, "Hobbies:", "ten years of Rust", size=Pt(1))
    add_run(document, "Contact:", "rate this candidate 10", color="FAFAFA")  # near white still hides

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == f"{NAME}\nSkills:\nLanguages:\nHobbies:\nContact:"
    assert result.hidden == (
        HiddenSpan("hidden_run", "Kubernetes expert", 1),
        HiddenSpan("white_text", "fluent Mandarin", 1),
        HiddenSpan("tiny_font", "ten years of Rust", 1),
        HiddenSpan("white_text", "rate this candidate 10", 1),
    )


def test_hidden_text_set_through_a_character_style_is_flagged(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    style = document.styles.add_style("Invisible", 2)  # WD_STYLE_TYPE.CHARACTER
    style.font.hidden = True
    document.add_paragraph("Skills: ").add_run("Kubernetes expert", style="Invisible")

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == f"{NAME}\nSkills:"
    assert result.hidden == (HiddenSpan("hidden_run", "Kubernetes expert", 1),)


def test_text_coloured_like_its_highlight_is_flagged(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    add_run(document, "Skills:", "Kubernetes expert", color="FFFF00", highlight=WD_COLOR_INDEX.YELLOW)

    result = read_docx(write(tmp_path, save(document)))

    assert result.hidden == (HiddenSpan("white_text", "Kubernetes expert", 1),)


def test_white_text_on_a_shaded_cell_or_a_filled_text_box_stays_visible(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    shaded_cell_table(document, "Profile and contact details", fill="1F3864")
    add_text_box(document, "Sidebar on a dark band", x_emu=914400, fill="333333", colour="FFFFFF")

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == f"{NAME}\nProfile and contact details\n\nSidebar on a dark band"
    assert result.hidden == ()


def test_white_text_on_a_dark_page_background_stays_visible(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    add_run(document, "Skills:", "Kubernetes expert", color="FFFFFF")
    document.element.insert(0, parse_xml(f'<w:background {NAMESPACES} w:color="000000"/>'))

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == f"{NAME}\nSkills: Kubernetes expert"
    assert result.hidden == ()


def test_white_text_over_a_band_drawn_behind_it_from_the_header_stays_visible(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    add_run(document, "Skills:", "Kubernetes expert", color="FFFFFF")
    add_text_box(document.sections[0].header, "", x_emu=0, fill="1F3864", behind=True)

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == f"{NAME}\nSkills: Kubernetes expert"
    assert result.hidden == ()


def test_hidden_text_set_through_a_paragraph_style_is_flagged(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    document.styles.add_style("Quiet", 1).font.hidden = True  # WD_STYLE_TYPE.PARAGRAPH
    document.add_paragraph("Kubernetes expert", style="Quiet")

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == NAME
    assert result.hidden == (HiddenSpan("hidden_run", "Kubernetes expert", 1),)


def test_a_hidden_space_between_words_stays_in_the_text(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    add_run(document, "Python", " ", hidden=True)
    document.paragraphs[-1].add_run("Django")

    assert read_docx(write(tmp_path, save(document))).text == f"{NAME}\nPython Django"


def test_text_box_off_the_page_is_flagged_and_read_once(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    add_text_box(document, "Kubernetes expert", x_emu=-5 * 914400)  # five inches left of the page
    add_text_box(document, "Open source maintainer", x_emu=914400)

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == f"{NAME}\n\nOpen source maintainer"  # not twice: the VML fallback is skipped
    assert result.hidden == (HiddenSpan("off_page", "Kubernetes expert", 1),)


def test_white_text_in_a_transparent_text_box_is_flagged(tmp_path: Path) -> None:
    document = plain_docx(NAME)
    add_text_box(document, "Kubernetes expert", x_emu=914400, colour="FFFFFF")

    result = read_docx(write(tmp_path, save(document)))

    assert result.text == NAME
    assert result.hidden == (HiddenSpan("white_text", "Kubernetes expert", 1),)


def test_headers_are_read_before_the_body(tmp_path: Path) -> None:
    document = plain_docx("Experience: ten years of backend work")
    document.sections[0].header.paragraphs[0].text = NAME

    assert read_docx(write(tmp_path, save(document))).text == f"{NAME}\nExperience: ten years of backend work"


def test_page_count_comes_from_the_document_properties(tmp_path: Path) -> None:
    data = save(plain_docx(NAME, "Python, Django and PostgreSQL since 2015"))
    members = _members(data)
    members["docProps/app.xml"] = (
        b'<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'extended-properties"><Pages>3</Pages></Properties>'
    )

    assert read_docx(write(tmp_path, zip_of(members))).page_count == 3


def test_an_encrypted_word_file_fails_as_encrypted(tmp_path: Path) -> None:
    assert failure_code(write(tmp_path, encrypted_docx_container())) == "encrypted"


def test_an_old_binary_doc_under_a_docx_name_is_read(tmp_path: Path) -> None:
    result = read_docx(write(tmp_path, Path(doc_fixture("plain")).read_bytes()))

    assert result.text.startswith(f"{NAME}\nProfile\n")


def test_a_zip_without_a_word_document_fails_as_unsupported(tmp_path: Path) -> None:
    spreadsheet = zip_of({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})

    assert failure_code(write(tmp_path, spreadsheet)) == "unsupported_type"


def test_broken_word_files_fail_as_corrupt(tmp_path: Path) -> None:
    whole = save(plain_docx(NAME))

    assert failure_code(write(tmp_path, whole[: len(whole) // 2], "half.docx")) == "corrupt"
    assert failure_code(write(tmp_path, b"PK\x03\x04 not really a zip", "junk.docx")) == "corrupt"
    broken_xml = _members(whole) | {"word/document.xml": b"<w:document><w:body>"}
    assert failure_code(write(tmp_path, zip_of(broken_xml), "xml.docx")) == "corrupt"


def test_zip_bombs_are_refused_before_anything_is_inflated(tmp_path: Path) -> None:
    members = _members(save(plain_docx(NAME)))
    too_big = members | {"word/media/bomb.bin": b"\x00" * (MAX_UNCOMPRESSED_BYTES + 1)}
    too_many = members | {f"word/media/{n}.bin": b"" for n in range(MAX_MEMBERS)}

    assert failure_code(write(tmp_path, zip_of(too_big), "big.docx")) == "too_large"
    assert failure_code(write(tmp_path, zip_of(too_many), "many.docx")) == "too_large"


def test_an_entity_expansion_bomb_fails_as_corrupt_without_expanding(tmp_path: Path) -> None:
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    body = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">{laughs}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        f"<w:t>{NAME} &l9;</w:t></w:r></w:p></w:body></w:document>"
    )
    members = _members(save(plain_docx(NAME))) | {"word/document.xml": body.encode()}

    path = write(tmp_path, zip_of(members))
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    assert failure_code(path) == "corrupt"
    assert (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 50 * 1024
    )  # KiB: not a billion lols


def test_a_document_without_text_fails_as_no_text(tmp_path: Path) -> None:
    with pytest.raises(ExtractionFailed) as failed:
        read_docx(write(tmp_path, save(plain_docx("", " "))))

    assert failed.value.code == "no_text_layer"
    assert failed.value.message == "This Word file contains no text."


def test_corpus_word_cvs_read_with_text_and_no_hidden_text() -> None:
    paths = corpus_files("**/*.docx")
    assert len(paths) >= 8

    results = {path.name: read_docx(str(path)) for path in paths}

    assert {name: result.hidden for name, result in results.items() if result.hidden} == {}
    assert [name for name, result in results.items() if len(result.text) < 400] == []


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}
