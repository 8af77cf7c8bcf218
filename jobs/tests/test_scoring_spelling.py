"""British and American spellings of a word meet; words spelt "-ise" everywhere are left as they are."""

import pytest

from jobs.scoring import skills
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.profile import stem, stems
from jobs.scoring.spelling import american
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

PAIRS = [
    ("visualising", "visualization"),
    ("visualisation", "visualize"),
    ("optimise", "optimize"),
    ("optimised", "optimization"),
    ("organisation", "organization"),
    ("organisational", "organizational"),
    ("analyse", "analyze"),
    ("analysing", "analyzed"),
    ("colour", "color"),
    ("behaviour", "behavior"),
    ("behavioural", "behavioral"),
    ("centre", "center"),
    ("centres", "centers"),
    ("licence", "license"),
    ("licencing", "licensing"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("modelling", "modeling"),
    ("modelled", "modeled"),
    ("catalogue", "catalog"),
    ("catalogued", "cataloged"),
    ("counselling", "counseling"),
    ("paediatric", "pediatric"),
    ("practise", "practice"),
]


@pytest.mark.parametrize(("british", "us"), PAIRS)
def test_british_and_american_spellings_stem_alike(british: str, us: str) -> None:
    assert stem(british) == stem(us)


KEPT = [
    *("rise", "wise", "precise", "exercise", "exercising", "expertise", "enterprise", "enterprises"),
    *("franchise", "premise", "premises", "otherwise", "likewise", "advertising", "supervised", "promise"),
    *("compromise", "surprised", "merchandise", "comprise", "fundraising", "treatise", "analysis"),
    *("selling", "storytelling", "controlling", "installed", "genre", "acre", "programmer", "programming"),
]


@pytest.mark.parametrize("word", KEPT)
def test_words_spelt_alike_everywhere_are_not_respelt(word: str) -> None:
    assert american(word) == word


def test_a_criterion_and_a_line_meet_whichever_spelling_each_uses() -> None:
    line = stems("Optimised the organisation's colour catalogue and modelling programme")
    criterion = stems("optimize organization color catalog modeling program")
    assert criterion <= line
    assert stems("Led the programme") != stems("Led the programming")  # a programme is no coding


def test_the_skills_table_reads_british_spellings_of_its_names() -> None:
    assert skills.find_skills("Predictive modelling of churn") == {"Machine Learning"}
    assert skills.find_skills("Search engine optimisation") == {"SEO"}


def test_a_criterion_in_american_spelling_is_met_by_a_british_cv() -> None:
    criterion = Criterion("Behavior analysis", "Analyzing customer behavior in retail centers")
    rubric = Rubric("x", "", (criterion,), blind=False)
    role = "EXPERIENCE\nAnalyst, Acme\nJan 2019 - Jan 2024\n- Analysed customer {b} across retail {c}.\n"
    british = SCORER.score(role.format(b="behaviour", c="centres"), rubric).criteria[0].score
    us = SCORER.score(role.format(b="behavior", c="centers"), rubric).criteria[0].score
    assert british == us > 0


def test_a_language_criterion_is_not_met_by_its_descriptions_words_alone() -> None:
    # "modeling" meets "models" in either spelling; with no language named anywhere that evidences nothing.
    role = "EXPERIENCE\nEngineer, Acme\nJan 2020 - Present\n- Trained CNN models on images.\nSKILLS\n{s}\n"
    for spelt in ("modelling", "modeling"):
        criterion = Criterion("Python or R", f"Writes the {spelt} code in Python or R")
        rubric = Rubric("x", "", (criterion,), blind=False)
        scores = [SCORER.score(role.format(s=s), rubric).criteria[0].score for s in ("Docker", "Python")]
        assert scores[0] == 0 < scores[1]
