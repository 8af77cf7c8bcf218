"""A credential's part the CV says is still to come ("AM2 booked for spring 2026"): the credential isn't held.

"City & Guilds 2365 with AM2" is one qualification of two parts (with_parts.py). A CV that shows the first
and says the second is still being earned ("AM2 booked", "working towards the AM2") does not hold the
credential yet, however fully it shows the diploma: the criterion is met in part. A CV that never names the
second part is left alone: the condition belongs to one of the criterion's alternatives, and a CV may hold
another one ("NVQ Level 3", "a journeyman licence").
"""

from __future__ import annotations

import re

from jobs.scoring import in_progress
from jobs.scoring.profile import CvProfile

UNMET = 0.6  # of the criterion a CV earns whose credential's part is still to come: partly met, never in full


def still_to_come(parts: tuple[str, ...], cv: CvProfile) -> tuple[str, ...]:
    """The parts the CV names only on lines that say they are still being earned."""
    pending: list[str] = []
    for part in parts:
        folded, pattern = part.lower(), re.compile(rf"\b{re.escape(part)}\b", re.IGNORECASE)
        lines = (u.line.text for u in cv.units)
        # The literal test first: nearly every line names no such part, and no pattern runs on it.
        naming = [text for text in lines if folded in text.lower() and pattern.search(text)]
        if naming and all(in_progress.under_way(text) for text in naming):
            pending.append(part)
    return tuple(pending)
