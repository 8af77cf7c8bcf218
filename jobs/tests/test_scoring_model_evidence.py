"""What shows machine learning: a model trained, not rules written by hand nor a model called."""

from jobs.scoring import senses
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.skills import find_skills
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()
ROLE = "EXPERIENCE\nSoftware Engineer, Acme\nJan 2019 - Jan 2024\n- {line}\n"
MODELLING = Criterion(
    "Machine learning modelling",
    "Designed and trained machine-learning or deep-learning models: classification, ranking, NLP",
)


def _one(line: str, criterion: Criterion = MODELLING) -> int:
    rubric = Rubric("Machine Learning Engineer", "", (criterion,), blind=False)
    return SCORER.score(ROLE.format(line=line), rubric).criteria[0].score


def test_a_classifier_of_hand_written_rules_is_no_machine_learning() -> None:
    for line in ("Built a rule-based ticket classification engine", "A heuristic-based spam classifier"):
        assert "Machine Learning" not in find_skills(senses.read_as(line))
    assert _one("Built a heuristic-based spam classification engine.") < _one(
        "Built a spam classification engine on gradient-boosted trees."
    )


def test_a_learned_classifier_keeps_its_sense() -> None:
    assert senses.read_as("Trained a CNN-based image classifier") == "Trained a CNN-based image classifier"
    assert "Machine Learning" in find_skills(senses.read_as("Transformer-based text classification"))
    assert "Machine Learning" in find_skills(senses.read_as("Rule-based alerts; ML-based classification"))


def test_a_model_called_shows_machine_learning_only_in_part() -> None:
    assert "NLP" not in find_skills("Built an LLM-driven reporting dashboard")
    called = _one("Built an LLM-driven reporting dashboard for analysts.")
    trained = _one("Trained NLP models for the reporting dashboard.")
    assert 0 < called < trained


def test_a_criterion_asking_for_llms_is_met_by_them() -> None:
    llms = Criterion("LLM applications", "Built products on LLMs: prompting, retrieval, agents")
    assert _one("Built an LLM-driven reporting dashboard for analysts.", llms) >= 6


def test_a_model_tuned_is_modelling_again() -> None:
    assert "NLP" in find_skills("Fine-tuned open-source LLMs on support tickets")
    assert "NLP" in find_skills("LLM fine-tuning for contract review")
    assert "NLP" not in find_skills("Tuned the prompts sent to the LLM")
    assert _one("Fine-tuned open-source LLMs on support tickets.") > _one("Built an LLM-driven dashboard.")
