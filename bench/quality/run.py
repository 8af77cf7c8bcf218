"""Measure the offline scorer: pairwise ranking accuracy against labelled orderings.

    python -m bench.quality.run            # our labelled set; exits 1 below the threshold in labels.json
    python -m bench.quality.run --verbose  # also every CV's score and flags

A pair is two CVs the labels put in different tiers for a persona; it is right when the better-labelled CV
scores higher, half right on a tie, wrong otherwise (a CV that fails to score counts as scoring -1).
When the Vanetik & Kogan (2023) set is present (GPL-3.0, read in place, never copied) its pairwise accuracy is
reported separately: there the annotators ranked five vacancies for each CV, so a pair is two vacancies.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path

from jobs.scoring.manipulation import HiddenText
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.pipeline import score_cv
from jobs.scoring.types import Criterion, Rubric, ScoreResult, ScoringError

HERE = Path(__file__).resolve().parent
VANETIK = Path("/work/shared/corpus/labelled/vanetik_vacancy_resume_matching")
_HIDDEN = re.compile(r"\[\[hidden\]\].*?\[\[/hidden\]\]\n?", re.S)
SCORER = OfflineScorer()


def rubric_from(data: dict[str, object]) -> Rubric:
    """Build a Rubric from a persona's JSON."""
    criteria = tuple(Criterion(**c) for c in data["criteria"])  # type: ignore[attr-defined]
    return Rubric(
        role_title=str(data["role_title"]),
        description=str(data.get("description", "")),
        criteria=criteria,
        min_years_experience=int(data.get("min_years_experience", 0)),  # type: ignore[call-overload]
    )


def score(text: str, rubric: Rubric, hidden: Iterable[HiddenText] = ()) -> ScoreResult | None:
    """Score one CV through the real pipeline; None when it cannot be scored."""
    try:
        return score_cv(text=text, hidden=tuple(hidden), rubric=rubric, scorer=SCORER)
    except ScoringError:
        return None


def _hidden(raw: str, reasons: Sequence[str]) -> list[HiddenText]:
    """The [[hidden]] spans of a labelled CV, as the PDF reader would report them."""
    texts = [
        match.group(0).replace("[[hidden]]", "").replace("[[/hidden]]", "").strip()
        for match in _HIDDEN.finditer(raw)
    ]
    return [HiddenText(reasons[0] if reasons else "white_text", text, 1) for text in texts if text]


def pair_credit(better: float, worse: float) -> float:
    """1 when the better-labelled item scores higher, 0.5 on a tie, 0 otherwise."""
    return 1.0 if better > worse else 0.5 if better == worse else 0.0


def own_set(verbose: bool) -> tuple[list[tuple[str, int, float]], float, float]:
    """Return per-persona (name, pairs, accuracy), the overall accuracy and the threshold."""
    personas = json.loads((HERE / "personas.json").read_text())
    labels = json.loads((HERE / "labels.json").read_text())
    rows: list[tuple[str, int, float]] = []
    credit = pairs = 0.0
    for name, tiers in labels["personas"].items():
        rubric = rubric_from(personas[name])
        scores: dict[str, float] = {}
        for cv_id in (cv for tier in tiers for cv in tier):
            raw = (HERE / "cvs" / f"{cv_id}.txt").read_text()
            # Text between [[hidden]] markers stands for white/tiny text that candidates/pdf.py removes.
            result = score(_HIDDEN.sub("", raw), rubric, _hidden(raw, labels["hidden_text"].get(cv_id, ())))
            scores[cv_id] = result.score if result else -1
            if verbose:
                flags = ", ".join(result.flags) if result else "not scored"
                print(f"  {name:16} {cv_id:20} {scores[cv_id]:>4}  {flags}")
        persona_credit = [
            pair_credit(scores[a], scores[b])
            for i, tier in enumerate(tiers)
            for lower in tiers[i + 1 :]
            for a in tier
            for b in lower
        ]
        rows.append((name, len(persona_credit), sum(persona_credit) / len(persona_credit)))
        credit += sum(persona_credit)
        pairs += len(persona_credit)
    return rows, credit / pairs, float(labels["threshold"])


def _vanetik_rankings() -> dict[str, dict[int, list[int]]]:
    rankings: dict[str, dict[int, list[int]]] = {}
    with (VANETIK / "rankings_tidy.csv").open() as handle:
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


def vanetik() -> dict[str, tuple[float, int]] | None:
    """Return {reading: (accuracy, pairs)} on the Vanetik set, or None when it is absent."""
    if not (VANETIK / "rankings_tidy.csv").exists():
        return None
    rubrics = [rubric_from(v) for v in json.loads((HERE / "vanetik_personas.json").read_text())["vacancies"]]
    rankings = _vanetik_rankings()
    cv_scores: dict[int, list[float]] = {}
    for cv_id in sorted({cv for per in rankings.values() for cv in per}):
        text = (VANETIK / "CV_txt" / f"{cv_id}.txt").read_text()
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


def _ranks_to_order(ranks: list[int]) -> list[int]:
    """Read an array as "vacancy i has rank ranks[i]" and return the vacancies best first."""
    return [vacancy for _, vacancy in sorted(zip(ranks, range(1, 6), strict=True))]


def _agreement() -> float | None:
    """Pairwise agreement between the two annotators on the CVs both ranked (a ceiling for any scorer)."""
    rankings = _vanetik_rankings()
    first, second = rankings.get("annotator_1", {}), rankings.get("annotator_2", {})
    agree = total = 0
    for cv in set(first) & set(second):
        pos_a = {v: i for i, v in enumerate(first[cv])}
        pos_b = {v: i for i, v in enumerate(second[cv])}
        for x, y in combinations(range(1, 6), 2):
            agree += (pos_a[x] < pos_a[y]) == (pos_b[x] < pos_b[y])
            total += 1
    return agree / total if total else None


def main(argv: list[str]) -> int:
    """Print the quality table; return 1 when our labelled set falls below its threshold."""
    verbose = "--verbose" in argv
    rows, overall, threshold = own_set(verbose)
    print(f"Offline scorer {SCORER.model}: pairwise ranking accuracy on bench/quality")
    print(f"{'persona':20} {'pairs':>6} {'accuracy':>9}")
    for name, pairs, accuracy in rows:
        print(f"{name:20} {pairs:>6} {accuracy:>9.3f}")
    print(f"{'overall':20} {sum(p for _, p, _ in rows):>6} {overall:>9.3f}   (threshold {threshold:.2f})")
    report = vanetik()
    if report is None:
        print("\nVanetik & Kogan set: not found, skipped.")
    else:
        print("\nVanetik & Kogan (2023), CVs 1-30: vacancies ranked per CV by two annotators")
        for label, (accuracy, pairs) in report.items():
            print(f"{label:36} {pairs:>6} {accuracy:>9.3f}")
        agreement = _agreement()
        if agreement is not None:
            print(f"{'annotator 1 vs 2 agreement':36} {'':>6} {agreement:>9.3f}")
    return 0 if overall >= threshold else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
