"""A seller's own words for winning new business and filling the pipeline are sales vocabulary (#9)."""

import pytest

from jobs.scoring import skills


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Closed new business with mid-market SaaS customers", "New business"),
        ("Brought in 14 new logos in FY23", "New business"),
        ("Booked 25 qualified meetings a month through cold calling", "Prospecting"),
        ("SDR for the EMEA team: outbound prospecting and lead generation", "Prospecting"),
    ],
)
def test_new_business_and_prospecting_are_named_and_are_sales(line: str, skill: str) -> None:
    found = skills.find_skills(line)
    assert skill in found and "Sales" in skills.expand(found)


@pytest.mark.parametrize(
    "line", ["Added new clients to the billing database", "Sent the new customers their welcome packs"]
)
def test_new_clients_in_an_office_are_no_sales(line: str) -> None:
    assert not {"New business", "Prospecting"} & skills.find_skills(line)
