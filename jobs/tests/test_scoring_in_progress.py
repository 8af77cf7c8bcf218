"""A credential still being earned shows the field, not the credential (jobs/scoring/in_progress.py)."""

import pytest

from jobs.scoring import in_progress
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
LICENCE = Criterion("Gas qualification", "Gas Safe registered engineer, NVQ Level 3 in gas installation")
RUBRIC = Rubric("Gas engineer", "", (LICENCE,), blind=False)


@pytest.mark.parametrize(
    "line",
    [
        "NVQ Level 3 Gas Installation - portfolio in progress",
        "Studying towards the ACCA qualification (3 of 13 papers passed)",
        "BSc Adult Nursing, Lakeside University (expected 2027)",
        "MSc Physiotherapy - expected June 2026",
        "Currently completing my Level 4 Diploma in Management",
        "Provisional registration with the Dental Council",
        "Working towards Gas Safe registration",
        "Gas Safe assessment booked for March",
        "CPA candidate, two sections remaining",
    ],
)
def test_a_credential_being_earned_is_under_way(line: str) -> None:
    assert in_progress.under_way(line)


@pytest.mark.parametrize(
    "line",
    [
        "NVQ Level 3 Gas Installation (2019)",
        "Gas Safe registered, licence number 555123",
        "BSc Adult Nursing, Lakeside University, 2016 - 2019",
        "Completed the registration assessment in June 2024",
        "Progressed from apprentice to lead engineer",
        "Registered nurse applying for a doctorate in nursing practice",
        "Chartered accountant, currently studying for an MBA",
    ],
)
def test_a_credential_held_is_not(line: str) -> None:
    assert not in_progress.under_way(line)


def _cv(credential: str) -> str:
    return (
        "Sam Doe\nEXPERIENCE\nGas Engineer, Homeheat Ltd    Jan 2020 - Jan 2025\n"
        "- Installed and serviced domestic boilers\n"
        f"QUALIFICATIONS\n{credential}\n"
    )


def test_a_licence_in_progress_scores_below_one_held() -> None:
    held = SCORER.score(_cv("Gas Safe registered; NVQ Level 3 gas installation (2019)"), RUBRIC).criteria[0]
    earning = SCORER.score(
        _cv("Working towards Gas Safe registration; NVQ Level 3 in gas installation in progress"), RUBRIC
    ).criteria[0]
    assert held.score >= 7
    assert earning.score <= held.score // 2
