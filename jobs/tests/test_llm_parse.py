"""The Anthropic scorer's pure parts: answer validation, stop reasons, prompt version, cost arithmetic."""

from __future__ import annotations

import re
from typing import Any

import pytest

from jobs.scoring.absence import claims_absence
from jobs.scoring.llm import estimate_cost, parse_response
from jobs.scoring.llm_schema import InvalidLLMResponse
from jobs.scoring.prompts import PROMPT_VERSION, TOOL_NAME
from jobs.scoring.types import Criterion, ScoringError, Usage
from jobs.tests.rubrics import make_rubric


def test_prompt_version_names_the_series_and_the_template_hash() -> None:
    assert re.fullmatch(r"score_cv\.2\+[0-9a-f]{12}", PROMPT_VERSION)


@pytest.mark.parametrize(
    ("model", "usage", "batch", "expected"),
    [
        # Haiku 4.5: $1 in, $5 out, writes $1.25, reads $0.10 per million tokens.
        ("claude-haiku-4-5", Usage(1_000_000, 0, 0, 0), False, 1.0),
        ("claude-haiku-4-5-20251001", Usage(1000, 200, 4000, 8000), False, 0.0078),
        ("claude-haiku-4-5", Usage(1000, 200, 4000, 8000), True, 0.0039),
        # Sonnet 4.x: $3 / $15, writes $3.75, reads $0.30.
        ("claude-sonnet-4-6", Usage(1000, 250, 1200, 0), False, 0.0045 + 0.003 + 0.0037500),
        ("claude-sonnet-4-6", Usage(1000, 250, 0, 1200), False, 0.003 + 0.00375 + 0.00036),
        # Opus 4.5+: $5 / $25; Opus 4.0 and 4.1: $15 / $75.
        ("claude-opus-4-7", Usage(2000, 100, 0, 0), False, 0.0125),
        ("claude-opus-4-1", Usage(2000, 100, 0, 0), False, 0.0375),
        # Unknown models cost as much as the dearest listed, so spend is never under-reported.
        ("some-future-model", Usage(2000, 100, 0, 0), False, 0.0375),
    ],
)
def test_estimate_cost_arithmetic(model: str, usage: Usage, batch: bool, expected: float) -> None:
    assert estimate_cost(model, usage, batch=batch) == round(expected, 10)


def answer(tool_input: object, *, stop_reason: str = "tool_use") -> dict[str, Any]:
    return {
        "model": "claude-haiku-4-5",
        "stop_reason": stop_reason,
        "content": [{"type": "tool_use", "id": "toolu_1", "name": TOOL_NAME, "input": tool_input}],
        "usage": {"input_tokens": 10, "output_tokens": 5},
    }


def valid_input(**changes: Any) -> dict[str, Any]:
    criteria = [
        {"name": "Python", "score": 6, "justification": "Django work.", "evidence": ["Built Django"]},
        {"name": "Databases", "score": 4, "justification": "Some SQL.", "evidence": []},
        {"name": "Leadership", "score": 0, "justification": "None.", "evidence": []},
    ]
    return {
        "criteria": criteria,
        "summary": "Fine.",
        "years_experience": 7,
        "injection_detected": False,
        **changes,
    }


def test_parse_response_reads_a_plain_dict() -> None:
    output = parse_response(answer(valid_input()), make_rubric())

    assert [(c.name, c.score) for c in output.criteria] == [
        ("Python", 6),
        ("Databases", 4),
        ("Leadership", 0),
    ]
    assert (output.years_experience, output.usage, output.cost_usd) == (7.0, Usage(10, 5), 0.000035)


def criterion(**changes: Any) -> dict[str, Any]:
    return {"name": "Python", "score": 6, "justification": "Django work.", "evidence": [], **changes}


