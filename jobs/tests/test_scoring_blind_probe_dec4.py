"""Blind mode on the 4 December probe (jobs/tests/blind_cvs_dec4.py), and the leftovers it was asked to fix.

The probe's 24 CVs were written before reading the rules: 290 planted values, of which 23 reached the scorer
and 4 honest words were lost before this round's rules (0 and 1 after: "Postman" the tool still became a
postal worker unless a criterion named it; since the 5 December round a line about software keeps it).
Each CV is checked three ways: every planted value goes with a persona naming the profession's words, those
words and the honest ones (skills shaped like names, a town in a job line, a driving licence, military service
as work) stay, and a name or gender swap moves no score.
"""

from __future__ import annotations

import re

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.redaction import redact_text, rubric_keep_words
from jobs.scoring.skills import find_skills
from jobs.scoring.types import Rubric
from jobs.tests.blind_cvs import candidate_name, plain, planted
from jobs.tests.blind_cvs_dec4 import PROBE_CVS
from jobs.tests.redacting import body, redacted
from jobs.tests.test_scoring_blind import _gender_swapped
from jobs.tests.test_scoring_blind_unseen import _rubric


def _present(value: str, text: str) -> bool:
    # An underscore ends a word here: "Kowalczyk_Ewa_CV.pdf" holds the name.
    return re.search(rf"(?<![^\W_\[]){re.escape(value)}(?![^\W_\]])", text, re.IGNORECASE) is not None


@pytest.mark.parametrize("index", range(len(PROBE_CVS)))
def test_every_planted_value_goes_and_every_profession_word_stays(index: int) -> None:
    cv, words, _ = PROBE_CVS[index]
    text = redact_text(plain(cv), keep=rubric_keep_words(_rubric(words))).text
    assert [value for value in planted(cv) if not find_skills(value) and _present(value, text)] == []
    assert [word for word in words if not _present(word, text)] == []


@pytest.mark.parametrize("index", range(len(PROBE_CVS)))
def test_honest_words_stay_with_no_persona_at_all(index: int) -> None:
    cv, _, honest = PROBE_CVS[index]
    text = redact_text(plain(cv)).text
    assert [word for word in honest if not _present(word, text)] == []


def _scores(text: str, rubric: Rubric) -> list[int]:
    return [assessment.score for assessment in OfflineScorer().score(text, rubric).criteria]


@pytest.mark.parametrize("index", range(len(PROBE_CVS)))
def test_a_name_or_gender_swap_moves_no_score(index: int) -> None:
    cv, words, _ = PROBE_CVS[index]
    rubric = _rubric(words)
    scores = _scores(plain(cv), rubric)
    assert max(scores) > 0
    assert _scores(_gender_swapped(plain(cv)), rubric) == scores
    text = plain(cv)
    for part in re.split(r"[ -]", candidate_name(cv)):
        if len(part) > 2 and not find_skills(part):
            text = re.sub(rf"(?<![^\W\d_]){re.escape(part)}(?![^\W\d_])", "Solberg", text, flags=re.I)
    assert text != plain(cv)
    assert _scores(text, rubric) == scores


