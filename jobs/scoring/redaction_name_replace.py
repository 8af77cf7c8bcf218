"""Replace the candidate's own name wherever it recurs, once redaction_names has found it.

In full ("Jane Doe"), as dotted initials ("J.D."), as handles built from it ("janedoe", "jdoe") and word by
word, possessives and hyphenated words included. Kept apart from finding the name: finding reads where CVs
put a name, replacing reads every word of the text, and each has its own cautions.
"""

from __future__ import annotations

import re

from jobs.scoring.redaction_names import NAME, WORD, CandidateName
from jobs.scoring.redaction_words import COMMON_WORD_NAMES
from jobs.scoring.skills import fold

# Two-letter words a sentence may begin with: never taken for a two-letter surname ("Li", "Wu", "Ng").
_SHORT_WORDS_TEXT = (
    "he an as at be by do go if in is it me my no of on or so to up us we am oh ok hi ma ba bs ms md ai ui ux"
    " hr pr qa id ad el la le de da di du lo ye ie eg"
)
_SHORT_WORDS = frozenset(_SHORT_WORDS_TEXT.split())
# Compiled once: it runs for every word of a CV.
_POSSESSIVE = re.compile(r"['\u2019]s$")


def _part_matches(word: str, parts: set[str]) -> bool:
    base = _POSSESSIVE.sub("", word)
    folded = fold(base)
    if folded not in parts:
        return all(fold(piece) in parts for piece in base.split("-")) if "-" in base else False
    if base[0].isupper():
        return len(folded) > 2 or base.isupper() or len(parts) == 1 or folded not in _SHORT_WORDS
    # In lower case only a long part that is not also an ordinary word: "doe" in "jane_doe.pdf" too.
    return len(folded) > 3 and folded not in COMMON_WORD_NAMES


def _joined_forms(parts: set[str]) -> set[str]:
    """Handles built from the name: "janedoe", "jane_doe", "jdoe"."""
    forms: set[str] = set()
    for first in parts:
        for last in parts - {first}:
            forms |= {first + last, f"{first}_{last}", f"{first}-{last}", f"{first}.{last}", first[0] + last}
    return {form for form in forms if len(form) >= 5}


def replace_candidate_name(text: str, name: CandidateName) -> tuple[str, int]:
    """Replace the candidate's name wherever it occurs, in full or in parts; return the text and the count."""
    parts = set(name.parts)
    count = 0
    if name.full:
        full = "|".join(re.escape(n) for n in sorted(name.full, key=len, reverse=True))
        text, count = re.subn(rf"(?<![\w@])(?:{full})(?![\w@])", NAME, text, flags=re.IGNORECASE)
    if name.initials:
        # Only with a full stop after each letter: "AML" undotted is a bank's anti-money-laundering.
        dotted = "|".join(
            r"\.[ \t]?".join(initials) + r"\." for initials in sorted(name.initials, key=len)[::-1]
        )
        text, initials_count = re.subn(rf"(?<![\w.])(?:{dotted})(?![\w.])", NAME, text)
        count += initials_count
    if not parts:
        return text, count

    forms = _joined_forms(parts)
    if forms:
        joined = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        text, joined_count = re.subn(rf"(?<![\w.])(?:{joined})(?![\w])", NAME, text, flags=re.I)
        count += joined_count
    # Each distinct word is judged once (folding it is the cost); the text's words are then looked up.
    changed = {token: new for token in set(WORD.findall(text)) if (new := _replaced_word(token, parts))[1]}

    def word(match: re.Match[str]) -> str:
        nonlocal count
        token = match.group(0)
        new = changed.get(token)
        if new is None or match.string[match.start() - 1 : match.start()].isdigit():
            return token  # "HU1 2AB" is a postcode, whoever's initials "ab" are
        count += new[1]
        return new[0]

    if changed:
        text = WORD.sub(word, text)
    return text, count


def _replaced_word(token: str, parts: set[str]) -> tuple[str, int]:
    """The word with the name's parts in it replaced, and how many were."""
    if _part_matches(token, parts):
        return NAME + token[len(_POSSESSIVE.sub("", token)) :], 1
    if "-" not in token:
        return token, 0
    pieces = [NAME if _part_matches(piece, parts) else piece for piece in token.split("-")]
    return "-".join(pieces), pieces.count(NAME)
