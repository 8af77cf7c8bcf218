"""Study in the persona's field or a neighbouring one is a newcomer's transferable grounding (issue #9)."""

from jobs.scoring import field, transferable
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import read
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

BACKEND = Rubric(
    role_title="Backend Engineer",
    description="Builds and runs web services.",
    criteria=(
        Criterion("Python", "Python in production", weight=3),
        Criterion("Collaboration", "Works well with product and design", weight=1),
        Criterion("Experience", "2+ years of backend development", weight=2),
    ),
    min_years_experience=2,
    blind=False,
)

NURSE = Rubric(
    role_title="Registered Nurse",
    description="Cares for patients on a medical ward.",
    criteria=(
        Criterion("Patient care", "Caring for patients, communication with families", weight=3),
        Criterion("Licence", "Registered Nurse (RN) licence", weight=2, required=True),
    ),
    min_years_experience=1,
    blind=False,
)

OFFICE = Rubric(
    role_title="Office Administrator",
    description="Keeps a busy office running: front desk, phones, diaries and supplies.",
    criteria=(
        Criterion("Office administration", "Running the front desk, phones, mail and filing", weight=3),
        Criterion("Visitors", "Greeting visitors courteously", weight=1),
    ),
    min_years_experience=2,
    blind=False,
)

STUDENT = """Objective
To find a first position after my studies.
EDUCATION
{degree}
Riverside State University, expected May 2026
VOLUNTEER EXPERIENCE
Volunteer, Riverside Food Bank
Sep 2023 - Present
- Sorted donations and helped at weekend events.
"""

CAREER = """EXPERIENCE
{title}
Jan 2016 - Dec 2022
- Prepared monthly reconciliations of ledgers and bank statements.
- Closed the quarter's books on time with the audit team.
EDUCATION
{degree}
"""


def _scores(text: str, persona: Rubric) -> dict[str, int]:
    return {a.name: a.score for a in SCORER.score(text, persona).criteria}


def test_a_computer_science_student_has_grounding_for_a_backend_post_a_nursing_student_has_none() -> None:
    cs = _scores(STUDENT.format(degree="BSc Computer Science"), BACKEND)
    nursing = _scores(STUDENT.format(degree="BSc Nursing"), BACKEND)
    assert (cs["Collaboration"], cs["Experience"]) == (2, 2)
    assert (nursing["Collaboration"], nursing["Experience"]) == (0, 0)


def test_a_nursing_student_has_grounding_for_a_nurse_post_an_accountant_has_none() -> None:
    student = SCORER.score(STUDENT.format(degree="Nursing student, Riverside School of Nursing"), NURSE)
    accountant = SCORER.score(CAREER.format(title="Accountant", degree="BA Economics"), NURSE)
    assert student.criteria[0].score == 2
    assert "transferable" not in student.criteria[1].justification  # a licence is held or not
    assert [a.score for a in accountant.criteria] == [0, 0]


def test_a_concrete_skill_is_never_credited_to_study() -> None:
    assert _scores(STUDENT.format(degree="BSc Computer Science"), BACKEND)["Python"] == 0


def test_study_in_a_neighbouring_field_earns_half_the_credit_of_study_in_the_field() -> None:
    own = _scores(STUDENT.format(degree="Bachelor of Arts, Business Administration"), OFFICE)
    near = _scores(STUDENT.format(degree="BSc Accounting"), OFFICE)
    assert own == {"Office administration": 2, "Visitors": 2}
    assert near == {"Office administration": 1, "Visitors": 1}


def test_a_professional_is_grounded_by_his_career_not_by_an_old_degree() -> None:
    nurse = CAREER.format(title="Staff Nurse", degree="BSc Computer Science").replace(
        "Prepared monthly reconciliations of ledgers and bank statements.", "Cared for ward patients."
    )
    assert transferable.of_career(read(nurse, BACKEND), BACKEND) is None


def test_years_of_neighbouring_work_earn_more_than_study_in_the_field() -> None:
    accountant = CAREER.format(title="Senior Accountant", degree="BA Business Administration")
    assert _scores(accountant, OFFICE) == {"Office administration": 3, "Visitors": 3}


def test_the_study_credit_is_explained_in_the_justification_the_quotes_and_the_summary() -> None:
    out = SCORER.score(STUDENT.format(degree="BSc Computer Science"), BACKEND)
    experience = out.criteria[2]
    note = "transferable: a newcomer who studied in the field (software)"
    assert experience.justification == f"Not shown directly; {note}."
    assert experience.evidence == ("BSc Computer Science",)
    assert out.summary.endswith(f"Some criteria {note}.")


def test_an_education_line_is_placed_by_its_subject_not_by_its_school_or_students() -> None:
    assert field.study_fields("Lincoln High School, class of 2019") == frozenset()
    assert field.study_fields("Member of the Computer Science Students' Society") == {"software"}
    assert field.study_fields("Nursing student, Riverside School of Nursing") == {"healthcare"}


def test_a_student_with_no_job_is_weighed_in_the_field_studied_not_by_students_in_her_lines() -> None:
    text = (
        STUDENT.format(degree="BA Business Administration").replace(
            "To find a first position after my studies.", "To serve my fellow students in a campus office."
        )
        + "ACTIVITIES\nDebating society\n- Led discussions with groups of high school students.\n"
    )
    cv = read(text, OFFICE)
    assert field.studied(cv) == {"office"}
    assert field.place(cv, OFFICE).elsewhere == 1.0
