"""A job title over a date range is a role even above the first heading (a layout printing headings late)."""

from jobs.scoring import listed_roles
from jobs.scoring.profile import read
from jobs.scoring.types import Criterion, Rubric

RUBRIC = Rubric(role_title="Engineer", description="", criteria=(Criterion("Python", "Python"),), blind=False)


def _years(text: str) -> float:
    return listed_roles.recovered(read(text, RUBRIC)).years


def test_a_title_and_its_dates_before_any_heading_open_a_role() -> None:
    cv = (
        "Senior engineer building data platforms.\n"
        "Principal Engineer at Acme Build\n"
        "Oct 2018 - May 2024\n"
        "Led the platform team of 6 engineers.\n"
        "WORK EXPERIENCE\n"
        "Engineer at Beta Ltd\n"
        "Jan 2015 - Sep 2018\n"
        "Built data pipelines in Python.\n"
    )
    assert _years(cv) >= 9


def test_a_summary_sentence_dating_a_career_is_no_role() -> None:
    # "Since 2014" in prose, or a date under a sentence naming a job, dates no particular role.
    cv = (
        "Since 2014, I've held many consulting roles such as a Software Engineer and Scrum Master.\n"
        "I'm looking for a role of senior business analyst, ready\n"
        "to grow (2015 2017, graduated with honours)\n"
        "WORK EXPERIENCE\n"
        "Engineer at Beta Ltd\n"
        "Jan 2020 - Jan 2022\n"
        "Built data pipelines in Python.\n"
    )
    assert _years(cv) == 2.0
