"""Plain data passed between the job runner and the scorers (no ORM, no Django)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

# Criterion scores are integers on this scale; the overall 0-100 score is computed from them in code.
CRITERION_MAX = 10


@dataclass(frozen=True)
class Criterion:
    name: str
    description: str = ""
    weight: float = 1.0
    required: bool = False


@dataclass(frozen=True)
class Rubric:
    """A persona as the scorers see it: the job profile and its weighted criteria."""

    role_title: str
    description: str
    criteria: tuple[Criterion, ...]
    min_years_experience: int = 0
    blind: bool = True
    # Hash of the persona's rubric at scoring time (computed by personas.Persona.rubric_version).
    version: str = ""


@dataclass(frozen=True)
class Usage:
    input_tokens: int = 0
    output_tokens: int = 0
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            cache_creation_input_tokens=self.cache_creation_input_tokens + other.cache_creation_input_tokens,
            cache_read_input_tokens=self.cache_read_input_tokens + other.cache_read_input_tokens,
        )


@dataclass(frozen=True)
class CriterionAssessment:
    """What a scorer says about one criterion: a 0..CRITERION_MAX score, why, and quotes from the CV."""

    name: str
    score: int
    justification: str
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScorerOutput:
    """A scorer's raw answer for one CV, before evidence checks and aggregation."""

    criteria: tuple[CriterionAssessment, ...]
    summary: str
    scorer: str  # "offline" or "anthropic"
    model: str
    prompt_version: str
    usage: Usage = field(default_factory=Usage)
    cost_usd: float = 0.0
    years_experience: float | None = None
    # Signals from the scorer itself, e.g. "llm_reported_injection": the model saw instructions in the CV.
    flags: tuple[str, ...] = ()


class ScoringError(Exception):
    """A CV could not be scored; `code` is stable and machine-readable, `message` is for people.

    Messages must never contain CV text or personal data: RQ and logs may keep them.
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        retryable: bool = False,
        usage: Usage | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.retryable = retryable
        # Tokens already spent (and billed) on this CV before it failed, so its cost can still be recorded.
        self.usage = usage or Usage()
        # What the API asked for in its last retry-after (seconds), so a job waiting out an outage honours it.
        self.retry_after = retry_after

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception pickling replays only args (one string here): rebuild from the fields instead, so the
        # error survives a process boundary (a process pool, a child parser).
        fields = (self.code, self.message, self.retryable, self.usage, self.retry_after)
        return (_rebuild_scoring_error, fields)


def _rebuild_scoring_error(
    code: str, message: str, retryable: bool, usage: Usage, retry_after: float | None = None
) -> ScoringError:
    return ScoringError(code, message, retryable=retryable, usage=usage, retry_after=retry_after)


class Scorer(Protocol):
    """One scorer per process; `score` must be safe to call from several threads at once."""

    name: str
    model: str

    def score(self, cv_text: str, rubric: Rubric) -> ScorerOutput: ...


@dataclass(frozen=True)
class CriterionResult:
    name: str
    weight: float
    required: bool
    score: int  # 0..CRITERION_MAX
    justification: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class FlagDetail:
    """Why a manipulation flag was raised, for a recruiter to judge: the rule, and what set it off."""

    code: str  # one of the flag codes: "prompt_injection", "hidden_text", "keyword_stuffing"
    reason: str  # a sentence for people
    excerpt: str  # the offending text, shortened
    page: int | None = None  # 1-based, where the reader knows it (hidden text)


@dataclass(frozen=True)
class ScoreResult:
    """The final, explained score of one CV against one rubric."""

    score: int  # 0-100, computed in code from criterion scores and weights
    recommendation: str  # strong_yes | yes | maybe | no
    criteria: tuple[CriterionResult, ...]
    summary: str
    flags: tuple[str, ...]
    scorer: str
    model: str
    prompt_version: str
    rubric_version: str
    usage: Usage = field(default_factory=Usage)
    cost_usd: float = 0.0
    redactions: tuple[str, ...] = ()  # the categories of personal data blind mode replaced
    # How many values of each category were replaced (never the values), and by which rules.
    redaction_counts: dict[str, int] = field(default_factory=dict)
    redaction_version: str = ""
    flag_details: tuple[FlagDetail, ...] = ()  # why each manipulation flag was raised

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
