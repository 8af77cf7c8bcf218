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
