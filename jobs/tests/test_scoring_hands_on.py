"""Hands-on professions (issue #9): electricians, chefs, pharmacists, physiotherapists, warehouse floors."""

import pytest

from jobs.scoring.criteria import need
from jobs.scoring.field import fields_in
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.phrasings import phrase_skills
from jobs.scoring.sections import heading_section
from jobs.scoring.skills import SKILLS, find_skills
from jobs.scoring.types import Criterion, Rubric


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Approved Electrician, Northern Lights Electrical", {"Electrician"}),
        ("Domestic rewires and consumer unit upgrades", {"Electrical installation"}),
        ("Periodic inspections (EICRs) for landlords", {"Electrical testing"}),
        ("City & Guilds 18th Edition", {"Electrical testing"}),
        ("Sous Chef, Brasserie Cassis", {"Chef (kitchen)"}),
        ("Chef de Partie on the grill section", {"Chef (kitchen)", "Cookery"}),
        ("Relief Chef, The Anchor", {"Chef (kitchen)"}),
        ("Level 3 Food Hygiene; HACCP records", {"Food safety"}),
        ("Relief Pharmacist, three branches", {"Pharmacist"}),
        ("Clinical and accuracy checks of controlled drugs", {"Dispensing"}),
        ("Band 6 MSK Physiotherapist", {"Physiotherapy", "Musculoskeletal care"}),
        ("Manual therapy and dry needling", {"Manual therapy"}),
        ("Wrote RAMS and risk assessments", {"Health and safety"}),
        ("Counterbalance and reach truck licences", {"Materials handling equipment"}),
        ("Cycle counts in Manhattan WMS", {"Warehouse management system"}),
        ("Warehouse management", {"Operations management"}),  # the work, not the system
    ],
)
def test_hands_on_professions_are_in_the_table(text: str, expected: set[str]) -> None:
    assert find_skills(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chef, Puppet and Ansible",  # the configuration tool, not a cook
        "Containment of security incidents",
        "Built the online repeat prescription service",  # a developer's product, not a pharmacist's checks
        "Upgraded the RAMs of the office PCs",
    ],
)
def test_ordinary_words_of_other_trades_name_none_of_these(text: str) -> None:
    named = find_skills(text)
    assert not named & {"Chef (kitchen)", "Electrical installation", "Dispensing", "Health and safety"}


def test_a_warehouse_system_is_warehouse_operations_work() -> None:
    assert "Operations management" in SKILLS["Warehouse management system"].implies


def test_the_professions_are_occupations_so_titles_hold_them() -> None:
    for name in ("Electrician", "Chef (kitchen)", "Pharmacist", "Physiotherapy"):
        assert SKILLS[name].kind == "job"


@pytest.mark.parametrize(
    "text",
    [
        "supervise a night shift of 30 associates and 3 leads",
        "lead a brigade of 14 chefs",
        "supervised two electricians and an apprentice",
        "managed the weekend shift",
    ],
)
def test_leading_a_floor_is_people_management(text: str) -> None:
    assert phrase_skills(text) == {"Leadership"}


@pytest.mark.parametrize("text", ["led the shift to microservices", "managed shift patterns in the rota"])
def test_a_shift_not_named_by_its_time_is_no_people(text: str) -> None:
    assert phrase_skills(text) == set()


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Licences", "certifications"),
        ("LICENCES AND TICKETS", "certifications"),
        ("Licenses", "certifications"),
    ],
)
def test_british_spelling_of_licences_heads_a_section(line: str, section: str | None) -> None:
    assert heading_section(line) == section


def test_a_distribution_centre_is_logistics_whatever_it_supplies() -> None:
    assert "logistics" in fields_in("Midwest Retail Distribution Center, Groveport, OH")


def test_a_physiotherapist_is_in_healthcare_by_the_title_alone() -> None:
    # "Therapist" places "Occupational Therapist"; a physiotherapist's title is one word.
    assert fields_in("Senior MSK Physiotherapist (Band 7)") == {"healthcare"}


ELECTRICIAN = Rubric(
    role_title="Qualified Electrician",
    description="",
    criteria=(Criterion("Experience", "3+ years as a qualified electrician"),),
    blind=False,
)

