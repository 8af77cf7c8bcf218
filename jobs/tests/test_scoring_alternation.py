"""The prefix tree matches exactly what the flat alternation matches, in the same order of attempts."""

from __future__ import annotations

import random
import re

import pytest

from jobs.scoring.alternation import alternatives, prefix_tree, where_any
from jobs.scoring.redaction_words import DEMONYMS, FAITH_WORDS


def test_a_shared_prefix_is_factored() -> None:
    assert prefix_tree(["american", "argentine", "british"]) == "a(?:merican|rgentine)|british"


def test_a_word_that_ends_keeps_its_place() -> None:
    # "a" before "ab": the flat alternation takes "a" first, so must the tree; "ac" cannot pass the "".
    assert prefix_tree(["ab", "a", "", "ac"]) == "a(?:b|)||ac"


def test_a_quantified_letter_stays_with_its_quantifier() -> None:
    assert prefix_tree(["sons?", "son"]) == "son(?:s?|)"


def _words(rng: random.Random) -> list[str]:
    pieces = ["a", "b", "A", "ab", "s?", "[ \\t-]", "(?:x|y)", "", "\\.", "b{1,2}"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 3))) for _ in range(rng.randint(1, 8))]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_random_alternations_match_the_same_spans(flags: int) -> None:
    rng = random.Random(13)
    for _ in range(400):
        words = _words(rng)
        text = "".join(rng.choice("abABsxy .-\t\n") for _ in range(40))
        for tail in ("", "b", "\\b", "(?!s)"):
            flat = re.compile(f"(?:{'|'.join(words)}){tail}", flags)
            tree = re.compile(f"(?:{prefix_tree(words)}){tail}", flags)
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)], words


@pytest.mark.parametrize("spec", [DEMONYMS, FAITH_WORDS])
def test_word_lists_match_the_same_spans(spec: str) -> None:
    words = sorted((w.replace("_", r"[ \t-]") for w in spec.split()), key=len, reverse=True)
    flat = re.compile(rf"\b(?:{'|'.join(words)})", re.IGNORECASE)
    tree = re.compile(rf"\b(?:{prefix_tree(words)})", re.IGNORECASE)
    text = " ".join(w.replace("[ \\t-]", "-") for w in spec.split())
    for sample in (text, text.upper(), text.title()):
        assert [m.span() for m in tree.finditer(sample)] == [m.span() for m in flat.finditer(sample)]


def test_alternatives_are_split_at_the_top_level_only() -> None:
    pattern = r"a(?:b|c)|[|]d|[]|]|[^]|]e|\|f|(?<=x|y)g|"
    assert alternatives(pattern) == ["a(?:b|c)", "[|]d", "[]|]", "[^]|]e", "\\|f", "(?<=x|y)g", ""]
    assert alternatives("abc") == ["abc"]


def _pattern(rng: random.Random) -> str:
    pieces = ["a", "b", " ", "\\b", "(?<!a)", "(?=b)", "a?", "[ab]+", "(?:a|\\bb)", "\\w", "$"]
    parts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 3))]
    return "|".join(parts)


def test_where_any_matches_at_every_position_one_of_the_patterns_does() -> None:
    rng = random.Random(13)
    for _ in range(400):
        patterns = [_pattern(rng) for _ in range(rng.randint(1, 4))]
        text = "".join(rng.choice("ab \n") for _ in range(30))
        joined = re.compile(where_any(patterns))
        each = [re.compile(pattern) for pattern in patterns]
        for position in range(len(text) + 1):
            expected = any(pattern.match(text, position) for pattern in each)
            assert bool(joined.match(text, position)) is expected, (patterns, text, position)


def test_where_any_shares_one_word_boundary() -> None:
    assert where_any([r"\bab|c", r"\bd"]) == r"\b(?:ab|d)|c"
