"""The offline scorer reading real layouts: dates over lines, degrees, placeholders, stated totals."""

from jobs.scoring import profile
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
OFFICE = Rubric(
    "Office administrator",
    "",
    (
        Criterion("Customer service", "Greeting visitors, answering calls and emails courteously"),
        Criterion("Experience", "2+ years as an office administrator or administrative assistant"),
    ),
    blind=False,
)


def test_a_cv_laid_out_in_two_columns_dates_its_roles() -> None:
    text = (
        "Summary\nSystems analyst and team lead.\nNorthwind Bank\nMarch 2020 Team Lead\ncurrently working\n"
        "Planned the work of two teams.\nJune 2016 Systems Analyst\nMarch 2020\nWrote requirements.\n"
        "Education\nRiverside University\n2012 2016 Faculty of Mathematics\n"
    )
    cv = profile.read(text, OFFICE)
    assert [entry.quote for entry in cv.entries] == ["March 2020 Team Lead", "June 2016 Systems Analyst"]
    assert cv.years == 10.4  # June 2016 to "present" (November 2026), 125 months; no degree years


def test_a_degree_inside_the_experience_section_is_not_work() -> None:
    text = (
        "EXPERIENCE\nOffice Administrator, Northwind\nJan 2022 - Jan 2024\n- Ran the front desk.\n"
        "Riverside University 2016 - 2020\nBA English\n"
    )
    assert profile.read(text, OFFICE).years == 2.0


def test_a_line_of_placeholders_is_not_evidence_of_calls_and_emails() -> None:
    text = (
        "Jane Doe\n[address] | [phone] | [email]\nEXPERIENCE\nWarehouse picker, Acme\n2019 - 2021\n"
        "- Packed orders.\n"
    )
    customer = SCORER.score(text, OFFICE).criteria[0]
    assert all("[phone]" not in quote for quote in customer.evidence)
    assert not any("[phone]" in unit.quote for unit in profile.read(text, OFFICE).units)


def test_a_total_stated_for_another_field_is_not_years_in_this_one() -> None:
    # "ten years of experience" is in every claim; the rest of the line says where the years were.
    it = "SUMMARY\nDesktop support technician with over ten years of experience in IT networks and PCs.\n"
    office = (
        "SUMMARY\nOffice administrator with over ten years of experience as an administrative assistant.\n"
    )
    assert "(stated)" not in SCORER.score(it, OFFICE).criteria[1].justification
    assert "about 10 years" in SCORER.score(office, OFFICE).criteria[1].justification
    assert "(stated)" in SCORER.score(office, OFFICE).criteria[1].justification
