"""Blind-mode redaction (jobs/scoring/redaction.py)."""

from jobs.scoring.redaction import redact

CONTACT_CV = """Dr. Maria García
Senior Backend Engineer | she/her
maria.garcia@example.com · +34 612 345 678 · linkedin.com/in/mariagarcia · github.com/mgarcia
Address: 12 Baker Street, London
Date of birth: 12/03/1990   Age: 34
Gender: female | Marital status: married, 2 children | Nationality: Spanish
Photo
EXPERIENCE
2018 - present  Backend Engineer, Acme. She led her team of 5; Maria built Django APIs. 03.2017 - 06.2020
Mrs. García was rated top performer 2021.
"""


def test_redaction_replaces_personal_data_and_reports_categories() -> None:
    text, categories = redact(CONTACT_CV)
    assert categories == (
        "name",
        "email",
        "phone",
        "url",
        "address",
        "photo",
        "date_of_birth",
        "age",
        "gender",
        "pronouns",
        "marital_status",
        "nationality",
    )
    assert text.splitlines() == [
        "Dr. [name]",
        "Senior Backend Engineer | ",
        "[email] · [phone] · [url] · [url]",
        "[address]",
        "[dob]   [age]",
        "[gender]| [marital status]| [nationality]",
        "[image]",
        "EXPERIENCE",
        "2018 - present  Backend Engineer, Acme. They led their team of 5; [name] built Django APIs. "
        "03.2017 - 06.2020",
        " [name] was rated top performer 2021.",
    ]


def test_redaction_is_idempotent_and_keeps_lines() -> None:
    once, _ = redact(CONTACT_CV)
    assert redact(once) == (once, ())
    assert len(once.split("\n")) == len(CONTACT_CV.split("\n"))


def test_redaction_in_french_spanish_and_german_labels() -> None:
    text, categories = redact(
        "Né le : 24/07/1994 · Âge : 31 ans · État civil : célibataire · Nationalité : marocaine\n"
        "Staatsangehörigkeit: deutsch | Geburtsdatum: 1.1.1990 | Teléfono: 612 345 678"
        " | Dirección: Calle Mayor 5"
    )
    assert categories == ("phone", "address", "date_of_birth", "age", "marital_status", "nationality")
    assert text == (
        "[dob]· [age] ans · [marital status]· [nationality]\n[nationality]| [dob]| [phone] | [address]"
    )


def test_dates_and_skills_survive_redaction() -> None:
    text = "Jan 2019 - Mar 2021, 03/2017 - 06/2020, 2015 2016 2017\nSkills: Go, Rust, Julia, Node.js, ASP.NET"
    assert redact(text) == (text, ())


def test_name_is_taken_from_the_first_lines_only_when_it_looks_like_one() -> None:
    assert redact("Senior Software Engineer\nBuilt things in Python")[1] == ()
    assert redact("Jake Ryan\nBuilt things in Python")[0] == "[name]\nBuilt things in Python"
