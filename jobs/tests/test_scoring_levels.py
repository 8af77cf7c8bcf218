"""Self-rated low levels ("Python (basic)", "familiar with Docker") count less than a skill stated plainly."""

import re

import pytest

from jobs.scoring import levels, skills
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()


def _rated(text: str, listed: bool = True) -> set[str]:
    return set().union(*(skills.find_skills(scope) for scope in levels.low_scopes(text, listed)))


def test_a_level_after_the_skill_rates_that_skill_only() -> None:
    assert _rated("Python (basic)") == {"Python"}
    assert _rated("Java - beginner") == {"Java"}
    assert _rated("Python (advanced), Java (basic)") == {"Java"}
    assert _rated("Excel (pivot tables), SPSS Python (basic)") == {"Python"}


def test_a_rating_phrase_rates_the_list_after_it() -> None:
    assert _rated("familiar with Docker") == {"Docker"}
    assert _rated("Built APIs in Python and gained exposure to AWS", listed=False) == {"AWS"}
    assert _rated("basic knowledge of SQL") == {"SQL"}
    assert _rated("Familiar with Docker, Kubernetes and Terraform") == {"Docker", "Kubernetes", "Terraform"}


def test_a_rating_phrase_stops_at_an_item_stating_its_own_level() -> None:
    assert _rated("Familiar with Docker, strong Python and Django") == {"Docker"}


def test_a_bare_level_word_rates_its_own_item_not_its_neighbours() -> None:
    assert _rated("Python, basic Docker") == {"Docker"}
    assert _rated("elementary German, English") == {"German"}


def test_levels_in_spanish_french_and_german() -> None:
    assert _rated("Inglés: nivel básico") == {"English"}
    assert _rated("Anglais (notions), Espagnol (courant)") == {"English"}
    assert _rated("Grundkenntnisse in Python, sehr gute Kenntnisse in Excel") == {"Python"}
    assert _rated("Conocimientos básicos de SQL") == {"SQL"}


def test_a_language_level_label_and_cefr_level() -> None:
    assert _rated("Native: Spanish • Fluent: English (C2) • Elementary: German") == {"German"}
    assert _rated("Languages: Spanish (native), English (C1), German (A2)") == {"German"}
    assert _rated("Hardware: A2 printers, Excel") == set()  # A2 is a level only of a language


def test_low_ratings_in_a_skills_list() -> None:
    assert _rated("Python 4/5, SQL 2/5") == {"SQL"}
    assert _rated("Docker ★★☆☆☆, Python ★★★★★") == {"Docker"}
    assert _rated("Python 2/5", listed=False) == set()  # a page number ("2/5") in a role line rates nothing


def test_names_and_duties_holding_a_level_word_are_no_rating() -> None:
    assert levels.low_scopes("Basic Life Support (BLS), American Heart Association", True) == []
    assert levels.low_scopes("B.S. Elementary Education", True) == []
    assert levels.low_scopes("Visual Basic, C#", True) == []
    assert levels.low_scopes("Instructed classes of 15 children on basic swimming skills", False) == []
    assert levels.low_scopes("Provided basic patient care on a 30-bed ward", False) == []


def test_a_level_label_alone_on_its_line_rates_only_the_line_below() -> None:
    assert levels.label_only("Familiar:")
    assert not levels.label_only("Basic")  # a table's column of levels says nothing about which line is which
    assert not levels.label_only("Skills:")


PYTHON = Rubric(
    role_title="Backend engineer",
    description="Python services",
    criteria=(Criterion("Python", "Python programming", weight=1),),
)
GERMAN = Rubric(
    role_title="Support agent",
    description="German-speaking customers",
    criteria=(Criterion("German", "Fluent German", weight=1),),
)
ROLE = """EXPERIENCE
Support Agent, Acme
Jan 2019 - Present
- Answered customer tickets by phone and mail.
"""


def _score(text: str, rubric: Rubric) -> int:
    return SCORER.score(text, rubric).criteria[0].score


