"""A business analyst's work in its own words: processes modelled or re-engineered, the client worked with."""

import pytest

from jobs.scoring.criteria import need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import stem, stems
from jobs.scoring.skills import find_skills
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
ROLE = "EXPERIENCE\nSystems Analyst, Acme Bank\nJan 2019 - Jan 2024\n- {line}\n"
PROCESS = Criterion(
    "Process modelling", "Modelled and re-engineered business processes with BPMN, UML or similar"
)
STAKEHOLDERS = Criterion(
    "Stakeholder communication", "Worked with business stakeholders and clients, facilitated workshops"
)


def _one(line: str, criterion: Criterion) -> int:
    rubric = Rubric("Business Analyst", "", (criterion,), blind=False)
    return SCORER.score(ROLE.format(line=line), rubric).criteria[0].score


@pytest.mark.parametrize(
    "line",
    [
        "Optimisation and automation of business processes in retail lending",
        "Re-engineered the bank's business processes for card issuing",
        "Business process re-design for the claims department",
        "Process mapping of the onboarding journey",
        "Modelled the loan approval flow in BPMN",
    ],
)
def test_business_processes_modelled_or_re_engineered_are_process_modelling(line: str) -> None:
    assert "Process modelling" in find_skills(line)
    assert _one(line, PROCESS) >= 6


@pytest.mark.parametrize(
    "line",
    ["Followed the bank's business processes", "Automated the deployment process", "UML class diagrams"],
)
def test_processes_followed_or_software_modelled_are_not(line: str) -> None:
    assert "Process modelling" not in find_skills(line)


def test_a_phrase_wrapped_over_two_lines_is_read_across_the_break() -> None:
    wrapped = ROLE.format(line="Definition, optimisation and automation of\nbusiness processes for payments")
    rubric = Rubric("Business Analyst", "", (PROCESS,), blind=False)
    assert SCORER.score(wrapped, rubric).criteria[0].score >= 6


@pytest.mark.parametrize(
    "line",
    ["Analysis, testing and communication with the customer", "Worked closely with the client on scope"],
)
def test_the_client_a_project_is_for_is_its_stakeholder(line: str) -> None:
    assert "Stakeholder management" in find_skills(line)


@pytest.mark.parametrize(
    "line",
    ["Communicated with customers at the till", "Meetings with the client-side team", "Served customers"],
)
def test_the_public_served_is_not_a_stakeholder(line: str) -> None:
    assert "Stakeholder management" not in find_skills(line)


def test_working_with_the_client_counts_for_stakeholder_communication() -> None:
    assert _one("Requirements review and communication with the customer.", STAKEHOLDERS) > _one(
        "Requirements review and communication within the team.", STAKEHOLDERS
    )


def test_a_specification_written_is_not_a_specific_thing() -> None:
    assert stem("specifications") == stem("specification") != stem("specific")
    wanted = need("Requirements elicitation", "Documented requirements and specifications", 0)
    assert not stems("Covered that specific sales territory") & wanted.keywords
    assert stems("Wrote the functional specifications") & wanted.keywords
