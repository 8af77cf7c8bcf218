"""The vocabulary of nursing outside the hospital, as a recruiter hiring a home health nurse reads it."""

from jobs.scoring import skills
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
HOME = "Home health and long-term care"


def test_care_settings_outside_the_hospital_are_home_and_long_term_care() -> None:
    for line in ("Charge nurse on the SNF and ALF units", "Made home visits for a hospice", "Long-term care"):
        assert HOME in skills.find_skills(line)


def test_home_and_care_as_ordinary_words_are_no_care_setting() -> None:
    for line in ("Worked from home on customer care", "Visits to client sites", "Oasis of calm; snf"):
        assert HOME not in skills.find_skills(line)


def test_plans_of_care_and_oasis_are_nursing_care_planning() -> None:
    assert "Nursing care planning" in skills.find_skills("Completed OASIS start-of-care assessments")
    assert "Nursing care planning" in skills.find_skills("Updated each plan of care with the physician")
    assert "Nursing care planning" not in skills.find_skills("Oasis of calm; a plan of action")


RUBRIC = Rubric(
    role_title="Home Health Nurse",
    description="",
    criteria=(Criterion("Home and community care", "Home health visits, hospice or long-term care"),),
    blind=False,
)
ROLE = "Experience\n2018 - present: Registered Nurse, Example Care Group\n{line}\n"


def test_a_long_term_care_nurse_meets_home_and_community_care_above_a_ward_nurse() -> None:
    ltc = SCORER.score(ROLE.format(line="Cared for residents of the SNF and assisted living units."), RUBRIC)
    ward = SCORER.score(ROLE.format(line="Cared for patients on a surgical ward of the hospital."), RUBRIC)
    assert ltc.criteria[0].score >= 7 and ward.criteria[0].score < ltc.criteria[0].score
