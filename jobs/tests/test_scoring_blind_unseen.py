"""Blind mode on CVs written after the rules: new layouts and phrasings, judged with a persona of their own.

Each CV in UNSEEN_CVS, in PLANTED_CVS (jobs/tests/blind_cvs_planted.py: shapes someone trying to catch blind
mode out would plant, in more languages) and in ADVERSARIAL_CVS (blind_cvs_adversarial.py: an outside
checker's), comes with words of its profession. A persona whose criteria
name those words must still find every one of them after redaction, every planted personal detail must be gone
all the same, and swapping the candidate's name or gender must not move the offline score against that
persona.
"""

from __future__ import annotations

import re

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.redaction import redact_text, rubric_keep_words
from jobs.scoring.redaction_lines import drop_referees
from jobs.scoring.skills import find_skills
from jobs.scoring.types import Criterion, Rubric
from jobs.tests.blind_cvs import UNSEEN_CVS, candidate_name, plain, planted
from jobs.tests.blind_cvs_adversarial import ADVERSARIAL_CVS
from jobs.tests.blind_cvs_planted import PLANTED_CVS
from jobs.tests.test_scoring_blind import _gender_swapped

_OTHER_NAMES = ("Kwame Mensah", "Ingrid Solberg", "Fatima Zahra", "Darnell Washington")
CVS = [*UNSEEN_CVS, *PLANTED_CVS, *ADVERSARIAL_CVS]


def _rubric(words: tuple[str, ...]) -> Rubric:
    """A persona whose criteria name the profession's words, two to a criterion."""
    criteria = tuple(
        Criterion(f"{words[i]} experience", f"{' and '.join(words[i : i + 2])}", weight=1)
        for i in range(0, len(words), 2)
    )
    return Rubric(role_title="Specialist", description="", criteria=criteria)


def _present(value: str, text: str) -> bool:
    return re.search(rf"(?<![\w\[]){re.escape(value)}(?![\w\]])", text, re.IGNORECASE) is not None


def test_there_are_at_least_ten_unseen_cvs_each_with_planted_data_and_profession_words() -> None:
    assert len(UNSEEN_CVS) >= 10
    assert all(len(planted(cv)) >= 4 and len(words) >= 5 for cv, words in UNSEEN_CVS)


def test_there_are_at_least_twelve_planted_cvs_each_with_planted_data_and_profession_words() -> None:
    assert len(PLANTED_CVS) >= 12
    assert all(len(planted(cv)) >= 4 and len(words) >= 5 for cv, words in PLANTED_CVS)


def test_there_are_at_least_fifteen_outside_checker_cvs_each_with_planted_data_and_profession_words() -> None:
    assert len(ADVERSARIAL_CVS) >= 15
    assert all(len(planted(cv)) >= 4 and len(words) >= 5 for cv, words in ADVERSARIAL_CVS)


@pytest.mark.parametrize("index", range(len(CVS)))
def test_every_planted_detail_goes_even_with_a_persona_naming_the_profession(index: int) -> None:
    cv, words = CVS[index]
    redacted = redact_text(plain(cv), keep=rubric_keep_words(_rubric(words))).text
    assert [value for value in planted(cv) if not find_skills(value) and _present(value, redacted)] == []


@pytest.mark.parametrize("index", range(len(CVS)))
def test_the_profession_words_the_criteria_name_all_survive(index: int) -> None:
    cv, words = CVS[index]
    text = plain(cv)
    redacted = redact_text(text, keep=rubric_keep_words(_rubric(words))).text
    assert [word for word in words if not _present(word, redacted)] == []
    # Referee lines go whole, a skill named in them too ("Head of Facilities").
    kept = find_skills(drop_referees(text)[0]) - find_skills(" ".join(planted(cv)))
    assert find_skills(redacted) >= kept


def _name_swapped(cv: str, other: str) -> str:
    text = plain(cv)
    new = re.split(r"[ -]", other)
    for index, part in enumerate(re.split(r"[ -]", candidate_name(cv))):
        if find_skills(part):
            continue  # "Ruby" the name is also the language, and stays as test_scoring_blind's swap keeps it
        swap = new[index % len(new)]
        for before, after in ((part, swap), (part.upper(), swap.upper()), (part.lower(), swap.lower())):
            text = re.sub(rf"(?<![^\W\d_]){re.escape(before)}(?![^\W\d_])", after, text)
    return text


def _scores(text: str, rubric: Rubric) -> list[int]:
    return [assessment.score for assessment in OfflineScorer().score(text, rubric).criteria]


@pytest.mark.parametrize("index", range(len(CVS)))
def test_name_and_gender_swaps_do_not_move_the_score_against_the_professions_persona(index: int) -> None:
    cv, words = CVS[index]
    rubric = _rubric(words)
    scores = _scores(plain(cv), rubric)
    assert max(scores) > 0
    assert _scores(_gender_swapped(plain(cv)), rubric) == scores
    swapped = _name_swapped(cv, _OTHER_NAMES[index % len(_OTHER_NAMES)])
    assert swapped != plain(cv)
    assert _scores(swapped, rubric) == scores
