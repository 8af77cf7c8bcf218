"""Shutting a protected group out, stating the attribute asked for, and practising a faith asked of the hire
(personas/protected_exclusions.py, protected_proxies.py); and what looks like them but passes."""

import pytest

from personas.protected import find_protected_selection


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A group shut out.
        ("No blacks", "no blacks"),
        ("No wheelchair users", "no wheelchair users"),
        ("No deaf or blind applicants", "no deaf or blind applicants"),
        ("No new mothers", "no new mothers"),
        ("No LGBTQ+ applicants", "no lgbtq"),
        ("No transgender applicants", "no transgender applicants"),
        (
            "Candidates with disabilities will not be considered",
            "candidates with disabilities will not be considered",
        ),
        ("Non-EU nationals will not be considered", "non-eu nationals will not be considered"),
        ("This role is not suitable for disabled people", "not suitable for disabled people"),
        ("Unsuitable for pregnant women", "unsuitable for pregnant women"),
        ("Must not have any disability", "not have any disability"),
        ("Free of any physical impairment", "free of any physical impairment"),
        # The attribute stated with the value wanted.
        ("Religion: Hindu", "religion: hindu"),
        ("Marital status: single", "marital status: single"),
        ("Sexual orientation: straight", "sexual orientation: straight"),
        ("Ethnicity: white British", "ethnicity: white"),
        ("Citizenship: Polish", "citizenship: polish"),
        # Nationality as a document or a birth, and sex at birth.
        ("Holders of a German passport only", "holders of a german passport"),
        ("Preferably of Irish nationality", "of irish nationality"),
        ("Must be a citizen of Spain", "be a citizen of"),
        ("Born and raised in the UK", "born and raised in"),
        ("Must be born female", "born female"),
        # A faith practised; health; plans for a child.
        ("Must attend church regularly", "must attend church"),
        ("Must be a member of the Catholic Church", "member of the catholic church"),
        ("You will share our Christian faith", "share our christian faith"),
        ("A reference from your parish priest", "reference from your parish priest"),
        ("Must be of sound mind and body", "sound mind and body"),
        ("No plans for maternity leave", "no plans for maternity leave"),
        ("Should not become pregnant in the first two years", "not become pregnant"),
        ("Women who are pregnant will not be considered", "women who are pregnant will not be considered"),
        ("Must not be in a wheelchair", "not be in a wheelchair"),
        ("Must not wear a hijab", "not wear a hijab"),
        ("Only candidates without health problems", "without health problems"),
        ("Must not be planning a family", "not be planning a family"),
        ("Only those of white European descent", "of white european descent"),
        ("Not suitable for expectant mothers", "not suitable for expectant mothers"),
        ("Must not have an accent", "not have an accent"),
        ("Must not suffer from any illness", "must not suffer from any illness"),
        ("Must not have epilepsy or diabetes", "must not have epilepsy"),
        ("No history of depression or anxiety", "no history of depression"),
        ("Fully healthy applicants only", "fully healthy applicants only"),
        ("Must not be HIV positive", "must not be hiv"),
        ("Must not go on maternity leave in the first year", "not go on maternity leave"),
        ("Candidates must be from Poland", "be from poland"),
        ("Applicants from India will not be considered", "applicants from india will not be considered"),
        ("No one with a disability", "no one with a disability"),
        ("Must have a British accent", "have a british accent"),
        ("Must belong to the Hindu faith", "belong to the hindu faith"),
        ("Must have Caucasian features", "caucasian features"),
        ("Must not intend to have children", "not intend to have children"),
        ("Must not have kids under 5", "must not have kids"),
        ("No wheelchairs", "no wheelchairs"),
        ("Divorced applicants will not be considered", "divorced applicants will not be considered"),
        (
            "Applicants with a history of mental illness will be rejected",
            "applicants with a history of mental illness will be rejected",
        ),
        ("Must be in perfect physical and mental health", "in perfect physical and mental health"),
    ],
)
def test_shutting_a_group_out_or_stating_the_attribute_is_a_selection(text: str, phrase: str) -> None:
    assert phrase in find_protected_selection(text)


@pytest.mark.parametrize(
    "text",
    [
        "No blind spots in monitoring; no new users lost in the migration",
        "Candidates without a degree will not be considered",
        "Not suitable for beginners",
        "Nationality: any, with the right to work in the UK",
        "Gender: not relevant. Religion: knowledge of world religions for the RE syllabus",
        "Must hold a valid work permit and a UK driving licence",
        "Security clearance (SC) required",
        "Our founder was born and raised in Leeds",
        "Member of the British Computer Society; attend client meetings weekly",
        "Must share our values and hold the team to them",
        "Debug errors of unknown origin",
        "Support worker for adults with disabilities",
        "Must be a strong believer in TDD",
        "Part-time hours, ideal for parents and carers",
        "Experience in diabetes and epilepsy care; no conditions attached to the bonus",
        "Customers from Germany and France; candidates from Poland welcome",
        "Schools outreach with pupils aged 14-18",
        "No wheelchair access at this site; excellent health insurance; perfect health and safety record",
    ],
)
def test_what_only_looks_like_an_exclusion_passes(text: str) -> None:
    assert find_protected_selection(text) == []
