"""Matching by meaning with wordllama's bundled static embeddings (jobs/scoring/semantic.py)."""

import numpy as np

from jobs.scoring import semantic


def test_vectors_are_unit_length_and_one_per_text() -> None:
    vectors = semantic.embed(["Built REST APIs in Django", "Cared for ventilated ICU patients"])
    assert vectors.shape == (2, semantic.DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert semantic.embed([]).shape == (0, semantic.DIMENSIONS)


def test_a_criterion_is_closest_to_the_line_that_means_it() -> None:
    criterion = semantic.criterion_vector("Python web backend framework (Django, Flask, FastAPI)")
    lines = semantic.embed(
        [
            "Built the payments REST API in Django and Django REST Framework.",
            "Built MERN applications with MongoDB, Express, React and Node.js.",
            "Administered medication and monitored patients on a surgical ward.",
        ]
    )
    django, mern, nursing = semantic.similarities(lines, criterion)
    assert django > mern > nursing


def test_criterion_vectors_are_cached_and_read_only() -> None:
    first = semantic.criterion_vector("Accounting: reconciliations and month-end close")
    assert semantic.criterion_vector("Accounting: reconciliations and month-end close") is first
    assert not first.flags.writeable
