"""The offline drafter's rules on adverts written for these tests: layouts and wordings the corpus lacks."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from candidates.tests.odtgen import odt, paragraphs
from personas.advert_facts import min_years
from personas.advert_kind import refusal_reason
from personas.advert_reader import AdvertUnreadable, decode_text, read_advert
from personas.advert_sections import Kind, items
from personas.draft import draft_offline
from personas.draft_filters import find_protected_selection
from personas.draft_names import criterion_name

SPANISH = """Desarrollador/a Backend Java

En Acme Pagos buscamos un desarrollador backend para nuestro equipo de plataforma.

Funciones:
- Diseñar y desarrollar microservicios en Java y Spring Boot
- Colaborar con el equipo de producto

Requisitos:
- Al menos 3 años de experiencia con Java
- Experiencia con Spring Boot
- Conocimientos de Postgres
- Conocimientos de bases de datos PostgreSQL
- Inglés nivel B2

Imprescindible:
- Experiencia con Docker

Deseable:
- Conocimientos de Kubernetes

Valorable:
- Certificación AWS

Ofrecemos:
- Salario competitivo
"""
MARKDOWN = """# Senior Data Engineer

Acme Analytics is hiring a Senior Data Engineer to build our lakehouse.

## What you'll do
* Build batch and streaming pipelines with Spark and Airflow

## What we're looking for
* 5+ years of experience in data engineering
* **Expert** SQL and strong Python
* Familiarity with cloud data warehouses such as Snowflake or BigQuery

