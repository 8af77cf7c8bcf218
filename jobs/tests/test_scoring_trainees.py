"""A learner's years (apprentice, trainee, intern, placement) count half towards years in an occupation."""

import pytest

from jobs.scoring import trainees
from jobs.scoring.criteria import need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import read
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
YEARS = Criterion("Experience", "4+ years as a plumber")
RUBRIC = Rubric("Plumber", "", (YEARS,), blind=False)
QUALIFIED_YEARS = Criterion("Experience", "4+ years as a qualified plumber")
QUALIFIED = (
    "Alex Doe\nEXPERIENCE\n"
    "Plumber, Flowright Ltd, Hull    Jan 2023 - Jan 2025\n"
    "- Fitted boilers and bathroom suites\n"
    "Plumber, Tapco Services, Hull    Jan 2021 - Jan 2023\n"
    "- Repaired leaks and replaced radiators\n"
)
LEARNING = QUALIFIED.replace("Plumber, Tapco", "Apprentice Plumber, Tapco")


@pytest.mark.parametrize(
    "title",
    [
        "Apprentice Plumber, Flowright Ltd",
        "Foundation Trainee Pharmacist, Riverside Chemists",
        "Data Science Intern, Northwind Analytics",
        "Summer Internship - Marketing",
        "Student placements (2019 - 2022): wards and clinics",
        "Student Nurse, Lakeside Hospital",
        "Improver Electrician, Sparkline Contracting",
        "Pre-registration Pharmacist, Hill Street Pharmacy",
        "Graduate Scheme - Finance, Blue Bank",
    ],
)
def test_a_learners_title_is_read_as_one(title: str) -> None:
    assert trainees.is_learner_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "Senior Plumber, Flowright Ltd",
        "Supervised an apprentice on domestic jobs",
        "Mentored two interns over the summer",
        "Student Services Adviser, Riverside University",
        "Working Student - Web Development, Hansa Software",
        "Student position, Web Developer",
        "International Sales Manager",
        "Training Manager, Acme",
    ],
)
def test_a_qualified_title_or_someone_elses_learning_is_not(title: str) -> None:
    assert not trainees.is_learner_title(title)


def test_an_apprenticeship_counts_half_its_years() -> None:
    cv = read(LEARNING, RUBRIC)
    assert trainees.learner_roles(cv) == frozenset({1})
    assert trainees.years(cv, {0, 1}) == 3.0  # two qualified years and two learning ones at half
    assert trainees.years(read(QUALIFIED, RUBRIC), {0, 1}) == 4.0


def test_a_learners_years_score_below_a_qualified_ones() -> None:
    learning = SCORER.score(LEARNING, RUBRIC).criteria[0]
    qualified = SCORER.score(QUALIFIED, RUBRIC).criteria[0]
    assert learning.score < qualified.score
    assert learning.justification.startswith("about 3 years of relevant experience against 4 wanted")
    assert qualified.justification.startswith("about 4 years of relevant experience against 4 wanted")


def test_a_learners_years_are_none_of_the_years_as_a_qualified_one() -> None:
    rubric = Rubric("Plumber", "", (QUALIFIED_YEARS,), blind=False)
    learning = SCORER.score(LEARNING, rubric).criteria[0]
    qualified = SCORER.score(QUALIFIED, rubric).criteria[0]
    assert learning.justification.startswith("about 2 years of relevant experience against 4 wanted")
    assert qualified.justification.startswith("about 4 years of relevant experience against 4 wanted")


@pytest.mark.parametrize(
    ("description", "share"),
    [
        ("3+ years as a qualified electrician", 0.0),
        ("2+ years as a registered nurse", 0.0),
        ("5+ years as a chartered accountant", 0.0),
        ("2+ years as a pharmacist", trainees.SHARE),
        ("3+ years of backend development", trainees.SHARE),
    ],
)
def test_only_years_as_a_qualified_one_leave_out_a_learners(description: str, share: float) -> None:
    assert trainees.share(need("Experience", description, 3).keywords) == share


def test_an_internship_alone_falls_short_of_the_persona_minimum() -> None:
    rubric = Rubric("Analyst", "", (Criterion("SQL", "SQL queries and reporting"),), min_years_experience=1)
    intern = (
        "EXPERIENCE\nData Analyst Intern, Northwind    Jan 2024 - Dec 2024\n"
        "- Wrote SQL queries for weekly reporting\n"
    )
    analyst = intern.replace("Data Analyst Intern", "Data Analyst")
    assert SCORER.score(analyst, rubric).criteria[0].score > SCORER.score(intern, rubric).criteria[0].score
