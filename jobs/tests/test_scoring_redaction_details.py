"""Blind-mode rules for labelled details, addresses and contacts in shapes first met on planted CVs (more
languages' labels, physical details, obfuscated e-mails, numbered referees), each with the work words that
look like its target and must stay."""

from __future__ import annotations

import pytest

from jobs.tests.redacting import body as _body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data de nascimento: 14/02/1991 · Naturalidade: Recife", "[dob]· [birthplace]"),
        ("Estado civil: casado · Filhos: 2 · Religião: católica", "[family]· [family]· [religion]"),
        ("Nacionalidade: brasileira", "[nationality]"),
        ("Luogo di nascita: Napoli · Stato civile: nubile", "[birthplace]· [family]"),
        (
            "Nazionalità: italiana · Cittadinanza: italiana · Sesso: F",
            "[nationality]· [nationality]· [gender]",
        ),
        ("Geboortedatum: 21-07-1986 · Burgerlijke staat: gehuwd", "[dob]· [family]"),
        ("Nationaliteit: Nederlandse · Geslacht: man", "[nationality]· [gender]"),
        ("Hometown: Nashik · Native place: Maharashtra", "[birthplace]· [birthplace]"),
        ("State of Origin: Anambra · Tribe: Igbo", "[birthplace]· [ethnicity]"),
        ("Father's Occupation: Farmer", "[family]"),
        ("Father: Rajesh Rao, retired teacher", "[family]"),
        ("Next of kin: Mary Rao (mother) 07700 900111", "[family]"),
        ("Emergency contact: Tom Rao, +44 7700 900222", "[family]"),
        ("Allergies: penicillin", "[disability]"),
    ],
)
def test_labelled_details_in_more_languages_and_conventions_go(text: str, expected: str) -> None:
    assert _body(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geburtsort\nChemnitz", "Geburtsort\n[birthplace]"),
        ("Kinder\nkeine", "Kinder\n[family]"),
        ("Geboorteplaats\nUtrecht", "Geboorteplaats\n[birthplace]"),
        ("Nationaliteit\nNederlandse", "Nationaliteit\n[nationality]"),
        ("Date of Birth | 12 March 1990", "Date of Birth | [dob]"),
        ("Religion | Hindu | Skills | SQL", "Religion | [religion] | Skills | SQL"),
    ],
)
def test_a_value_under_or_beside_its_label_in_a_table_goes(text: str, expected: str) -> None:
    assert _body(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Height: 180 cm",
        "Height 5 ft 11 in",
        "Height: 6'1\"",
        "Größe: 1,72 m",
        "Weight: 78 kg",
        "Weight 11 st 4 lbs",
        "Blood Group: O+",
        "Blood type AB negative",
        "Blutgruppe: A",
        "Health: excellent",
        "State of health: good",
    ],
)
def test_physical_details_go(text: str) -> None:
    assert _body(text) == "[physical]"


def test_height_weight_blood_and_health_as_work_stay() -> None:
    text = "\n".join(
        [
            "Working at Height: IPAF and PASMA certified",
            "Health: NHS trusts and private clinics",
            "Health & Safety: NEBOSH",
            "Weight loss clinic: 120 patients",
            "Blood tests: 40 a day; blood type testing",
        ]
    )
    assert _body(text) == text


def test_a_salutation_label_goes_and_a_job_title_label_stays() -> None:
    assert _body("Title: Mrs\nTitle: Senior Engineer") == "Title: [gender]\nTitle: Senior Engineer"


@pytest.mark.parametrize(
    "text",
    ["niamh [at] example [dot] ie", "j.rao(at)example.com", "jane dot doe at gmail dot com"],
)
def test_an_email_written_to_dodge_scrapers_goes(text: str) -> None:
    assert _body(f"Contact: {text}") == "Contact: [email]"


def test_at_and_dot_in_prose_are_not_an_email() -> None:
    text = "Worked at Google on dot-matrix printers; looked at data daily."
    assert _body(text) == text


def test_numbered_referee_blocks_go_whole() -> None:
    text = "Referee 1\nGareth Pryce, Operations Manager\nReferee 2\nHelen Marsh, Shift Manager\nSkills\nExcel"
    assert _body(text) == "\n\n\n\nSkills\nExcel"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15 Chome-3-1 Shibuya, Shibuya-ku, Tokyo 150-0002", "[address]"),
        ("Av. Paulista, 1000 - Bela Vista, São Paulo - SP, 01310-100", "[address] - [address]"),
        ("Rua das Flores, 123, Apto 45 \u2013 São Paulo/SP, CEP 01234-567", "[address] \u2013 [address]"),
        ("ul. Marszałkowska 10/12 m. 5, 00-590 Warszawa", "[address]"),
        ("House No. 45, Sector 12, Gurgaon, Haryana 122001", "[address]"),
        ("Tel.: 030/1234567", "Tel.: [phone]"),
    ],
)
def test_addresses_and_phones_of_more_countries_go(text: str, expected: str) -> None:
    assert _body(text) == expected


def test_a_state_code_after_a_slash_stays_away_from_an_address() -> None:
    assert _body("Marketing/PR lead, São Paulo office") == "Marketing/PR lead, São Paulo office"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mother-of-two.", "A [family]."),
        ("Age (38) · 34 y.o.", "[age] · [age]"),
        ("Female / 34 / Married", "[gender] / [age] / [family]"),
    ],
)
def test_ages_and_a_hyphenated_parent_in_more_shapes_go(text: str, expected: str) -> None:
    assert _body(text) == expected
