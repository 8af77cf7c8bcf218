"""Personal details without the usual labels: marital words, gender beside identity words, Eircodes."""

from __future__ import annotations

import pytest

from jobs.scoring.redaction import redact_text


def _redacted(text: str) -> str:
    return redact_text(text).text


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Personal: Single, non-smoker, full driving licence", "Single"),
        ("Personal details - married, two dogs", "married"),
        ("Status: single", "single"),
        ("Marital status: In a civil partnership", "civil partnership"),
        ("• Personal information: separated; UK driving licence", "separated"),
    ],
)
def test_marital_words_in_a_personal_line_go(line: str, gone: str) -> None:
    redacted = _redacted(f"Summary\n{line}\nSkills: Python")
    assert gone.lower() not in redacted.lower()
    assert "Skills: Python" in redacted


def test_the_rest_of_a_personal_line_stays() -> None:
    redacted = _redacted("Personal: Single, full driving licence")
    assert "full driving licence" in redacted


@pytest.mark.parametrize(
    "line",
    [
        "Built a single-page application in React",
        "Single point of contact for 40 clients",
        "Single sign-on with SAML for the status page",
        "Project status: delivered on time",
    ],
)
def test_single_elsewhere_stays(line: str) -> None:
    assert _redacted(line) == line


@pytest.mark.parametrize(
    "text",
    [
        "I am a proud transgender woman and an engineer.",
        "As a trans man in tech I mentor new hires.",
        "Founder of a network for trans women in engineering.",
    ],
)
def test_gender_beside_an_identity_word_goes(text: str) -> None:
    redacted = _redacted(text).lower()
    for word in ("woman", "women", " man ", "trans"):
        assert word not in redacted


def test_women_in_a_clinical_field_stays() -> None:
    text = "Women's health nurse practitioner, 8 years"
    assert "health nurse practitioner" in _redacted(text)


@pytest.mark.parametrize(
    "line",
    [
        "12 Harbour View, Dun Laoghaire, Co. Dublin A96 X2Y3",
        "Eircode: D02 X285",
        "Apartment 4, 7 Quay Street, Galway, H91 E2K3",
    ],
)
def test_irish_addresses_go(line: str) -> None:
    redacted = _redacted(f"Engineer\n{line}\nExperience")
    assert redacted.split("\n")[1].replace("[address]", "").replace("Eircode:", "").strip(" ,") == ""


@pytest.mark.parametrize(
    "line", ["Built the V12 engine model", "Ran tests on D02 and A96 boards", "Use H20 cards"]
)
def test_codes_that_are_not_eircodes_stay(line: str) -> None:
    assert _redacted(line) == line


@pytest.mark.parametrize(
    "line",
    [
        "PPS number: 1234567T",
        "PPSN 7654321W",
        "TFN: 123 456 782",
        "NRIC S1234567D",
        "Emirates ID 784-1990-1234567-1",
    ],
)
def test_national_numbers_go(line: str) -> None:
    redacted = _redacted(line)
    assert "[id]" in redacted
    assert not any(char.isdigit() for char in redacted.replace("[id]", ""))


def test_the_counts_name_the_categories() -> None:
    counts = redact_text("Personal: Single\nI am a transgender woman.\n5 Harbour View, Cork, T12 YX75").counts
    assert counts["family"] == 1
    assert counts["gender"] == 1
    assert counts["address"] >= 1


@pytest.mark.parametrize(
    ("header", "name_words"),
    [
        ("Bin Zhao\nzhao.bin@example.com · Shanghai\nEducation", ("Bin", "Zhao")),
        ("Last updated on 3rd March 2024\nAnanya Das\nananya@example.com\nEducation", ("Ananya", "Das")),
        ("Van Nguyen\nSoftware engineer\nExperience", ("Van", "Nguyen")),
    ],
)
def test_a_name_beginning_or_ending_with_a_particle_word_goes(
    header: str, name_words: tuple[str, ...]
) -> None:
    redacted = _redacted(header + "\nPublished with A. Lee, A. " + name_words[-1] + " and B. Kim.")
    for word in name_words:
        assert word not in redacted


def test_a_particle_between_names_is_no_name_of_its_own() -> None:
    redacted = _redacted("Omar bin Said\nomar.said@example.com\nExperience\nDocker, Kubernetes and Python")
    assert "Omar" not in redacted
    assert "Said" not in redacted
    assert "Docker, Kubernetes and Python" in redacted


@pytest.mark.parametrize(
    "line",
    ["12, Teheran-ro, Gangnam-gu, Seoul, 06236", "Apt 3, 45-2 Sejong-daero, Jung-gu, Seoul"],
)
def test_korean_road_addresses_go(line: str) -> None:
    redacted = _redacted(f"Engineer\n{line}\nExperience").split("\n")[1]
    assert not any(char.isdigit() for char in redacted)
    assert "-ro" not in redacted
    assert "daero" not in redacted


@pytest.mark.parametrize("header", ["小龙 李\n(可选项)\n教育背景", "王 小明\nwang@example.com\nExperience"])
def test_a_cjk_name_written_with_a_space_goes_whole(header: str) -> None:
    name = header.split("\n")[0]
    redacted = _redacted(f"{header}\nReferences available; signed {name}")
    for part in name.split():
        assert part not in redacted
