"""Professions beyond software: their vocabulary, people management in other words, a weak must-have (#9)."""

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.phrasings import phrase_skills
from jobs.scoring.rubric import WEAK_CAP, aggregate
from jobs.scoring.skills import SKILLS, find_skills
from jobs.scoring.types import Criterion, CriterionAssessment, Rubric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Office Manager, dental practice", {"Office administration"}),
        ("Administrative Assistant to the managing director", {"Office administration"}),
        ("Desktop Support Technician", {"IT support"}),
        ("Tier 2 help desk", {"IT support"}),
        ("Service Desk Analyst", {"IT support"}),
        ("Customer Support Specialist", {"Customer support"}),
        ("Logged and closed tickets in ServiceNow", {"Ticketing"}),
        ("CompTIA A+ and Network+", {"IT certification"}),
        ("Active Directory accounts and password resets", {"Active Directory"}),
        ("Managed IT projects for three hospitals", {"Project management"}),
        ("IT project delivery", {"Project management"}),
        ("Outlook, PowerPoint and Microsoft Word", {"Microsoft Office"}),
        ("Ordered office supplies and raised purchase orders", {"Purchasing"}),
        ("Calendar management and travel arrangements", {"Appointment scheduling"}),
        ("Answered phones and greeted visitors", {"Reception"}),
    ],
)
def test_trades_beyond_software_are_in_the_table(text: str, expected: set[str]) -> None:
    assert find_skills(text) == expected


@pytest.mark.parametrize(
    "word",
    ["support", "office", "manager", "director", "directory", "schedules", "scheduling", "typing"],
)
def test_a_generic_word_alone_evidences_no_skill(word: str) -> None:
    # "Office" or "support" names no trade by itself; a role is only an office job by a phrase that says so.
    assert find_skills(f"Provided {word} to the team") == set()


def test_a_product_name_is_matched_whole() -> None:
    assert find_skills("Cath Lab Director") == set()
    assert find_skills("Active Directory") == {"Active Directory"}


def test_senses_that_belong_to_another_field() -> None:
    # Statistical testing is statistics, not software testing; troubleshooting is its own skill, not the
    # generic problem solving that every engineer's "debugging" also names.
    assert find_skills("statistical testing of the results") == {"Statistics"}
    assert "Problem solving" not in find_skills("Troubleshooting printers")
    assert find_skills("debugging") == {"Problem solving"}


def test_occupations_are_jobs_so_titles_count() -> None:
    for name in ("Office administration", "IT support", "Project management", "Human resources"):
        assert SKILLS[name].kind == "job"


@pytest.mark.parametrize(
    "text",
    [
        "managing the in-house development team",
        "led our UK, US teams",
        "supervised 12 staff",
        "oversaw a crew of six",
    ],
)
def test_people_management_phrased_with_words_between(text: str) -> None:
    assert phrase_skills(text.lower()) == {"Leadership"}
    assert "Leadership" in find_skills(text)


@pytest.mark.parametrize(
    "text",
    [
        "managed through terraform",
        "led to better teams",
        "team managed the release",
        "managed the budget. teams",
    ],
)
def test_managing_things_is_not_managing_people(text: str) -> None:
    assert phrase_skills(text) == set()


def _rubric() -> Rubric:
    return Rubric(
        role_title="Data scientist",
        description="",
        criteria=(Criterion("Machine learning", weight=3, required=True), Criterion("SQL", weight=1)),
    )


def _assessments(ml: int, sql: int) -> list[CriterionAssessment]:
    return [
        CriterionAssessment("Machine learning", ml, "seen", ()),
        CriterionAssessment("SQL", sql, "seen", ()),
    ]


def test_a_weakly_met_must_have_keeps_the_cv_below_yes() -> None:
    # Uncapped: (4.5 * 5 + 10) / 5.5 = 5.9 -> 59 -- still maybe, no cap needed.
    assert aggregate(_assessments(5, 10), _rubric())[3] == ()
    rubric = Rubric(
        role_title="Data scientist",
        description="",
        criteria=(Criterion("Machine learning", weight=1, required=True), Criterion("SQL", weight=4)),
    )
    score, rec, _, flags = aggregate(_assessments(5, 10), rubric)
    # Uncapped: (1.5 * 5 + 40) / 5.5 = 8.6 -> 86; a must-have only hinted at caps it at the top of "maybe".
    assert (score, rec, flags) == (WEAK_CAP, "maybe", ("required_weak",))


def test_a_shown_must_have_is_not_capped() -> None:
    rubric = Rubric(
        role_title="Data scientist",
        description="",
        criteria=(Criterion("Machine learning", weight=1, required=True), Criterion("SQL", weight=4)),
    )
    score, rec, _, flags = aggregate(_assessments(6, 10), rubric)
    assert (score, rec, flags) == (89, "strong_yes", ())  # (1.5 * 6 + 40) / 5.5


OFFICE = Rubric(
    role_title="Office administrator",
    description="Runs a busy office",
    criteria=(
        Criterion("Office administration", "Front desk, phones and mail, filing", weight=3, required=True),
        Criterion("Experience", "2+ years as an office administrator, coordinator or office manager"),
    ),
    min_years_experience=2,
    blind=False,
)

OFFICE_CV = """Jordan Example
EXPERIENCE
Office Manager, Northgate Surveyors
Jan 2019 - Present
- Kept twelve surveyors' week running and the premises in good order.
- Ordered office supplies and raised purchase orders.
SKILLS
Microsoft Office, data entry
"""


def test_a_role_titled_office_manager_counts_as_office_years() -> None:
    # "Office" and "manager" are words every CV uses, so they are no keyword; the title is the occupation.
    output = OfflineScorer().score(OFFICE_CV, OFFICE)
    years = output.criteria[1]
    assert "about 7.8 years of relevant experience" in years.justification  # was 0 years
    assert years.score >= 9
    assert output.criteria[0].score >= 5  # the title and the supplies line, by the trade's own vocabulary


DATA = Rubric(
    role_title="Data scientist",
    description="",
    criteria=(Criterion("Experience", "3+ years in data science or machine learning"),),
    blind=False,
)

DATA_CV = """Sam Example
SUMMARY
I am currently working as a senior data scientist on fraud models.
EXPERIENCE
Senior Software Engineer, Brightfield Payments
Jan 2020 - Present
- Owns the team's weekly figures.
Warehouse Assistant, Dockside Stores
Jan 2015 - Dec 2019
- Packed and shipped orders.
"""


def test_the_summary_says_what_the_current_role_is() -> None:
    # The title says software engineer, the summary says the present job is data science: its years count,
    # and only its years (the warehouse role before it stays out).
    years = OfflineScorer().score(DATA_CV, DATA).criteria[0]
    assert "about 6.8 years of relevant experience" in years.justification
    for other in ("once trained as", "currently seeking a role as"):
        past = OfflineScorer().score(DATA_CV.replace("currently working as", other), DATA).criteria[0]
        assert "about 0 years of relevant experience" in past.justification
