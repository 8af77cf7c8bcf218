"""Manipulation checks on a CV: what the scorer must not see, and which flags a recruiter is shown, with why.

Hidden text (what a reader of the page cannot see) never reaches the scorer. It raises `hidden_text` only when
it would have added something: an instruction to the screener, a skill the visible text does not name, or a
good share of words the visible text does not hold. Honest CVs carry invisible text of their own (white link
labels, an older layout under the new one, tiny bullets, a page number below the page) that repeats what the
page shows; that is dropped without a flag. Visible instructions to the screener and keyword walls are
removed from the scored text and flagged. Every flag carries its reason and the offending excerpt.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from jobs.scoring import guard
from jobs.scoring.skills import find_skills, fold
from jobs.scoring.types import FlagDetail

EXCERPT_CHARS = 160
MAX_DETAILS_PER_CODE = 3
# Hidden text adds claims when at least this many of its words, and this share of them, are not on the page.
MIN_NEW_WORDS = 2
MIN_NEW_SHARE = 0.25

_WORD = re.compile(r"[^\W_]+")
_LINKISH = re.compile(
    r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|\b[\w-]+\.(?:com|dev|io|org|net)\b"
)
# Words of links and page furniture: an honest CV's invisible link labels and page numbers are made of these.
_FURNITURE_WORDS = """page of and the for with homepage home website web site portfolio blog email mail phone
    mobile tel linkedin github gitlab twitter scholar google orcid arxiv researchgate stackoverflow medium
    behance dribbble instagram facebook youtube xing link links profile contact download pdf resume cv"""
_FURNITURE = frozenset(_FURNITURE_WORDS.split())

_FURNITURE_SKILLS = find_skills(" ".join(_FURNITURE))  # "GitHub" names a site here, not the skill Git

REASONS = {
    "hidden_instruction": "Text a reader cannot see ({how}) gives instructions to the screener.",
    "hidden_additions": "Text a reader cannot see ({how}) adds what the visible CV does not say.",
    "prompt_injection": "A line gives instructions to the screener instead of describing the candidate.",
    "keyword_stuffing": "A wall of keywords, or a list pasted again below itself, was kept out of the score.",
    # Annotations may show on screen: they are outside what is scored, not necessarily unseen.
    "annotation_instruction": "A PDF note or form field, never scored, gives instructions to the screener.",
    "annotation_additions": "A PDF note or form field, never scored, adds what the CV's page does not say.",
}
HOW = {
    "white_text": "drawn in the background's colour",
    "tiny_font": "in a microscopic font",
    "off_page": "placed outside the page",
    "invisible_render_mode": "drawn invisible",
    "covered": "covered by a shape or picture",
    "clipped": "clipped away",
    "hidden_run": "marked hidden",
    "hidden_layer": "in a layer switched off",
    "overprinted": "piled on other text",
}


@dataclass(frozen=True)
class HiddenText:
    """A span of text a reader of the rendered CV cannot see, as a reader module reports it."""

    reason: str
    text: str
    page: int


@dataclass(frozen=True)
class Screening:
    text: str  # what the scorer may see
    details: tuple[FlagDetail, ...]

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(detail.code for detail in self.details))


def screen(text: str, hidden: Sequence[HiddenText] = ()) -> Screening:
    """Remove injections and keyword walls from the visible text; judge the hidden text; explain each flag."""
    details = judge_hidden(text, hidden)
    cleaned, injected, injections = guard.remove_injections(text)
    if injected:
        found = injections or _removed(text, cleaned)
        details += [_detail("prompt_injection", REASONS["prompt_injection"], line) for line in found]
    destuffed, stuffed = guard.destuff(cleaned)
    if stuffed:
        removed = _removed(cleaned, destuffed)
        # One detail: the removed line with the most words is the clearest sample of the wall.
        sample = max(removed, key=lambda line: len(line.split()))
        details.append(_detail("keyword_stuffing", REASONS["keyword_stuffing"], sample))
    return Screening(destuffed, tuple(_capped(details)))


def judge_hidden(visible: str, hidden: Sequence[HiddenText]) -> list[FlagDetail]:
    """Return a `hidden_text` detail for each hidden span that instructs the screener or adds to the CV."""
    if not hidden:
        return []  # most CVs hide nothing: skip reading the whole visible text's words and skills (~6 ms)
    visible_words = _words(visible)
    visible_skills = find_skills(visible)
    details: list[FlagDetail] = []
    for span in hidden:
        if len("".join(span.text.split())) < 2:
            continue  # one character ("R", "C": skills' names) says nothing: a shadow's glyph, a monogram
        how = HOW.get(span.reason, "hidden")
        kind = "annotation" if span.reason == "annotation" else "hidden"
        if guard.find_injections(span.text):
            reason = REASONS[f"{kind}_instruction"].format(how=how)
        elif _adds(span.text, visible_words, visible_skills):
            reason = REASONS[f"{kind}_additions"].format(how=how)
        else:
            continue
        details.append(_detail("hidden_text", reason, span.text, span.page))
    return details


def _adds(text: str, visible_words: set[str], visible_skills: set[str]) -> bool:
    content = _LINKISH.sub(" ", text)
    if find_skills(content) - visible_skills - _FURNITURE_SKILLS:
        return True
    words = _words(content) - _FURNITURE
    new = words - visible_words
    return len(new) >= MIN_NEW_WORDS and len(new) >= MIN_NEW_SHARE * len(words)


def _words(text: str) -> set[str]:
    return {word for word in _WORD.findall(fold(text)) if len(word) >= 3 or word.isdigit()}


def _removed(before: str, after: str) -> list[str]:
    # Both keep their line numbers (removed lines are blanked), so line i of one is line i of the other.
    lines = before.splitlines()
    removed = [old for old, new in zip(lines, after.split("\n")[: len(lines)], strict=True) if old != new]
    return removed or [""]


def _detail(code: str, reason: str, excerpt: str, page: int | None = None) -> FlagDetail:
    text = " ".join(excerpt.split())
    if len(text) > EXCERPT_CHARS:
        text = text[: EXCERPT_CHARS - 1].rstrip() + "\u2026"
    return FlagDetail(code=code, reason=reason, excerpt=text, page=page)


def _capped(details: list[FlagDetail]) -> list[FlagDetail]:
    kept: list[FlagDetail] = []
    for detail in details:
        if sum(1 for other in kept if other.code == detail.code) < MAX_DETAILS_PER_CODE:
            kept.append(detail)
    return kept
