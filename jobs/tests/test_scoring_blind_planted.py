"""Blind mode on CVs planted as someone trying to catch it out would (jobs/tests/blind_cvs_planted.py).

The same promises as for the unseen CVs, against a persona naming each CV's profession words: every planted
personal detail is gone, the profession's words all survive, and swapping the candidate's name or gender does
not move the offline score.
"""

from __future__ import annotations

import pytest

from jobs.scoring.redaction import redact_text, rubric_keep_words
from jobs.scoring.redaction_lines import drop_referees
from jobs.scoring.skills import find_skills
from jobs.tests.blind_cvs import plain, planted
from jobs.tests.blind_cvs_planted import PLANTED_CVS
from jobs.tests.test_scoring_blind import _gender_swapped
from jobs.tests.test_scoring_blind_unseen import _name_swapped, _present, _rubric, _scores

_OTHER_NAMES = ("Kwame Mensah", "Ingrid Solberg", "Fatima Zahra", "Darnell Washington")


def test_there_are_at_least_twelve_planted_cvs_each_with_planted_data_and_profession_words() -> None:
    assert len(PLANTED_CVS) >= 12
    assert all(len(planted(cv)) >= 4 and len(words) >= 5 for cv, words in PLANTED_CVS)


@pytest.mark.parametrize("index", range(len(PLANTED_CVS)))
def test_every_planted_detail_goes_even_with_a_persona_naming_the_profession(index: int) -> None:
    cv, words = PLANTED_CVS[index]
    redacted = redact_text(plain(cv), keep=rubric_keep_words(_rubric(words))).text
    assert [value for value in planted(cv) if not find_skills(value) and _present(value, redacted)] == []


@pytest.mark.parametrize("index", range(len(PLANTED_CVS)))
def test_the_profession_words_the_criteria_name_all_survive(index: int) -> None:
    cv, words = PLANTED_CVS[index]
    text = plain(cv)
    redacted = redact_text(text, keep=rubric_keep_words(_rubric(words))).text
    assert [word for word in words if not _present(word, redacted)] == []
    kept = find_skills(drop_referees(text)[0]) - find_skills(" ".join(planted(cv)))
    assert find_skills(redacted) >= kept


@pytest.mark.parametrize("index", range(len(PLANTED_CVS)))
def test_name_and_gender_swaps_do_not_move_the_score_against_the_professions_persona(index: int) -> None:
    cv, words = PLANTED_CVS[index]
    rubric = _rubric(words)
    scores = _scores(plain(cv), rubric)
    assert max(scores) > 0
    assert _scores(_gender_swapped(plain(cv)), rubric) == scores
    swapped = _name_swapped(cv, _OTHER_NAMES[index % len(_OTHER_NAMES)])
    assert swapped != plain(cv)
    assert _scores(swapped, rubric) == scores
