"""A language asked for by name is not met by a neighbouring stack: a Java back end is little PHP evidence."""

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

PHP = Rubric(
    role_title="PHP Web Developer",
    description="Builds client websites and web applications",
    criteria=(
        Criterion("PHP development", "Server-side PHP for web applications: Laravel or Symfony", weight=3),
        Criterion("Relational databases", "MySQL or PostgreSQL for web applications", weight=1),
    ),
    blind=False,
)

ROLE = """Experience
2019 - present: Backend developer, Acme Ltd
{line}
Built the MySQL schema and queries of the company's web application.
"""


def _php(cv: str) -> int:
    return SCORER.score(cv, PHP).criteria[0].score


def test_a_backend_in_another_language_is_a_little_evidence_of_the_language_asked() -> None:
    java = _php(ROLE.format(line="Developed backend web services for the website in Java with Spring Boot."))
    assert 0 < java <= 3


def test_the_language_or_a_framework_implying_it_is_met_in_full() -> None:
    php = _php(ROLE.format(line="Developed backend web services for the website in PHP."))
    laravel = _php(ROLE.format(line="Developed backend web services for the website with Laravel."))
    java = _php(ROLE.format(line="Developed backend web services for the website in Java with Spring Boot."))
    assert php >= 7 and laravel >= 7
    assert java < laravel
