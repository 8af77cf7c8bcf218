"""Years from date ranges, the same whatever the calendar day (jobs/scoring/experience.py)."""

import pytest

from jobs.scoring.experience import (
    AS_OF,
    Span,
    claimed_years,
    find_spans,
    latest_month,
    unseparated_spans,
    years,
)

PRESENT = AS_OF[0] * 12 + AS_OF[1] - 1


def _month(year: int, month: int) -> int:
    return year * 12 + month - 1


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("2018 - present", (2018, 7), AS_OF),
        ("Jan 2019 \u2013 Mar 2021", (2019, 1), (2021, 3)),
        ("03/2017 - 06/2020", (2017, 3), (2020, 6)),
        ("12/03/2017 - 15/06/2020", (2017, 3), (2020, 6)),
        ("2019-03 \u2013 2021-11", (2019, 3), (2021, 11)),
        ("Sept. 2014 - Dec. 2016", (2014, 9), (2016, 12)),
        ("Developer at Acme - Feb/2018 - Nov/2018 - Remote", (2018, 2), (2018, 11)),
        ("Jan-2019 - Mar-2020", (2019, 1), (2020, 3)),
        ("June 2020 to July 2021", (2020, 6), (2021, 7)),
        ("janvier 2015 - aujourd'hui", (2015, 1), AS_OF),
        ("septembre 2016 - décembre 2018", (2016, 9), (2018, 12)),
        ("enero 2016 \u2013 actualidad", (2016, 1), AS_OF),
        ("de 2015 a 2018", (2015, 7), (2018, 7)),
        ("März 2012 bis heute", (2012, 3), AS_OF),
        ("Since 2019", (2019, 7), AS_OF),
        ("depuis 2020", (2020, 7), AS_OF),
        ("2017 \u2013 2019:  Full stack developer", (2017, 7), (2019, 7)),
        ("C++Nov 2021 - PresentTechnologies", (2021, 11), AS_OF),
        ("Sep 15 - NOW", (2015, 9), AS_OF),
        ("Jan 15 - Sep 15", (2015, 1), (2015, 9)),
    ],
)
def test_date_ranges(line: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    assert [(s.start, s.end) for s in find_spans(line, PRESENT)] == [(_month(*start), _month(*end))]


@pytest.mark.parametrize(
    "line",
    ["año\u2013año", "Python 3.11 and Django 4.2", "Top 10 of 2019", "2025 - 2019", "May 15", "May 15 - 20"],
)
def test_not_ranges(line: str) -> None:
    assert find_spans(line, PRESENT) == []


def test_years_merge_overlaps_and_count_year_only_as_mid_year() -> None:
    spans = find_spans("2010 - 2014", PRESENT) + find_spans("2012 - 2016", PRESENT)
    spans += find_spans("Jan 2018 - Jan 2019", PRESENT)
    assert years(spans) == 7.0  # 2010-07..2016-07 merged, plus 12 months


def test_no_spans_is_zero_years() -> None:
    assert years([]) == 0.0


def test_present_is_fixed_not_the_calendar_day() -> None:
    assert latest_month("Worked 2018 - present") == PRESENT
    assert find_spans("2018 - present", latest_month("")) == [Span(_month(2018, 7), PRESENT, True)]


def test_a_later_date_in_the_cv_moves_present_forward() -> None:
    assert latest_month("Certificate, March 2031") == _month(2031, 3)


def test_claimed_years() -> None:
    assert claimed_years("3+ years of experience, 5+ years total") == 5
    assert claimed_years("8 ans d'expérience") == 8


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Platform Engineer Sep. 2023 Mar. 2024", (2023, 9), (2024, 3)),  # the dash lost in extraction
        ("2011 2017 Faculty of Physics", (2011, 7), (2017, 7)),
        ("Support Analyst Jan 2019 Present", (2019, 1), AS_OF),
        ("3/2023 10/2023 Web developer", (2023, 3), (2023, 10)),
    ],
)
def test_ranges_whose_separator_was_lost(line: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    assert [(s.start, s.end) for s in unseparated_spans(line, PRESENT)] == [(_month(*start), _month(*end))]
    assert find_spans(line, PRESENT) == []  # not counted where ranges tell a CV from other documents


@pytest.mark.parametrize(
    "line",
    ["Awards 2019 2020 2021", "Met on May 15 2019", "Summit 2018 07/2018", "2020 2018", "call 2011 2017 33"],
)
def test_two_dates_side_by_side_are_not_always_a_range(line: str) -> None:
    # A run of years is a list, a day-month is not a year, one date written twice is no time at all.
    assert unseparated_spans(line, PRESENT) == []


def test_years_written_in_words_are_claims_too() -> None:
    assert claimed_years("Office manager with over ten years of experience") == 10
    assert claimed_years("three years in help desk support, 2 years before that") == 3
    assert claimed_years("a two-year diploma") == 0  # the length of a course, not a stated total


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Delivered nursing care for pediatric patients ages 6 months to 17 years", 0),
        ("Taught children aged 3-11 years in mixed-ability classes", 0),
        ("Pupils between the ages of 4 and 7 years", 0),
        ("Students aged eleven to sixteen years", 0),
        ("Screened adults 65 years and older for falls risk", 0),
        ("Refactored a 10-year-old billing codebase", 0),
        # Experience stays a claim, also beside somebody's age.
        ("Registered Nurse with 8 years of experience", 8),
        ("Cared for patients aged 65+ over 12 years on the ward", 12),
        ("Over ten years of experience in sales", 10),
    ],
)
def test_an_age_is_not_a_stated_total_of_experience(line: str, years: int) -> None:
    # A new-graduate nurse's "ages 6 months to 17 years" read as 17 years of experience.
    assert claimed_years(line) == years
