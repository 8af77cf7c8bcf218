"""Words a layout cut after their first letter are read whole (jobs/scoring/split_words.py)."""

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.skills import find_skills
from jobs.scoring.split_words import rejoined
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
ROLE = "EXPERIENCE\nMobile Developer, Acme\nJan 2019 - Jan 2024\n- {line}\n"


def _one(text: str, criterion: Criterion) -> int:
    return SCORER.score(text, Rubric("x", "", (criterion,), blind=False)).criteria[0].score


@pytest.mark.parametrize(
    ("cut", "whole"),
    [
        ("Shipped two apps in S wift to the store", "Shipped two apps in Swift to the store"),
        ("Talked to a R EST API with J ira tickets", "Talked to a REST API with Jira tickets"),
        ("Kept the data in M ySQL and C ouchbase", "Kept the data in MySQL and Couchbase"),
        ("Wrote the S oftware for a c ourse", "Wrote the Software for a course"),
    ],
)
def test_a_first_letter_cut_from_its_word_is_put_back(cut: str, whole: str) -> None:
    assert rejoined(cut) == whole


@pytest.mark.parametrize(
    "line",
    [
        "Fitted the model in R and served it with Python",
        "Wrote a ray tracer in C with soft shadows",
        "Built dashboards in R shiny and R markdown",
        "C and POSIX shell on Linux",
        "A bilingual office manager; I led a team of 5",
        "Series C funding round, J. Smith as referee",
    ],
)
def test_a_letter_written_alone_before_a_word_stays_alone(line: str) -> None:
    assert rejoined(line) == line


def test_a_cut_word_names_no_one_letter_language() -> None:
    assert find_skills(rejoined("Apps in S wift against a R EST API")) >= {"Swift", "REST API"}
    assert not find_skills(rejoined("Apps in S wift against a R EST API")) & {"R", "C"}
    r_language = Criterion("R programming", "Statistical analysis in R")
    cut = ROLE.format(line="Built iOS apps in S wift against a R EST API, tracked in J ira")
    written = ROLE.format(line="Built statistical models in R for the churn study")
    assert _one(cut, r_language) == 0
    assert _one(written, r_language) >= 5
