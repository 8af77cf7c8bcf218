"""A stated total of years counts for a domain by meaning only when the CV's career is not far off."""

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

SALES = Rubric(
    role_title="Sales Account Manager",
    description="Wins and grows business accounts against a revenue quota.",
    criteria=(Criterion("Experience", "3+ years in sales or account management", weight=1),),
    min_years_experience=0,
    blind=False,
)
CV = """SUMMARY
{summary}

EXPERIENCE
{title}, Northfield
Jan 2023 - Present
- {line}
"""


def _score(summary: str, title: str, line: str) -> int:
    text = CV.format(summary=summary, title=title, line=line)
    return SCORER.score(text, SALES).criteria[0].score


def test_an_accountants_stated_years_are_not_years_in_account_management() -> None:
    summary = "Certified accountant with 10 years in the industry and experience in accounting management."
    # 8 before: the claim's line read close to "account management" by meaning ("accounting management").
    assert _score(summary, "Senior Accountant", "Closed the monthly ledgers and reconciled accounts.") == 1


def test_a_stated_total_naming_the_domain_still_counts_in_any_career() -> None:
    summary = "Account manager with 10 years in B2B sales."
    assert _score(summary, "Account Manager", "Grew key accounts and renewals by 20% against quota.") == 9