@pytest.mark.parametrize(
    ("tool_input", "reason"),
    [
        ("not json", "the tool input was not valid JSON"),
        ([1, 2], "the tool input was not a JSON object"),
        (valid_input(extra="x"), "the tool input has 1 field(s) the schema does not define"),
        (valid_input(injection_detected="no"), "injection_detected must be true or false"),
        (valid_input(criteria={}), "criteria must be a list"),
        (
            valid_input(criteria=[criterion(score=True)]),
            "criteria[0] ('Python') needs an integer score from 0 to 10",
        ),
        (
            valid_input(criteria=[criterion(score=6.5)]),
            "criteria[0] ('Python') needs an integer score from 0 to 10",
        ),
        (
            valid_input(criteria=[criterion(score=-1)]),
            "criteria[0] ('Python') needs an integer score from 0 to 10",
        ),
        (
            valid_input(criteria=[criterion(name="Cobol")]),
            "criteria[0] has a name that is not one of the rubric's criteria",
        ),
        (valid_input(criteria=[criterion(), criterion()]), "criterion 'Python' is assessed more than once"),
        (
            valid_input(criteria=[criterion(note="x")]),
            "criteria[0] has 1 field(s) the schema does not define",
        ),
        (
            valid_input(criteria=[criterion(justification=" ")]),
            "criteria[0].justification must be a non-empty string",
        ),
        (
            valid_input(criteria=[criterion(evidence=["a", "b", "c", "d"])]),
            "criteria[0].evidence must be a list of at most 3 quotes",
        ),
        (
            valid_input(criteria=[criterion(evidence=["x" * 301])]),
            "criteria[0].evidence[0] is longer than 300 characters",
        ),
        (valid_input(summary=""), "summary must be a non-empty string"),
        (valid_input(years_experience=71), "years_experience must be between 0 and 70"),
        (valid_input(years_experience="7"), "years_experience must be a number or null"),
    ],
)
def test_parse_response_rejects_each_schema_breach_with_a_reason_free_of_cv_text(
    tool_input: object, reason: str
) -> None:
    with pytest.raises(InvalidLLMResponse) as raised:
        parse_response(answer(tool_input), make_rubric())

    assert raised.value.reason == reason


def test_parse_response_takes_a_whole_score_and_a_criterion_name_as_the_model_may_write_them() -> None:
    criteria = [
        criterion(name=" PYTHON ", score=6.0),
        criterion(name="databases", score="4"),
        criterion(name="Leadership", score=0),
    ]
    output = parse_response(answer(valid_input(criteria=criteria)), make_rubric())

    scores = [(c.name, c.score) for c in output.criteria]
    assert scores == [("Python", 6), ("Databases", 4), ("Leadership", 0)]


def test_names_that_fold_together_must_be_written_exactly() -> None:
    rubric = make_rubric(extra=(Criterion("python", "The same, written again"),))
    written = [criterion(name=name) for name in ("PYTHON", "python", "Databases", "Leadership")]

    with pytest.raises(InvalidLLMResponse, match="not one of the rubric's criteria"):
        parse_response(answer(valid_input(criteria=written)), rubric)


def test_parse_response_reports_missing_criteria_by_rubric_name() -> None:
    with pytest.raises(InvalidLLMResponse) as raised:
        parse_response(answer(valid_input(criteria=[criterion()])), make_rubric())

    assert raised.value.reason == "criteria missing from the answer: 'Databases', 'Leadership'"


def test_parse_response_maps_stop_reasons() -> None:
    with pytest.raises(InvalidLLMResponse) as truncated:
        parse_response(answer(valid_input(), stop_reason="max_tokens"), make_rubric())
    with pytest.raises(ScoringError) as too_long:
        parse_response(answer(valid_input(), stop_reason="model_context_window_exceeded"), make_rubric())

    assert truncated.value.truncated is True
    assert (too_long.value.code, too_long.value.retryable) == ("llm_error", False)


@pytest.mark.parametrize(
    ("justification", "absent"),
    [
        ("No evidence for this criterion.", True),
        ("The CV does not mention this at all; no evidence found.", True),
        ("There is no mention of SQL.", True),
        ("No se menciona en el CV.", True),
        ("No formal title, but led a team of five.", False),
        ("No evidence of Kubernetes; Docker used at Acme.", False),
        ("No evidence found. Strong in Python.", False),
        ("Built Django services for five years.", False),
    ],
)
def test_a_justification_claims_absence_only_when_it_says_nothing_else(
    justification: str, absent: bool
) -> None:
    assert claims_absence(justification) is absent


def test_a_high_score_whose_justification_says_nothing_was_found_is_refused() -> None:
    def written(score: int) -> dict[str, Any]:
        rest = valid_input()["criteria"][1:]
        return valid_input(criteria=[criterion(score=score, justification="Not mentioned in the CV."), *rest])

    with pytest.raises(
        InvalidLLMResponse, match=r"criteria\[0\] \('Python'\) scores 8 but its justification"
    ):
        parse_response(answer(written(8)), make_rubric())
    assert parse_response(answer(written(2)), make_rubric()).criteria[0].score == 2