## Bonus points
* Terraform
"""
NURSE = """Registered Nurse - Intensive Care Unit
City General Hospital is seeking a compassionate Registered Nurse to join our ICU team on rotating shifts.
Responsibilities
Assess, plan and deliver patient care for critically ill patients
Qualifications
Current state RN license (required)
BLS and ACLS certification
Minimum of 2 years of acute care nursing experience
Bachelor of Science in Nursing (BSN) preferred
ICU experience is a plus
How to apply
Send your resume to jobs@example.org
"""
SPANISH_DISCRIMINATORY = """Dependienta para tienda de moda
Buscamos chica joven de entre 20 y 30 años, con buena presencia, para nuestra tienda del centro.
Requisitos:
- Mujer de 20 a 30 años
- Hablante nativo de inglés
- Experiencia en atención al cliente
- Manejo de caja y TPV
- Disponibilidad para trabajar fines de semana
"""


def criteria_by_name(text: str) -> dict[str, tuple[bool, int]]:
    return {c["name"]: (c["required"], c["weight"]) for c in draft_offline(text).criteria}


def test_spanish_sections_split_musts_from_nice_to_haves_in_spanish() -> None:
    draft = draft_offline(SPANISH)

    assert draft.language == "es"
    assert draft.role_title == "Desarrollador/a Backend Java"
    assert (
        draft.description
        == "En Acme Pagos buscamos un desarrollador backend para nuestro equipo de plataforma."
    )
    assert draft.min_years_experience == 3
    assert {c["name"]: c["required"] for c in draft.criteria} == {
        "Java": True,
        "Spring Boot": True,
        "Bases de datos PostgreSQL": True,
        "Inglés nivel B2": True,
        "Docker": True,
        "Kubernetes": False,
        "Certificación AWS": False,
    }
    assert all(c["description"].startswith("Cuenta como evidencia") for c in draft.criteria)


def test_near_duplicates_become_one_criterion_citing_both_lines() -> None:
    draft = draft_offline(SPANISH)

    postgres = [c for c in draft.criteria if "postgres" in c["name"].lower()]
    assert len(postgres) == 1
    assert "Conocimientos de Postgres" in postgres[0]["description"]
    assert "Conocimientos de bases de datos PostgreSQL" in postgres[0]["description"]


def test_markdown_advert_headings_are_read() -> None:
    draft = draft_offline(MARKDOWN)

    assert draft.role_title == "Senior Data Engineer"
    assert draft.min_years_experience == 5
    assert criteria_by_name(MARKDOWN) == {
        "Data engineering": (True, 3),  # the title's words: central to the role
        "Expert SQL": (True, 2),
        "Cloud data warehouses (Snowflake, BigQuery)": (True, 3),
        "Terraform": (False, 1),
    }


def test_inline_cues_override_the_section_they_sit_in() -> None:
    by_name = criteria_by_name(NURSE)

    assert by_name["Current state RN license"] == (True, 2)
    assert by_name["BLS and ACLS certification"] == (True, 2)
    assert by_name["Bachelor of Science in Nursing (BSN)"] == (False, 1)
    assert by_name["ICU experience"] == (False, 1)
    assert draft_offline(NURSE).min_years_experience == 2


def test_spanish_discriminatory_advert_keeps_only_job_related_criteria() -> None:
    draft = draft_offline(SPANISH_DISCRIMINATORY)

    assert {c["name"] for c in draft.criteria} == {"Atención al cliente", "Caja y TPV"}
    assert [item["text"] for item in draft.left_out] == [
        "Buscamos chica joven de entre 20 y 30 años, con buena presencia, para nuestra tienda del centro",
        "Mujer de 20 a 30 años",
        "Hablante nativo de inglés",
    ]
    assert draft.min_years_experience == 0  # "20 a 30 años" is an age, not experience
    assert draft.description == ""


@pytest.mark.parametrize(
    ("text", "attributes"),
    [
        ("Recent graduates welcome", ["age"]),
        ("Digital native", ["age"]),
        ("Aged 25-35", ["age"]),
        ("Between 25 and 35 years old", ["age"]),
        ("Native English speaker", ["nationality"]),
        ("Inglés nativo", ["nationality"]),
        ("Buena presencia", ["appearance"]),
        ("Female candidates only", ["gender"]),
        ("We are an equal opportunity employer regardless of age, gender or religion.", []),
        ("10-15 years of experience in sales", []),
        ("Fluent English (C1)", []),
        ("Web Single Sign On", []),
    ],
)
def test_protected_selection_is_found_and_equal_opportunity_statements_are_not(
    text: str, attributes: list[str]
) -> None:
    assert find_protected_selection(text) == attributes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Strong working knowledge of PostgreSQL", "PostgreSQL"),
        ("At least 3+ years of experience with Python", "Python"),
        ("Experience in one or more of the following: C, C++, Java, Python.", "C, C++, Java, Python"),
        ("Experience with common data science toolkits, such as R, Weka, NumPy, MatLab, etc.",
         "Data science toolkits (R, Weka, NumPy)"),
        ("Experience with Kafka is a plus", "Kafka"),
        ("CSS/CSS3: 3 years (Required)", "CSS/CSS3"),
        ("Conocimientos avanzados de Excel", "Excel"),
        ("Manejo de Excel Avanzado", "Excel Avanzado"),
    ],
)  # fmt: skip
def test_criterion_names_keep_the_thing_asked_for(text: str, name: str) -> None:
    assert criterion_name(text) == name


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("At least 4 years of experience with Python", 4),
        ("5+ years in data engineering", 5),
        ("2-4 years of experience", 2),
        ("Al menos 3 años de experiencia", 3),
        ("Experiencia mínima de 2 años en ventas", 2),
        ("Up to 3 years of experience", None),
        ("Aged 20 to 30 years old", None),
    ],
)
def test_minimum_years_are_read_from_the_musts(line: str, years: int | None) -> None:
    assert min_years(items(f"Role\nRequirements:\n- {line}\n")) == years


def test_years_asked_only_as_a_preference_are_not_a_minimum() -> None:
    assert min_years(items("Role\nPreferred qualifications:\n- 8 years of product management\n")) is None


def test_a_nice_to_have_section_is_not_required_but_a_must_cue_in_it_is() -> None:
    found = items("Role\nNice to have:\n- Kafka\n- AWS certification is required\n")

    assert [(item.text, item.kind) for item in found] == [
        ("Role", Kind.SUMMARY),
        ("Kafka", Kind.NICE),
        ("AWS certification is required", Kind.MUST),
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("INVOICE. Invoice number 42, invoice date 1 December. Bill to: Example Corporation, Main Street. "
         "Consulting services, qty 10, unit price 100.00. Subtotal 1000.00, VAT 200.00, total due 1200.00. "
         "Payment terms: thirty days.", "invoice"),
        ("Minutes of the board meeting held on Monday. The board discussed the budget for next year "
         "and agreed to meet again in March.", "no_advert_cues"),
    ],
)  # fmt: skip
def test_what_is_not_an_advert_says_what_it_looks_like(text: str, reason: str) -> None:
    assert refusal_reason(text) == reason


def test_text_files_decode_as_utf8_or_windows_1252_and_binary_is_refused() -> None:
    assert decode_text("Café \u2013 Requisitos".encode()) == "Café \u2013 Requisitos"
    assert decode_text("\ufeffRole".encode()) == "Role"
    assert decode_text("Café".encode("cp1252")) == "Café"
    with pytest.raises(Exception, match="unsupported_type"):
        decode_text(b"\x00\x01binary")


def test_a_docx_zip_bomb_is_refused_by_its_directory_before_any_part_is_read(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (101 * 1024**2))
    many = tmp_path / "many.docx"
    with zipfile.ZipFile(many, "w") as archive:
        for index in range(2001):
            archive.writestr(f"part{index}.xml", b"")

    for path in (bomb, many):
        with pytest.raises(AdvertUnreadable) as refused:
            read_advert(str(path), filename=path.name, head=path.read_bytes()[:1024])
        assert refused.value.code == "too_large"
    assert bomb.stat().st_size < 1024**2


PERSON_SPEC = """Finance Assistant
Salary: £26,000 per annum
We are looking for a Finance Assistant to support our accounts payable team.

