"""Ranges split over lines, and a degree's years kept out of work experience (jobs/scoring/work_dates.py)."""

from jobs.scoring.experience import AS_OF
from jobs.scoring.work_dates import work_spans

PRESENT = AS_OF[0] * 12 + AS_OF[1] - 1


def _month(year: int, month: int) -> int:
    return year * 12 + month - 1


def _ranges(lines: list[str]) -> dict[str, tuple[int, int]]:
    found = work_spans(lines, PRESENT)
    return {line: (s.start, s.end) for line, spans in zip(lines, found, strict=True) for s in spans}


def test_a_start_opening_the_title_line_ends_on_a_line_below() -> None:
    lines = [
        "Northwind Ltd",
        "March 2020 Team Lead",
        "currently working",
        "Planned the work of two teams.",
        "June 2016 Systems Analyst",
        "March 2020",
        "Wrote requirements.",
    ]
    assert _ranges(lines) == {
        "March 2020 Team Lead": (_month(2020, 3), PRESENT),
        "June 2016 Systems Analyst": (_month(2016, 6), _month(2020, 3)),
    }


def test_an_end_month_and_its_year_on_separate_lines() -> None:
    # A two-column table flattened to text: the end month, a line of the description, then the year.
    lines = ["May 2014 Database Developer", "October", "Built the reporting schema.", "2017", "Next role"]
    assert _ranges(lines) == {"May 2014 Database Developer": (_month(2014, 5), _month(2017, 10))}


def test_a_dash_ending_one_line_and_present_the_next() -> None:
    lines = ["Web Developer, Acme", "July 2019 \u2013", "Present", "Built the shop front."]
    assert _ranges(lines) == {"July 2019 \u2013": (_month(2019, 7), PRESENT)}


def test_a_date_inside_a_sentence_or_followed_by_another_role_starts_nothing() -> None:
    lines = ["Promoted in May 2019 to lead the team", "2021", "June 2018 Analyst", "Jan 2020 Senior Analyst"]
    assert _ranges(lines) == {}


def test_a_degree_or_a_school_dates_study_not_work() -> None:
    lines = [
        "BSc Computer Science 2016 - 2020",
        "Riverside University \u00b7 2012 - 2016",
        "Bachelor of Arts",
        "Support Technician, Riverside University 2020 - 2022",
        "Staff Nurse, University Hospital 2010 - 2015",
        "Lakeside College 2005 - 2009",
        "Adjunct Instructor",
    ]
    # A job named on the line or just around it is work, even at a university; a hospital is a workplace.
    assert _ranges(lines) == {
        "Support Technician, Riverside University 2020 - 2022": (_month(2020, 7), _month(2022, 7)),
        "Staff Nurse, University Hospital 2010 - 2015": (_month(2010, 7), _month(2015, 7)),
        "Lakeside College 2005 - 2009": (_month(2005, 7), _month(2009, 7)),
    }


def test_dates_on_lines_of_their_own_below_a_degree_are_study() -> None:
    assert _ranges(["Master of Science in Statistics", "2018 - 2020", "Thesis on survival models"]) == {}
