"""The synthetic labelled set (bench/quality/cvs, labels.json): tricks and languages on made-up CVs."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.quality.measure import rubric_from, score, tier_pairs
from jobs.scoring.manipulation import HiddenText

HERE = Path(__file__).resolve().parent
_YES = frozenset({"yes", "strong_yes"})
_HIDDEN = re.compile(r"\[\[hidden\]\].*?\[\[/hidden\]\]\n?", re.S)


def _hidden(raw: str, reasons: Sequence[str]) -> list[HiddenText]:
    """The [[hidden]] spans of a labelled CV, as the PDF reader would report them."""
    texts = [
        match.group(0).replace("[[hidden]]", "").replace("[[/hidden]]", "").strip()
        for match in _HIDDEN.finditer(raw)
    ]
    return [HiddenText(reasons[0] if reasons else "white_text", text, 1) for text in texts if text]


@dataclass(frozen=True)
class PersonaRow:
    """One persona of the synthetic set: its pairs, their accuracy, and how its first and last tiers fare."""

    name: str
    pairs: int
    accuracy: float
    a_yes: tuple[int, int]  # first-tier CVs recommended yes or strong_yes, of all first-tier CVs
    d_no: tuple[int, int]  # last-tier CVs recommended no (or not scored), of all last-tier CVs


def own_set(verbose: bool) -> tuple[list[tuple[str, int, float]], float, float]:
    """Return per-persona (name, pairs, accuracy), the overall accuracy and the threshold."""
    rows, overall, threshold = own_set_rows(verbose)
    return [(row.name, row.pairs, row.accuracy) for row in rows], overall, threshold


def own_set_rows(verbose: bool) -> tuple[list[PersonaRow], float, float]:
    """Return every persona's row, the overall accuracy and the threshold."""
    personas = json.loads((HERE / "personas.json").read_text())
    labels = json.loads((HERE / "labels.json").read_text())
    rows: list[PersonaRow] = []
    credit = pairs = 0.0
    for name, tiers in labels["personas"].items():
        rubric = rubric_from(personas[name])
        scores: dict[str, float] = {}
        said: dict[str, str] = {}
        for cv_id in (cv for tier in tiers for cv in tier):
            raw = (HERE / "cvs" / f"{cv_id}.txt").read_text()
            # Text between [[hidden]] markers stands for white/tiny text that candidates/pdf.py removes.
            result = score(_HIDDEN.sub("", raw), rubric, _hidden(raw, labels["hidden_text"].get(cv_id, ())))
            scores[cv_id] = result.score if result else -1
            said[cv_id] = result.recommendation if result else "no"
            if verbose:
                flags = ", ".join(result.flags) if result else "not scored"
                print(f"  {name:16} {cv_id:20} {scores[cv_id]:>4}  {flags}")
        persona_credit = tier_pairs(scores, tiers)
        a_yes = sum(said[cv] in _YES for cv in tiers[0])
        d_no = sum(said[cv] == "no" for cv in tiers[-1])
        accuracy = sum(persona_credit) / len(persona_credit)
        rows.append(
            PersonaRow(name, len(persona_credit), accuracy, (a_yes, len(tiers[0])), (d_no, len(tiers[-1])))
        )
        credit += sum(persona_credit)
        pairs += len(persona_credit)
    return rows, credit / pairs, float(labels["threshold"])
