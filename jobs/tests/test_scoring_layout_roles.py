"""Dated jobs a two-column layout put under Education are jobs; a course or a club there stays study."""

from jobs.scoring import listed_roles
from jobs.scoring.profile import CvProfile, read
from jobs.scoring.types import Criterion, Rubric

YEARS = Criterion("Experience", "2+ years of professional web development")
UNDER_EDUCATION = (
    "Jane Roe\nWeb Developer\n"
    "EDUCATION\nBSc Computer Science, State University\nSeptember 2008 - June 2012\n"
    "Web developer at Acme Studio, Springfield\nAugust 2012 - August 2016\n"
    "Built 40 client websites in PHP on WordPress and Drupal.\n"
    "MSc Software Engineering, State University\n"
)


def _read(text: str) -> CvProfile:
    return listed_roles.recovered(read(text, Rubric("x", "", (YEARS,), blind=False)))


def test_a_dated_job_under_education_is_a_role_with_its_title_above() -> None:
    cv = _read(UNDER_EDUCATION)
    kinds = {u.line.text: u.kind for u in cv.units}
    assert [e.quote for e in cv.entries] == ["August 2012 - August 2016"]
    assert kinds["Web developer at Acme Studio, Springfield"] == "role"
    assert kinds["Built 40 client websites in PHP on WordPress and Drupal."] == "role"
    assert cv.years == 4.0


def test_the_degrees_around_it_stay_education() -> None:
    kinds = {u.line.text: u.kind for u in _read(UNDER_EDUCATION).units}
    assert kinds["BSc Computer Science, State University"] == "credential"
    assert kinds["MSc Software Engineering, State University"] == "credential"  # ends the role
    assert kinds["September 2008 - June 2012"] == "credential"


def test_a_course_or_a_students_club_under_education_is_no_job() -> None:
    for lines in (
        "2020 - 2021 Online course in Java programming\nA program for software developers\n",
        "President, Student Nurses Association (2024-2025)\n",
        "Teaching Assistant, State University\nSeptember 2016 - June 2018\n",
    ):
        cv = _read(f"Jane Roe\nEDUCATION\nBSc Nursing, State University, 2021 - 2025\n{lines}")
        assert cv.entries == ()
        assert {u.kind for u in cv.units if u.line.section == "education"} == {"credential"}


# Two columns flattened: the other column's Languages heading falls inside a role's description.
UNDER_LANGUAGES = (
    "Jane Roe\nSKILLS\nPHP, MySQL, JavaScript\n"
    "Web Developer at Acme Studio Dec 2017 - Jul 2019\n"
    "Languages\n"
    "Developed the client-side logic for booking forms in PHP and AJAX\n"
    "Built an admin portal on top of the MySQL database for the editors\n"
    "English\nSpanish\n"
)


def test_a_roles_sentences_under_a_languages_heading_stay_the_roles() -> None:
    kinds = {u.line.text: u.kind for u in _read(UNDER_LANGUAGES).units}
    assert kinds["Developed the client-side logic for booking forms in PHP and AJAX"] == "role"
    assert kinds["Built an admin portal on top of the MySQL database for the editors"] == "role"
    assert kinds["English"] == kinds["Spanish"] == "languages"  # a list stays a list


def test_a_languages_list_after_no_recovered_role_stays_languages() -> None:
    text = (
        "Jane Roe\nEXPERIENCE\nWeb Developer, Acme\n2017 - 2019\nBuilt sites.\n"
        "LANGUAGES\nFluent in English and conversational in Spanish\n"
    )
    kinds = {u.line.text: u.kind for u in _read(text).units}
    assert kinds["Fluent in English and conversational in Spanish"] == "languages"


# The other column's dates came apart: the title keeps only the month it started.
STARTED_ONLY = (
    "Jane Roe\nSKILLS\nPHP, MySQL\n"
    "Full-stack Developer Sep 2019\n"
    "Laravel, Vue\n"
    "Developing the shop's checkout in PHP and Laravel.\n"
)


def test_a_title_with_only_its_start_month_is_a_role_of_no_years() -> None:
    cv = _read(STARTED_ONLY)
    kinds = {u.line.text: u.kind for u in cv.units}
    assert [e.quote for e in cv.entries] == ["Full-stack Developer Sep 2019"]
    assert kinds["Developing the shop's checkout in PHP and Laravel."] == "role"
    assert kinds["Laravel, Vue"] == "skills"  # a list stays a list
    assert cv.years == 0.0  # no end written: no years guessed


def test_a_skill_or_a_study_with_a_month_is_no_role() -> None:
    for line in ("Python Sep 2019", "Graduated in Computing Sep 2019"):
        assert _read(f"Jane Roe\nSKILLS\n{line}\nBuilt a game in it for fun.\n").entries == ()
