"""A line of work in another language than the one asked for is little evidence of it (offline, partial)."""

from jobs.scoring import partial
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
PHP = Criterion("PHP development", "Server-side PHP for websites and web applications: Laravel or plain PHP")
CV = (
    "EXPERIENCE\nSoftware Developer, Acme\nJan 2021 - Jan 2025\n- {recent}\n"
    "Web Developer, Beta\nJan 2019 - Dec 2020\n- Maintained the company website in PHP.\n"
)


def _php(recent: str) -> int:
    rubric = Rubric("PHP Web Developer", "", (PHP,), blind=False)
    return SCORER.score(CV.format(recent=recent), rubric).criteria[0].score


def test_server_side_work_in_another_language_is_not_the_language_asked_for() -> None:
    in_swift = _php("Built server-side services in Swift and Kotlin for the mobile apps.")
    unnamed = _php("Built server-side services for the company's web applications.")
    assert in_swift < unnamed


def test_a_line_naming_the_language_asked_for_counts_whatever_else_it_names() -> None:
    assert _php("Built the shop in Laravel with a Vue front end.") == _php("Built the shop in Laravel.")


def test_which_lines_are_in_another_language() -> None:
    assert partial.in_another_language({"Swift", "Mobile"}, ("PHP",))
    assert not partial.in_another_language({"Laravel", "PHP", "Vue", "JavaScript"}, ("PHP",))
    assert not partial.in_another_language({"Backend", "REST APIs"}, ("PHP",))  # no language named
    # A JavaScript front end is no Node.js back end (partial.languages_asked's stacks).
    assert partial.in_another_language({"React", "JavaScript", "Frontend"}, ("Node.js",))
