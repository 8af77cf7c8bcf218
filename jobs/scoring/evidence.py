"""Keep only evidence quotes that really occur in the CV text, so a scorer cannot invent evidence.

Matching ignores case, accents, whitespace, punctuation, hyphenation at line breaks and typographic quotes or
dashes: both sides are reduced to their letters, digits and "+#" before a substring test. A quote shorter than
`MIN_QUOTE_CHARS` such characters proves nothing and is dropped; so is one longer than `MAX_QUOTE_CHARS`
(a pasted paragraph is not a quote). A paraphrase fails because its words are not in the CV in that order.

A quote that starts or ends inside a word of the CV ("f the MongoDB databases") loses the cut word, so every
kept quote starts and ends on word boundaries. A quote found only through that normalisation (curly quotes
around it, spacing changed) is shown in the CV's own words, never the scorer's; one that elides with "..."
is checked as its pieces, each a quote of its own.

A criterion left with no verified quote cannot keep a high score: its score is capped at `UNSUPPORTED_CAP`
(out of CRITERION_MAX) whether the quotes were dropped or never given, and its justification says so. A low
score needs no evidence: absence is what it reports.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from jobs.scoring.skills import fold
from jobs.scoring.types import CriterionAssessment

MIN_QUOTE_CHARS = 5
MAX_QUOTE_CHARS = 400
UNSUPPORTED_CAP = 3
CAPPED_NOTE = " [No quote from the CV supports this; score capped.]"
MAX_QUOTES = 5  # per criterion, after verification
_NOISE = re.compile(r"[^\w+#]|_")
# Blind mode's placeholders (redaction_rules) and the labels written beside them. A line made only of these
# ("[address] | [phone] | [email]", "Email: [email]") is where contact details were, not evidence of anything:
# its "phone" and "email" must not evidence "answers phones and mail".
_PLACEHOLDER = re.compile(
    r"\[(?:name|address|phone|email|url|dob|age|birthplace|disability|ethnicity|family|gender|image"
    r"|nationality|orientation|religion|school)\]",
    re.IGNORECASE,
)
_CONTACT_LABEL = re.compile(
    r"\b(?:e-?mail|phone|tel|telephone|mobile|cell|fax|address|linkedin|github|website|web|url|telegram"
    r"|skype|whatsapp|contact|dob|date of birth|nationality)\b",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_FIRST_WORD = re.compile(r"^\S*\s*")
_LAST_WORD = re.compile(r"\s*\S*$")
_ELLIPSIS = re.compile(r"\s*(?:\[\s*(?:\.{3}|\u2026)\s*\]|\(\s*(?:\.{3}|\u2026)\s*\)|\.{3,}|\u2026)\s*")


def skeleton(text: str) -> str:
    """Reduce text to lower-case letters, digits and "+#", the form quotes are compared in."""
    return _NOISE.sub("", fold(text))  # fold's NFKD also undoes ligatures ("ﬁ") and full-width forms


def placeholders_only(text: str) -> bool:
    """Whether a line holds redaction placeholders or contact labels and nothing else that says anything.

    A contact label beside a value the redaction did not recognise ("Phone:**********" as a CV's source
    masked it, "Mobile: 054 123 4567 ext") is a contact line too: no letters are left beside the label.
    """
    rest = _CONTACT_LABEL.sub(" ", _PLACEHOLDER.sub(" ", text))
    if _PLACEHOLDER.search(text):
        return len(skeleton(rest)) < MIN_QUOTE_CHARS
    value = rest.strip(" \t:|-.,")
    return rest != text and bool(value) and not _LETTER.search(value)


@dataclass(frozen=True)
class _Source:
    """The CV as quotes are checked against it: its skeleton and, per skeleton character, its position."""

    text: str
    skeleton: str
    where: tuple[int, ...]

    @functools.cached_property
    def lines(self) -> dict[str, str]:
        """Each line by its skeleton: a list set one item a line ("CSS", "Go") is quoted a whole line."""
        return {skeleton(line): line.strip() for line in reversed(self.text.splitlines())}


def _source(text: str) -> _Source:
    # Each distinct character's skeleton once, then every position through C-level map and compress: a
    # Python loop over the CV's characters was half of `finish`.
    kept = list(map({char: _char_skeleton(char) for char in set(text)}.__getitem__, text))
    if all(len(piece) <= 1 for piece in set(kept)):
        where = tuple(itertools.compress(range(len(text)), kept))
    else:  # a character whose skeleton is longer ("\ufb01" -> "fi") stands at each of its places
        where = tuple(position for position, piece in enumerate(kept) for _ in piece)
    return _Source(text, "".join(kept), where)


@functools.lru_cache(maxsize=4096)
def _char_skeleton(char: str) -> str:
    return skeleton(char)


def _cuts_start(text: str, first: int) -> bool:
    return first > 0 and text[first - 1].isalnum() and text[first].isalnum()


def _cuts_end(text: str, last: int) -> bool:
    return last + 1 < len(text) and text[last + 1].isalnum() and text[last].isalnum()


_OCCURRENCES_TRIED = 64  # bounds the search for a clean occurrence of a quote the CV repeats


def _span(key: str, source: _Source) -> tuple[int, int]:
    """Where a quote stands in the CV: its first occurrence that cuts no word ("experience." as a line of its
    own, not inside "experienced"), else its first occurrence."""
    found = source.skeleton.find(key)
    spans: list[tuple[int, int]] = []
    while found != -1 and len(spans) < _OCCURRENCES_TRIED:
        first, last = source.where[found], source.where[found + len(key) - 1]
        if not (_cuts_start(source.text, first) or _cuts_end(source.text, last)):
            return first, last
        spans.append((first, last))
        found = source.skeleton.find(key, found + 1)
    return spans[0]


def _on_word_boundaries(quote: str, key: str, source: _Source) -> str:
    """The quote in the CV's own words, without a first or last word it cuts in the middle."""
    first, last = _span(key, source)
    text = source.text
    if quote not in text:
        quote = text[first : last + 1]
    if _cuts_start(text, first):
        quote = _FIRST_WORD.sub("", quote, count=1)
    if _cuts_end(text, last):
        quote = _LAST_WORD.sub("", quote, count=1)
    return quote.strip()