Main duties
• Process supplier invoices and payments

Person specification
Essential criteria
• AAT Level 3 qualification or equivalent
• Experience using Sage or Xero accounting software
Desirable criteria
• Knowledge of VAT returns

To apply, send your CV and a cover letter.
"""
BONUS = """Product Designer at Foo
You'll work with engineers and PMs to design delightful products.
You'll need:
- A portfolio showing end-to-end product design work
- 3+ years designing web or mobile apps
- Fluency in Figma
It's a bonus if you have:
- Motion design skills
- Front-end coding (HTML/CSS)
Apply now!
"""
SE_REQUIERE = """Oferta de empleo: Contable senior
Empresa del sector industrial busca contable senior para su departamento financiero en Valencia.
Se requiere:
- Experiencia mínima de 5 años en contabilidad general
- Dominio de SAP FI
Se valorará:
- Experiencia en auditoría
Se ofrece contrato indefinido y jornada completa.
"""
QUE_OFRECEMOS = """Analista de Datos Junior
Somos una startup de logística y buscamos un/a analista de datos para nuestro equipo de operaciones.
¿Qué harás?
- Construir cuadros de mando en Power BI
Tu perfil
- Grado en Estadística, Matemáticas o similar
- Dominio de SQL
- Conocimientos de Python (pandas)
- Nivel avanzado de Excel
Requisitos deseados
- Experiencia con dbt
¿Qué te ofrecemos?
- Teletrabajo dos días a la semana
- 25 días de vacaciones
"""
ONE_PARAGRAPH = (
    "Customer Success Manager\nWe are hiring a Customer Success Manager to own relationships with our "
    "enterprise accounts. The ideal candidate has at least 4 years of experience in customer success at "
    "a B2B SaaS company, is comfortable with Salesforce and Gainsight, and has excellent presentation "
    "skills. Experience with healthcare customers is a plus. Apply via our careers page.\n"
)


@pytest.mark.parametrize(
    ("advert", "title", "years", "criteria"),
    [
        (PERSON_SPEC, "Finance Assistant", 0, {
            "AAT Level 3 qualification": True, "Sage or Xero accounting software": True, "VAT returns": False,
            "Process supplier invoices and payments": False,
        }),
        (BONUS, "Product Designer", 3, {
            "Portfolio showing end-to-end product design work": True, "Designing web or mobile apps": True,
            "Fluency in Figma": True, "Motion design skills": False, "Front-end coding (HTML/CSS)": False,
        }),
        (SE_REQUIERE, "Contable senior", 5, {
            "Contabilidad general": True, "SAP FI": True, "Auditoría": False,
        }),
        (QUE_OFRECEMOS, "Analista de Datos Junior", 0, {
            "SQL": True, "Grado en Estadística, Matemáticas": True, "Python (pandas)": True, "Excel": True,
            "Dbt": False,
        }),
        (ONE_PARAGRAPH, "Customer Success Manager", 4, {
            "Customer success at a B2B SaaS company": True, "Salesforce and Gainsight": True,
            "Presentation skills": True, "Healthcare customers": False,
        }),
    ],
)  # fmt: skip
def test_other_advert_layouts_are_drafted_the_same_way(
    advert: str, title: str, years: int, criteria: dict[str, bool]
) -> None:
    draft = draft_offline(advert)

    assert draft.role_title == title
    assert draft.min_years_experience == years
    assert {c["name"]: c["required"] for c in draft.criteria} == criteria


def test_opendocument_and_rtf_adverts_are_read_as_documents_not_as_their_markup(tmp_path: Path) -> None:
    odt_path = tmp_path / "advert.odt"
    odt_path.write_bytes(odt(paragraphs("Payroll Officer", "Requirements: 3+ years of UK payroll")))
    rtf_path = tmp_path / "advert.rtf"
    rtf_path.write_bytes(
        rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Payroll Officer\par Requirements: Sage Payroll}"
    )

    odt_text = read_advert(str(odt_path), filename=odt_path.name, head=odt_path.read_bytes()[:1024])
    rtf_text = read_advert(str(rtf_path), filename=rtf_path.name, head=rtf_path.read_bytes()[:1024])

    assert "Requirements: 3+ years of UK payroll" in odt_text
    assert "Requirements: Sage Payroll" in rtf_text
    assert "\\par" not in rtf_text and "fonttbl" not in rtf_text


def test_a_word_97_2003_doc_advert_is_read_through_the_cv_readers() -> None:
    path = Path(__file__).resolve().parents[2] / "candidates/tests/fixtures/doc/plain.doc"
    text = read_advert(str(path), filename="advert.doc", head=path.read_bytes()[:1024])
    assert "Backend engineer with ten years of Python, Django and PostgreSQL." in text
