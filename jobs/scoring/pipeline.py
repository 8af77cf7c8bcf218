"""One CV's way through scoring: check it is a CV, clean it, score it, verify the evidence, aggregate.

What the scorer sees is the visible text with injected instructions and keyword walls removed and, in blind
mode, personal data replaced by placeholders; hidden text never reaches it (see `manipulation`). Evidence
is verified against exactly that text, so a quote can
be neither invented, nor lifted from an injected instruction, nor reveal data that blind mode redacted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jobs.scoring import evidence, guard, sections
from jobs.scoring.manipulation import HiddenText, screen
from jobs.scoring.rubric import aggregate
from jobs.scoring.types import FlagDetail, Rubric, Scorer, ScoreResult, ScorerOutput, ScoringError


@dataclass(frozen=True)
class PreparedCV:
    """A CV ready for a scorer: the text it may see, the flags raised so far, the redacted categories."""

    text: str
    flags: tuple[str, ...]
    redactions: tuple[str, ...]
    flag_details: tuple[FlagDetail, ...] = ()  # why each manipulation flag was raised


def prepare(*, text: str, hidden: Sequence[HiddenText], rubric: Rubric) -> PreparedCV:
    """Return the text the scorer may see, the flags raised on the way (with why), the redacted categories."""
    screening = screen(text, hidden)
    cleaned, redactions = screening.text, tuple[str, ...]()
    if rubric.blind:
        cleaned, redactions = guard.redact(cleaned)
    if sections.word_count(cleaned) < sections.MIN_WORDS:
        raise ScoringError(
            "too_little_text", "Too little text is left to score once instructions are removed."
        )
    return PreparedCV(cleaned, screening.flags, redactions, screening.details)


def prepare_cv(*, text: str, hidden: Sequence[HiddenText], rubric: Rubric) -> PreparedCV:
    """Check that the text is a CV and clean it for the scorer; raise ScoringError when it is not scorable."""
    sections.check_is_cv(text)
    return prepare(text=text, hidden=hidden, rubric=rubric)


def finish(prepared: PreparedCV, output: ScorerOutput, rubric: Rubric) -> ScoreResult:
    """Verify the scorer's evidence against the text it saw and aggregate the criteria into the final score.

    Shared by direct scoring and Message Batches results, which arrive hours later in another process.
    """
    flags = list(prepared.flags)
    assessments, dropped = evidence.verify(output.criteria, prepared.text)
    if dropped:
        flags.append("unverified_evidence")
    score, recommendation, results, rubric_flags = aggregate(assessments, rubric)
    return ScoreResult(
        score=score,
        recommendation=recommendation,
        criteria=results,
        summary=output.summary,
        flags=tuple(dict.fromkeys([*flags, *rubric_flags, *output.flags])),
        scorer=output.scorer,
        model=output.model,
        prompt_version=output.prompt_version,
        rubric_version=rubric.version,
        usage=output.usage,
        cost_usd=output.cost_usd,
        redactions=prepared.redactions,
        flag_details=prepared.flag_details,
    )


def score_cv(*, text: str, hidden: Sequence[HiddenText], rubric: Rubric, scorer: Scorer) -> ScoreResult:
    """Score one CV's visible text against the rubric; raise ScoringError when it is not a scorable CV."""
    prepared = prepare_cv(text=text, hidden=hidden, rubric=rubric)
    return finish(prepared, scorer.score(prepared.text, rubric), rubric)