# The leftovers named for this round, each with what must go and what must stay beside it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A one- or two-line text has no header: a prize or a verb is no name, a name opening a line is.
        ("Handled I/O scheduling for the storage team", "Handled I/O scheduling for the storage team"),
        ("2nd PLACE \u2013 ICPC REGIONAL", "2nd PLACE \u2013 ICPC REGIONAL"),
        ("2nd PLACE\nNational Hackathon", "2nd PLACE\nNational Hackathon"),
        ("Jake Ryan\nBuilt things in Python", "[name]\nBuilt things in Python"),
        ("Nurse\nJ. Smith, Ward Sister", "Nurse\n[name], Ward Sister"),
        # A letter left after the name goes with it; a pronoun "I" stays.
        ("Jan Kowalski V\nProfile\nJan leads QA.", "[name]\nProfile\n[name] leads QA."),
        ("Anna Smith\nProfile\nAnna Smith V. built it", "[name]\nProfile\n[name] built it"),
        ("Anna Smith\nKind regards,\nA.S.", "[name]\nKind regards,\n[name]"),
    ],
)
def test_names_in_short_texts_and_initials(text: str, expected: str) -> None:
    assert redacted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hobbies: hiking, the band Son of a Preacher", "Hobbies: hiking, the band Son of a Preacher"),
        ("Hobbies: Son of a Preacher (book club)", "Hobbies: Son of a Preacher (book club)"),
        ("Joiner, Dombey and Son Ltd", "Joiner, Dombey and Son Ltd"),
        ("Married, one son", "[family], [family]"),
        ("Daughters of the American Revolution, member", "[family] of the American Revolution, member"),
        ("Children: Son (5)", "[family]"),
        ("Taught Block 5 of the curriculum", "Taught Block 5 of the curriculum"),
        ("Analyst, IDF Unit 8200. Forensics", "Analyst, IDF Unit 8200. Forensics"),
        ("Flat 3B, 14 MG Road, Pune", "[address]"),
        ("Unit 5 Riverside Business Park, Leeds", "[address]"),
        ("No. 12, Jalan Bukit Bintang 3/2", "[address]"),
        ("Ba\u011fdat Cad. No: 123 D: 5, Kad\u0131k\u00f6y/\u0130stanbul", "[address]"),
        ("Sambo, 2 barn \u00b7 F\u00f6dd 1990", "[family], [family] \u00b7 [dob]"),
        ("Gift, tv\u00e5 barn", "[family], [family]"),
        ("Gift cards; restored 3 barn conversions", "Gift cards; restored 3 barn conversions"),
        ("Solteira, 2 filhos", "[family], [family]"),
        ("Ledig, keine Kinder", "[family], [family]"),
        ("2021 F\u00f6r\u00e4ldraledig", "2021 [family]"),
        ("Hafiz of the Quran", "[religion] of the [religion]"),
        ("Medeni Hali: Evli \u00b7 Cinsiyet: Erkek", "[family]\u00b7 [gender]"),
        ("Military service: exempt", "[military status]"),
        ("Askerlik Durumu: Tamamland\u0131", "[military status]"),
        ("Completed national service, then joined Shell.", "[military status], then joined Shell."),
        ("2013 - 2015 Signals technician (mandatory service), armed forces", None),
        ("Military service: 2013-2015, signals unit, radio networks", None),
        ("Iwi: Ng\u0101ti Porou", "[ethnicity]"),
        ("Work permit: EU Blue Card holder", "Work permit: [nationality]"),
        ("Requires visa sponsorship", None),
        ("Krankenschwester, Intensivstation", "Pflegefachkraft, Intensivstation"),
        ("Cheffe de projet; Architetta", "Chef de projet; Architetto"),
    ],
)
def test_leftovers_go_and_their_look_alikes_stay(text: str, expected: str | None) -> None:
    assert body(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Education\nClass XII (CBSE), 2013\nBSc Physics, 2014 - 2017",
            "Education\nClass XII (CBSE), [year]\n",
        ),
        ("Education\nHigh School Diploma, 2004 - 2008", "Education\nHigh School Diploma, [year] - [year]"),
        ("Education\nAbitur 2008, Gymnasium Köln", "Education\nAbitur [year], Gymnasium Köln"),
        # A teacher's years at a school, and any line under experience, are work.
        ("Experience\n2015 - 2019 Maths teacher at a secondary school", None),
        ("Education\n2015 - 2019 Maths teacher at a secondary school", None),
        ("Experience\nHigh School outreach lead, 2019 - 2021", None),
    ],
)
def test_school_leaving_years_go_but_work_at_a_school_stays(text: str, expected: str | None) -> None:
    result = body(text)
    if expected is None:
        assert result == text
    else:
        assert result.startswith(expected)
        assert "2014 - 2017" in result or "BSc" not in text
