"""Hash, or time, the work-horse's part of scoring (is it a CV, prepare, offline score) on every corpus CV.

Run from a tree's root: `.venv/bin/python -m bench.workhorse_digest digest > a.json` in two trees and compare
the files; `... time 5` prints CPU per CV (`time.process_time`) of `check_is_cv`, `prepare` and
`OfflineScorer.score`, each the median of 5 rounds. Texts are read in place (the sandboxed reader) and kept in
memory only; only digests and timings are printed, never text.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cvscoring.test_settings")
django.setup()

from bench.quality.corpus import corpus_dir  # noqa: E402
from bench.quality.measure import rubric_from  # noqa: E402
from candidates.extraction import ExtractionFailed  # noqa: E402
from candidates.readers import read_cv  # noqa: E402
from jobs.scoring import pipeline, sections  # noqa: E402
from jobs.scoring.manipulation import HiddenText  # noqa: E402
from jobs.scoring.offline import OfflineScorer  # noqa: E402
from jobs.scoring.types import Rubric, ScoringError  # noqa: E402
from jobs.tests.rubrics import make_rubric  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PERSONAS = ("demo_backend", "registered_nurse", "accountant")
CV = tuple[str, tuple[HiddenText, ...]]


def rubrics() -> dict[str, Rubric]:
    """The test rubric (blind) and three personas (blind, their default)."""
    data = json.loads((ROOT / "bench/quality/labels/personas.json").read_text())
    return {"make_rubric": make_rubric(), **{name: rubric_from(data[name]) for name in PERSONAS}}


def corpus() -> dict[str, CV]:
    """Every readable corpus CV and the quality set's texts, by name."""
    found: dict[str, CV] = {}
    for part in ("cvs", "more-cvs"):
        for path in sorted((corpus_dir() / part).iterdir()):
            if path.suffix in (".pdf", ".docx"):
                try:
                    reading = read_cv(str(path))
                except ExtractionFailed:
                    continue
                hidden = tuple(HiddenText(s.reason, s.text, s.page) for s in reading.hidden)
                found[f"{part}/{path.name}"] = (reading.text, hidden)
    for path in sorted((ROOT / "bench/quality/cvs").glob("*.txt")):
        found[f"quality/{path.name}"] = (path.read_text(), ())
    return found


def outcome(text: str, hidden: tuple[HiddenText, ...], rubric: Rubric, scorer: OfflineScorer) -> str:
    """Everything the work-horse produces for one CV and rubric, as one string."""
    try:
        prepared = pipeline.prepare_cv(text=text, hidden=hidden, rubric=rubric)
    except ScoringError as exc:
        return f"error {exc.code} {exc}"
    output = scorer.score(prepared.text, rubric)
    return repr((prepared, output, pipeline.finish(prepared, output, rubric)))


def digests() -> dict[str, str]:
    """The SHA-256 of every corpus CV's outcome under every rubric."""
    scorer = OfflineScorer()
    found = {}
    for name, (text, hidden) in corpus().items():
        for label, rubric in rubrics().items():
            whole = outcome(text, hidden, rubric, scorer)
            found[f"{name} {label}"] = hashlib.sha256(whole.encode()).hexdigest()
    return found


def _cpu(step: Callable[[], object]) -> float:
    start = time.process_time()
    step()
    return time.process_time() - start


def timings(rounds: int) -> dict[str, float]:
    """Median over rounds of each step's CPU per CV in ms (the test rubric, blind)."""
    texts = list(corpus().values())
    rubric, scorer = make_rubric(), OfflineScorer()
    prepared = [pipeline.prepare(text=t, hidden=h, rubric=rubric) for t, h in texts]
    scorer.score(prepared[0].text, rubric)  # loads the embeddings, as the worker does before forking
    steps: dict[str, Callable[[], object]] = {
        "check_is_cv": lambda: [_checked(t) for t, _ in texts],
        "prepare": lambda: [pipeline.prepare(text=t, hidden=h, rubric=rubric) for t, h in texts],
        "score": lambda: [scorer.score(p.text, rubric) for p in prepared],
    }
    runs: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(rounds):
        for name, step in steps.items():
            runs[name].append(_cpu(step) * 1000 / len(texts))
    return {name: round(statistics.median(values), 2) for name, values in runs.items()}


def _checked(text: str) -> None:
    with contextlib.suppress(ScoringError):
        sections.check_is_cv(text)


if __name__ == "__main__":
    if sys.argv[1] == "digest":
        json.dump(digests(), sys.stdout, indent=1, sort_keys=True)
    else:
        print(json.dumps(timings(int(sys.argv[2]))))
