"""A degree or licence is held in full on the one line that holds it (#9).

Skills and work show in more lines the more they were used, so one line of a role scores 7/10 and three 10/10;
a credential is written once. "BSc Computer Science" scored 5/10 against "Bachelor's degree in Computer
Science or related field": one line on the curve, and its words ("BSc") far from the criterion's.
"""

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

DEGREE = Criterion("Degree", "Bachelor's degree in Computer Science or related field")
LICENCE = Criterion("RN licence", "Active Registered Nurse (RN) licence")


def _cv(education: str) -> str:
    return f"""Sam Example
EXPERIENCE
Backend Engineer, Ledgerline
2019 - 2024
- Built payment services in Python and Django.
EDUCATION
{education}
"""


def _score(criterion: Criterion, cv: str) -> int:
    rubric = Rubric(role_title="Engineer", description="", criteria=(criterion,))
    return OfflineScorer().score(cv, rubric).criteria[0].score


@pytest.mark.parametrize(
    "line", ["BSc Computer Science, University of Leeds, 2011 - 2014", "B.S. in Computer Science, 2015"]
)
def test_the_degree_asked_on_one_line_meets_it(line: str) -> None:
    assert _score(DEGREE, _cv(line)) >= 9


def test_a_degree_in_an_unrelated_subject_is_not_the_one_asked() -> None:
    assert _score(DEGREE, _cv("BA History, University of York, 2011 - 2014")) <= 5


def test_the_licence_asked_on_one_line_meets_it() -> None:
    nurse = "Alex Example\nLICENSES\nRegistered Nurse (RN), Texas Board of Nursing, active\n"
    assert _score(LICENCE, nurse) >= 8  # was 7: one line on the curve


DRIVER = """Sam Example
EXPERIENCE
Delivery Driver, Parcelhop
2019 - 2024
- Delivered 120 parcels a day across Leeds.
{heading}
{line}
"""


@pytest.mark.parametrize("heading", ["LICENCES", "SKILLS", "OTHER"])
@pytest.mark.parametrize(
    "line", ["Full clean UK driving licence (Category B), own car", "Valid driver's license, CDL Class A"]
)
def test_a_driving_licence_listed_anywhere_is_held(heading: str, line: str) -> None:
    # Not in the vocabulary, it was met by words alone (4-5/10), and a Skills or Other list weighed as a
    # bare mention; a licence listed is a licence claimed.
    criterion = Criterion("Driving licence", "Valid driver's license")
    assert _score(criterion, DRIVER.format(heading=heading, line=line)) >= 8


def test_no_driving_licence_is_none() -> None:
    criterion = Criterion("Driving licence", "A current driving licence")
    assert _score(criterion, DRIVER.format(heading="SKILLS", line="Route planning, customer service")) == 0


def test_a_line_naming_the_spelled_out_credential_holds_it() -> None:
    # "PGCE Primary with QTS" scored 5/10 for "Qualified Teacher Status (QTS)": its other words are far.
    teacher = """Priya Example
EXPERIENCE
Year 4 Class Teacher, Oakfield Primary School
Sep 2019 - Present
- Planned and taught the KS2 curriculum to a class of 30.
EDUCATION
PGCE Primary with QTS, University of Leeds, 2019
"""
    qts = Criterion("QTS", "Qualified Teacher Status (QTS) or equivalent")
    rubric = Rubric(role_title="Primary Teacher", description="", criteria=(qts,))
    assert OfflineScorer().score(teacher, rubric).criteria[0].score >= 9


MECHANICAL = Criterion("Engineering degree", "BEng/BSc in Mechanical Engineering")


def test_the_degree_asked_with_its_subject_is_held_and_another_subject_is_not() -> None:
    # "BEng (Hons) Mechanical Engineering" scored 8 (its "BSc" and "degree" counted as aspects it lacked),
    # and "BSc Civil Engineering" 8 too (a degree line was the credential whatever its subject).
    mechanical = _score(MECHANICAL, _cv("BEng (Hons) Mechanical Engineering, University of Sheffield, 2015"))
    civil = _score(MECHANICAL, _cv("BSc Civil Engineering, University of Leeds, 2016"))
    assert mechanical == 10 and civil < mechanical


@pytest.mark.parametrize("line", ["MSc Statistics, University of Leeds, 2018", "MSc Data Science, 2018"])
def test_a_degree_in_either_subject_asked_holds_it(line: str) -> None:
    # "Data Science or Statistics": one subject is the degree asked (Data Science scored 8, Statistics 10).
    degree = Criterion("Degree", "Master's degree in Data Science or Statistics")
    rubric = Rubric(role_title="Data Scientist", description="", criteria=(degree,))
    assert OfflineScorer().score(_cv(line), rubric).criteria[0].score == 10


@pytest.mark.parametrize(
    ("description", "line", "held"),
    [
        ("Master's degree in Statistics", "BSc Statistics, 2016", False),
        ("Master's degree in Statistics", "PhD Statistics, 2020", True),
        ("Bachelor's or Master's degree in Statistics", "BSc Statistics, 2016", True),
        ("PhD in Statistics or Machine Learning", "MSc Statistics, 2018", False),
        ("Degree in Statistics", "BSc Statistics, 2016", True),
    ],
)
def test_a_degree_below_the_level_asked_is_not_the_one_asked(description: str, line: str, held: bool) -> None:
    # A bachelor's was held in full against "Master's degree in Statistics": the Degree skill is any level.
    rubric = Rubric(role_title="Statistician", description="", criteria=(Criterion("Degree", description),))
    score = OfflineScorer().score(_cv(line), rubric).criteria[0].score
    assert (score == 10) is held and score >= 5
