"""Transferable experience: a career in a neighbouring field earns a small, stated credit (issue #9)."""

from jobs.scoring import rubric, transferable
from jobs.scoring.criteria import need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import read
from jobs.scoring.types import Criterion, CriterionAssessment, Rubric

SCORER = OfflineScorer()

OFFICE = Rubric(
    role_title="Office Administrator",
    description="Keeps a busy office running: front desk, phones, diaries and supplies.",
    criteria=(
        Criterion("Office administration", "Running the front desk, phones, mail and filing", weight=3),
        Criterion("Visitors", "Greeting visitors courteously", weight=1),
        Criterion("Microsoft Office", "Word, Excel and Outlook", weight=1),
    ),
    min_years_experience=2,
    blind=False,
)

CAREER = """EXPERIENCE
{title}
Jan 2016 - Dec 2021
- Prepared monthly reconciliations of ledgers and bank statements.
- Closed the quarter's books on time with the audit team.
"""


def _scores(text: str) -> dict[str, int]:
    return {a.name: a.score for a in SCORER.score(text, OFFICE).criteria}


def test_an_accountant_earns_transferable_credit_for_office_work_a_nurse_does_not() -> None:
    accountant = _scores(CAREER.format(title="Senior Accountant"))
    nurse = _scores(CAREER.format(title="Staff Nurse"))
    assert (accountant["Office administration"], accountant["Visitors"]) == (3, 3)
    assert (nurse["Office administration"], nurse["Visitors"]) == (0, 0)


def test_a_concrete_skill_is_never_transferred() -> None:
    assert _scores(CAREER.format(title="Senior Accountant"))["Microsoft Office"] == 0


def test_years_asked_in_a_field_earn_credit_from_years_in_a_neighbouring_one() -> None:
    frontend = Rubric(
        role_title="Frontend Engineer",
        description="",
        criteria=(Criterion("Experience", "3+ years frontend experience", weight=1),),
        min_years_experience=3,
        blind=False,
    )
    analyst = CAREER.format(title="Data Analyst")
    nurse = CAREER.format(title="Staff Nurse")
    scores = [SCORER.score(text, frontend).criteria[0].score for text in (analyst, nurse)]
    assert scores == [3, 0]


def test_the_credit_is_explained_in_the_justification_the_quotes_and_the_summary() -> None:
    out = SCORER.score(CAREER.format(title="Senior Accountant"), OFFICE)
    office = out.criteria[0]
    assert (
        office.justification
        == "Not shown directly; transferable: about 6 years in a neighbouring field (finance)."
    )
    assert office.evidence == ("Senior Accountant", "Jan 2016 - Dec 2021")  # the title and its dates
    assert out.summary.endswith(
        "Some criteria transferable: about 6 years in a neighbouring field (finance)."
    )


def test_the_credit_grows_with_the_years_against_those_wanted() -> None:
    short = CAREER.format(title="Senior Accountant").replace("Jan 2016 - Dec 2021", "Jan 2021 - Jun 2021")
    assert _scores(short)["Office administration"] == 1


def test_a_developer_building_an_accounting_application_has_no_career_in_finance() -> None:
    text = CAREER.format(title="Full-Stack Developer - Accounting Application").replace(
        "Prepared monthly reconciliations of ledgers and bank statements.", "Built the React front end."
    )
    assert transferable.of_career(read(text, OFFICE), OFFICE) is None


def test_a_career_mostly_elsewhere_earns_no_credit_from_a_short_neighbouring_role() -> None:
    text = (
        CAREER.format(title="Staff Nurse") + "\nAccounts Assistant\nJan 2014 - Jun 2014\n- Filed invoices.\n"
    )
    assert transferable.of_career(read(text, OFFICE), OFFICE) is None


def test_the_credit_never_makes_a_yes() -> None:
    persona = Rubric(
        role_title="Office Administrator",
        description="",
        criteria=(
            Criterion("Excel", "Excel", weight=9),
            Criterion("Visitors", "Greeting visitors", weight=1),
        ),
        blind=False,
    )
    needs = [need(c.name, c.description, 0) for c in persona.criteria]
    given = (
        CriterionAssessment("Excel", 7, "Excel: in a role", ("Excel",)),
        CriterionAssessment("Visitors", 0, ""),
    )
    credit = transferable.Transfer(score=3, years=6.0, fields=("finance",), quotes=("Senior Accountant",))
    assert rubric.aggregate(given, persona)[0] == 63
    assert transferable.apply(given, needs, persona, credit) == (given, False)  # 66 would be a "yes"


def test_a_criterion_with_some_evidence_keeps_what_it_said_and_adds_the_credit() -> None:
    needs = [need(c.name, c.description, 2) for c in OFFICE.criteria]
    given = tuple(CriterionAssessment(c.name, 0, "Not evidenced in the CV.") for c in OFFICE.criteria)
    given = (
        CriterionAssessment("Office administration", 1, "filing: in a role", ("Filed invoices",)),
        *given[1:],
    )
    credit = transferable.Transfer(score=3, years=6.0, fields=("finance",), quotes=("Senior Accountant",))
    office = transferable.apply(given, needs, OFFICE, credit)[0][0]
    note = "transferable: about 6 years in a neighbouring field (finance)"
    assert office == CriterionAssessment(
        "Office administration", 3, f"filing: in a role; {note}", ("Filed invoices", "Senior Accountant")
    )
