"""Years "as a plumber": an occupation the vocabulary does not know is held by the roles titled with it.

"3+ years as a qualified plumber": the role titled "Plumber" is the work asked, though its lines only say
what was fitted, and one keyword of two ("qualified" is the other) never made them relevant enough to date
any years. The occupations the skills table knows are read as such (occupation.py); this reads the others
from the criterion's own words, so any profession's years are counted from its titles. Pure: no ORM.
"""

from __future__ import annotations

import re

from jobs.scoring import skills
from jobs.scoring.profile import CvProfile, stems

# The phrase after "as a": up to a clause's end (a comma too: "as a physiotherapist, MSK preferred") or a
# word that starts saying where or how.
_AS_A = re.compile(r"\bas an?\s+([a-z][a-z' /-]*)")
_STOP = re.compile(
    r"\s(?:in|with|at|for|from|on|of|within|including|ideally|preferably|especially|such|who|where|and)\b"
)
_OR = re.compile(r"\s*(?:\bor\b|/)\s*")
# "2+ years of licensed nursing experience": a grade that only a holder has (a licence, a registration)
# before the work's name says the years are as its holder, as "as a licensed nurse" would.
_HELD_WORK = re.compile(
    r"\byears?\s+of\s+(?:licen[cs]ed|registered|qualified|chartered)\s+([a-z][a-z' -]*?)\s+"
    r"(?:experience|work|practice)\b"
)
# Words that grade the holder, not name the occupation: "a qualified plumber" is titled "Plumber".
_GRADES = stems(
    "qualified registered licensed licenced certified chartered experienced senior junior professional"
    " practising practicing fully accredited"
)


def occupations_asked(folded: str) -> tuple[frozenset[str], ...]:
    """The occupations a years criterion names after "as a", each as the stems a title must hold.

    "as a business or systems analyst": "systems analyst" and, by the shared head, "business analyst".
    """
    found: list[frozenset[str]] = []
    for match in _AS_A.finditer(folded):
        phrase = _STOP.split(match.group(1), maxsplit=1)[0]
        options = [stems(option) - _GRADES for option in _OR.split(phrase)]
        options = [option for option in options if option]
        head = _head(phrase)
        found += [option | head if len(option) == 1 and head else option for option in options]
    found += [work for match in _HELD_WORK.finditer(folded) if (work := stems(match.group(1)) - _GRADES)]
    return tuple(dict.fromkeys(found))


def _head(phrase: str) -> frozenset[str]:
    """The last word's stem of a phrase of alternatives, which single-word alternatives share."""
    last = _OR.split(phrase.strip())[-1].split()
    return stems(last[-1]) - _GRADES if len(last) > 1 else frozenset()


def roles(asked: tuple[frozenset[str], ...], titles: dict[int, list[int]], cv: CvProfile) -> set[int]:
    """The dated roles one of whose title lines holds every word of an occupation asked."""
    return {
        entry
        for entry, positions in titles.items()
        if any(occupation <= cv.units[p].stems for p in positions for occupation in asked)
    }


def claims_another(asked: tuple[frozenset[str], ...], claim: str) -> bool:
    """Whether a stated total says its years were as another occupation than the ones asked.

    "Four years' experience as a family support worker" is no years as a social worker, however near the
    words: a claim naming its occupation after "as a" counts only when that holds one asked.
    """
    if not asked:
        return False
    claimed = occupations_asked(skills.fold(claim))
    return bool(claimed) and not any(wanted <= held for held in claimed for wanted in asked)
