"""An "X Analyst" title is analytics work about X, placed in data, not in X's field."""

from jobs.scoring import field
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()


def test_an_analyst_of_a_domain_is_placed_in_data_not_in_the_domain() -> None:
    assert field.fields_in("Marketing Analyst") == {"data"}
    assert field.fields_in("Healthcare Analyst") == {"data"}
    assert field.fields_in("Business Analyst") == {"data"}
    assert field.fields_in("Senior Supply Chain Analyst, Northfield") == {"data"}


def test_an_analyst_phrase_of_a_field_keeps_its_field() -> None:
    assert field.fields_in("Senior Financial Analyst") == {"finance"}
    assert field.fields_in("Credit Analyst") == {"finance"}
    assert field.fields_in("IT Systems Analyst") == {"software"}
    assert field.fields_in("Clinical Data Analyst") == {"data"}


def test_other_analysts_named_in_a_line_place_nothing() -> None:
    assert field.fields_in("Worked with analysts of the marketing team") == {"sales"}


SALES = Rubric(
    role_title="Sales Account Manager",
    description="Wins and grows business accounts against a revenue quota.",
    criteria=(Criterion("Negotiation", "Negotiating prices and contracts with customers", weight=1),),
    min_years_experience=0,
    blind=False,
)
ROLE = """EXPERIENCE
{title}, Northfield
Jan 2018 - Present
- Negotiated prices and contracts with customers for the region.
- Presented findings to the leadership team.
"""


def test_a_marketing_analysts_soft_evidence_counts_less_for_sales_than_a_marketers() -> None:
    def score(title: str) -> int:
        return SCORER.score(ROLE.format(title=title), SALES).criteria[0].score

    assert score("Marketing Analyst") < score("Marketing Manager")
