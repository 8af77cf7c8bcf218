"""Years "as a <occupation>" the vocabulary does not know are dated by the roles titled with it (#9)."""

import pytest

from jobs.scoring.criteria import CREDENTIAL, need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.titled_as import claims_another, occupations_asked
from jobs.scoring.types import Criterion, Rubric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3+ years as a qualified plumber", ({"plumb"},)),
        ("5+ years as a social worker in child protection", ({"social", "work"},)),
        ("3+ years as a business or systems analyst", ({"busi", "analyst"}, {"system", "analyst"})),
        ("2+ years as a physiotherapist, msk outpatients preferred", ({"physiotherapist"},)),
        ("3 years as a chef/cook", ({"chef"}, {"cook"})),
        ("5+ years of backend development", ()),
    ],
)
def test_the_occupation_after_as_a_is_read_ungraded(text: str, expected: tuple[set[str], ...]) -> None:
    assert occupations_asked(text) == tuple(frozenset(each) for each in expected)


PLUMBER = Rubric(
    role_title="Plumber",
    description="",
    criteria=(Criterion("Experience", "3+ years as a qualified plumber"),),
    blind=False,
)

PLUMBER_CV = """Chris Example
EXPERIENCE
Plumber, Severn Heating Ltd
April 2019 - April 2025
- Bathroom refits, copper and plastic pipework, unvented cylinders.
Labourer, Brick & Co
2016 - 2019
- Site clearance and deliveries.
"""


def test_a_role_titled_with_an_unknown_occupation_dates_its_years() -> None:
    # "Qualified" is one of the criterion's two words: the title alone was never relevant enough to count.
    years = OfflineScorer().score(PLUMBER_CV, PLUMBER).criteria[0]
    assert "about 6 years of relevant experience" in years.justification  # was "Not evidenced", 0
    assert years.score == 8


def test_an_occupation_the_table_knows_is_read_as_one_not_by_its_words() -> None:
    # "Physiotherapist" is an occupation (skills_professions): its titles are read by occupation.py.
    assert need("Experience", "2+ years as a physiotherapist", 2).titled_as == ()


@pytest.mark.parametrize(
    ("claim", "another"),
    [
        ("with four years' earlier experience as a family support worker", True),
        ("six years as a qualified social worker in children's services", False),
        ("social worker with 9 years in safeguarding teams", False),  # names no other occupation
    ],
)
def test_a_stated_total_as_another_occupation_is_not_the_one_asked(claim: str, another: bool) -> None:
    asked = need("Experience", "2+ years as a qualified social worker", 2).titled_as
    assert claims_another(asked, claim) is another


SOCIAL_WORK = Rubric(
    role_title="Children's Social Worker",
    description="",
    criteria=(Criterion("Experience", "2+ years as a qualified social worker"),),
    blind=False,
)

NEWLY_QUALIFIED_CV = """Jo Example
PROFILE
Newly qualified social worker in a children in need team, with four years'
earlier experience as a family support worker.
EXPERIENCE
Social Worker (ASYE), Bristol City Council
October 2025 - present
- Child and family assessments.
"""


def test_a_total_stated_as_another_occupation_dates_no_years_in_this_one() -> None:
    years = OfflineScorer().score(NEWLY_QUALIFIED_CV, SOCIAL_WORK).criteria[0]
    assert "about 1.1 years of relevant experience" in years.justification  # was "about 4 years (stated)"


def test_a_registration_written_with_its_number_is_a_credential() -> None:
    assert CREDENTIAL.search("social work england registration: sw54321")
    assert CREDENTIAL.search("gphc registration no. 2071234")
    assert not CREDENTIAL.search("patient registration, medical records")  # front-desk work