ELECTRICIAN_CV = """Alex Example
EXPERIENCE
Electrician, Hallam Building Services
March 2018 - March 2024
- Domestic rewires and consumer unit upgrades.
Kitchen Porter, The Anchor
2015 - 2018
- Washed up and prepared vegetables.
"""


def test_a_role_titled_with_the_trade_dates_its_years() -> None:
    # The role's lines never say "electrician": its title is the occupation the criterion names.
    years = OfflineScorer().score(ELECTRICIAN_CV, ELECTRICIAN).criteria[0]
    assert "about 6 years of relevant experience" in years.justification  # was 0 years
    assert years.score == 8


PHARMACIST = Rubric(
    role_title="Community Pharmacist",
    description="",
    criteria=(Criterion("Experience", "2+ years as a pharmacist, ideally in community pharmacy"),),
    blind=False,
)

DEVELOPER_CV = """Sam Example
SUMMARY
Frontend developer building React applications, most recently for a health-tech
start-up that makes an online repeat prescription service.
EXPERIENCE
Frontend Developer, MedsDirect (online pharmacy start-up), Brighton
2022 - present
- Built the patient-facing repeat prescription web app in React and TypeScript
- Worked with the pharmacists on the ordering flow and the medicine information pages
Web Developer, Pixel Foundry agency, Brighton
2020 - 2022
- Websites and e-commerce builds in Vue.js and Shopify
"""


def test_building_a_pharmacy_s_website_is_no_years_as_a_pharmacist() -> None:
    # Only a role titled with the occupation dates years in it: the developer's role names the pharmacy.
    years = OfflineScorer().score(DEVELOPER_CV, PHARMACIST).criteria[0]
    assert "about 0 years of relevant experience" in years.justification  # was 4.3 years, scoring 9
    assert years.score == 2


def test_whom_a_leading_criterion_names_are_no_keywords_of_it() -> None:
    # "Supervised warehouse operatives": an operative's title names the people, not the supervising.
    team = need("Team leadership", "Supervised warehouse operatives: shift planning and briefings", 3)
    assert not team.keywords & {"warehou", "operativ"}
    assert {"supervi", "shift", "brief"} <= team.keywords
    # Only a criterion about leading people: elsewhere the same words say what is wanted.
    floor = need("Warehouse operations", "Supervised warehouse operatives: shift planning and briefings", 3)
    assert {"warehou", "operativ"} <= floor.keywords


LEADING = Rubric(
    role_title="Warehouse Shift Supervisor",
    description="",
    criteria=(Criterion("Team leadership", "Supervised warehouse operatives: shift planning, briefings"),),
    blind=False,
)

OPERATIVE_CV = """Kim Example
EXPERIENCE
Warehouse Operative, Northgate Distribution
2021 - present
- Picking and packing orders with an RF scanner.
"""


def test_a_warehouse_operative_is_not_the_supervisor_of_operatives() -> None:
    team = OfflineScorer().score(OPERATIVE_CV, LEADING).criteria[0]
    assert team.score == 2  # was 6: the title named the people the criterion leads; now by meaning only


RECRUITING = Rubric(
    role_title="HR Generalist",
    description="",
    criteria=(Criterion("Recruitment", "Running recruitment campaigns: job adverts, interviews, offers"),),
    blind=False,
)

HR_CV = """Pat Example
EXPERIENCE
HR Advisor, Wilko
Mar 2018 - Jun 2021
- Ran volume recruitment for seasonal staff, interviews and offer letters.
Store Assistant, Wilko
Jan 2015 - Feb 2018
- Helped with recruitment days for new store staff.
"""


def test_a_generalist_hr_role_recruits_as_part_of_its_work() -> None:
    # Recruiting is an occupation: a store assistant's recruitment days are other people's work, an HR
    # advisor's volume recruitment is the advisor's own.
    lines = OfflineScorer().score(HR_CV, RECRUITING).criteria[0]
    assert lines.evidence[0] == "Ran volume recruitment for seasonal staff, interviews and offer letters."
    assert lines.score == 8  # was 5: the HR Advisor's line counted as if the role held no recruiting
