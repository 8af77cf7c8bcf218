"""Roles dated by the length beside their title add up to years (jobs/scoring/role_lengths.py)."""

import pytest

from jobs.scoring import listed_roles, role_lengths
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import CvProfile, read
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
YEARS = Criterion("Experience", "2+ years of professional web development")
LENGTHS = (
    "Sam Doe\nEXPERIENCE\n"
    "Web Developer (1 year 2 months)\nNorthwind Studio, Leeds\n"
    "Built shop websites with PHP and MySQL.\n"
    "Junior Web Developer (10 months)\nBluebird Agency, York\n"
    "Maintained client sites on WordPress.\n"
    "EDUCATION\nBSc Computing, Riverside University\n"
)


def _read(text: str) -> CvProfile:
    return role_lengths.dated(listed_roles.recovered(read(text, Rubric("x", "", (YEARS,), blind=False))))


def test_lengths_beside_titles_add_up_and_their_lines_belong_to_them() -> None:
    cv = _read(LENGTHS)
    entries = {u.line.text: u.entry for u in cv.units}
    assert [e.quote for e in cv.entries] == [
        "Web Developer (1 year 2 months)",
        "Junior Web Developer (10 months)",
    ]
    assert cv.years == 2.0
    assert entries["Built shop websites with PHP and MySQL."] == 0
    assert entries["Maintained client sites on WordPress."] == 1
    assert entries["BSc Computing, Riverside University"] is None
    # The first is taken to end with the CV's own "now", the next where the one above began.
    assert cv.entries[0].span.end == cv.latest == cv.entries[1].span.end + 14


def test_the_years_meet_a_years_criterion() -> None:
    rubric = Rubric("x", "", (YEARS,), blind=False)
    undated = LENGTHS.replace(" (1 year 2 months)", "").replace(" (10 months)", "")
    assert SCORER.score(undated, rubric).criteria[0].score < SCORER.score(LENGTHS, rubric).criteria[0].score
    assert SCORER.score(LENGTHS, rubric).criteria[0].score >= 8


@pytest.mark.parametrize(
    "line",
    [
        "Web Developer, Acme | Feb 2017 - Sep 2018 (1 year 8 months)",  # dated: the dates count
        "Python (5 years), SQL (3 years)",  # a skill's years, no job
        "Built a booking site for a local bakery over the summer with a friend (3 months)",  # no title
    ],
)
def test_a_length_that_is_no_undated_job_title_adds_no_role(line: str) -> None:
    text = f"EXPERIENCE\n{line}\nBuilt things.\n"
    plain = listed_roles.recovered(read(text, Rubric("x", "", (YEARS,), blind=False)))
    assert _read(text).entries == plain.entries
