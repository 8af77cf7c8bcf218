"""A credential asked for "with" another ("City & Guilds 2365 with AM2"): the parts the criterion names so.

A recruiter reads "2365/2357 with AM2" as one qualification of two parts: the diploma and the AM2 practical
assessment taken together make an electrician qualified; "registered pharmacist with the GPhC" means
registered with that body. Read once per criterion (criteria.py); conditions.py checks a CV against them.
"""

from __future__ import annotations

import re

# "with AM2", "with the GPhC", "with an SIA licence": a code or an acronym (two capitals, or a capital and a
# digit) names a credential's part; "with designers", "with schools" name none.
_WITH = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?([A-Z][A-Za-z]*(?:[A-Z]|\d)[A-Za-z0-9]*)\b")


def asked(text: str) -> tuple[str, ...]:
    """The parts a credential criterion asks for "with" another, as written ("AM2", "GPhC")."""
    return tuple(dict.fromkeys(match.group(1) for match in _WITH.finditer(text)))
