"""Measure the offline scorer against labelled orderings.

    python -m bench.quality.run                # every table; exits 1 when a target is missed
    python -m bench.quality.run --part tuned   # the real-CV yardstick's tuned part only (use while tuning)
    python -m bench.quality.run --verbose      # also every real CV's score and recommendation
    python -m bench.quality.run --fresh        # the fresh set (labels/fresh): once, by the lead, at the end
    python -m bench.quality.run --fresh2       # the second fresh set (labels/fresh2): likewise, once
    python -m bench.quality.run --fresh3       # the third fresh set (labels/fresh3): likewise, once
    python -m bench.quality.run --fresh4       # the fourth fresh set (labels/fresh4): likewise, once
    python -m bench.quality.run --fresh5       # the fifth fresh set (labels/fresh5): likewise, once
    python -m bench.quality.run --fresh6       # the sixth fresh set (labels/fresh6): likewise, once
    python -m bench.quality.run --fresh7       # the seventh fresh set (labels/fresh7): likewise, once
    python -m bench.quality.run --fresh8       # the eighth fresh set (labels/fresh8): likewise, once

Targets on the real-CV yardstick (labels/), per persona: pairwise accuracy >= 0.95 on the tuned part and
>= 0.90 on the held-out part; >= 90% of strong (A) CVs get yes/strong_yes and >= 95% of unrelated (D) ones no.
The synthetic set (cvs/, labels.json) must stay above its threshold; the Vanetik set is informative only.
"""

from __future__ import annotations

import logging
import sys

from bench.quality import real, synthetic, vanetik
from bench.quality.corpus import ROOT
from bench.quality.measure import SCORER

TARGET = {"tuned": 0.95, "held_out": 0.90}
A_YES, D_NO = 0.90, 0.95
# The options that measure one fresh set alone, without the main run's synthetic and Vanetik tables.
FRESH_SETS = {
    "--fresh": real.FRESH,
    "--fresh2": real.FRESH2,
    "--fresh3": real.FRESH3,
    "--fresh4": real.FRESH4,
    "--fresh5": real.FRESH5,
    "--fresh6": real.FRESH6,
    "--fresh7": real.FRESH7,
    "--fresh8": real.FRESH8,
}


def _rate(part: tuple[int, int]) -> str:
    return f"{part[0]}/{part[1]}" if part[1] else "-"


def _meets(row: real.PartReport) -> bool:
    a_ok = not row.a_yes[1] or row.a_yes[0] >= A_YES * row.a_yes[1]
    d_ok = not row.d_no[1] or row.d_no[0] >= D_NO * row.d_no[1]
    return row.accuracy >= TARGET[row.split] and a_ok and d_ok


def real_table(parts: tuple[str, ...], verbose: bool, label_set: real.LabelSet = real.MAIN) -> bool:
    """Print the yardstick per persona and part; return whether every target is met."""
    where = label_set.labels_dir.relative_to(ROOT)
    print(f"Offline scorer {SCORER.model}: real CVs ({where}), pairwise accuracy")
    print(f"{'persona':18} {'part':9} {'pairs':>6} {'accuracy':>9} {'A yes':>6} {'D no':>6}")
    ok = True
    for persona in real.personas(label_set):
        scored = real.score_persona(persona, label_set)
        for split in parts:
            row = real.report(persona, scored, split)
            ok = ok and _meets(row)
            print(
                f"{persona:18} {split:9} {row.pairs:>6} {row.accuracy:>9.3f} "
                f"{_rate(row.a_yes):>6} {_rate(row.d_no):>6}"
            )
        if verbose:
            for s in sorted((s for s in scored if s.label.split in parts), key=lambda s: -s.score):
                placed = f"{s.label.tier} {s.label.split:8} {s.label.file}"
                print(f"    {s.score:>4} {s.recommendation:10} {placed}")
    return ok


def synthetic_table() -> bool:
    """Print the synthetic set; return whether it meets its threshold."""
    rows, overall, threshold = synthetic.own_set_rows(verbose=False)
    print("\nSynthetic CVs (bench/quality/cvs): pairwise accuracy; first tier yes, last tier no")
    print(f"{'persona':28} {'pairs':>6} {'accuracy':>9} {'A yes':>6} {'D no':>6}")
    for row in rows:
        print(f"{row.name:28} {row.pairs:>6} {row.accuracy:>9.3f} {_rate(row.a_yes):>6} {_rate(row.d_no):>6}")
    print(f"{'overall':28} {sum(r.pairs for r in rows):>6} {overall:>9.3f}   (threshold {threshold:.2f})")
    return overall >= threshold


def vanetik_table() -> None:
    """Print the Vanetik & Kogan table when the set is present."""
    report = vanetik.vanetik()
    if report is None:
        print("\nVanetik & Kogan set: not found, skipped.")
        return
    print("\nVanetik & Kogan (2023), CVs 1-30: vacancies ranked per CV by two annotators")
    for label, (accuracy, pairs) in report.items():
        print(f"{label:36} {pairs:>6} {accuracy:>9.3f}")
    agreement = vanetik.agreement()
    if agreement is not None:
        print(f"{'annotator 1 vs 2 agreement':36} {'':>6} {agreement:>9.3f}")


def main(argv: list[str]) -> int:
    """Print the quality tables; return 1 when a target is missed."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    verbose = "--verbose" in argv
    chosen = [each for option, each in FRESH_SETS.items() if option in argv]
    if len(chosen) > 1:
        print("Measure one fresh set at a time: " + " or ".join(FRESH_SETS) + ".")
        return 2
    label_set = chosen[0] if chosen else real.MAIN
    parts = ("tuned",) if "tuned" in argv else real.SPLITS
    ok = True
    if real.available():
        ok = real_table(parts, verbose, label_set)
    else:
        print("Real-CV yardstick: corpus not found (set CVSCORING_CORPUS), skipped.")
    # A fresh run measures its fresh set alone; the synthetic and Vanetik tables belong to the main run.
    if parts == real.SPLITS and label_set == real.MAIN:
        ok = synthetic_table() and ok
        vanetik_table()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
