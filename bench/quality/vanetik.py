"""The Vanetik & Kogan (2023) set (GPL-3.0, read in place from the corpus, never copied).

There the annotators ranked five vacancies for each CV, so a pair is two vacancies for one CV.
"""

from __future__ import annotations

import csv
import json
from itertools import combinations
from pathlib import Path

from bench.quality.corpus import corpus_dir
from bench.quality.measure import pair_credit, rubric_from, score

HERE = Path(__file__).resolve().parent


def folder() -> Path:
    """Return where the set lives in the corpus."""
    return corpus_dir() / "labelled" / "vanetik_vacancy_resume_matching"


def _rankings() -> dict[str, dict[int, list[int]]]:
    rankings: dict[str, dict[int, list[int]]] = {}
    with (folder() / "rankings_tidy.csv").open() as handle:
        for row in csv.DictReader(handle):
            places = [
                int(row[key]) for key in ("place_1_best", "place_2", "place_3", "place_4", "place_5_worst")
            ]
            if sorted(places) == [1, 2, 3, 4, 5]:  # the source has a few arrays that are not permutations
                rankings.setdefault(row["annotator"], {})[int(row["cv_id"])] = places
    return rankings


def _order_accuracy(order: list[int], scores: list[float]) -> tuple[float, int]:
    """Credit for the vacancies `order` lists best first (1-based numbers), given each vacancy's score."""
    credits = [pair_credit(scores[a - 1], scores[b - 1]) for a, b in combinations(order, 2)]
    return sum(credits), len(credits)


def _ranks_to_order(ranks: list[int]) -> list[int]:
    """Read an array as "vacancy i has rank ranks[i]" and return the vacancies best first."""
    return [vacancy for _, vacancy in sorted(zip(ranks, range(1, 6), strict=True))]


def vanetik() -> dict[str, tuple[float, int]] | None:
    """Return {reading: (accuracy, pairs)} on the Vanetik set, or None when it is absent."""
    if not (folder() / "rankings_tidy.csv").exists():
        return None
    rubrics = [rubric_from(v) for v in json.loads((HERE / "vanetik_personas.json").read_text())["vacancies"]]
    rankings = _rankings()
    cv_scores: dict[int, list[float]] = {}
    for cv_id in sorted({cv for per in rankings.values() for cv in per}):
        text = (folder() / "CV_txt" / f"{cv_id}.txt").read_text()
        results = [score(text, rubric) for rubric in rubrics]
        cv_scores[cv_id] = [r.score if r else -1 for r in results]
    report: dict[str, tuple[float, int]] = {}
    for annotator, per_cv in sorted(rankings.items()):
        for reading, to_order in (("place=vacancy", lambda p: p), ("place=rank", _ranks_to_order)):
            got = [_order_accuracy(to_order(places), cv_scores[cv]) for cv, places in per_cv.items()]
            report[f"{annotator} ({reading})"] = (
                sum(c for c, _ in got) / sum(n for _, n in got),
                sum(n for _, n in got),
            )
    return report


def agreement() -> float | None:
    """Pairwise agreement between the two annotators on the CVs both ranked (a ceiling for any scorer)."""
    rankings = _rankings()
    first, second = rankings.get("annotator_1", {}), rankings.get("annotator_2", {})
    agree = total = 0
    for cv in set(first) & set(second):
        pos_a = {v: i for i, v in enumerate(first[cv])}
        pos_b = {v: i for i, v in enumerate(second[cv])}
        for x, y in combinations(range(1, 6), 2):
            agree += (pos_a[x] < pos_a[y]) == (pos_b[x] < pos_b[y])
            total += 1
    return agree / total if total else None
