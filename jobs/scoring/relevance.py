"""How well each CV line matches a criterion, 0..1: by the criterion's words, its skills or its meaning."""

from __future__ import annotations

import dataclasses

from jobs.scoring import occupation, semantic, skills
from jobs.scoring.criteria import Need
from jobs.scoring.profile import CvProfile, Unit

_SEM_LOW, _SEM_HIGH = 0.25, 0.6  # cosine similarity: nothing below, a full match above
_KEYWORD_HITS = (0.0, 0.45, 0.75, 0.9)  # 0, 1, 2, 3+ of the criterion's words in one line
_MEANING_SHARE = 0.75  # meaning alone evidences a criterion that names skills less than their names
UNHELD = 0.0  # an occupation's name in a role that did not hold it counts only by what else its line shows


def names(term: str, unit: Unit, wanted: Need) -> bool:
    """Whether the line names the term, not only by a skill the criterion rules out ("MongoDB database")."""
    if not unit.skills & wanted.excluded:
        return term in unit.skills or term in unit.implied
    return term in skills.expand(set(unit.skills - wanted.excluded - {term}))


def _keyword_match(unit: Unit, keywords: frozenset[str]) -> float:
    hits = len(unit.stems & keywords)
    if hits and hits == len(keywords):
        return _KEYWORD_HITS[-1]
    return _KEYWORD_HITS[min(hits, len(_KEYWORD_HITS) - 1)]


def of(wanted: Need, cv: CvProfile) -> list[float]:
    """How well each line matches the criterion by its words or its meaning, 0..1."""
    similarity = semantic.similarities(cv.vectors, wanted.vector)
    share = _MEANING_SHARE if wanted.terms else 1.0
    meaning = [share * (float(sim) - _SEM_LOW) / (_SEM_HIGH - _SEM_LOW) for sim in similarity]
    return [
        0.0 if _ruled_out(unit, wanted) else max(_keyword_match(unit, wanted.keywords), by_meaning, 0.0)
        for unit, by_meaning in zip(cv.units, meaning, strict=True)
    ]


def _ruled_out(unit: Unit, wanted: Need) -> bool:
    """A line about only what the criterion rules out ("the MongoDB databases") is no evidence of it."""
    return bool(unit.skills & wanted.excluded) and not any(names(t, unit, wanted) for t in wanted.terms)


def beyond_name(
    wanted: Need, cv: CvProfile, relevance: list[float], roles: frozenset[int] | None
) -> list[float]:
    """Each line's relevance, where a role that did not hold the occupation asked does not count its name.

    "Partnered designers with their sales agent", "stocked the sales floor": the word is the criterion's,
    the work is not; what else the line says of the criterion, in words or meaning, still counts.
    """
    if roles is None:
        return relevance
    bare = of(dataclasses.replace(wanted, keywords=wanted.keywords - occupation.name_stems(wanted.job)), cv)
    return [
        b if occupation.unheld(u, roles, cv) else r for u, r, b in zip(cv.units, relevance, bare, strict=True)
    ]
