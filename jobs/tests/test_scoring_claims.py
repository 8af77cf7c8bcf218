"""A stated total opened by a job title is that job's years, whatever its next words come close to."""

from jobs.scoring.claims import titled_elsewhere
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
PIPELINES = frozenset({"Data engineering"})
DATA_ENGINEER = Rubric(
    role_title="Data Engineer",
    description="Builds the pipelines and the warehouse",
    criteria=(Criterion("Experience", "3+ years building data pipelines or warehouses"),),
    blind=False,
)


def test_a_total_opened_by_another_jobs_title_is_that_jobs() -> None:
    assert titled_elsewhere("Data Analyst with 4+ years of experience in reporting models", PIPELINES)
    assert titled_elsewhere("Backend developer, 6 years of server work", PIPELINES)


def test_a_total_of_no_title_or_of_a_title_in_the_domain_is_left_to_the_other_rules() -> None:
    assert not titled_elsewhere("Over 10 years of experience moving data between systems", PIPELINES)
    assert not titled_elsewhere("ETL developer with 5 years of experience", PIPELINES)
    assert not titled_elsewhere("Data Analyst at Acme since 2019", PIPELINES)  # no total stated


def _years(summary: str) -> int:
    text = f"Ana Ruiz\nana@example.com\nSUMMARY\n{summary}\nSKILLS\nSQL, Excel, Tableau\n"
    return SCORER.score(text, DATA_ENGINEER).criteria[0].score


def test_an_analysts_stated_years_are_no_pipeline_builders_years() -> None:
    analyst = _years(
        "Data Analyst with 6 years of experience developing SQL data models and reporting pipelines."
    )
    builder = _years("Data Analyst with 4+ years of experience building ETL pipelines into the warehouse.")
    assert analyst <= 3 and builder >= 8
