"""The cached prompt prefix: field order, size against Haiku's caching minimum, identical across a job."""

import json

from jobs.scoring.llm_tool import CRITERION_FIELDS, tool_definition
from jobs.scoring.pricing import estimate_cost
from jobs.scoring.prompts import system_blocks, user_content
from jobs.scoring.types import Criterion, Rubric, Usage

HAIKU_MIN_CACHE_TOKENS = 4096
CHARS_PER_TOKEN = 4.4  # English prose runs nearer 4; dividing by more keeps the estimate on the safe side

SMALL = Rubric("Nurse", "", (Criterion("RN licence", "Active RN licence", required=True),))
LARGE = Rubric(
    "Backend engineer",
    "Python services",
    tuple(Criterion(f"Criterion {i}", "Some description of what is wanted", weight=i) for i in range(1, 9)),
    min_years_experience=5,
)


def _prefix_chars(rubric: Rubric) -> int:
    tools = json.dumps([tool_definition(rubric)], ensure_ascii=False)
    return len(tools) + sum(len(block["text"]) for block in system_blocks(rubric))


def test_the_model_writes_evidence_then_justification_then_score() -> None:
    criterion = tool_definition(SMALL)["input_schema"]["properties"]["criteria"]["items"]
    assert list(criterion["properties"]) == ["name", "evidence", "justification", "score"]
    assert criterion["required"] == list(CRITERION_FIELDS)


def test_even_a_one_criterion_prefix_passes_haikus_caching_minimum() -> None:
    assert _prefix_chars(SMALL) / CHARS_PER_TOKEN >= HAIKU_MIN_CACHE_TOKENS
    assert _prefix_chars(LARGE) > _prefix_chars(SMALL)


def test_the_prefix_is_byte_identical_for_every_cv_of_a_job() -> None:
    first = json.dumps([tool_definition(LARGE), system_blocks(LARGE)], sort_keys=True)
    again = json.dumps([tool_definition(LARGE), system_blocks(LARGE)], sort_keys=True)
    assert first == again
    assert system_blocks(LARGE)[-1]["cache_control"] == {"type": "ephemeral"}
    assert [b.get("cache_control") for b in system_blocks(LARGE)[:-1]] == [None, None]
    # The CV travels only in the user turn, after the cached prefix.
    assert "Jane Example" not in first and "Jane Example" in user_content("Jane Example, nurse")[0]["text"]


def test_the_worked_examples_span_professions() -> None:
    calibration = system_blocks(SMALL)[1]["text"]
    for profession in ("Registered Nurse", "Teacher", "Accountant", "Account Executive", "Data Analyst"):
        assert profession in calibration
    assert calibration.count("\nevidence: ") == calibration.count("\njustification: ") >= 15


def test_caching_the_prefix_saves_most_of_its_cost_on_haiku_at_list_prices() -> None:
    prefix = round(_prefix_chars(LARGE) / 4)  # the stand-in's estimate
    cv_in, out = 1000, 250
    uncached = estimate_cost("claude-haiku-4-5", Usage(prefix + cv_in, out))
    cached = estimate_cost("claude-haiku-4-5", Usage(cv_in, out, cache_read_input_tokens=prefix))
    assert cached < 0.5 * uncached
