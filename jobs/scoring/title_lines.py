"""A role's title line that names its employer after a dash or a bar is a title, however long the name.

"Rotational Physiotherapist (Band 5) — Norfolk and Norwich University Hospitals NHS FT" is a title of four
words followed by an employer of eight: counted whole, it was taken for a line describing the work, so the
role held no occupation and its years counted in none. A recruiter reads the title before the separator.
Only a plain line (no bullet) whose title part is a few words long is so read: a bullet's "Grew sales by
20% — a record for the region" describes work.
"""

from __future__ import annotations

import re

# " - Employer" with an em or en dash, a bar or a hyphen: a spaced separator before a capitalised name.
_EMPLOYER_AFTER = re.compile(r"\s(?:\u2014|\u2013|\||-{1,2})\s+(?=[A-Z0-9])")
TITLE_PART_WORDS = 6  # "Senior Clinical Specialist Physiotherapist (Band 7)": a title's own words
_SEPARATORS = ("\u2014", "\u2013", "|", " -")


def titled_before_employer(text: str, is_list: bool) -> bool:
    """Whether a long line is a title of a few words, then its employer after a dash or a bar."""
    if is_list or not any(sep in text for sep in _SEPARATORS):  # most lines: no separator at all
        return False
    match = _EMPLOYER_AFTER.search(text)
    return match is not None and 0 < len(text[: match.start()].split()) <= TITLE_PART_WORDS
