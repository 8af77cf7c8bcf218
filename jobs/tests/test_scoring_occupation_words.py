"""An occupation's name alone, in a role that did not hold it, is no evidence of work in that occupation."""

from jobs.scoring.criteria import need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

SALES = Rubric(
    role_title="Sales Account Manager",
    description="Wins and grows business accounts against a revenue quota.",
    criteria=(
        Criterion("Sales track record", "Closing sales against quotas or targets; revenue growth", weight=1),
    ),
    min_years_experience=0,
    blind=False,
)
TEACHER = Rubric(
    role_title="Primary Teacher",
    description="Teaches a primary class.",
    criteria=(Criterion("Teaching", "Planning and teaching lessons to a class of pupils", weight=1),),
    min_years_experience=0,
    blind=False,
)
ROLE = """EXPERIENCE
{title}, Northfield
Jan 2018 - Present
- {line}
- Kept the stock room in order.
"""


def _score(title: str, line: str, rubric: Rubric) -> int:
    return SCORER.score(ROLE.format(title=title, line=line), rubric).criteria[0].score


def test_the_word_sales_in_another_occupations_role_is_no_sales_record() -> None:
    # 2 and 2 before: the word alone was taken for selling; what is left is the lines' meaning.
    assert (
        _score("Graphic Designer", "Stocked the sales floor and partnered clients with a sales agent.", SALES)
        == 1
    )
    assert _score("Data Analyst", "Generated the daily sales reports for store managers.", SALES) == 1


def test_the_same_line_in_a_role_holding_the_occupation_still_counts() -> None:
    assert (
        _score("Sales Associate", "Stocked the sales floor and partnered clients with a sales agent.", SALES)
        == 8
    )


def test_a_line_showing_more_than_the_name_still_counts_in_another_role() -> None:
    # A store manager who grew sales against target shows a sales record in the criterion's own words.
    assert (
        _score("Store Manager", "Grew store sales 20% against target, beating the revenue quota.", SALES) == 3
    )


def test_the_word_teaching_in_another_occupations_role_is_no_teaching() -> None:
    line = "Prepared teaching materials for the finance team's new hires."
    assert (_score("Accountant", line, TEACHER), _score("Primary Teacher", line, TEACHER)) == (1, 8)


def test_a_place_in_a_description_is_not_the_occupation_a_named_skill_asks_for() -> None:
    # "Customer service ... at a front desk" asks for customer service wherever it was done: a support
    # technician's customer chats are not office work done in another occupation's role. With no skill in
    # its name, a criterion's occupation is its description's ("3+ years in sales roles").
    wanted = "Front-line customer service by phone, chat or at a front desk"
    assert need("Customer service", wanted, 0).job == frozenset()
    assert "Sales" in need("Experience", "3+ years in sales roles", 0).job
    rubric = Rubric(
        role_title="Customer Service Representative",
        description="Answers customers by phone and chat.",
        criteria=(Criterion("Customer service", wanted, weight=1),),
    )
    cv = (
        "EXPERIENCE\n{title}, Acme\nJan 2020 - present\n"
        "- Answer customer questions by online chat and phone and walk them through fixes.\n"
    )
    titles = ("Customer Service Representative", "Desktop Support Technician", "Staff Accountant")
    representative, technician, accountant = (
        SCORER.score(cv.format(title=title), rubric).criteria[0].score for title in titles
    )
    # Before, the front desk made even the representative's own role "another occupation's" (4, 3, 1).
    assert representative >= 6 and representative > technician > accountant
