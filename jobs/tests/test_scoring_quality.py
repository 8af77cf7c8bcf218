"""The labelled set in bench/quality: every persona ranks its strong CVs above its weak ones."""

import json
from pathlib import Path

import pytest

from bench.quality.measure import rubric_from, score
from bench.quality.synthetic import own_set

QUALITY = Path(__file__).resolve().parents[2] / "bench" / "quality"
PERSONAS = json.loads((QUALITY / "personas.json").read_text())
LABELS = json.loads((QUALITY / "labels.json").read_text())


def _score(cv_id: str, persona: str) -> int:
    result = score((QUALITY / "cvs" / f"{cv_id}.txt").read_text(), rubric_from(PERSONAS[persona]))
    assert result is not None
    return result.score


@pytest.mark.parametrize("persona", sorted(LABELS["personas"]))
def test_strong_ranks_above_weak(persona: str) -> None:
    tiers = LABELS["personas"][persona]
    strongest = min(_score(cv, persona) for cv in tiers[0])
    weakest = max(_score(cv, persona) for cv in tiers[-1])
    assert strongest > weakest


def test_tricks_do_not_lift_a_weak_cv() -> None:
    assert _score("be_weak_injection", "backend_python") == _score("be_weak", "backend_python")
    assert _score("pm_weak_injection", "product_manager") == _score("pm_weak", "product_manager")
    assert _score("ds_weak_stuffed", "data_scientist") == _score("ds_weak", "data_scientist")


def test_pairwise_accuracy_meets_the_threshold() -> None:
    rows, overall, threshold = own_set(verbose=False)
    assert overall >= threshold
    assert [name for name, _, _ in rows] == list(LABELS["personas"])
