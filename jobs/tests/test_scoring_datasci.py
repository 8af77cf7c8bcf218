"""The data scientist's ranking (#9): machine learning methods by name."""

import pytest

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.skills import find_skills
from jobs.scoring.types import Criterion, Rubric


@pytest.mark.parametrize(
    "text",
    [
        "Reduced scrap with a regression model",
        "Built a predictive model of churn",
        "Random forests and gradient boosting for credit risk",
        "Support vector machines for spam filtering",
        "Developed reinforcement learning algorithms for robot control",
        "A self-supervised learning framework for speech",
        "Supervised and unsupervised learning",
        "Decision trees for triage",
        "Logistic regression on loan defaults",
        "Cut the cost of model training by half",
    ],
)
def test_machine_learning_methods_by_name_are_machine_learning(text: str) -> None:
    assert "Machine Learning" in find_skills(text)


def test_regression_testing_is_still_software_testing() -> None:
    assert find_skills("Regression testing of every release") == {"Testing"}


def test_a_large_language_model_in_the_singular_is_nlp() -> None:
    assert find_skills("Fine-tuned a large language model") == {"NLP"}


def test_a_line_naming_a_skill_keeps_its_strength_when_it_implies_another_asked_for() -> None:
    # "PostgreSQL" names one skill the criterion asks for and implies the other ("Databases"): the line
    # counts at its stronger reading, not at whichever skill was looked at last.
    cv = "Jane Roe\nExperience\nBackend developer, Acme, 2021 - present\nBuilt REST APIs on PostgreSQL.\n"
    scores = [
        OfflineScorer().score(cv, Rubric("Backend", "", (criterion,))).criteria[0].score
        for criterion in (Criterion("Databases", "PostgreSQL"), Criterion("PostgreSQL", ""))
    ]
    assert scores == [7, 7]
