"""Years in a domain that is a whole field ("developing software", "in healthcare") count the roles whose
titles place them in that field, though their lines never say the field's own word (#9)."""

import pytest

from jobs.scoring.criteria import need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

DEVELOPER = """Sam Example
EXPERIENCE
Staff Backend Engineer, Ledgerline - London
Mar 2019 - Present
- Led a team of 6 engineers building the payments platform in Python and Django.
Junior Developer, Brightsoft - Leeds
Sep 2015 - Feb 2019
- Maintained internal Django applications and SQL reporting jobs.
"""

NURSE = """Alex Example
EXPERIENCE
Staff Nurse, St Mary's Hospital
2017 - 2024
- Cared for 8 post-operative patients a shift; wound care and IV medication.
"""

CASHIER = """Jo Example
EXPERIENCE
Cashier, Corner Market
2016 - 2024
- Served customers at the till and restocked the shelves.
"""


def _years(cv: str, description: str, role: str) -> tuple[int, str]:
    rubric = Rubric(role_title=role, description="", criteria=(Criterion("Experience", description),))
    result = OfflineScorer().score(cv, rubric).criteria[0]
    return result.score, result.justification


@pytest.mark.parametrize(
    ("cv", "description", "role"),
    [
        (DEVELOPER, "At least 3 years developing software", "Software Engineer"),
        (DEVELOPER, "5+ years of software engineering", "Software Engineer"),
        (NURSE, "3+ years in healthcare", "Care Coordinator"),
    ],
)
def test_roles_titled_in_the_field_date_the_years(cv: str, description: str, role: str) -> None:
    score, why = _years(cv, description, role)
    assert score >= 7 and "years of relevant experience" in why  # was "Not evidenced in the CV", 0


@pytest.mark.parametrize(
    ("cv", "description", "role"),
    [
        (CASHIER, "At least 3 years developing software", "Software Engineer"),
        (DEVELOPER, "3+ years in healthcare", "Care Coordinator"),
    ],
)
def test_roles_in_another_field_do_not(cv: str, description: str, role: str) -> None:
    assert _years(cv, description, role)[0] == 0


def test_a_narrower_domain_is_still_judged_by_the_lines() -> None:
    # "Backend development" is not the field's own word: a nurse's years are no backend years.
    assert _years(NURSE, "3+ years of backend development", "Backend Engineer")[0] == 0


ENGLISH = (
    ("Python", "Professional experience with Python (Django or Flask)"),
    (
        "Experience",
        "At least 3 years developing software",
    ),
)
ABROAD = {
    "es": (("Python", "Experiencia profesional con Python (Django o Flask)"),
           ("Experiencia", "Al menos 3 años desarrollando software")),
    "fr": (("Python", "Expérience professionnelle avec Python (Django ou Flask)"),
           ("Expérience", "Au moins 3 ans de développement logiciel")),
    "de": (("Python", "Berufserfahrung mit Python (Django oder Flask)"),
           ("Berufserfahrung", "Mindestens 3 Jahre Erfahrung in der Softwareentwicklung")),
}  # fmt: skip

SPANISH_CV = """Javier Ejemplo
EXPERIENCIA PROFESIONAL
Desarrollador Python, Logística Sur - Madrid
enero 2019 - actualidad
- Desarrollo de servicios web con Python y Flask para la gestión de pedidos.
"""


def _scores(criteria: tuple[tuple[str, str], ...], cv: str) -> list[int]:
    rubric = Rubric(
        role_title="Backend", description="", criteria=tuple(Criterion(n, d) for n, d in criteria)
    )
    return [c.score for c in OfflineScorer().score(cv, rubric).criteria]


@pytest.mark.parametrize("language", sorted(ABROAD))
def test_a_persona_written_in_another_language_scores_as_in_english(language: str) -> None:
    # Its little words ("menos", "der") were keywords a CV had to say; "logiciel" is the field's own word.
    assert _scores(ABROAD[language], DEVELOPER) == _scores(ENGLISH, DEVELOPER)
    assert _scores(ABROAD[language], DEVELOPER)[1] >= 7


def test_a_role_titled_in_another_language_is_placed_in_its_field() -> None:
    # "Desarrollador" is a developer, not "Logística"'s warehouse.
    assert _scores(ENGLISH, SPANISH_CV)[1] >= 7


@pytest.mark.parametrize(
    ("description", "years", "keywords"),
    [
        ("At least two years' experience as a care assistant", 2.0, {"care", "assist"}),
        ("Five or more years of experience", 5.0, set()),
        ("Minimum of three (3) years of experience", 3.0, set()),
        ("5-7 years experience in accounting", 5.0, {"accounting"}),
        ("3 to 5 years of backend development", 3.0, {"backend"}),
        ("two or three years in sales", 2.0, {"sale"}),
        ("Minimum 5 years in a similar role", 5.0, set()),
        ("Over 10 years in retail management", 10.0, {"retail"}),
        ("Several years of experience in logistics", 3.0, {"logistic"}),
    ],
)
def test_the_years_a_criterion_asks_for_are_its_least_and_its_number_words_no_keywords(
    description: str, years: float, keywords: set[str]
) -> None:
    # "two years'" asked no years at all and made "two" a word a CV had to say; "5-7 years" asked for 7.
    wanted = need("Experience", description, 0)
    assert (wanted.years, set(wanted.keywords)) == (years, keywords)
