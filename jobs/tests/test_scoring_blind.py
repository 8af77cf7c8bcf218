"""Blind mode on a set of synthetic CVs: every planted personal detail is gone, skills and scores are not."""

from __future__ import annotations

import re

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.redaction import redact_text
from jobs.scoring.redaction_identity import GENDERED_TITLE_RE
from jobs.scoring.redaction_lines import drop_referees
from jobs.scoring.redaction_words import GENDERED_TITLES
from jobs.scoring.skills import find_skills
from jobs.scoring.types import Criterion, Rubric
from jobs.tests.blind_cvs import BLIND_CVS, candidate_name, plain, planted, unplanted

RUBRIC = Rubric(
    role_title="Engineer",
    description="",
    criteria=(
        Criterion("Python or Java backend", "Django, Spring Boot, REST APIs", weight=3),
        Criterion("Cloud and DevOps", "AWS, Docker, Kubernetes, Terraform", weight=2),
        Criterion("Data", "SQL, Spark, pandas", weight=2),
        Criterion("Frontend", "React, TypeScript, Swift", weight=1),
        Criterion("Leadership", "led a team, mentoring", weight=1),
        Criterion("5+ years of experience", weight=1),
    ),
)


def _present(value: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE) is not None


def test_the_blind_set_has_at_least_twenty_cvs_with_planted_data() -> None:
    assert len(BLIND_CVS) >= 20
    assert all(len(planted(cv)) >= 4 for cv in BLIND_CVS)


@pytest.mark.parametrize("index", range(len(BLIND_CVS)))
def test_every_planted_detail_is_gone_from_what_the_scorer_sees(index: int) -> None:
    cv = BLIND_CVS[index]
    redacted = redact_text(plain(cv)).text
    # A name part that is also a skill ("Swift" in Swift-Banks) must stay: see the test below.
    leaked = [value for value in planted(cv) if not find_skills(value) and _present(value, redacted)]
    assert leaked == []


@pytest.mark.parametrize("index", range(len(BLIND_CVS)))
def test_redaction_keeps_every_line_and_every_skill(index: int) -> None:
    text = plain(BLIND_CVS[index])
    redacted = redact_text(text).text
    assert len(redacted.split("\n")) == len(text.split("\n"))
    # Referee sections go whole, skills named in them too ("Head of Engineering"); so may a skill named only
    # by a planted value (a nationality under "Citizenship" is also a language).
    only_planted = find_skills(text) - find_skills(unplanted(BLIND_CVS[index]))
    expected = find_skills(drop_referees(text)[0]) - only_planted
    assert find_skills(redacted) >= expected
    # A feminine title made the generic one may name what the generic one names: "Cheffe de projet" becomes
    # "Chef de projet", project management, as a man's title already read.
    neutral = GENDERED_TITLE_RE.sub(lambda m: GENDERED_TITLES[m.group(0).lower()], text)
    assert find_skills(redacted) - expected <= find_skills(neutral) - find_skills(text)


@pytest.mark.parametrize("index", range(len(BLIND_CVS)))
def test_redaction_is_idempotent(index: int) -> None:
    once = redact_text(plain(BLIND_CVS[index])).text
    assert redact_text(once) == redact_text(once).__class__(once, {})


_GENDER_SWAP = {
    "she": "he", "he": "she", "her": "his", "his": "her", "him": "her", "hers": "his", "herself": "himself",
    "himself": "herself", "mr": "ms", "mrs": "mr", "ms": "mr", "chairwoman": "chairman",
    "chairman": "chairwoman",
    "spokeswoman": "spokesman", "spokesman": "spokeswoman", "salesman": "saleswoman", "waitress": "waiter",
    "hostess": "host", "mother": "father", "father": "mother", "grandmother": "grandfather",
    "wife": "husband",
    "husband": "wife", "daughter": "son", "son": "daughter", "girls": "boys", "boys": "girls", "women": "men",
    "men": "women", "female": "male", "male": "female", "sorority": "fraternity",
}  # fmt: skip
_OTHER_NAMES = ("Kwame Mensah", "Ingrid Solberg", "Mei-Ling Chen", "Darnell Washington", "Fatima Zahra")


def _name_swapped(cv: str, index: int) -> str:
    """The CV with the candidate's name parts replaced by another person's, in every case and spelling."""
    text = plain(cv)
    old = re.split(r"[ -]", candidate_name(cv))
    new = re.split(r"[ -]", _OTHER_NAMES[index % len(_OTHER_NAMES)])
    for index_part, part in enumerate(old):
        if find_skills(part):
            continue  # "Swift" in Swift-Banks is also a skill, and stays: see the test above
        other = new[index_part % len(new)]
        for before, after in ((part, other), (part.upper(), other.upper()), (part.lower(), other.lower())):
            text = re.sub(rf"(?<![^\W\d_]){re.escape(before)}(?![^\W\d_])", after, text)
    return text


def _gender_swapped(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        swapped = _GENDER_SWAP.get(word.lower())
        if swapped is None:
            return word
        return swapped.capitalize() if word[0].isupper() else swapped

    return re.sub(r"[^\W\d_]+", replace, text)


def _criterion_scores(text: str) -> list[int]:
    return [assessment.score for assessment in OfflineScorer().score(text, RUBRIC).criteria]


@pytest.mark.parametrize("index", range(len(BLIND_CVS)))
def test_name_swap_and_gender_swap_change_no_offline_score(index: int) -> None:
    text = plain(BLIND_CVS[index])
    scores = _criterion_scores(text)
    assert _criterion_scores(_gender_swapped(text)) == scores
    assert _criterion_scores(_name_swapped(BLIND_CVS[index], index)) == scores


def test_the_swapped_cvs_really_differ_and_score_above_zero() -> None:
    texts = [plain(cv) for cv in BLIND_CVS]
    assert sum(_gender_swapped(t) != t for t in texts) >= 12
    assert all(_name_swapped(cv, i) != plain(cv) for i, cv in enumerate(BLIND_CVS))
    assert sum(max(_criterion_scores(t)) > 0 for t in texts) == len(texts)
