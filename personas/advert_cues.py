"""Words inside one requirement that say how much it is wanted: "(preferred)", "would be beneficial", "must".

Pure: no Django. An advert's "Requirements" list also holds what the recruiter only prefers, worded inline
("Docker would be a plus", "Knowledge of Sage is an asset", "Ideally, payroll"); a "Nice to have" list may
insist on one item ("must"). English and Spanish, as the advert's sections are read (advert_sections.py).
"""

from __future__ import annotations

import re

# "Bachelor's degree (MBA preferred)": a cue inside brackets with other words speaks for those words only.
_BRACKETED_CLAUSE = re.compile(r"\((?=[^)]*\w+\s+\w)[^)]*\)")
# Words with an everyday sense elsewhere count only in a phrase of preference: "a helpful manner", "asset
# management" and "welcome visitors" ask for something.
_NICE_CUES = re.compile(
    r"\b(preferred|preferably|a plus|is a plus|plus\b(?! de)|bonus|nice to have|good to have|desirable|"
    r"desired|optional|not required|appreciated|advantageous|an advantage|deseable|valorable|"
    r"se valorar[aá]|opcional|no excluyente|un plus|beneficial|ideally|"
    r"an? (?:real |great |strong |definite )?asset|(?:would|will) be (?:nice|great|good|helpful|useful)|"
    r"(?:is|are|also|very) welcomed?|se valora|valoramos)\b",
    re.IGNORECASE,
)
_MUST_CUES = re.compile(
    r"\b(required|must|essential|mandatory|imprescindible|obligatori[oa]|indispensable|requerid[oa]|"
    r"excluyente)\b",
    re.IGNORECASE,
)


def preferred(piece: str) -> bool:
    """Whether a requirement says it is only preferred ("would be beneficial"), outside its own brackets."""
    return _NICE_CUES.search(_BRACKETED_CLAUSE.sub("", piece)) is not None


def insisted(piece: str) -> bool:
    """Whether a nice-to-have insists on itself ("must"), saying nothing of preference."""
    piece = _BRACKETED_CLAUSE.sub("", piece)
    return _MUST_CUES.search(piece) is not None and _NICE_CUES.search(piece) is None
