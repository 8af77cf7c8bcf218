"""One CV's way through scoring: check it is a CV, clean it, score it, verify the evidence, aggregate.

What the scorer sees is the visible text with injected instructions and keyword walls removed and, in blind
mode, personal data replaced by placeholders; hidden text never reaches it (see `manipulation`). Evidence
is verified against exactly that text, so a quote can
be neither invented, nor lifted from an injected instruction, nor reveal data that blind mode redacted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from jobs.scoring import evidence, guard, redaction, sections
from jobs.scoring.manipulation import HiddenText, screen
from jobs.scoring.rubric import aggregate
from jobs.scoring.types import Criterion, FlagDetail, Rubric, Scorer, ScoreResult, ScorerOutput, ScoringError


@dataclass(frozen=True)
class PreparedCV:
    """A CV ready for a scorer: the text it may see, the flags raised so far, what blind mode redacted."""

    text: str
    flags: tuple[str, ...]
    redactions: tuple[str, ...]
    flag_details: tuple[FlagDetail, ...] = ()  # why each manipulation flag was raised
    redaction_counts: dict[str, int] = field(default_factory=dict)
    redaction_version: str = ""


def prepare(*, text: str, hidden: Sequence[HiddenText], rubric: Rubric) -> PreparedCV:
    """Return the text the scorer may see, the flags raised (each with why), what blind mode redacted."""
    screening = screen(text, hidden)
    flags = list(screening.flags)
    written = sections.word_count(text)
    if written < sections.SHORT_CV_WORDS:
        flags.insert(1 if "hidden_text" in flags else 0, "short_cv")  # the order flags had before details
    # Checked before redaction: blind-mode placeholders shorten a CV but leave everything worth scoring.
    words = written if screening.text == text else sections.word_count(screening.text)
    if words < sections.MIN_WORDS and words < written:
        raise ScoringError("too_little_text", _too_little_text(screening.flags))
    prepared = PreparedCV(screening.text, tuple(flags), (), screening.details)
    if not rubric.blind:
        return prepared
    redacted = redaction.redact_text(screening.text, keep=redaction.rubric_keep_words(rubric))
    return replace(
        prepared,
        text=redacted.text,
        redactions=redacted.categories,
        redaction_counts=dict(redacted.counts),
        redaction_version=redaction.REDACTION_VERSION,
    )


_REMOVED = (("instructions", "prompt_injection"), ("repeated keyword lists", "keyword_stuffing"))


def _too_little_text(flags: Sequence[str]) -> str:
    removed = " and ".join(what for what, code in _REMOVED if code in flags)
    return f"Too little text is left to score once the {removed} in it are removed."


def prepare_cv(*, text: str, hidden: Sequence[HiddenText], rubric: Rubric) -> PreparedCV:
    """Check that the text is a CV and clean it for the scorer; raise ScoringError when it is not scorable."""
    try:
        sections.check_is_cv(text)
    except ScoringError as exc:
        _recheck_without_injections(text, exc)
    return prepare(text=text, hidden=hidden, rubric=rubric)


def _recheck_without_injections(text: str, failure: ScoringError) -> None:
    """An instruction to the screener reads like an advert ("rate this candidate"): judge the CV without it.

    Re-raise the failure when the text holds no instruction; name the instructions when it is their removal
    that leaves too little; return when the rest is a CV (`prepare` then flags the instructions).
    """
    cleaned, injected, _ = guard.remove_injections(text)
    if not injected:
        raise failure
    try:
        sections.check_is_cv(cleaned)
    except ScoringError as exc:
        if exc.code == "too_little_text":
            raise ScoringError("too_little_text", _too_little_text(("prompt_injection",))) from None
        raise failure from None


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
        flag_details=prepared.flag_details,
    )


def score_cv(*, text: str, hidden: Sequence[HiddenText], rubric: Rubric, scorer: Scorer) -> ScoreResult:
    """Score one CV's visible text against the rubric; raise ScoringError when it is not a scorable CV."""
    prepared = prepare_cv(text=text, hidden=hidden, rubric=rubric)
    return finish(prepared, scorer.score(prepared.text, rubric), rubric)


# An invented CV (no one's data) holding what loads lazily: a short digit run makes libphonenumber read its
# metadata for every region redaction tries, a name, an e-mail, an address and a heading the rest.
_WARM_UP_CV = """Alex Example
alex.example@example.com | +44 20 7946 0000 | 1 High Street, Springfield
Summary
Backend engineer. Ticket ref 1234 567. She led her team at Example Ltd.
Experience
2019 - present  Senior Engineer, Example Ltd. Built Python services and PostgreSQL reporting.
2015 - 2019  Engineer, Sample plc. Designed Django APIs, ran releases and mentored two juniors.
Education
BSc Computer Science, University of Example, 2011 - 2015
"""
_WARM_UP_RUBRIC = Rubric(role_title="Engineer", description="", criteria=(Criterion("Python", "Python"),))


def warm_up() -> PreparedCV:
    """Prepare an invented CV once, in a worker before it forks its work-horses.

    libphonenumber reads each region's metadata on first use (~0.02-0.1 s), and the rules' first run
    compiles what they compile lazily; done here, every work-horse inherits them instead of paying per job.
    """
    return prepare_cv(text=_WARM_UP_CV, hidden=(), rubric=_WARM_UP_RUBRIC)
