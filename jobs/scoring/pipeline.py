"""One CV's way through scoring: check it is a CV, clean it, score it, verify the evidence, aggregate.

What the scorer sees is the visible text with injected instructions and keyword walls removed and, in blind
mode, personal data replaced by placeholders. Evidence is verified against exactly that text, so a quote can
be neither invented, nor lifted from an injected instruction, nor reveal data that blind mode redacted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jobs.scoring import evidence, guard, redaction, sections
from jobs.scoring.rubric import aggregate
from jobs.scoring.types import Rubric, Scorer, ScoreResult, ScorerOutput, ScoringError


@dataclass(frozen=True)
class PreparedCV:
    """A CV ready for a scorer: the text it may see, the flags raised so far, what blind mode redacted."""

    text: str
    flags: tuple[str, ...]
    redactions: tuple[str, ...]
    redaction_counts: dict[str, int] = field(default_factory=dict)
    redaction_version: str = ""


def prepare(
    *, text: str, hidden_reasons: Sequence[str], rubric: Rubric
) -> tuple[str, list[str], redaction.Redaction | None]:
    """Return the text the scorer may see, the flags raised on the way, and what blind mode redacted."""
    flags = ["hidden_text"] if hidden_reasons else []
    if sections.word_count(text) < sections.SHORT_CV_WORDS:
        flags.append("short_cv")
    cleaned, injected = guard.strip_injections(text)
    if injected:
        flags.append("prompt_injection")
    cleaned, stuffed = guard.destuff(cleaned)
    if stuffed:
        flags.append("keyword_stuffing")
    # Checked before redaction: blind-mode placeholders shorten a CV but leave everything worth scoring.
    if sections.word_count(cleaned) < sections.MIN_WORDS:
        removed = " and ".join(
            what for what, found in (("instructions", injected), ("repeated keyword lists", stuffed)) if found
        )
        raise ScoringError(
            "too_little_text", f"Too little text is left to score once the {removed} in it are removed."
        )
    redacted = None
    if rubric.blind:
        redacted = redaction.redact_text(cleaned, keep=redaction.rubric_keep_words(rubric))
        cleaned = redacted.text
    return cleaned, flags, redacted


def prepare_cv(*, text: str, hidden_reasons: Sequence[str], rubric: Rubric) -> PreparedCV:
    """Check that the text is a CV and clean it for the scorer; raise ScoringError when it is not scorable."""
    sections.check_is_cv(text)
    scored_text, flags, redacted = prepare(text=text, hidden_reasons=hidden_reasons, rubric=rubric)
    if redacted is None:
        return PreparedCV(text=scored_text, flags=tuple(flags), redactions=())
    return PreparedCV(
        text=scored_text,
        flags=tuple(flags),
        redactions=redacted.categories,
        redaction_counts=dict(redacted.counts),
        redaction_version=redaction.REDACTION_VERSION,
    )


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
        redaction_counts=dict(prepared.redaction_counts),
        redaction_version=prepared.redaction_version,
    )


def score_cv(*, text: str, hidden_reasons: Sequence[str], rubric: Rubric, scorer: Scorer) -> ScoreResult:
    """Score one CV's visible text against the rubric; raise ScoringError when it is not a scorable CV."""
    prepared = prepare_cv(text=text, hidden_reasons=hidden_reasons, rubric=rubric)
    return finish(prepared, scorer.score(prepared.text, rubric), rubric)
