"""Blind mode redacts a CV once: the offline scorer does not redact already redacted text again."""

from __future__ import annotations

from typing import Any

import pytest

from candidates.tests.factories import STRONG_BACKEND_CV
from jobs.scoring import redaction, redaction_lines
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.pipeline import prepare_cv, score_cv
from jobs.tests.rubrics import make_rubric

CV = "Jane Doe\njane.doe@example.com | +44 20 7946 0958\n" + STRONG_BACKEND_CV


def _count_passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    passes = [0]
    drop_referees = redaction_lines.drop_referees

    def counted(text: str) -> Any:
        passes[0] += 1
        return drop_referees(text)

    monkeypatch.setattr(redaction_lines, "drop_referees", counted)
    return passes


def test_a_blind_cv_is_redacted_once_and_scores_as_if_redacted_twice(monkeypatch: pytest.MonkeyPatch) -> None:
    rubric = make_rubric()
    prepared = prepare_cv(text=CV, hidden=(), rubric=rubric)
    twice = OfflineScorer().score(str(prepared.text), rubric)  # a plain str: the scorer redacts its own copy
    passes = _count_passes(monkeypatch)

    once = OfflineScorer().score(prepared.text, rubric)
    score_cv(text=CV, hidden=(), rubric=rubric, scorer=OfflineScorer())

    assert "[email]" in prepared.text and "jane.doe" not in prepared.text
    assert once == twice
    assert passes == [1]  # score_cv's: prepare_cv redacted, the scorer did not


def test_text_redacted_with_other_keep_words_is_redacted_again(monkeypatch: pytest.MonkeyPatch) -> None:
    first = redaction.redact_text(CV, keep={"python"}).text
    passes = _count_passes(monkeypatch)

    assert redaction.redact_text(first, keep={"python"}).text == first
    assert passes == [0]
    assert redaction.redact_text(first, keep={"django"}).text == first
    assert passes == [1]
