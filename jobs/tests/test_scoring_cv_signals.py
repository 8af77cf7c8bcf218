"""Counting a text's date ranges without scanning it for its latest date unless a range needs it."""

from pathlib import Path

import pytest

from jobs.scoring.cv_signals import date_ranges
from jobs.scoring.experience import find_spans, latest_month

BENCH_CVS = Path(__file__).resolve().parents[2] / "bench" / "quality" / "cvs"


def _reference(text: str) -> int:
    """The count as `check_is_cv` first wrote it: every line's spans, "present" the CV's latest month."""
    present = latest_month(text)
    return len({span for line in text.splitlines() for span in find_spans(line, present)})


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Engineer 2018 - present\nAnalyst 2015 - 2018\nIntern 2015 - 2018", 2),
        ("Engineer Jan 2019 - Mar 2021\nNurse since 2021", 2),
        ("Engineer 2025 - present\nLead 2025 - now", 1),  # open ranges from one start are one range
        # A range ending after AS_OF counts because the CV writes that date; so does "present" after it.
        ("Contract Jan 2026 - Jun 2027\nEngineer 2020 - present", 2),
        ("Certificate, March 2031\nEngineer 2029 - present", 1),
        ("Engineer 2029 - present", 1),  # its start is the CV's latest date, so "present" reaches it
        ("Plan 2031 - 2030\nEngineer 2019 - 2021", 1),  # a range that ends before it starts is none
        ("No dates here at all", 0),
        ("Level\u00b2 \u2460 - \u2461\nEngineer 2019 - 2021", 1),  # digits that are not decimal are no date
    ],
)
def test_date_ranges_count_what_the_latest_month_keeps(text: str, count: int) -> None:
    assert date_ranges(text) == count
    assert _reference(text) == count


def test_date_ranges_match_the_full_scan_on_the_labelled_cvs() -> None:
    texts = [path.read_text() for path in sorted(BENCH_CVS.glob("*.txt"))]
    assert len(texts) >= 20
    assert [date_ranges(text) for text in texts] == [_reference(text) for text in texts]
    assert sum(date_ranges(text) > 0 for text in texts) >= 15
