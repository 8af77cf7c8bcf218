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
