"""A concrete skill only named by a CV whose career is far off counts less than one a near career names."""

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

DATA = Rubric(
    role_title="Data Scientist",
    description="Builds prediction models from business data.",
    criteria=(Criterion("Python", "Python for modelling", weight=3),),
    min_years_experience=0,
    blind=False,
)

CAREER = """EXPERIENCE
{title}, Northfield
Jan 2016 - Present
- {duty}
{rest}"""
NURSE = {"title": "Staff Nurse", "duty": "Cared for patients on a busy surgical ward."}
DEVELOPER = {"title": "Software Developer", "duty": "Built web pages for small business clients."}
LISTED = "SKILLS\nPython, Excel, Word\n"


def _python(text: str) -> int:
    return {a.name: a.score for a in SCORER.score(text, DATA).criteria}["Python"]


def test_a_skill_listed_by_a_far_off_career_counts_less_than_by_a_near_one() -> None:
    nurse = _python(CAREER.format(**NURSE, rest=LISTED))
    developer = _python(CAREER.format(**DEVELOPER, rest=LISTED))
    assert (nurse, developer) == (2, 3)


def test_a_skill_used_in_a_dated_role_keeps_its_evidence_in_any_field() -> None:
    duty = "Wrote Python scripts to forecast ward admissions."
    nurse = _python(CAREER.format(title="Staff Nurse", duty=duty, rest=""))
    developer = _python(CAREER.format(title="Software Developer", duty=duty, rest=""))
    assert nurse == developer == 5


def test_a_course_in_the_persona_field_counts_whatever_the_career() -> None:
    course = "EDUCATION\nMSc Statistics, modelling in Python, 2015\n"
    nurse = _python(CAREER.format(**NURSE, rest=course))
    developer = _python(CAREER.format(**DEVELOPER, rest=course))
    assert nurse == developer == 4


NURSING = Rubric(
    role_title="Registered Nurse",
    description="Cares for patients on a hospital ward.",
    criteria=(Criterion("Experience", "2+ years of nursing experience", weight=2),),
    min_years_experience=0,
    blind=False,
)

NEAR_THE_WARD = """EXPERIENCE
{title}, Northfield
Jan 2018 - Dec 2022
- Built the scheduling app the hospital's nursing staff use on the wards.
- Trained nurses and patients to use its medication reminders.
"""


def _experience(title: str) -> int:
    scored = SCORER.score(NEAR_THE_WARD.format(title=title), NURSING).criteria
    return {a.name: a.score for a in scored}["Experience"]


def test_years_in_a_far_off_field_are_not_years_in_the_field_its_lines_come_near() -> None:
    # A developer writing about nurses spent his years in software; an unplaced role is read by its lines.
    assert (_experience("Software Developer"), _experience("Team Member")) == (1, 10)


DATA_YEARS = Rubric(
    role_title="Data Scientist",
    description="Builds prediction models from business data.",
    criteria=(Criterion("Experience", "2+ years in data science or machine learning", weight=2),),
    min_years_experience=0,
    blind=False,
)

MARKETING = """EXPERIENCE
Marketing Specialist, Northfield
Jan 2018 - Dec 2022
- Ran the spring campaigns for our retail brands.
{lines}"""


def _data_years(lines: str) -> int:
    scored = SCORER.score(MARKETING.format(lines=lines), DATA_YEARS).criteria
    return {a.name: a.score for a in scored}["Experience"]


def test_a_far_off_role_is_in_the_domain_when_two_of_its_lines_name_its_skills() -> None:
    once = "- Trained a machine learning model to predict churn.\n"
    twice = once + "- Deployed machine learning models for campaign targeting.\n"
    assert (_data_years(once), _data_years(twice)) == (2, 9)


ACCOUNTANT = Rubric(
    role_title="Staff Accountant",
    description="Keeps the books and closes the month.",
    criteria=(Criterion("Qualification", "CPA, or a degree in accounting or finance", weight=2),),
    min_years_experience=0,
    blind=False,
)


def _qualification(degree: str) -> int:
    text = f"EDUCATION\n{degree}\nRiverside State University, 2012\n"
    return {a.name: a.score for a in SCORER.score(text, ACCOUNTANT).criteria}["Qualification"]


def test_a_degree_meets_a_degree_in_a_field_as_far_as_its_subject_is_near() -> None:
    nursing = _qualification("Bachelor of Science in Nursing")
    unplaced = _qualification("Bachelor of Arts")
    accounting = _qualification("Bachelor of Science in Accounting")
    assert (nursing, unplaced, accounting) == (1, 4, 10)  # the one line holding the degree asked is all of it


OFFICE_BUDGET = Rubric(
    role_title="Office Coordinator",
    description="Runs a busy office: front desk, phones, supplies.",
    criteria=(Criterion("Budget", "Keeping to the office budget", weight=1),),
    min_years_experience=0,
    blind=False,
)


def _budget(title: str) -> int:
    text = f"EXPERIENCE\n{title}, Northfield\nJan 2018 - Present\n- Managed the team's budget each quarter.\n"
    return {a.name: a.score for a in SCORER.score(text, OFFICE_BUDGET).criteria}["Budget"]


def test_a_budget_is_weighed_by_the_field_it_was_kept_in() -> None:
    # A budget held is budget work in any field, but a ward's budget is less of an office's than its own.
    assert (_budget("Staff Nurse"), _budget("Office Manager")) == (4, 6)


def test_only_a_career_of_dated_roles_weakens_a_skill_it_only_names() -> None:
    # A nursing student's listed Python is not yet a nurse's: no career stands beside it.
    study = "EDUCATION\nBachelor of Science in Nursing, 2024\n" + LISTED
    unplaced = CAREER.format(title="Team Member", duty="Helped at weekend events.", rest=LISTED)
    assert _python(study) == _python(unplaced) == 3
    assert _python(CAREER.format(**NURSE, rest=LISTED)) == 2


STATISTICS = Rubric(
    role_title="Data Scientist",
    description="Builds prediction models from business data.",
    criteria=(Criterion("Applied statistics", "Statistical testing, regression, experiment design"),),
    min_years_experience=0,
    blind=False,
)


def _statistics(title: str) -> int:
    text = f"EXPERIENCE\n{title}, Northfield\nJan 2018 - Present\n- Ran A/B tests on the spring campaigns.\n"
    return {a.name: a.score for a in SCORER.score(text, STATISTICS).criteria}["Applied statistics"]


def test_an_a_b_test_in_a_far_off_role_counts_as_a_skill_only_named_there() -> None:
    # Marketers A/B-test their campaigns: statistics, but less of it than a data analyst's same test.
    assert (_statistics("Marketing Specialist"), _statistics("Data Analyst")) == (4, 5)
