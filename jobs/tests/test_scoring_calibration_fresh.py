"""Strong candidates reach "yes" on personas nobody tuned for (issue #9): years a layout hides, each rule
on a short CV written for it."""

from jobs.scoring import listed_roles
from jobs.scoring.experience import Span, find_spans
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import read
from jobs.scoring.skills import find_skills
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
PRESENT = 2026 * 12 + 10
YEARS = Criterion("Experience", "3+ years of Java development", 2)


def _one(text: str, criterion: Criterion) -> tuple[int, str]:
    result = SCORER.score(text, Rubric("Java Developer", "", (criterion,), blind=False)).criteria[0]
    return result.score, result.justification


def test_years_joined_by_a_slash_are_a_range() -> None:
    assert find_spans("Acme LLC, Developer 1998/2004", PRESENT) == [Span(1998 * 12 + 6, 2004 * 12 + 6)]
    assert find_spans("Acme LLC, Team Lead 2004/ 2013", PRESENT) == [Span(2004 * 12 + 6, 2013 * 12 + 6)]


def test_a_slash_and_dashes_leave_a_range_open() -> None:
    assert find_spans("Acme LLC, Team Lead 2013/---", PRESENT) == [Span(2013 * 12 + 6, PRESENT, True)]


def test_a_year_and_a_month_joined_by_a_slash_are_no_range() -> None:
    assert find_spans("Released 2019/07 to the public", PRESENT) == []


SLASHED = (
    "EXPERIENCE\nAcme LLC, Software Developer 2015/2021\n"
    "Built back-end services in Java with Spring and Hibernate.\n"
)


def test_a_role_dated_with_a_slash_counts_its_years() -> None:
    score, why = _one(SLASHED, YEARS)
    assert score >= 9
    assert why.startswith("about 6 years of relevant experience")


SUMMARY = (
    "SUMMARY\nFull-Stack Developer with 4+ years of experience\n80% backend Java development, 20% frontend\n"
    "SKILLS\nJava, Spring, React\n"
)
SUMMARY_ELSEWHERE = (
    "SUMMARY\nFull-Stack Developer with 4+ years of experience\nBuilt web shops for retailers\n"
    "SKILLS\nJava, Spring, React\n"
)


def test_a_summary_total_counts_for_the_field_its_next_lines_name() -> None:
    score, why = _one(SUMMARY, YEARS)
    assert why.startswith("about 4 years of relevant experience against 3 wanted (stated)")
    assert score >= 9


def test_a_summary_total_does_not_count_for_a_field_only_a_skills_list_names() -> None:
    score, why = _one(SUMMARY_ELSEWHERE, YEARS)
    assert "(stated)" not in why
    assert score < _one(SUMMARY, YEARS)[0]


UNDER_SKILLS = (
    "SKILLS\nJava, Spring, PostgreSQL\n"
    "Acme Bank Jan 2016 - Dec 2021\nSenior Java Developer\n"
    "Built payment services in Java with Spring Boot.\n"
    "Kafka, Docker, Git\n"
)


def test_a_dated_job_under_a_skills_heading_is_a_role() -> None:
    cv = listed_roles.recovered(read(UNDER_SKILLS, Rubric("x", "", (YEARS,), blind=False)))
    kinds = {u.line.text: u.kind for u in cv.units}
    assert [e.quote for e in cv.entries] == ["Acme Bank Jan 2016 - Dec 2021"]
    assert kinds["Senior Java Developer"] == "role"
    assert kinds["Built payment services in Java with Spring Boot."] == "role"
    assert kinds["Kafka, Docker, Git"] == "skills"  # a list stays a list
    assert kinds["Java, Spring, PostgreSQL"] == "skills"
    assert cv.years == 5.9


def test_a_dated_skill_without_a_job_stays_in_the_skills_list() -> None:
    text = "SKILLS\nJava 2016 - 2021\nSpring, PostgreSQL\n"
    cv = listed_roles.recovered(read(text, Rubric("x", "", (YEARS,), blind=False)))
    assert cv.entries == ()
    assert {u.kind for u in cv.units} == {"skills"}


# Product management's own words: a recruiter reads them as the product work they name.
def test_a_product_leadership_title_is_product_management() -> None:
    assert "Product management" in find_skills("Head of Product, Acme Software")
    assert "Product management" in find_skills("Director of Product at a fintech start-up")
    assert "Product management" in find_skills("Developed product strategies for two markets")


def test_a_launch_is_go_to_market_work() -> None:
    assert "Go-to-market" in find_skills("Led the launch of the billing app with marketing and sales")
    assert "Go-to-market" in find_skills("Owned product positioning and the pricing strategy")


def test_competitive_analysis_is_market_research() -> None:
    assert "Market research" in find_skills("Ran competitive analysis and market research for each release")


def test_an_a_b_tested_change_is_a_b_testing() -> None:
    assert "A/B testing" in find_skills("A/B tested every change to the checkout page")


LAUNCHES = Criterion("Launches", "Launched products: positioning, pricing, customer demos", 2)
PM_ROLE = "EXPERIENCE\nProduct Manager, Acme Software\nJan 2018 - present\n"


def test_a_role_that_leads_launches_meets_a_launch_criterion() -> None:
    with_launches = PM_ROLE + "- Led cross-functional teams to launch three products a year.\n"
    without = PM_ROLE + "- Wrote user stories and groomed the backlog with engineers.\n"
    assert _one(with_launches, LAUNCHES)[0] >= 6
    assert _one(without, LAUNCHES)[0] < _one(with_launches, LAUNCHES)[0]
