# ruff: noqa: RUF001, RUF002  (Turkish text: the dotless i is a letter of the language)
"""Blind mode on the 5 December probe (jobs/tests/blind_cvs_dec5.py), and the leftovers it was asked to fix.

The probe's 14 CVs were written before this round's rules: 208 planted values (a flattened table of label-
value pairs, a personal-details block of bare words, referee tables and prose, a sign-off footer, Turkish,
Danish, Polish, Dutch, German, French, Spanish, Italian and Portuguese details) and 47 honest words. Measured
against the code as it stood (eead1fd): 34 of the 208 reached the scorer (feminine adjectives and degree words
left beside a title made generic, "Projektleiterin", "Księgowa", Turkish "Evli · Kadın · 1991 doğumlu" and its
"Referanslar", a Danish "Gift" and "Børn:", a Danish and a Turkish address, a Polish postcode, "Visa Status"
in a table row, "Nationalité française", "Brasileira", "Secours Catholique", "ISKCON temple"), and 6 of the 47
honest words were lost ("Postman" twice and "Foreman" as tools, "Methodist" and "Grant Medical" in hospitals'
names, "PGCE" taken for a name part). One value (a second Polish feminine title) was marked after the first
count; it had leaked too and is counted. After: 0 and 0; no profession word was lost before or after.
"""

from __future__ import annotations

import re

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.redaction import redact_text, rubric_keep_words
from jobs.scoring.skills import find_skills
from jobs.scoring.types import Rubric
from jobs.tests.blind_cvs import candidate_name, plain, planted
from jobs.tests.blind_cvs_dec5 import PROBE_CVS
from jobs.tests.redacting import body, redacted
from jobs.tests.test_scoring_blind import _gender_swapped
from jobs.tests.test_scoring_blind_unseen import _rubric


def _present(value: str, text: str) -> bool:
    return re.search(rf"(?<![^\W_\[]){re.escape(value)}(?![^\W_\]])", text, re.IGNORECASE) is not None


def test_the_probe_has_its_size() -> None:
    assert len(PROBE_CVS) >= 12
    assert sum(len(planted(cv)) for cv, _, _ in PROBE_CVS) >= 120


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


# The leftovers named for this round, and variants written after the fix from the rules' shape.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gendered title that is also software stays on a line about software; a postal worker's goes.
        ("Skills: Postman, Python, REST", None),
        ("API testing (Postman, Newman)", None),
        ("Foreman and Puppet for bare-metal provisioning", None),
        ("Postman, Royal Mail, 2010 - 2015", "Postal worker, Royal Mail, 2010 - 2015"),
        ("Site foreman for 30 operatives", "Site supervisor for 30 operatives"),
        # The words agreeing with a feminine title go with it.
        ("Directora financiera, Grupo Levante", "Director financiero, Grupo Levante"),
        ("Fue nombrada directora técnica", "Fue nombrado director técnico"),
        ("la ingeniera química", "el ingeniero químico"),
        ("Promovida a la jefa de ventas", "Promovido al jefe de ventas"),
        ("Directrice commerciale adjointe", "Directeur commercial adjoint"),
        ("Nommée directrice générale en 2019", "Nommé directeur général en 2019"),
        ("Infirmière diplômée d'État", "Infirmier diplômé d'État"),
        ("Direttrice amministrativa", "Direttore amministrativo"),
        ("Responsabile amministrativa", "Responsabile amministrativo"),
        ("a diretora financeira", "o diretor financeiro"),
        ("Engenheira civil formada pela UFMG", "Engenheiro civil formado pela UFMG"),
        ("Starsza księgowa w firmie Delta", "Starszy księgowy w firmie Delta"),
        ("Softwareentwicklerin bei SAP", "Softwareentwickler bei SAP"),
        ("Bürokauffrau, Stadtwerke", "Bürokaufmann, Stadtwerke"),
        # A noun or a name after a title keeps its own ending.
        ("Enfermera de planta", "Enfermero de planta"),
        ("Directrice vente", "Directeur vente"),
        ("Ingeniera Telefónica", "Ingeniero Telefónica"),
        # Bare marital status and sex in a personal-details block, in any language.
        ("Kişisel Bilgiler\nEvli · Kadın · 1991 doğumlu", "Kişisel Bilgiler\n[family] · [gender] · [dob]"),
        ("Personuppgifter\nOgift, inga barn\nKörkort B", "Personuppgifter\n[family], [family]\nKörkort B"),
        ("Henkilötiedot\nNaimisissa, 2 lasta", "Henkilötiedot\n[family], [family]"),
        ("Medeni durum: Bekar", "[family]"),
        # A row of label-value pairs, and a nationality declared without a colon.
        (
            "Nationality\tJordanian\tVisa Status\tEmployment visa",
            "Nationality\t[nationality]\tVisa Status\t[nationality]",
        ),
        (
            "Visa status  Residence visa  Religion  Christian",
            "Visa status  [nationality]  Religion  [religion]",
        ),
        ("Nationalité française · Permis B", "Nationalité [nationality] · Permis B"),
        # A hospital a faith founded employs anyone; a congregation names the candidate's faith.
        ("ICU Staff Nurse, Riverside Methodist Hospital, Columbus", None),
        ("Volunteer, Baptist Health foundation", None),
        ("Sunday school teacher, First Baptist Church", "[religion] teacher, [religion]"),
        ("bénévole au Secours Catholique", "bénévole au Secours [religion]"),
    ],
)
def test_leftovers_and_later_variants(text: str, expected: str | None) -> None:
    assert body(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Atatürk Mah. 1203 Sok. No:7 Daire 3, Karşıyaka/İzmir", "[address]"),
        ("Vesterbrogade 112, 3. tv., 1620 København V", "[address]"),
        ("Keizersgracht 221-III, 1016 DV Amsterdam", "[address]"),
        ("Karl Johans gate 12, 0154 Oslo", "[address]"),
        ("ul. Piotrkowska 104/12, 90-926 Łódź", "[address]"),
    ],
)
def test_addresses_of_more_countries_go_whole(text: str, expected: str) -> None:
    assert body(text) == expected


def test_letters_after_the_name_are_qualifications_not_name_parts() -> None:
    text = "Rebecca Holloway BA (Hons) PGCE\nSummary\nTeacher.\nEducation\nPGCE Secondary Mathematics, 2008"
    assert (
        redacted(text)
        == "[name] BA (Hons) PGCE\nSummary\nTeacher.\nEducation\nPGCE Secondary Mathematics, 2008"
    )
