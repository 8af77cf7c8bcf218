"""A criterion's words for how well a skill is wanted ("Advanced SQL") are not what it asks for."""

from jobs.scoring.criteria import need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()


def test_level_words_are_no_keywords_of_a_criterion() -> None:
    wanted = need("Querying", "Advanced SQL and strong, solid reporting on PostgreSQL", 0)
    assert {"advanc", "strong", "solid"}.isdisjoint(wanted.keywords)
    assert "SQL" in wanted.terms


def test_a_skills_chart_heading_or_advanced_retouching_does_not_meet_advanced_sql() -> None:
    rubric = Rubric(
        role_title="Data Engineer",
        description="",
        criteria=(Criterion(name="Querying", description="Advanced SQL on PostgreSQL", weight=1),),
    )
    cv = (
        "Sam Rivers\nGraphic Designer\n\nSkills\nAdvanced\nPhotoshop\nIllustrator\n\n"
        "Experience\nGraphic Designer, Brightside Print, 2019 - 2024\n"
        "Advanced retouching of product photos for the online shop\nDesigned posters and leaflets\n"
    )
    assert SCORER.score(cv, rubric).criteria[0].score == 0
