"""Who a phrase is about: the people a job serves and the things it counts are not the hire; groups named by
skin, nation or decade of birth are (personas/protected_served.py, protected.py, protected_groups.py)."""

import pytest

from personas.protected import find_protected_selection


@pytest.mark.parametrize(
    "text",
    [
        # The people served, with their ages.
        "Youth worker supporting young people aged 13 to 19",
        "Maths teacher for students aged 11-16",
        "Retirement planning adviser for clients aged 55 and over",
        "Swimming coach for members aged 60+",
        "Experience caring for older people in the community",
        "Looking after elderly residents at night",
        "Experience caring for elderly patients and young children in a paediatric ward",
        "Support elderly residents and young adults with learning disabilities",
        "Care of young infants in the neonatal unit",
        "Spanish at mother tongue level or equivalent (C2 certificate)",
        "Mother-tongue level German, or mother tongue or equivalent",
        # Things counted or aged, not people.
        "Manage a team of up to 25.",
        "Cut cloud costs by over 40",
        "Maintain codebases older than 20 years",
        "Response under 30 seconds; uptime over 99.9%",
        # A hyphen makes a compound, and a group word can name a market.
        "Must be single-minded about quality",
        "Preferably straight-through processing experience",
        "A white-glove service for black-tie events",
        "Seeking Asian and African market expertise",
        "Looking for Hispanic customers insight",
        # A thing for a group, said with a possessive or as a market.
        "Manage the Young Persons' Railcard scheme",
        "Products for the over-50s market",
        "Care home for adults over 65",
        "Young's Brewery pub manager",
        "Run the over-60s fitness classes",
        "A young, fast-growing startup; Young Enterprise mentor",
        "An ethnically diverse team; requires a male connector; needs another engineer",
    ],
)
def test_people_served_things_counted_and_compounds_are_not_the_hire(text: str) -> None:
    assert find_protected_selection(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Looking for young people to join the shop floor", "young"),
        ("Young men and young women wanted for the warehouse", "young"),
        ("Spanish must be your mother tongue", "mother tongue"),
        ("Hiring young adults and students for the summer", "young"),
        ("Applicants older than 40.", "older than 40"),
        ("Must not be older than 40", "older than 40"),
        ("Must be fair-skinned", "must be fair-skinned"),
        ("Light skin preferred", "light skin preferred"),
        ("People of colour only", "people of colour only"),
        ("Ethnic minority candidates preferred", "ethnic minority candidates preferred"),
        ("Germans only", "germans only"),
        ("Hiring Poles and Czechs", "hiring poles"),
        ("Hiring middle-aged staff", "hiring middle-aged"),
        ("Between the ages of 21 and 30", "between the ages of 21 and 30"),
        ("Should be in the 25-35 age group", "be in the 25-35 age group"),
        ("25-35yo", "25-35yo"),
        ("Born in the 90s", "born in the 90s"),
        ("Energetic twenty-somethings wanted", "20-somethings"),
        # A fit, a hiring line with a colon, a refusal, an age said before "and".
        ("Job suits a retired gentleman", "suits a retired gentleman"),
        ("Perfect for a woman returning to work", "perfect for a woman"),
        ("Hiring: female sales reps", "hiring: female"),
        ("Brown skin not accepted", "brown skin not accepted"),
        ("The ideal hire is under 30 and hungry", "under 30 and hungry"),
        ("Must be a churchgoer", "must be a churchgoer"),
        ("Under 35 y.o.", "under 35 y.o"),
        ("Age \u2264 35", "age \u2264 35"),
        ("Fresh-faced graduates", "fresh-faced"),
        ("A woman would be best for this role", "woman would be best"),
        ("Men are better suited to this role", "men are better"),
        ("This role is for men", "role is for men"),
        ("Must be child-free", "must be child-free"),
        ("White British only", "white british only"),
        ("Europeans only", "europeans only"),
        ("Must be cisgender", "must be cisgender"),
        ("A male presence is needed on the team", "male presence is needed"),
        ("Men will be given priority", "men will be given priority"),
        ("Must be a family man", "must be a family man"),
        ("Lesbians not welcome", "lesbians not welcome"),
        ("Open to under-30s.", "under-30s"),
        ("The team needs another guy", "needs another guy"),
        ("Must be ethnically Chinese", "be ethnically chinese"),
        ("Candidates must not be Muslim", "must not be muslim"),
        ("Heterosexuals only", "heterosexuals only"),
    ],
)
def test_groups_named_by_skin_nation_or_age_are_selections(text: str, phrase: str) -> None:
    assert phrase in find_protected_selection(text)
