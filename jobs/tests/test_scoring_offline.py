"""The offline scorer: deterministic, blind to who the candidate is, multilingual."""

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from jobs.scoring.offline import OFFLINE_VERSION, OfflineScorer
from jobs.scoring.pipeline import score_cv
from jobs.scoring.types import Criterion, Rubric

BENCH_CVS = Path(__file__).resolve().parents[2] / "bench" / "quality" / "cvs"
SCORER = OfflineScorer()

BACKEND = Rubric(
    role_title="Backend engineer",
    description="Python services",
    criteria=(
        Criterion("Python", "Production Python, ideally Django/DRF", weight=3, required=True),
        Criterion("Databases", "PostgreSQL, data modelling", weight=2),
        Criterion("Experience", "5+ years backend experience", weight=2),
        Criterion("Leadership", "Led a team of engineers", weight=1),
    ),
    min_years_experience=5,
    blind=False,
)

TEMPLATE = """{name}
Backend Engineer
{email} | +44 7700 900123 | {pronouns}

SUMMARY
{name} is a backend engineer. {subject} has built Python services for eight years and {possessive} team
relies on {object} for database design.

EXPERIENCE
Senior Backend Engineer, Ledgerline
Mar 2018 - Present
- {subject} led a team of 5 engineers building the payments API in Python and Django REST Framework.
- Designed the PostgreSQL schema and tuned slow queries.

Backend Developer, Parcelhop
Jan 2015 - Feb 2018
- Built Flask services and wrote SQL migrations.

SKILLS
Python, Django, Flask, PostgreSQL, Docker
"""

PEOPLE = [
    {"name": "Michael Johnson", "email": "michael.johnson@example.com", "pronouns": "he/him", "subject": "He",
     "possessive": "his", "object": "him"},
    {"name": "Aisha Bello", "email": "aisha.bello@example.org", "pronouns": "she/her", "subject": "She",
     "possessive": "her", "object": "her"},
    {"name": "Julia Rust", "email": "j.rust@example.net", "pronouns": "they/them", "subject": "They",
     "possessive": "their", "object": "them"},
]  # fmt: skip


def _cv(person: dict[str, str]) -> str:
    return TEMPLATE.format(**person)


def test_same_cv_same_output_every_time() -> None:
    text = _cv(PEOPLE[0])
    assert SCORER.score(text, BACKEND) == SCORER.score(text, BACKEND)


def test_name_swap_gives_exactly_the_same_scores() -> None:
    outputs = [SCORER.score(_cv(person), BACKEND) for person in PEOPLE]
    scores = [[a.score for a in output.criteria] for output in outputs]
    assert scores == [[9, 9, 10, 8]] * 3
    assert len({output.summary for output in outputs}) == 1


def test_name_swap_through_the_blind_pipeline_gives_identical_results() -> None:
    blind = Rubric(BACKEND.role_title, BACKEND.description, BACKEND.criteria, 5, blind=True, version="r1")
    results = [score_cv(text=_cv(p), hidden=(), rubric=blind, scorer=SCORER) for p in PEOPLE]
    assert [r.score for r in results] == [91, 91, 91]
    # Blind mode: what is stored is identical too, evidence included.
    assert results[0].criteria == results[1].criteria == results[2].criteria
    assert results[0].redactions == ("name", "email", "phone", "pronouns")


def test_output_identifies_the_offline_algorithm() -> None:
    output = SCORER.score(_cv(PEOPLE[0]), BACKEND)
    assert (output.scorer, output.model, output.prompt_version) == (
        "offline",
        OFFLINE_VERSION,
        OFFLINE_VERSION,
    )
    assert output.years_experience == 11.8  # Jan 2015 .. AS_OF, merged


def test_evidence_quotes_are_lines_of_the_cv() -> None:
    text = _cv(PEOPLE[1])
    output = SCORER.score(text, BACKEND)
    lines = {line.strip().lstrip("- ") for line in text.splitlines()}
    quotes = [quote for a in output.criteria for quote in a.evidence]
    assert quotes and all(quote in lines for quote in quotes)


def test_experience_context_beats_a_skills_list_beats_absence() -> None:
    rubric = Rubric("x", "", (Criterion("Kafka"),), blind=False)
    base = "EXPERIENCE\n2019 - present Engineer, Acme\n- Built payment services.\nSKILLS\nPython\n"
    in_experience = base.replace("payment services", "payment services on Kafka")
    listed = base.replace("SKILLS\nPython", "SKILLS\nPython, Kafka")
    scores = [SCORER.score(t, rubric).criteria[0].score for t in (in_experience, listed, base)]
    assert scores == [8, 5, 0]


def test_years_criterion_uses_the_number_in_its_text_or_the_persona_minimum() -> None:
    text = "EXPERIENCE\nJan 2021 - Jan 2024 Backend developer\n- Built Django REST APIs.\n"
    three = Rubric("x", "", (Criterion("3+ years backend experience"),), blind=False)
    six = Rubric("x", "", (Criterion("6+ years backend experience"),), blind=False)
    seniority = Rubric("x", "", (Criterion("Seniority"),), min_years_experience=4, blind=False)
    got = [SCORER.score(text, rubric).criteria[0] for rubric in (three, six, seniority)]
    assert [a.score for a in got] == [10, 8, 7]
    assert got[1].evidence[0] == "Jan 2021 - Jan 2024 Backend developer"


def test_criteria_without_known_skills_fall_back_to_their_words() -> None:
    rubric = Rubric("x", "", (Criterion("Ownership", "Owned delivery of releases"),), blind=False)
    text = (
        "EXPERIENCE\n2019 - present Engineer\n- Owned delivery of quarterly releases for the billing team.\n"
    )
    assessment = SCORER.score(text, rubric).criteria[0]
    # Three of its four word stems (owned, delivery, releases; not "ownership") are in an experience line.
    assert (assessment.score, assessment.evidence) == (
        6,
        ("Owned delivery of quarterly releases for the billing team.",),
    )


def test_french_and_spanish_cvs_match_english_criteria() -> None:
    rubric = Rubric(
        "Backend",
        "",
        (
            Criterion("Python", "Production Python, ideally Django/DRF"),
            Criterion("Leadership", "Led a team of engineers"),
            Criterion("Experience", "5+ years backend experience"),
        ),
        blind=False,
    )
    french = SCORER.score((BENCH_CVS / "be_strong_fr.txt").read_text(), rubric)
    spanish = SCORER.score((BENCH_CVS / "be_medium_es.txt").read_text(), rubric)
    assert [a.score for a in french.criteria] == [9, 8, 10]
    assert [a.score for a in spanish.criteria] == [7, 0, 10]
    assert french.criteria[1].evidence == (
        "Encadrement d'une équipe de 5 développeurs Python ; revues de code et mentorat des profils juniors.",
    )


def test_safe_to_share_between_threads() -> None:
    texts = [path.read_text() for path in sorted(BENCH_CVS.glob("*.txt"))] * 3
    sequential = [SCORER.score(text, BACKEND) for text in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(lambda text: SCORER.score(text, BACKEND), texts))
    assert concurrent == sequential
