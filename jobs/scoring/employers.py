"""An employer's legal name in a role's title line: the company's trade, not the job (issue #9).

"Engineer / Northwind Steel Manufacturing Company" is an engineer whose employer manufactures; the same
engineer could work at a chemicals firm. A recruiter places a role by its title and its work, not by
words of the company's name, so a name ending in a legal form ("Company", "Inc.", "Ltd", "LLC", "GmbH"),
written after the title's separator, places no field. A template's "Company Name" is no employer's name.
"""

from __future__ import annotations

import re

_LEGAL_FORMS = (
    "Company",
    "Inc",
    "Corp",
    "Corporation",
    "Ltd",
    "Limited",
    "LLC",
    "GmbH",
    "PLC",
    "AG",
    "Pty",
    "Co.",
)
_LEGAL = r"(?:(?:Company|Inc|Corp|Corporation|Ltd|Limited|LLC|GmbH|PLC|AG|Pty)\b\.?|Co\.)"
# After "/", ",", "|", "@", a dash or "at": up to five capitalised words, then the legal form.
_EMPLOYER = re.compile(
    rf"(?P<sep>[/,|@]|\s[-\u2013\u2014]|\bat\b)\s*(?:[A-Z][\w&.'-]*\s+){{0,5}}{_LEGAL}(?!\s+Name\b)"
)


def without_employer(text: str) -> str:
    """The title line without an employer's legal name after its separator (usually the line itself)."""
    if not any(form in text for form in _LEGAL_FORMS):  # most lines name none: skip the pattern
        return text
    return _EMPLOYER.sub(lambda m: f"{m['sep']} ", text)
