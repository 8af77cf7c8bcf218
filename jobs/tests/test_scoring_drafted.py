"""Drafted personas: a description's framing is no criterion; the CV's own language is a writing sample."""

from __future__ import annotations

import pytest

from jobs.scoring.criteria import need, what_is_wanted
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric
from jobs.scoring.written_in import language_of

FRAMING = "Counts as evidence: roles, projects or qualifications on the CV that show "

TEACHER_CV = """Sam Okafor
Summary
Primary teacher with eight years in the classroom. I plan and deliver lessons in reading and phonics for the
children of year 2, and I write the reports that go home to the parents at the end of each term.
Experience
Class Teacher, Hillside Primary School, 09/2016 to present
- Taught reading, writing and maths to a class of 28 pupils in year 2.
- Led the phonics programme for the school and trained two new teachers in it.
Education
B.A. Education, 2016
"""

SPANISH_CV = """Lucía Romero
Perfil
Profesora de primaria con ocho años de experiencia en el aula. Preparo las clases de lectura y escritura
para los niños de segundo curso y redacto los informes para las familias al final de cada trimestre.
Experiencia
Maestra, Colegio Público del Sol, 09/2016 - actualidad
- Enseñé lectura, escritura y matemáticas a un grupo de 28 alumnos.
- Coordiné el programa de fonética del colegio y formé a dos maestros nuevos.
"""


@pytest.mark.parametrize(
    ("description", "wanted"),
    [
        (
            FRAMING + "Teaching experience (online or in a classroom).",
            "Teaching experience (online or in a classroom).",
        ),
        (
            "Cuenta como evidencia: puestos, proyectos o estudios del CV que muestren Excel avanzado",
            "Excel avanzado",
        ),
        ("Evidence: a live RN licence", "a live RN licence"),
        ("Teaching experience with children", "Teaching experience with children"),
    ],
)
def test_the_framing_of_a_description_is_not_read(description: str, wanted: str) -> None:
    assert what_is_wanted(description) == wanted


def test_a_drafted_criterion_is_read_like_the_same_words_written_by_hand() -> None:
    drafted = need("Teaching experience", FRAMING + "Teaching experience (online or in a classroom).", 0)
    by_hand = need("Teaching experience", "Teaching experience (online or in a classroom).", 0)
    assert drafted == by_hand
    assert drafted.home == ""  # "qualifications" in the framing made it a credential


@pytest.mark.parametrize(("text", "language"), [(TEACHER_CV, "English"), (SPANISH_CV, "Spanish")])
def test_the_language_a_cv_is_written_in(text: str, language: str) -> None:
    assert language_of(text) == language


def test_a_few_words_tell_no_language() -> None:
    assert language_of("Python, SQL, Docker, AWS, Kubernetes") is None


def _written_english(cv: str) -> tuple[int, str, tuple[str, ...]]:
    rubric = Rubric(
        role_title="Primary English Teacher",
        description="Teaches English to primary-school children.",
        criteria=(Criterion("Written English", "Excellent written English", required=True),),
    )
    assessment = OfflineScorer().score(cv, rubric).criteria[0]
    return assessment.score, assessment.justification, assessment.evidence


def test_a_cv_written_in_english_shows_written_english_in_part() -> None:
    score, why, quotes = _written_english(TEACHER_CV)
    assert score == 6
    assert "written in English" in why
    assert quotes and all(quote in TEACHER_CV for quote in quotes)


def test_a_cv_in_another_language_shows_no_english() -> None:
    assert _written_english(SPANISH_CV)[0] == 0


def test_english_listed_with_its_level_still_counts_in_full() -> None:
    score, why, _ = _written_english(TEACHER_CV + "Languages\nEnglish (native), French (B2)\n")
    assert score >= 6
    assert "written in English" not in why


def test_languages_named_only_in_the_description_are_the_ones_asked() -> None:
    # "Languages: fluent English; Spanish is a plus" scored 0 for a CV written in English: the CV's own
    # language was compared with the criterion's name, which names no language.
    rubric = Rubric(
        role_title="Primary English Teacher",
        description="",
        criteria=(Criterion("Languages", "Fluent English; Spanish is a plus"),),
    )
    assessment = OfflineScorer().score(TEACHER_CV, rubric).criteria[0]
    assert (assessment.score, "written in English" in assessment.justification) == (6, True)


def test_a_language_asked_under_another_name_is_read_from_the_cv_itself() -> None:
    # "Communication: clear written and spoken English" names Communication first: the CV's own language
    # was compared with "Communication" alone.
    rubric = Rubric(
        role_title="Primary English Teacher",
        description="",
        criteria=(Criterion("Communication", "Clear written and spoken English"),),
    )
    assessment = OfflineScorer().score(TEACHER_CV, rubric).criteria[0]
    assert assessment.score >= 6 and "written in English" in assessment.justification