def _whole_line(key: str, source: _Source) -> str | None:
    """A short quote proves something only as a whole line of the CV (in its words), not inside one."""
    return source.lines.get(key) if key else None


def _verified(quotes: Sequence[str], source: _Source) -> tuple[tuple[str, ...], int]:
    kept: list[str] = []
    seen: set[str] = set()
    dropped = 0
    for quote in _pieces(quotes):
        key = skeleton(quote)
        if len(key) >= MIN_QUOTE_CHARS and len(quote) <= MAX_QUOTE_CHARS and key in source.skeleton:
            quote = _on_word_boundaries(quote, key, source)
            key = skeleton(quote)
        line = _whole_line(key, source) if len(key) < MIN_QUOTE_CHARS else None
        quote = line or quote
        if (
            (len(key) < MIN_QUOTE_CHARS and not line)
            or len(quote) > MAX_QUOTE_CHARS
            or key not in source.skeleton
            or placeholders_only(quote)
        ):
            dropped += 1
        elif key not in seen and len(kept) < MAX_QUOTES:
            seen.add(key)
            kept.append(quote)
    return tuple(kept), dropped


def _pieces(quotes: Sequence[str]) -> list[str]:
    """Split quotes that elide ("Built APIs ... for payments") into the pieces the CV really says."""
    return [piece for quote in quotes for piece in _ELLIPSIS.split(quote) if piece.strip()]


def verify(
    assessments: Sequence[CriterionAssessment], cv_text: str
) -> tuple[tuple[CriterionAssessment, ...], int]:
    """Drop quotes not in `cv_text`, cap unsupported scores; return the assessments and quotes dropped."""
    source = _source(cv_text)
    checked: list[CriterionAssessment] = []
    total_dropped = 0
    for assessment in assessments:
        evidence, dropped = _verified(assessment.evidence, source)
        total_dropped += dropped
        score = assessment.score if evidence else min(assessment.score, UNSUPPORTED_CAP)
        why = assessment.justification + (CAPPED_NOTE if score < assessment.score else "")
        checked.append(replace(assessment, evidence=evidence, score=score, justification=why))
    return tuple(checked), total_dropped
