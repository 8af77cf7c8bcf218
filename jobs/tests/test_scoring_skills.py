"""Synonym matching and skill implications (jobs/scoring/skills.py)."""

import pytest

from jobs.scoring.skills import SKILLS, expand, expand_line, find_skills


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Postgres and psql", {"PostgreSQL"}),
        ("k8s, helm charts", {"Kubernetes"}),
        ("DRF serializers", {"Django REST Framework"}),
        ("JS and ES6", {"JavaScript"}),
        ("Node.js / NodeJS", {"Node.js"}),
        ("C#, .NET Core and ASP.NET MVC", {"C#", ".NET", "ASP.NET"}),
        ("C/C++ firmware", {"C", "C++", "Embedded systems"}),
        ("front-end, Front End, frontend", {"Frontend"}),
        ("CI/CD with GitHub Actions", {"CI/CD", "GitHub Actions"}),
        ("A/B tests and experimentation", {"A/B testing"}),
        ("microservices and REST APIs", {"Microservices", "REST API"}),
        ("machine learning (ML)", {"Machine Learning"}),
    ],
)
def test_synonyms_map_to_one_canonical_skill(text: str, expected: set[str]) -> None:
    assert find_skills(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Encadrement d'une équipe de 5 développeurs", {"Leadership"}),
        ("Gestión de proyectos y liderazgo", {"Project management", "Leadership"}),
        ("Teamleitung und Führungserfahrung", {"Leadership"}),
        ("Bases de données et apprentissage automatique", {"Databases", "Machine Learning"}),
        ("Pruebas unitarias e integración continua", {"Testing", "CI/CD"}),
        ("Master 2 Informatique", {"Degree", "Computer science"}),
    ],
)
def test_french_spanish_and_german_terms_match_english_skills(text: str, expected: set[str]) -> None:
    assert find_skills(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "javascript only",  # not Java
        "Go live of the project, go-to-market plan",  # the verb, not the language
        "R&D department",  # not the R language
        "Spring 2020 semester",  # a season
        "Scrum Master",  # not a degree
        "Plan C. Smith",  # not the C language
    ],
)
def test_ordinary_words_are_not_skills(text: str) -> None:
    assert find_skills(text) & {"Java", "Go", "R", "Spring", "Degree", "C"} == set()


def test_short_language_names_match_in_lists() -> None:
    assert find_skills("Languages: Go, R, C, Python") == {"Go", "R", "C", "Python"}


def test_implications_are_transitive() -> None:
    assert expand({"Django REST Framework"}) == {
        "Django REST Framework",
        "Django",
        "Python",
        "Backend",
        "REST API",
        "API design",
    }


def test_every_implied_skill_exists() -> None:
    assert {implied for skill in SKILLS.values() for implied in skill.implies} <= set(SKILLS)


def test_ui_words_on_a_native_mobile_line_are_not_web_front_end() -> None:
    # A design system in SwiftUI or responsive screens in Flutter are mobile work; React Native and a
    # line that names CSS keep the front end, and the UI words alone still imply it.
    def frontend(text: str) -> bool:
        return "Frontend" in expand_line(find_skills(text))

    assert not frontend("Built the app's design system in SwiftUI")
    assert not frontend("Built responsive UI components using Flutter")
    assert frontend("Built responsive UI in React Native")
    assert frontend("Responsive design in CSS for the iOS app's web view")
    assert frontend("Built a design system and responsive pages")
    assert frontend("Made the content editor mobile responsive")
