"""Years of "licensed nursing experience" are the years of the roles titled as a nurse (#9)."""

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.titled_as import occupations_asked
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()


def test_a_holders_grade_before_the_work_names_the_occupation() -> None:
    assert occupations_asked("2+ years of licensed nursing experience") == (frozenset({"nurs"}),)
    assert occupations_asked("3 years of qualified plumbing work") == (frozenset({"plumb"}),)


def test_years_of_work_without_a_holders_grade_name_no_occupation() -> None:
    assert occupations_asked("5+ years of professional software development") == ()
    assert occupations_asked("3+ years of nursing experience") == ()


NURSE = Rubric(
    role_title="Home Health Nurse",
    description="",
    criteria=(Criterion("Experience", "2+ years of licensed nursing experience"),),
    blind=False,
)

CV = """Sam Example
EXPERIENCE
RN Charge Nurse
July 2015 to June 2021 Riverside Care Centre
Assessed residents, reviewed charts and signed off orders.
Administrative Assistant
2010 to 2015 Example Offices
Filed reports and answered the phones.
"""


def test_the_years_of_a_role_titled_as_a_nurse_count() -> None:
    result = SCORER.score(CV, NURSE).criteria[0]
    # Without the rule the role's one word "Nurse" placed no years in the domain: "Not evidenced" (0).
    assert result.justification.startswith("about 5.9 years of relevant experience against 2 wanted")
    assert result.score == 8
