"""Section headings in several languages, list shapes, and telling CVs from other documents."""

from pathlib import Path

import pytest

from candidates.tests.corpus import require_corpus
from jobs.scoring.sections import (
    check_is_cv,
    heading_section,
    is_list_like,
    looks_like_cv,
    split_lines,
    word_count,
)
from jobs.scoring.types import ScoringError

FIXTURES = Path(__file__).parent / "fixtures"
BENCH_CVS = Path(__file__).resolve().parents[2] / "bench" / "quality" / "cvs"


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Professional Experience", "experience"),
        ("EXPÉRIENCE PROFESSIONNELLE", "experience"),
        ("Experiencia laboral", "experience"),
        ("Berufserfahrung", "experience"),
        ("E X P E R I E N C E", "experience"),
        ("Technical Skills", "skills"),
        ("Compétences techniques", "skills"),
        ("Conocimientos", "skills"),
        ("Kenntnisse:", "skills"),
        ("Education", "education"),
        ("Formación académica", "education"),
        ("Ausbildung", "education"),
        ("Langues", "languages"),
        ("EXPERIENCE SUMMARY", "summary"),
        ("Projects", "projects"),
        ("Open Source", "projects"),  # what one built and published
        ("Packages", "projects"),
        ("SOFTWARE PACKAGES", None),  # the tools one uses (SPSS, Stata), not software one wrote
    ],
)
def test_headings(line: str, section: str | None) -> None:
    assert heading_section(line) == section


@pytest.mark.parametrize("line", ["Technical Lead", "Customer Experience Manager", "Skills: Python, Django"])
def test_job_titles_and_labelled_lists_are_not_headings(line: str) -> None:
    assert heading_section(line) is None


def test_list_shapes() -> None:
    assert is_list_like("Python, Django, Docker, AWS")
    assert is_list_like("Web:  HTML5/CSS3, JQuery, Bootstrap3")
    assert not is_list_like("Built Django APIs serving two million users a day")


def test_lines_carry_their_section() -> None:
    text = "Jane Doe\nEXPERIENCE\n2019 - present Engineer\nBuilt APIs in Django\nSKILLS\nPython, SQL"
    assert [(line.section, line.text) for line in split_lines(text)] == [
        ("header", "Jane Doe"),
        ("experience", "EXPERIENCE"),
        ("experience", "2019 - present Engineer"),
        ("experience", "Built APIs in Django"),
        ("skills", "SKILLS"),
        ("skills", "Python, SQL"),
    ]


def test_written_cvs_are_cvs() -> None:
    for path in sorted(BENCH_CVS.glob("*.txt")):
        assert looks_like_cv(path.read_text()), path.name


@pytest.mark.parametrize("name", ["jd_backend_engineer.txt", "jd_data_scientist.txt"])
def test_job_descriptions_are_not_cvs(name: str) -> None:
    with pytest.raises(ScoringError) as raised:
        check_is_cv((FIXTURES / name).read_text())
    assert raised.value.code == "not_a_cv"


def test_shared_job_descriptions_are_not_cvs() -> None:
    texts = sorted(require_corpus("jobs").glob("*.txt"))
    assert len(texts) >= 20
    assert [path.name for path in texts if looks_like_cv(path.read_text())] == []


COVER_LETTER = """Jane Doe
12 Baker Street, London
Dear Hiring Manager,
I am writing to apply for the position of backend engineer advertised on your website. Over the last five
years I have built services in Python and Django, and I believe my experience makes me a strong fit for
your team. I would welcome the chance to discuss how I could contribute to your platform and your
customers. Thank you for considering my application; I look forward to hearing from you.
Yours sincerely,
Jane Doe
"""

INVOICE = """INVOICE
Invoice number: 2024-117          Due date: 30 June 2024
Bill to: Acme Ltd, 1 High Street, Leeds
Description                         Qty   Unit price   Amount
Backend development (May)           80    65.00        5,200.00
Code review and deployment support  12    65.00          780.00
Hosting and domain renewal           1    120.00         120.00
Subtotal 6,100.00   VAT 20% 1,220.00   Total due 7,320.00
Payment terms: 30 days by bank transfer. Please quote the invoice number with your payment.
Thank you for your business and for the pleasant collaboration this month on the new platform.
"""

LOREM = " ".join(["Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."] * 10)


@pytest.mark.parametrize("text", [COVER_LETTER, INVOICE, LOREM])
def test_letters_invoices_and_placeholder_text_are_not_cvs(text: str) -> None:
    with pytest.raises(ScoringError) as raised:
        check_is_cv(text)
    assert raised.value.code == "not_a_cv"


@pytest.mark.parametrize("text", ["", "John Smith\nPython developer\n2019 - present", "x " * 500])
def test_too_little_text(text: str) -> None:
    with pytest.raises(ScoringError) as raised:
        check_is_cv(text)
    assert raised.value.code == "too_little_text"
    assert "at least 25 are needed" in raised.value.message


SHORT_CV = """Maria Lopez
Registered Nurse | maria@example.com
EXPERIENCE
Staff Nurse, City Hospital ICU, 2019 - present
Cared for ventilated patients, titrated drips and charted in Epic.
EDUCATION
BSN, State University, 2015 - 2018
LICENSES
Registered Nurse (RN), active; BLS and ACLS certified
"""


