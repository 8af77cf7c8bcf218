"""Degrees written as abbreviations ("B.A.", "M.Sc", "B.Ed", "BS in Accounting") are degrees.

The skills vocabulary knows "bachelor", "BSc", "MSc"; a CV as often writes "B.A. in English" or "M.Ed.", which
then named no degree at all. The abbreviation is read as the degree's name, whose words say its field too
("Bachelor of Education" is about education).
"""

from __future__ import annotations

import re

_FIELDS = {"a": "Arts", "s": "Science", "sc": "Science", "ed": "Education", "com": "Commerce",
           "eng": "Engineering", "tech": "Technology", "phil": "Philosophy", "arch": "Architecture",
           "pharm": "Pharmacy", "ba": "Business Administration", "fa": "Fine Arts", "n": "Nursing",
           "sn": "Science in Nursing", "acc": "Accountancy"}  # fmt: skip
_LEVELS = {"b": "Bachelor", "m": "Master"}
# Dotted: "B.A.", "B.A", "M.Sc", "B. Ed.", "M.B.A.", "B.S.N.": a dot after the level makes it a degree.
_DOTTED = re.compile(r"\b([BM])\.\s?(A|S|Sc|Ed|Com|Eng|Tech|Phil|Arch|Pharm|B\.?A|F\.?A|N|S\.?N|Acc)\b\.?")
# Undotted, only where no other reading exists: "BEd", "MEng", "BCom"... "BA"/"MS" alone are too many other
# things (MS Office, a state), so those only with "(Hons)" or "in <Field>" after them.
_UNDOTTED = re.compile(r"\b([BM])(Ed|Com|Eng|Tech|Phil|Arch|Pharm|FA)\b\.?")
_PLAIN = re.compile(r"\b([BM])(A|S|Sc)\.?(?=\s*(?:\(?Hons?\b|in\s+[A-Z]))")
_PHD = re.compile(r"\bPh\.\s?D\b\.?")


def _named(match: re.Match[str]) -> str:
    field = _FIELDS.get(match.group(2).replace(".", "").lower())
    return f"{_LEVELS[match.group(1).lower()]} of {field}" if field else match.group(0)


def read_as(text: str) -> str:
    """The line with each abbreviated degree written as its name (usually the line itself)."""
    if "." in text:
        text = _PHD.sub("PhD", _DOTTED.sub(_named, text))
    return _PLAIN.sub(_named, _UNDOTTED.sub(_named, text))
