"""Write a long alternation of words as a prefix tree that matches exactly what the flat one matches.

`re` tries a flat alternation's words one by one at every position it reaches, and under IGNORECASE it
cannot skip a word whose first letter differs without entering it; a hundred demonyms cost a hundred
attempts. Factored by shared prefixes ("americans?|argentine|..." -> "a(?:mericans?|rgentine)|..."), one
letter decides.

The tree keeps the flat alternation's order of attempts, so the first match, and where backtracking goes
after it, are unchanged: words are merged under a shared letter only when every word between them starts
with a different plain letter (two different letters never match the same character, in any case mode),
and a word that ends, or a piece that is not a plain letter, keeps its place (no later word moves past it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Plain letters and digits, each one atom a tree can branch on; anything else ends a word's plain prefix.
_PLAIN = re.compile(r"[A-Za-z0-9]*")
_QUANTIFIERS = ("?", "*", "+", "{")


def prefix_tree(words: list[str]) -> str:
    """The alternation `"|".join(words)` (each a regex without a top-level "|"), factored by prefixes."""
    return _alternatives([_atoms(word) for word in words])


def _atoms(word: str) -> list[str]:
    """A word's plain letters one by one, then the rest of it as one opaque piece (if any)."""
    plain = _PLAIN.match(word)
    end = plain.end() if plain else 0
    if end < len(word) and word[end] in _QUANTIFIERS and end > 0:
        end -= 1  # "sons?": the "n" before the quantifier belongs with it
    atoms = list(word[:end])
    return [*atoms, word[end:]] if end < len(word) else atoms


def _exclusive(first: str, second: str) -> bool:
    """Whether no character can match both atoms: two different plain letters or digits."""
    plain = len(first) == len(second) == 1 and first.isalnum() and second.isalnum()
    return plain and first.isascii() and second.isascii() and first.lower() != second.lower()


def _alternatives(words: list[list[str]]) -> str:
    groups: list[tuple[str, list[list[str]]]] = []
    for atoms in words:
        if atoms:
            groups[_group_for(groups, atoms[0])][1].append(atoms[1:])
        else:
            groups.append(("", [[]]))  # a word ending here: nothing after it may move before it
    return "|".join(head + _tail(rests) for head, rests in groups)


def _group_for(groups: list[tuple[str, list[list[str]]]], head: str) -> int:
    """The group a word starting with `head` joins without passing a group that could match with it."""
    for index in range(len(groups) - 1, -1, -1):
        if groups[index][0] == head and len(head) == 1:
            return index
        if not _exclusive(groups[index][0], head):
            break
    groups.append((head, []))
    return len(groups) - 1


def _tail(rests: list[list[str]]) -> str:
    if len(rests) == 1:
        return "".join(rests[0])
    inner = _alternatives(rests)
    return inner if _single(rests) else f"(?:{inner})"


def _single(rests: list[list[str]]) -> bool:
    """Whether the words share their first letter, so their alternation is one branch (no group needed)."""
    heads = {rest[0] if rest else "" for rest in rests}
    return len(heads) == 1 and len(next(iter(heads))) == 1 and all(rests)


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex, as written: joined by "|" they are the pattern again."""
    found: list[str] = []
    depth = start = position = 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 1  # the escaped character is no operator
        elif char == "[":
            position = _class_end(pattern, position)
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(pattern[start:position])
            start = position + 1
        position += 1
    return [*found, pattern[start:]]


def _class_end(pattern: str, opening: int) -> int:
    """Where the character class opened at `opening` closes ("]" first, or after "^", is a member)."""
    position = opening + 1
    position += pattern.startswith("^", position)
    position += pattern.startswith("]", position)
    while pattern[position] != "]":
        position += 2 if pattern[position] == "\\" else 1
    return position


def where_any(patterns: Iterable[str]) -> str:
    """A pattern that matches at every position one of `patterns` matches at, and nowhere else.

    Not always with the same match: their alternatives that open with a word boundary are tried behind one
    shared `\\b`. `re` tries every alternative at every position of a text (it can skip ahead for none that
    opens with an assertion), so inside a word one failed `\\b` now refuses them all. For a scan that only
    asks where a match starts (`redaction_gate.matching_lines`).
    """
    parts = [part for pattern in patterns for part in alternatives(pattern)]
    at_word = [part.removeprefix("\\b") for part in parts if part.startswith("\\b")]
    others = [part for part in parts if not part.startswith("\\b")]
    return "|".join([f"\\b(?:{'|'.join(at_word)})", *others] if at_word else others)
