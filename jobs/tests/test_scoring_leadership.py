"""A criterion named for leadership is met by lines that show leading, not by lines of the same work (#9).

"Charge nurse and shift leadership: staff assignments, patient acuity, coordinating the unit through a
shift" shares most of its words with any nurse's shift ("cared for 6 patients per 12-hour shift under
supervision"): those words say where the leading happens, not that it happened.
"""

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

CHARGE = Rubric(
    role_title="Charge Nurse",
    description="",
    criteria=(
        Criterion(
            "Charge nurse and shift leadership",
            "Has served as charge nurse or unit lead: staff assignments, patient acuity and flow,"
            " coordinating the unit through a shift",
        ),
    ),
)

SUPERVISED = """Alex Example
EXPERIENCE
Staff Nurse, St Mary's Hospital
2021 - 2024
- Cared for 6-8 medical-surgical patients per 12-hour shift under a preceptor's supervision.
- Coordinated patient care with physicians and physical therapists.
"""

LEADING = """Sam Example
EXPERIENCE
Charge Nurse, St Mary's Hospital
2019 - 2024
- Made staff assignments by patient acuity for 7 nurses and 3 nursing assistants each shift.
- Coordinated admissions and patient flow through the unit.
"""


def _score(cv: str) -> int:
    return OfflineScorer().score(cv, CHARGE).criteria[0].score


def test_a_shift_worked_under_supervision_is_not_shift_leadership() -> None:
    assert _score(SUPERVISED) <= 5  # was 9: its words and meaning are the unit's, not the leading


def test_a_charge_nurse_leads_the_shift() -> None:
    assert _score(LEADING) >= 8
