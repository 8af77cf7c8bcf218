"""A credential still being earned: "studying towards", "expected 2026", "Level 3 in progress", "provisional".

A recruiter asking for a licence or a qualification reads "NVQ Level 3 - portfolio in progress" or "BSc
Nursing (expected 2026)" as a candidate working in the field who does not hold it yet: evidence of the field,
as a line that names no credential is, never of the credential itself.
"""

from __future__ import annotations

import re

from jobs.scoring.criteria import CREDENTIAL
from jobs.scoring.skills import fold

# Cheap literal tests first: nearly every line holds none of these, and no pattern runs on it.
_CHEAP = (
    "progress", "toward", "studying", "completing", "expected", "provisional", "pending", "awaiting",
    "applying", "booked", "ongoing", "anticipated", "due ", "candidate", "enrolled", "working on",
)  # fmt: skip
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+"
# Written after the credential: "NVQ Level 3 in progress", "BSc Nursing (expected 2027)", "CPA candidate".
_UNDER_WAY = re.compile(
    r"\b(?:in progress|(?:expected|anticipated|due)\s*:?\s*(?:in\s+)?(?:" + _MONTH + r")?(?:19|20)\d{2}"
    r"|(?:expected|anticipated)\s+(?:completion|graduation)|provisional(?:ly)?\s+regist\w*|pending|awaiting"
    r"|(?:\w+\s+)?booked\s+for|\(ongoing\)|(?:cpa|acca|cima|cfa)\s+candidate)"
)
# Written before it: "studying towards the ACCA", "applying for the DNP". What the line names before these
# words is held ("a Registered Nurse applying for a doctorate" is a registered nurse).
_EARNING = re.compile(
    r"\b(?:(?:studying|working|training)\s+(?:towards?|for)|currently\s+(?:completing|studying)"
    r"|applying\s+for|enrolled\s+(?:on|in)|working\s+on\s+(?:my|the))"
)


def under_way(text: str) -> bool:
    """Whether a line says its credential is still being earned, and names none held before saying so."""
    folded = fold(text)
    if not any(word in folded for word in _CHEAP):
        return False
    if _UNDER_WAY.search(folded):
        return True
    earning = _EARNING.search(folded)
    return earning is not None and not CREDENTIAL.search(folded[: earning.start()])
