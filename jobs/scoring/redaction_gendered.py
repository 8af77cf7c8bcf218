"""Blind mode: gendered job titles made neutral, pronouns made "they", and the verbs after them agreeing.

"Chairwoman" becomes "chair" (the role still counts), "she leads" becomes "they lead", "(she/her)" goes.
Other languages' feminine titles go first, with the words agreeing with them (`redaction_agreement`). A title
that is also software stays where its line is about software ("Tested REST APIs with Postman"), and so does
one a criterion or the skills vocabulary needs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jobs.scoring import redaction_agreement
from jobs.scoring.redaction_gate import subn_lines
from jobs.scoring.redaction_identity import GENDERED_TITLE_GATE, GENDERED_TITLE_RE
from jobs.scoring.redaction_words import GENDERED_TITLES, TOOL_NAMED_TITLES
from jobs.scoring.skills import fold

_PRONOUNS = {
    "he": "they", "she": "they", "him": "them", "his": "their", "her": "their", "hers": "theirs",
    "himself": "themselves", "herself": "themselves",
}  # fmt: skip
_PRONOUN_RE = re.compile(
    r"[ \t]*\(?\b(?:she|he|they|ze|xe)/(?:her|hers|him|his|them|their|theirs|zir|xem|she|he|they)"
    r"(?:/\w+)?\b\)?"
    r"|\b(?:he|she|him|his|her|hers|himself|herself)\b",
    re.I,
)
_OBJECT_CONTEXT = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:for|to|and|or|in|on|at|with|as|from|by|about|of|that|the|a|an|this|during)\b)"
)
_AGREEMENT = {"is": "are", "was": "were", "has": "have", "does": "do"}
# After "they" made from "she"/"he", a verb in -s loses it: "They designs" -> "They design".
_AGREEMENT_RE = re.compile(r"\b([Tt]hey) ([a-z]+s)\b")
_NOT_VERBS_TEXT = "always perhaps sometimes afterwards towards besides nonetheless nevertheless across"
_NOT_VERBS = frozenset(_NOT_VERBS_TEXT.split())


def _names_software(match: re.Match[str]) -> bool:
    """Tell whether a gendered title that is also software ("Postman") names the software on its line."""
    context = TOOL_NAMED_TITLES.get(match.group(0).lower())
    if context is None:
        return False
    start = match.string.rfind("\n", 0, match.start()) + 1
    end = match.string.find("\n", match.end())
    line = fold(match.string[start : end if end >= 0 else len(match.string)])
    return re.search(rf"(?<![\w-])(?:{context})(?![\w-])", line) is not None


def _neutral_title(match: re.Match[str], protects: Callable[[str], bool]) -> str:
    word = match.group(0)
    if protects(word) or _names_software(match):
        return word  # "Postman" is an API tool a criterion may ask for, not a postal worker
    neutral = GENDERED_TITLES[word.lower()]
    return neutral.capitalize() if word[0].isupper() else neutral


def _neutral_pronoun(match: re.Match[str]) -> str:
    word = match.group(0)
    if "/" in word:  # a pronoun declaration such as "(she/her)" goes entirely
        return ""
    neutral = _PRONOUNS[word.lower()]
    if word.lower() == "her" and _OBJECT_CONTEXT.match(match.string, match.end()):
        neutral = "them"  # "relies on her for" is an object, "her team" a possessive
    return neutral.capitalize() if word[0].isupper() else neutral


def neutral_language(text: str, protects: Callable[[str], bool]) -> tuple[str, int, int]:
    """Make titles and pronouns neutral; return the text and how many titles and pronouns changed."""
    text, titles = redaction_agreement.neutral_titles(text, protects)

    def title(match: re.Match[str]) -> str:
        nonlocal titles
        neutral = _neutral_title(match, protects)
        titles += neutral != match.group(0)
        return neutral

    text = subn_lines(GENDERED_TITLE_RE, title, text, GENDERED_TITLE_GATE)[0]
    text, pronouns = _PRONOUN_RE.subn(_neutral_pronoun, text)
    return _AGREEMENT_RE.sub(_plural_verb, text), titles, pronouns


def _plural_verb(match: re.Match[str]) -> str:
    subject, verb = match.groups()
    if verb in _AGREEMENT:
        return f"{subject} {_AGREEMENT[verb]}"
    if verb.endswith(("ss", "us", "is")) or verb in _NOT_VERBS:
        return match.group(0)  # "They focus", "They process": already plural
    if verb.endswith("ies") and len(verb) > 4:
        return f"{subject} {verb[:-3]}y"
    if verb.endswith(("ches", "shes", "xes", "zes", "sses", "oes")):
        return f"{subject} {verb[:-2]}"
    return f"{subject} {verb[:-1]}"
