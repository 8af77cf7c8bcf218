"""A credential asked "with" another part ("2365 with AM2"): met in part while the CV says it is to come."""

from jobs.scoring import with_parts
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
QUALIFICATION = Criterion(
    name="Gas qualification",
    description="Qualified gas engineer: ACS certificates with CCN1, or a Level 3 Diploma in gas utilisation",
    weight=1,
)
RUBRIC = Rubric(role_title="Gas Engineer", description="", criteria=(QUALIFICATION,))
CV = (
    "Robin Hale\nGas Engineer\n\nExperience\nHeating Engineer, Warmhouse Services, 2019 - 2024\n"
    "Boiler servicing and breakdowns on domestic heating systems\n\nQualifications\n"
    "ACS certificates in domestic gas (CENWAT, HTR1, CKR1), 2022\n{ccn1}\n"
)


def test_the_parts_asked_with_a_credential_are_its_codes_and_acronyms() -> None:
    assert with_parts.asked(QUALIFICATION.description) == ("CCN1",)
    assert with_parts.asked("Registered pharmacist with the GPhC, MPharm degree") == ("GPhC",)
    assert with_parts.asked("Works with designers and with schools") == ()


def test_a_part_still_to_come_meets_the_credential_in_part() -> None:
    held = SCORER.score(CV.format(ccn1="CCN1 core gas safety, passed 2022"), RUBRIC).criteria[0]
    pending = SCORER.score(CV.format(ccn1="CCN1 assessment booked for March 2027"), RUBRIC).criteria[0]
    assert pending.score < held.score
    assert "CCN1 still to come" in pending.justification
    assert "still to come" not in held.justification


def test_a_cv_that_never_names_the_part_is_left_alone() -> None:
    named = SCORER.score(CV.format(ccn1="CCN1 core gas safety, passed 2022"), RUBRIC).criteria[0]
    silent = SCORER.score(CV.format(ccn1=""), RUBRIC).criteria[0]
    assert "still to come" not in silent.justification
    assert silent.score >= named.score - 1