def test_a_skill_rated_basic_scores_less_than_the_same_skill_listed_plainly() -> None:
    plain = _score(ROLE + "\nSKILLS\nPython, Excel\n", PYTHON)
    basic = _score(ROLE + "\nSKILLS\nPython (basic), Excel\n", PYTHON)
    assert 0 < basic < plain


def test_a_skill_rated_low_beside_another_keeps_the_others_weight() -> None:
    plain = _score(ROLE + "\nSKILLS\nPython, Docker\n", PYTHON)
    assert _score(ROLE + "\nSKILLS\nPython, basic Docker\n", PYTHON) == plain


def test_exposure_in_a_role_scores_less_than_use_in_a_role() -> None:
    used = _score(ROLE + "- Automated ticket reports in Python.\n", PYTHON)
    exposure = _score(ROLE + "- Gained some exposure to Python through ticket reports.\n", PYTHON)
    assert 0 < exposure < used


def test_a_skills_list_under_a_familiar_label_scores_less() -> None:
    plain = _score(ROLE + "\nSKILLS\nProficient:\nPython, Excel\n", PYTHON)
    familiar = _score(ROLE + "\nSKILLS\nFamiliar:\nPython, Excel\n", PYTHON)
    assert 0 < familiar < plain


def test_an_elementary_language_scores_less_than_a_fluent_one() -> None:
    fluent = _score(ROLE + "\nLANGUAGES\nEnglish (native), German (fluent)\n", GERMAN)
    elementary = _score(ROLE + "\nLANGUAGES\nEnglish (native), German (A2)\n", GERMAN)
    assert 0 < elementary < fluent


def test_another_languages_high_level_is_no_high_level_of_the_one_asked() -> None:
    # "English (native)" beside "German (A2)" said "native" for the German criterion too: 5, not 4, before.
    alone = _score(ROLE + "\nLANGUAGES\nGerman (A2)\n", GERMAN)
    beside = _score(ROLE + "\nLANGUAGES\nEnglish (native), German (A2)\n", GERMAN)
    above = _score(ROLE + "\nLANGUAGES\nEnglish (native)\nGerman (A2)\n", GERMAN)
    assert (alone, beside, above) == (4, 4, 4)
    assert _score(ROLE + "\nLANGUAGES\nGerman (native)\n", GERMAN) == 7


def test_the_literal_gate_hides_no_level(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every way of writing a level this module reads, rated with and without the gate that skips lines
    # holding none of their literal pieces: the same scopes.
    texts = [
        "Python (basic)", "Java - beginner", "German: A2", "SQL - level basic", "Docker 2/5", "Go ★★☆☆☆",
        "React ●●○○○", "familiar with Docker", "exposure to AWS", "exposed to Kafka", "some knowledge of SQL",
        "introductory understanding of Rust", "beginner in Go", "notions de Python", "nociones de SQL",
        "conocimientos básicos de Java", "nivel básico de inglés", "connaissances de base en Excel",
        "bases en SQL", "Grundkenntnisse in SAP", "grundlegende Kenntnisse in Java", "Basiswissen in SQL",
        "erste Erfahrungen mit Docker", "Elementary: Swedish", "Familiar: AS3, iOS", "basic Docker",
        "elementary German", "Anfänger: Python", "Inglés: principiante", "Français: débutant",
        "Spanish: limited working proficiency", "Rudimentary Perl", "Novice: C++", "Spanish (A1)",
        "Japanese: Basic (JLPT N5)", "Familiarity: Terraform", "Elementar: Französisch",
        "Englisch: Grundlagen",
    ]  # fmt: skip
    gated = [(levels.low_scopes(text, True), levels.low_scopes(text, False)) for text in texts]
    monkeypatch.setattr(levels, "_ANY_LEVEL", re.compile(""))
    assert gated == [(levels.low_scopes(text, True), levels.low_scopes(text, False)) for text in texts]
    assert all(listed for listed, _ in gated)  # each text above is a level this module reads
