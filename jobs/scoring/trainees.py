"""Years spent learning an occupation: apprentice, trainee, intern, placement, student, graduate-scheme roles.

A recruiter asking for "3+ years as a qualified electrician" counts an apprenticeship as time towards it, but
not as years of doing the job unsupervised: the apprentice worked under a supervisor, on the easier part of
the work, and was mostly learning. Half a year for each year is the usual rule of thumb (a four-year
apprenticeship is about two years of a qualified tradesperson's experience; a year's industrial placement is
the six months a graduate scheme credits it with), so such a role's years count half. An improver (a trade's
grade between apprentice and qualified) is such a role too: the title says the qualification is not complete.
Only the role's own title says so: "mentored two apprentices" in a bullet is a senior's line.
"""

from __future__ import annotations

import re

from jobs.scoring import experience, occupation
from jobs.scoring.profile import CvProfile

SHARE = 0.5  # of a learner's year that counts as a year in the occupation
# The stems of "qualified", "registered", "licensed", "chartered", "certified" in a criterion (profile.stem).
_QUALIFIED = frozenset({"qualifi", "regist", "licen", "chart", "certifi"})
_FIRST_WORDS = 5  # "Foundation Trainee Pharmacist, Lloyds": the title's word is near the line's start
# "Student Services Adviser" is a job at a university, not a student's. A "working student" or a "student
# position" (the German Werkstudent) is a job a student holds, doing the work itself part-time, not a course
# placement: only "student" of an occupation learnt under supervision ("Student Nurse", "student placements").
_LEARNER = re.compile(
    r"\b(?:apprentice|apprenticeship|trainee|traineeship|intern|internship|placements?|improver"
    r"|pre-?registration|pre-?reg|(?<!working )student(?!\s+(?:services?|support|success|affairs|finance"
    r"|welfare|records|experience|recruitment|administrat\w*|advis\w*|officer|union|position|job|assistant|worker"
    r"|employee)\b)"
    r"|graduate\s+(?:scheme|programme|program))\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(
    r"\b(?:supervis\w*|mentor\w*|trained|managed|led|hired|recruited|with|of|our|the|and|for|two|three|several)"
    r"\s+(?:(?:a|an|the|our)\s+)?$",
    re.IGNORECASE,
)
_CHEAP = (
    "appren", "train", "intern", "placement", "improver", "registration", "pre-reg", "student", "graduate",
)  # fmt: skip


def learner_roles(cv: CvProfile) -> frozenset[int]:
    """The dated roles whose title says the writer was learning the occupation (apprentice, intern...)."""
    found: set[int] = set()
    for entry, positions in occupation.titles(cv).items():
        if any(is_learner_title(cv.units[p].line.text) for p in positions):
            found.add(entry)
    return frozenset(found)


def is_learner_title(text: str) -> bool:
    """Whether a title line names a learner's role within its first words ("Apprentice Electrician")."""
    lowered = text.lower()
    if not any(word in lowered for word in _CHEAP):
        return False  # nearly every title: no learner's word at all, so no pattern runs
    words = text.split()[:_FIRST_WORDS]
    match = _LEARNER.search(" ".join(words))
    # "Supervised an apprentice", "mentored the interns": someone else is learning.
    return match is not None and not _OTHERS.search(" ".join(words)[: match.start()])


def share(keywords: frozenset[str]) -> float:
    """The share of a learner's year a years criterion counts: none when it asks for the qualified occupation.

    "3+ years as a qualified electrician", "as a registered nurse": an apprentice or a student nurse was by
    definition not yet qualified or registered, so those years are none of the years asked for.
    """
    return 0.0 if keywords & _QUALIFIED else SHARE


def years(cv: CvProfile, chosen: set[int], learning: float = SHARE) -> float:
    """The years of the chosen roles, a learner's months counting `learning` where no other role does."""
    spans = [cv.entries[i].span for i in sorted(chosen)]
    learners = learner_roles(cv) & chosen
    if not learners:
        return experience.years(spans)
    full = experience.years([cv.entries[i].span for i in sorted(chosen - learners)])
    return round(full + learning * (experience.years(spans) - full), 1)
