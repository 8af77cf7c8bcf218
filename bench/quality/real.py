"""The yardstick on real CVs: labels/<persona>.tsv against the shared corpus, per persona and split.

FRESH is a second set (labels/fresh_personas.json, labels/fresh/<persona>.tsv) that nobody tunes on: it is
scored once, at the end, to measure how the scorer does on personas and labels it has never met. FRESH2
(labels/fresh2_personas.json, labels/fresh2/) is the next such set, made once FRESH had been run and tuned on,
FRESH3 (labels/fresh3_personas.json, labels/fresh3/) the one after, made once FRESH2 had been run, FRESH4
(labels/fresh4_personas.json, labels/fresh4/) the one after that, made once FRESH3 had been run and tuned on,
FRESH5 (labels/fresh5_personas.json, labels/fresh5/) the next, made once FRESH4 had been run, FRESH6
(labels/fresh6_personas.json, labels/fresh6/) the one after, made once FRESH5 had been run, FRESH7
(labels/fresh7_personas.json, labels/fresh7/) the next, made once FRESH6 had been run, and FRESH8
(labels/fresh8_personas.json, labels/fresh8/) the one after, made once FRESH7 had been run.

A pair is two CVs of one split that the labels put in different tiers; it is right when the better-labelled
CV scores higher (see measure.pair_credit). Besides ranking, the recommendation must mean what it says:
strong (A) CVs should get yes/strong_yes and unrelated (D) ones no.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.quality.corpus import corpus_dir, cv_text
from bench.quality.measure import rubric_from, score, tier_pairs

LABELS = Path(__file__).resolve().parent / "labels"
TIERS = "ABCD"
SPLITS = ("tuned", "held_out")


@dataclass(frozen=True)
class LabelSet:
    """A yardstick: its personas' JSON file and the folder of their <persona>.tsv labels."""

    personas_file: Path
    labels_dir: Path


MAIN = LabelSet(LABELS / "personas.json", LABELS)
FRESH = LabelSet(LABELS / "fresh_personas.json", LABELS / "fresh")
FRESH2 = LabelSet(LABELS / "fresh2_personas.json", LABELS / "fresh2")
FRESH3 = LabelSet(LABELS / "fresh3_personas.json", LABELS / "fresh3")
FRESH4 = LabelSet(LABELS / "fresh4_personas.json", LABELS / "fresh4")
FRESH5 = LabelSet(LABELS / "fresh5_personas.json", LABELS / "fresh5")
FRESH6 = LabelSet(LABELS / "fresh6_personas.json", LABELS / "fresh6")
FRESH7 = LabelSet(LABELS / "fresh7_personas.json", LABELS / "fresh7")
FRESH8 = LabelSet(LABELS / "fresh8_personas.json", LABELS / "fresh8")


@dataclass(frozen=True)
class Label:
    file: str
    tier: str
    split: str
    reason: str


@dataclass(frozen=True)
class Scored:
    label: Label
    score: float  # -1 when the CV could not be scored
    recommendation: str


@dataclass(frozen=True)
class PartReport:
    persona: str
    split: str
    pairs: int
    accuracy: float
    a_yes: tuple[int, int]  # A CVs with yes/strong_yes, A CVs
    d_no: tuple[int, int]  # D CVs with no (or not scored at all), D CVs


def personas(label_set: LabelSet = MAIN) -> dict[str, dict[str, object]]:
    """Return the set's personas by name."""
    data: dict[str, dict[str, object]] = json.loads(label_set.personas_file.read_text())
    return {name: value for name, value in data.items() if not name.startswith("_")}


def labels(persona: str, label_set: LabelSet = MAIN) -> list[Label]:
    """Return the persona's labels in file order."""
    with (label_set.labels_dir / f"{persona}.tsv").open(newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [Label(r["file"], r["tier"], r["split"], r["reason"]) for r in rows]


def available() -> bool:
    """Tell whether the shared corpus is here."""
    return (corpus_dir() / "more-cvs").is_dir()


def score_persona(persona: str, label_set: LabelSet = MAIN) -> list[Scored]:
    """Score every labelled CV of the persona."""
    rubric = rubric_from(personas(label_set)[persona])
    scored: list[Scored] = []
    for label in labels(persona, label_set):
        text = cv_text(label.file)
        result = score(text, rubric) if text else None
        scored.append(
            Scored(label, result.score if result else -1, result.recommendation if result else "unscored")
        )
    return scored


def report(persona: str, scored: Sequence[Scored], split: str) -> PartReport:
    """Pairwise accuracy and recommendation rates of one persona on one split."""
    part = [s for s in scored if s.label.split == split]
    scores = {s.label.file: s.score for s in part}
    tiers = [[s.label.file for s in part if s.label.tier == tier] for tier in TIERS]
    credit = tier_pairs(scores, tiers)
    strong = [s for s in part if s.label.tier == "A"]
    unrelated = [s for s in part if s.label.tier == "D"]
    return PartReport(
        persona,
        split,
        len(credit),
        sum(credit) / len(credit) if credit else float("nan"),
        (sum(s.recommendation in ("yes", "strong_yes") for s in strong), len(strong)),
        # A CV the pipeline refuses (not_a_cv, too_little_text) is recommended to nobody: it counts as a "no".
        (sum(s.recommendation in ("no", "unscored") for s in unrelated), len(unrelated)),
    )
