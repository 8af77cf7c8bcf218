"""The synthetic labelled set (bench/quality/cvs, labels.json): tricks and languages on made-up CVs."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from bench.quality.measure import rubric_from, score, tier_pairs
from jobs.scoring.manipulation import HiddenText

HERE = Path(__file__).resolve().parent
_HIDDEN = re.compile(r"\[\[hidden\]\].*?\[\[/hidden\]\]\n?", re.S)


def _hidden(raw: str, reasons: Sequence[str]) -> list[HiddenText]:
    """The [[hidden]] spans of a labelled CV, as the PDF reader would report them."""
    texts = [
        match.group(0).replace("[[hidden]]", "").replace("[[/hidden]]", "").strip()
        for match in _HIDDEN.finditer(raw)
    ]
    return [HiddenText(reasons[0] if reasons else "white_text", text, 1) for text in texts if text]


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
        persona_credit = tier_pairs(scores, tiers)
        rows.append((name, len(persona_credit), sum(persona_credit) / len(persona_credit)))
        credit += sum(persona_credit)
        pairs += len(persona_credit)
    return rows, credit / pairs, float(labels["threshold"])
