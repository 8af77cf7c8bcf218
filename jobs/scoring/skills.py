"""Skill synonyms: find canonical skills in free text (CV lines and recruiters' criteria)."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from jobs.scoring import exact_words
from jobs.scoring.phrasings import phrase_skills
from jobs.scoring.skills_table import TABLE as _TABLE


@dataclass(frozen=True)
class Skill:
    name: str
    implies: frozenset[str]  # transitive closure, excluding itself
    kind: str  # "", "edu" or "lang"


# Dashes and quotes written plain: one `str.replace` each, only for those a text holds. A `str.translate` of
# non-ASCII text looks every character up in its table, raising and clearing a KeyError for each it does
# not hold: a few such passes were ~4% of the work-horse's instructions.
_DASHES = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"}
_QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"'}
_PLAIN_MARKS = {**_DASHES, **_QUOTES}  # no replacement is itself replaced: the order does not matter

# Combining marks, dropped the same way after the decomposition. Every combining character Python's Unicode
# database knows lies below U+20000.
_COMBINING = frozenset(chr(cp) for cp in range(0x20000) if unicodedata.combining(chr(cp)))


def fold(text: str) -> str:
    """Lower-case, strip accents, unify dashes and quotes: "Résumé \u2013 Français" -> "resume - francais"."""
    if text.isascii():
        return text.lower()
    return _fold_unicode(text)


# A CV's lines are folded by every stage that reads them (sections, screen, redaction, profile, evidence:
# ~18 times a line): each line is folded once per process. Bounded, and only ever holding text this process
# was given to score.
@functools.lru_cache(maxsize=16384)
def _fold_unicode(text: str) -> str:
    for mark, plain in _PLAIN_MARKS.items():
        if mark in text:
            text = text.replace(mark, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    for mark in _COMBINING.intersection(decomposed):
        decomposed = decomposed.replace(mark, "")
    return decomposed.casefold()


# Tokens keep tech punctuation: "c++", "c#", ".net", "node.js", "asp.net"; "/", "-", "&" and "'" split tokens.
_TOKEN = re.compile(r"\.?[a-z0-9]+(?:\.[a-z0-9]+)*[+#]*")


def tokens(folded: str) -> list[str]:
    """Split folded text into tokens the synonym table is keyed on."""
    return _TOKEN.findall(folded)


def _alias_keys(alias: str) -> set[tuple[str, ...]]:
    words = tuple(tokens(fold(alias)))
    # "front end" also matches "frontend"; "front-end" tokenises like "front end".
    return {words, ("".join(words),)} if len(words) > 1 else {words}


def _parse_table() -> tuple[dict[str, Skill], dict[tuple[str, ...], set[str]], dict[str, set[str]]]:
    direct: dict[str, set[str]] = {}
    kinds: dict[str, str] = {}
    folded_aliases: dict[tuple[str, ...], set[str]] = {}
    exact_aliases: dict[str, set[str]] = {}
    for line in re.sub(r"\n\s+", " ", _TABLE.strip()).splitlines():  # indented lines continue the line above
        name, aliases, implied, kind = (part.strip() for part in line.split("|"))
        direct[name] = {item.strip() for item in implied.split(",") if item.strip()}
        kinds[name] = kind
        listed = [alias.strip() for alias in aliases.split(",")]
        # The name is an alias too, unless it is listed as case-sensitive ("Go", "R", "C", "Spring").
        for alias in listed if f"={name}" in listed else [name, *listed]:
            if alias.startswith("="):
                exact_aliases.setdefault(alias[1:], set()).add(name)
            elif alias:
                for key in _alias_keys(alias):
                    folded_aliases.setdefault(key, set()).add(name)
    skills = {name: Skill(name, frozenset(_closure(name, direct)), kinds[name]) for name in direct}
    return skills, folded_aliases, exact_aliases


def _closure(name: str, direct: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(direct[name])
    while todo:
        current = todo.pop()
        if current not in seen and current != name:
            seen.add(current)
            todo.extend(direct.get(current, ()))
    return seen


SKILLS, _FOLDED_ALIASES, _EXACT_ALIASES = _parse_table()


_MAX_WORDS = max(len(key) for key in _FOLDED_ALIASES)
# Case-sensitive short names are few, so one alternation is cheap; the rest are looked up by token n-grams.
# A position no name starts with is refused by one look at its character, not by each name's lookbehind in
# turn (every line of every CV is searched: ~10 -> ~1.4 us a line, the same matches).
_EXACT_FIRST = "".join(sorted({re.escape(alias[0]) for alias in _EXACT_ALIASES}))
_EXACT_RE = re.compile(
    rf"(?=[{_EXACT_FIRST}])(?:"
    + "|".join(rf"(?<![\w+#.])(?P<a{i}>{re.escape(a)})(?![\w+#]|\.\w)" for i, a in enumerate(_EXACT_ALIASES))
    + ")"
)
_EXACT_NAMES = list(_EXACT_ALIASES.values())


# Every alias's first word: a token that starts none (nor, as a plural, a one-word alias) starts no skill,
# and most words of a CV are such tokens, so the n-gram lookups are skipped for them.
_FIRST_WORDS = frozenset(key[0] for key in _FOLDED_ALIASES)


def _lookup(words: list[str], start: int) -> tuple[int, set[str]]:
    """Return the length and skills of the longest alias starting at `start` (0 if none)."""
    first = words[start]
    if first not in _FIRST_WORDS and not (len(first) > 3 and first[-1] == "s" and first[:-1] in _FIRST_WORDS):
        return 0, set()
    for size in range(min(_MAX_WORDS, len(words) - start), 0, -1):
        key = tuple(words[start : start + size])
        names = _FOLDED_ALIASES.get(key)
        if names is None and len(key[-1]) > 3 and key[-1].endswith("s"):
            names = _FOLDED_ALIASES.get((*key[:-1], key[-1][:-1]))  # plural: "microservices"
        if names is not None:
            return size, names
    return 0, set()


def find_skills(text: str) -> set[str]:
    """Return the canonical skills named in `text` (direct mentions only, no implications)."""
    return set(_skills_in(text))


# A line is read for skills by several stages (screen, field, profile, evidence, levels): once per process.
@functools.lru_cache(maxsize=16384)
def _skills_in(text: str) -> frozenset[str]:
    found: set[str] = set()
    folded = fold(text)
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(folded)]
    words = [folded[start:end] for start, end in spans]
    phrases: list[tuple[int, int]] = []  # where a skill of several words was named
    position = 0
    while position < len(words):
        size, names = _lookup(words, position)
        found |= names
        if size > 1:
            phrases.append((spans[position][0], spans[position + size - 1][1]))
        position += max(size, 1)
    # "REST" inside "Django REST Framework" is part of that skill's name, not a mention of REST APIs; the
    # check needs folding to keep offsets, which it does for ASCII and nearly all accented text.
    inside = phrases if len(folded) == len(text) else []
    for match in _EXACT_RE.finditer(text):
        # Ordinary words in some contexts: "Go live", "go-to-market", "R&D", "Spring 2020" (exact_words.py).
        if exact_words.ordinary(text, match.start(), match.end()) or any(
            a <= match.start() < b for a, b in inside
        ):
            continue
        found |= _EXACT_NAMES[int(str(match.lastgroup)[1:])]
    return frozenset(found | phrase_skills(folded))  # "managed the in-house development team"


_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Every word of an occupation's names ("sales", "teacher", "account"...), to skip lookups that cannot match.
_JOB_WORDS = frozenset(word for key, names in _FOLDED_ALIASES.items() for word in key
                       if any(SKILLS[name].kind == "job" for name in names))  # fmt: skip


def is_glued(text: str) -> bool:
    """Whether a lower-case letter runs into an upper-case one, as where a PDF lost a space."""
    return _GLUED.search(text) is not None


def unglued(text: str) -> str:
    """The text split where extraction lost a space ("ClassroomTeacher" -> "Classroom Teacher").

    Only ever matched besides the text as written: real camel-case names (JavaScript, GitHub) split wrongly.
    """
    return _GLUED.sub(" ", text)


def occupations_glued(text: str) -> set[str]:
    """Occupations named in a title a PDF glued ("ClassroomTeacher", "SalesManager").

    Only occupations (kind "job") are taken from the split text: they are ordinary English words, never
    camel-case product names, so "JavaScript" split into "Java Script" can never add Java.
    """
    if not is_glued(text):
        return set()
    split = unglued(text)
    words = tokens(fold(split))
    if not any(word in _JOB_WORDS or word[:-1] in _JOB_WORDS for word in words):  # "JavaScript": no lookup
        return set()
    return {name for name in find_skills(split) if SKILLS[name].kind == "job"}


def expand(skills: set[str]) -> set[str]:
    """Add what the skills imply: a line about Django is also evidence of Python and backend work."""
    expanded = set(skills)
    for name in skills:
        expanded |= SKILLS[name].implies
    return expanded


# Native mobile platforms (iOS, Swift, Android, Flutter...): their screens are mobile work, whatever UI words
# describe them. Not the word "mobile" itself: "made the editor mobile responsive" is web work.
_NATIVE_MOBILE = frozenset(
    name for name, skill in SKILLS.items() if "Mobile" in skill.implies and "JavaScript" not in skill.implies
)
_WEB = frozenset({"JavaScript", "HTML", "CSS"})


# Skills of a client (a web front end, a mobile app): an API they name is one they called.
_CLIENT = frozenset(
    name
    for name, skill in SKILLS.items()
    if skill.implies & {"Frontend", "Mobile"} or name in ("Frontend", "Mobile")
)
_API = frozenset({"REST API", "GraphQL", "API design"})  # what implies Backend when built, not when called


def expand_line(named: set[str], calls_back_end: bool = False) -> set[str]:
    """What one line's skills imply, read together: a design system built in SwiftUI is no web front end.

    "Responsive UI components in Flutter" or "a design system in SwiftUI" is mobile work: the Frontend that
    the UI words imply on their own is dropped when the line names a native mobile platform and nothing of
    the web (JavaScript, HTML, CSS or what implies them, React Native included). Likewise "REST APIs in
    React" or a line that integrated with a back end (`calls_back_end`, senses.py) called an API: the
    Backend an API implies when built is dropped, unless the line names server-side work of its own.
    """
    expanded = expand(named)
    if named & _NATIVE_MOBILE and not expanded & _WEB:
        expanded.discard("Frontend")
    if named & _API and (calls_back_end or named & _CLIENT) and "Backend" not in expand(named - _API):
        expanded.discard("Backend")
    return expanded


def kind_of(name: str) -> str:
    """Return the skill's kind: "edu", "lang" or ""."""
    return SKILLS[name].kind
