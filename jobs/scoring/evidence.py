"""Keep only evidence quotes that really occur in the CV text, so a scorer cannot invent evidence.

Matching ignores case, accents, whitespace, punctuation, hyphenation at line breaks and typographic quotes or
dashes: both sides are reduced to their letters, digits and "+#" before a substring test. A quote shorter than
`MIN_QUOTE_CHARS` such characters proves nothing and is dropped; so is one longer than `MAX_QUOTE_CHARS`
(a pasted paragraph is not a quote). A paraphrase fails because its words are not in the CV in that order.

A criterion left with no verified quote cannot keep a high score: its score is capped at `UNSUPPORTED_CAP`
(out of CRITERION_MAX) whether the quotes were dropped or never given. A low score needs no evidence: absence
is what it reports.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jobs.scoring.skills import fold
from jobs.scoring.types import CriterionAssessment

MIN_QUOTE_CHARS = 5
MAX_QUOTE_CHARS = 400
UNSUPPORTED_CAP = 3
MAX_QUOTES = 5  # per criterion, after verification
_NOISE = re.compile(r"[^\w+#]|_")


def skeleton(text: str) -> str:
    """Reduce text to lower-case letters, digits and "+#", the form quotes are compared in."""
    return _NOISE.sub("", fold(text))  # fold's NFKD also undoes ligatures ("ﬁ") and full-width forms


def _verified(quotes: Sequence[str], cv: str) -> tuple[tuple[str, ...], int]:
    kept: list[str] = []
    seen: set[str] = set()
    dropped = 0
    for quote in quotes:
        key = skeleton(quote)
        if len(key) < MIN_QUOTE_CHARS or len(quote) > MAX_QUOTE_CHARS or key not in cv:
            dropped += 1
        elif key not in seen and len(kept) < MAX_QUOTES:
            seen.add(key)
            kept.append(quote.strip())
    return tuple(kept), dropped


def verify(
    assessments: Sequence[CriterionAssessment], cv_text: str
) -> tuple[tuple[CriterionAssessment, ...], int]:
    """Drop quotes not in `cv_text`, cap unsupported scores; return the assessments and quotes dropped."""
    cv = skeleton(cv_text)
    checked: list[CriterionAssessment] = []
    total_dropped = 0
    for assessment in assessments:
        evidence, dropped = _verified(assessment.evidence, cv)
        total_dropped += dropped
        score = assessment.score if evidence else min(assessment.score, UNSUPPORTED_CAP)
        checked.append(replace(assessment, evidence=evidence, score=score))
    return tuple(checked), total_dropped
