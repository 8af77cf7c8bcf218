"""A job whose title and dates a flattened two-column layout put under a Languages label is a job."""

from jobs.scoring import listed_roles
from jobs.scoring.profile import CvProfile, read
from jobs.scoring.types import Criterion, Rubric

YEARS = Criterion("Experience", "2+ years of professional backend development")
INTERLEAVED = (
    "Sam Lee\nBackend Developer\nsam@example.com\n"
    "Experience Skills\nLanguages:\nRust Developer\nRust, Python,\nHarbor Systems\nC++\nMar 2020 - Mar 2024\n"
    "Technologies:\n"
    "Built the order-matching backend in Rust with gRPC and PostgreSQL for the trading desk\n"
    "Kafka, Redis\n"
)


def _read(text: str) -> CvProfile:
    return listed_roles.recovered(read(text, Rubric("x", "", (YEARS,), blind=False)))


def test_dates_under_a_languages_label_with_a_title_a_few_lines_above_open_a_role() -> None:
    cv = _read(INTERLEAVED)
    kinds = {u.line.text: u.kind for u in cv.units}
    assert [e.quote for e in cv.entries] == ["Mar 2020 - Mar 2024"]
    assert cv.years == 4.0
    line = "Built the order-matching backend in Rust with gRPC and PostgreSQL for the trading desk"
    assert kinds[line] == "role"
    assert kinds["Kafka, Redis"] == "skills"  # the other column's list stays a list


def test_dates_in_a_languages_section_with_no_title_above_are_no_job() -> None:
    cv = _read("Sam Lee\nLanguages:\nEnglish (C1), German (B2)\nIELTS\nJun 2019 - Jun 2021\n")
    assert cv.entries == ()


def test_a_title_beyond_reach_or_behind_other_dates_is_not_the_dates_title() -> None:
    far = "Sam Lee\nLanguages:\nRust Developer\nRust\nPython\nGo\nC++\nSQL\nMar 2020 - Mar 2024\n"
    behind = "Sam Lee\nLanguages:\nRust Developer\n2015 - 2016\nRust\nMar 2020 - Mar 2024\n"
    assert _read(far).entries == ()
    assert [e.quote for e in _read(behind).entries] == ["2015 - 2016"]
