"""The synthetic labelled set (bench/quality/cvs, labels.json): tricks and languages on made-up CVs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bench.quality.measure import rubric_from, score, tier_pairs

HERE = Path(__file__).resolve().parent
_HIDDEN = re.compile(r"\[\[hidden\]\].*?\[\[/hidden\]\]\n?", re.S)


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
            result = score(_HIDDEN.sub("", raw), rubric, labels["hidden_text"].get(cv_id, ()))
            scores[cv_id] = result.score if result else -1
            if verbose:
                flags = ", ".join(result.flags) if result else "not scored"
                print(f"  {name:16} {cv_id:20} {scores[cv_id]:>4}  {flags}")
        persona_credit = tier_pairs(scores, tiers)
        rows.append((name, len(persona_credit), sum(persona_credit) / len(persona_credit)))
        credit += sum(persona_credit)
        pairs += len(persona_credit)
    return rows, credit / pairs, float(labels["threshold"])
