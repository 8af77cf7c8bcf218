"""Words a document cut after their first letter: "in S wift with R EST APIs" is Swift and REST.

Some Word and PDF exports print a word's first letter apart from the rest ("S wift", "J ira", "C ocoaTouch",
"M ySQL"). Read as written, the letter alone names a language (R, C, D) the CV never used, and the word
itself is lost. A letter alone is rejoined to the fragment after it when together they read as one word: a
skill the synonym table knows (the fragment alone naming none), or fewer (or, for a lower-case fragment, as
few, after a capital that is no word itself) vocabulary pieces than the fragment alone, so the fragment is
no word of its own. "R and Python", "C with shading", "R Shiny", "A bilingual" stay as they are. What the
pieces cannot tell ("R ewriting") is left alone: a missed join costs less than a language taken away.
"""

from __future__ import annotations

import functools
import re

from jobs.scoring import semantic, skills

# A letter standing alone (not an initial, "C++", "R&D" or part of a word) before a fragment of 2+ letters.
_SPLIT = re.compile(r"(?<![\w.+#&/'-])([A-Za-z]) ([A-Za-z][A-Za-z0-9+#]+)")
_ONE_LETTER_WORDS = frozenset("AI")


def rejoined(text: str) -> str:
    """The line with every first letter cut from its word put back ("S wift" -> "Swift")."""
    if " " not in text or not _SPLIT.search(text):  # most lines have no letter alone: done cheaply
        return text
    return _rejoined(text)


@functools.lru_cache(maxsize=16384)
def _rejoined(text: str) -> str:
    return _SPLIT.sub(_join, text)


def _join(match: re.Match[str]) -> str:
    letter, fragment = match.group(1), match.group(2)
    return letter + fragment if one_word(letter, fragment) else match.group(0)


@functools.lru_cache(maxsize=16384)
def one_word(letter: str, fragment: str) -> bool:
    """Whether a letter alone and the fragment after it are one word that a layout cut in two."""
    joined = letter + fragment
    if skills.find_skills(joined) - skills.find_skills(letter) and not skills.find_skills(fragment):
        return True  # "R EST", "J ira": a skill (not the letter's own: "R shiny"), the fragment alone none
    together, apart = semantic.pieces(joined), semantic.pieces(fragment)
    # One piece fewer together ("Swift" against "w"+"ift"), or as many for a fragment that starts like the
    # rest of a word and is no whole word ("ucumber"); "and", "part", "Linux" are words of their own. A
    # capital that is a word itself ("A bilingual", "I led") or a lower-case one (the "y", "o", "e" of
    # other languages) is joined only when that makes fewer pieces: it is written alone more often.
    cut = letter.isupper() and letter not in _ONE_LETTER_WORDS and fragment[0].islower()
    return together < apart or (cut and together == apart > 1)