def test_a_short_cv_that_reads_like_a_cv_is_a_cv() -> None:
    assert 25 <= word_count(SHORT_CV) < 50
    check_is_cv(SHORT_CV)


def test_error_messages_never_carry_cv_text() -> None:
    with pytest.raises(ScoringError) as raised:
        check_is_cv(COVER_LETTER)
    assert "Jane" not in str(raised.value) and "Python" not in raised.value.message


def test_every_anonymised_cv_of_the_labelled_set_is_a_cv() -> None:
    # Their text as the set ships it: Word tables flattened, headings glued ("CSSSKILLS:"), dashless dates.
    texts = sorted(require_corpus("labelled/vanetik_vacancy_resume_matching/CV_txt").glob("*.txt"))
    assert len(texts) == 65
    assert [path.name for path in texts if not looks_like_cv(path.read_text())] == []


# Invented, in the shape of an hh.ru CV: no English heading, no English verb, no dash-joined date range.
RUSSIAN_CV = """Иванов Пётр
Мужчина, 30 лет
+7 (900) 000-00-00 petr@example.com
Желаемая должность: Frontend-разработчик
Опыт работы — 5 лет
Март 2019 — настоящее время
Пример, Frontend developer
Разработка SPA на React, TypeScript, Redux; код-ревью и наставничество.
Образование
Высшее, Технический университет, 2014
Ключевые навыки
React, TypeScript, JavaScript, HTML, CSS, Git
"""

# Invented, in the shape of a Word template whose date ranges have no dash between the two dates.
UNDASHED_CV = """Alex Example
Web Developer
Profile Details
Web developer for almost ten years: PHP, MySQL, jQuery and CSS, with several content management systems.
Web-developer at Example LLC
August 2012 August 2013
Website development on a CMS platform: seventeen sites of medium complexity and higher.
Web-developer, Teamleader at Sample Co
October 2015 December 2018
Education
Second degree, State Technical University
"""


@pytest.mark.parametrize("text", [RUSSIAN_CV, UNDASHED_CV])
def test_cvs_in_other_languages_and_with_undashed_dates_are_cvs(text: str) -> None:
    check_is_cv(text)


def test_a_candidate_looking_for_a_job_is_not_an_advert() -> None:
    text = SHORT_CV.replace("LICENSES", "I am looking for my first job as a charge nurse.\nLICENSES")
    check_is_cv(text)


# Invented one-liners and near-empty texts: short is not unreadable, but near-empty is.
@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith, Registered Nurse. ICU staff nurse at City Hospital since 2018; BSN 2017; BLS, ACLS."
        " jane@example.com",
        "John Park\nElectrician, 12 years. Licensed journeyman: residential and commercial wiring.\n"
        "Park Electric, 2016 - now. Spark Ltd, 2012 - 2016.\nPhone: 555 0199",
        "Priya N.\nComputer science student\nSkills: Python, Java, SQL, Git\n"
        "Projects: a weather app in Flask\n"
        "Education: BSc Computer Science, Leeds, 2023 - 2026\nLanguages: English, Hindi",
        "María Gómez\nEnfermera\nExperiencia: Hospital La Paz, 2018 - actualidad. Urgencias, triaje.\n"
        "Formación: Grado en Enfermería, Universidad Complutense, 2014 - 2018\nTeléfono: 600 000 000",
    ],
)
def test_a_cv_under_the_word_minimum_that_plainly_reads_like_one_is_a_cv(text: str) -> None:
    assert word_count(text) < 25
    check_is_cv(text)


@pytest.mark.parametrize(
    "text",
    [
        # No dated role: a line of skills, or headings with nothing under them.
        "Python developer, Django and PostgreSQL, based in Leeds, open to remote work and contracts",
        "Curriculum vitae\nName\nExperience\nEducation\nSkills\nReferences available on request today",
    ],
)
def test_a_short_text_without_a_dated_role_stays_too_little(text: str) -> None:
    with pytest.raises(ScoringError) as raised:
        check_is_cv(text)
    assert raised.value.code == "too_little_text"


def test_a_wrapped_bullet_line_never_opens_a_section() -> None:
    # "... to meet the needs of" / "tech projects": the rest of a sentence, though its words name a section.
    text = (
        "EXPERIENCE\nIT Technician, Northwind\n2019 - present\n"
        "- Rewrote scripts and tools to better meet the needs of\ntech projects\n"
        "- Imaged new laptops for staff\n"
        "Education\nBSc Computing"
    )
    assert [(line.section, line.is_heading) for line in split_lines(text)][3:] == [
        ("experience", False),
        ("experience", False),
        ("experience", False),
        ("education", True),
        ("education", False),
    ]


def test_a_lower_case_heading_after_a_finished_line_is_still_a_heading() -> None:
    lines = split_lines("Jane Doe\nexperience\n2019 - present Engineer\nskills\nPython, SQL")
    assert [line.section for line in lines if line.is_heading] == ["experience", "skills"]


def test_a_heading_never_closes_a_bracket_it_did_not_open() -> None:
    assert heading_section("honors)") is None
    assert heading_section("Awards (selected)") == "other"


def test_a_line_of_placeholders_carries_no_text_to_score() -> None:
    lines = split_lines("Jane Doe\n[address] | [phone] | [email]\nEXPERIENCE\nAnswered phones at a clinic")
    assert [line.text for line in lines] == ["Jane Doe", "EXPERIENCE", "Answered phones at a clinic"]
