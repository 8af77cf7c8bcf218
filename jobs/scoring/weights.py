"""How much a CV line weighs as evidence by where it sits (a role, a project, skills): see offline.py."""

from __future__ import annotations

from dataclasses import dataclass

from jobs.scoring import in_progress, licences, occupation, skills
from jobs.scoring.criteria import Need
from jobs.scoring.field import Nearness
from jobs.scoring.profile import CvProfile, Unit
from jobs.scoring.strength import is_title


@dataclass(frozen=True)
class Held:
    """What weighs a criterion's lines beyond their place: who held its occupation, and in which field."""

    roles: frozenset[int] | None  # the roles that held the occupation the criterion names; None: names none
    near: Nearness | None = None  # how near the field each line was written in is (None: not weighed so)


_WEIGHT = {"role": 1.0, "project": 0.8, "summary": 0.6, "skills": 0.35, "credential": 0.5, "other": 0.45,
           "languages": 0.3}  # fmt: skip
_ROLE_LIST = 0.85
_SKILL_YEARS = 0.7  # "Python 5+ yrs" in a skills list: years of use stated, more than a bare name
# A credential or a language is evidenced in full in its own section. A licence listed under Skills or Other
# ("Full clean driving licence", "CompTIA A+") is as much a claim of holding it as one in a summary.
HOME = {"credential": {"credential": 1.0, "summary": 0.85, "role": 1.0, "skills": 0.85, "other": 0.85},
        "languages": {"languages": 1.0}}  # fmt: skip
_INDIRECT = 0.3  # a credential criterion met by a line that names no credential
_MENTIONED = 0.5  # ... or by a credential named in the body of a role
_RECENT_MONTHS, _OLD_MONTHS, _OLD_FACTOR = 36, 120, 0.6
_OTHER_CREDENTIAL = 0.4  # "Certified Nursing Assistant" for "Registered Nurse (RN) licence": another licence
_OTHER_JOB = 0.5  # a line about an occupation in a role that did not hold it ("analysed sales")
# "Python (basic)", "familiar with Docker": the candidate's own word that the skill is slight (levels.py).
# Half its place's weight: below a plain skills list's mention when in one, below a role's line when in one.
LOW_LEVEL = 0.5


def _recency(unit: Unit, cv: CvProfile, wanted: Need) -> float:
    """Use ten years before the CV's latest role counts 0.6 of recent use; a licence or degree never fades.

    Measured from the CV's latest dated role, not from today: a CV's date is unknown and the corpus's CVs were
    written years ago, so a front-end developer whose CV ends in 2018 used React in his latest role, which is
    what "recent use" means within one career. A licence or degree is held, not used, whenever it was earned.
    A project line fades by the dates written above it, as a role's line does (an undated one never fades).
    """
    end = cv.entries[unit.entry].span.end if unit.entry is not None else unit.ended
    if end is None or wanted.home == "credential":
        return 1.0
    months = cv.latest - end
    if months <= _RECENT_MONTHS:
        return 1.0
    fade = min(1.0, (months - _RECENT_MONTHS) / (_OLD_MONTHS - _RECENT_MONTHS))
    return 1.0 - fade * (1.0 - _OLD_FACTOR)


def rated_low(unit: Unit, terms: tuple[str, ...], keywords: frozenset[str]) -> bool:
    """Whether the line shows what the criterion asks only by what it rates low itself ("SQL (basic)").

    By the skills asked for, named or implying one (Django for Python), when the line names any; else by the
    criterion's words. "Python, basic Docker" shows Python plainly: only a Docker criterion is lowered.
    """
    if not unit.low_skills and not unit.low_stems:
        return False
    wanted = set(terms)
    showing = {name for name in unit.skills if name in wanted or skills.SKILLS[name].implies & wanted}
    if showing:
        return showing <= unit.low_skills
    hits = unit.stems & keywords
    return bool(hits) and hits <= unit.low_stems


def weight_of(
    unit: Unit, wanted: Need, cv: CvProfile, held: Held, terms: tuple[str, ...] | None = None
) -> float:
    """The weight of a line as evidence for a criterion, by its place, licence, occupation and field, 0..1.

    `terms`: the criterion's skills this line is weighed for (one of them, by the skills finding), else all.
    """
    weight = HOME.get(wanted.home, {}).get(unit.kind, _WEIGHT[unit.kind])
    if wanted.home == "credential" and in_progress.under_way(unit.line.text):
        weight = _WEIGHT[unit.kind] * _INDIRECT  # "NVQ Level 3 in progress": the field, not the credential
    elif wanted.home == "credential" and unit.kind != "credential":
        if not licences.names_credential(unit, wanted) or licences.colleagues(unit, wanted):
            weight = _WEIGHT[unit.kind] * _INDIRECT  # "GAAP revenue" in a job is no accounting degree
        elif unit.kind == "role" and not is_title(unit, cv):
            weight = _MENTIONED  # "worked under RN supervision" names a licence the writer may not hold
    if unit.kind == "role" and unit.line.is_list and weight == _WEIGHT["role"]:
        weight = _ROLE_LIST
    elif unit.kind == "skills" and unit.stated_years >= 2 and not wanted.home:
        weight = _SKILL_YEARS
    if wanted.named and licences.other_credential(unit, wanted):
        weight *= _OTHER_CREDENTIAL
    if occupation.unheld(unit, held.roles, cv):
        weight *= _OTHER_JOB
    if held.near is not None:
        weight *= held.near.of(unit)  # a nurse's supply orders are weaker office evidence than a clerk's
    if rated_low(unit, wanted.terms if terms is None else terms, wanted.keywords):
        weight *= LOW_LEVEL
    return weight * _recency(unit, cv, wanted)
