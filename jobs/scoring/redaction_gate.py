"""Run a costly blind-mode pattern only on the lines that can hold a match; the result is the same.

The big case-insensitive alternations (demonyms, faiths, family words) are tried at every position of the
text, and Python's `re` cannot skip ahead for them. Every match of such a rule holds one of a few literal
fragments ("citizen", "born", "passport"); a plain substring test finds the lines holding one, and only
those lines go through the pattern. That is exact for patterns whose matches and lookarounds stay within a
line (no `\\s`, no `\\n`) and whose `^`/`$` are MULTILINE or absent: the redaction tests and a test over
every line of the corpus check each gated rule's fragments.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from jobs.scoring.alternation import prefix_tree

Replacement = str | Callable[[re.Match[str]], str]
# Patterns every match of which holds a digit (`\d`: of any script) are gated on the lines holding one, found
# by one scan of the text (`matching_lines`: a match of one character is within its line).
DIGITS = re.compile(r"\d")
# Patterns that tidy around a placeholder ("Mrs. J. [name]", "[address], Leeds") need one on the line.
AT_NAME = ("[name]",)
AT_ADDRESS = ("[address]",)

# The only characters outside ASCII that re.IGNORECASE matches to an ASCII letter, and that lower() keeps
# apart from it ("\u0130".lower() is two characters; the Kelvin sign lowers to "k" by itself).
_CASE_FIXES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_LEADING = re.compile(r"[a-z]+")


@lru_cache(maxsize=4)  # rules run one after another on the same text until one of them changes it
def case_folded(text: str) -> str:
    """Lower-case text as re.IGNORECASE compares it with ASCII letters; line breaks stay where they were."""
    return fold_case(text)


def fold_case(text: str) -> str:
    """`case_folded`, not cached: for a gate tested on many short texts once each (a CV's lines)."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(_CASE_FIXES)  # slow on non-ASCII text, so only when needed
    return text.lower()


def fragments(spec: str) -> tuple[str, ...]:
    """A literal piece of each alternative of an `any_of` spec: the longest one seen without parsing it."""
    return tuple(dict.fromkeys(_fragment(word) for word in spec.lower().split()))


def _fragment(word: str) -> str:
    # "bar_mitzvah" -> "mitzvah": whole words between the spaces ("_") when no group can make one optional.
    words = word.split("_")
    whole = [piece for piece in words[1:] if piece.isalpha() and piece.isascii()] if "(" not in word else []
    if word.isalpha() and not word.isascii():  # all literal: "développeuse" -> "veloppeuse", not "d"
        whole.append(max(re.findall(r"[a-z]+", word), key=len, default=""))
    best = max([_leading(word), *whole], key=len)
    if len(best) < 3 and "(" not in word:  # "st_hilda.?s": "st" is on most lines, "hilda" opens a later word
        best = max([best, *(_leading(piece) for piece in words[1:])], key=len)
    if not best:
        raise ValueError(f"no literal piece to gate on in {word!r}")
    return best


def _leading(piece: str) -> str:
    """The ASCII letters a piece of a word opens with, but a last one made optional ("sons?": "son")."""
    leading = _LEADING.match(piece)
    start = leading.group(0) if leading else ""
    return start[:-1] if piece[len(start) : len(start) + 1] in ("?", "*", "{") else start


def subn_lines(
    pattern: re.Pattern[str], repl: Replacement, text: str, gate: Iterable[str] | re.Pattern[str]
) -> tuple[str, int]:
    """`pattern.subn(repl, text)`, run only on the lines holding one of the `gate` fragments (if any).

    The fragments are lower-case ASCII: those are the letters `case_folded` compares as re.IGNORECASE does.
    A gate that is a pattern (`DIGITS`) picks the lines it finds something on.
    """
    if isinstance(gate, re.Pattern):
        numbers = matching_lines(text, gate)
    elif gate := tuple(gate):
        numbers = gated_lines(text, gate)
    else:
        return pattern.subn(repl, text)
    if not numbers:
        return text, 0
    lines = text.split("\n")
    count = 0
    for index in numbers:
        lines[index], found = pattern.subn(repl, lines[index])
        count += found
    return "\n".join(lines), count


def lines_holding(text: str, marks: str) -> list[str]:
    """Return the lines holding one of the characters `marks`."""
    # A pattern that needs one of them and never matches a line break finds there what it finds in the text.
    return [line for line in text.split("\n") if any(mark in line for mark in marks)]


@lru_cache(maxsize=512)
def _any_fragment(gate: tuple[str, ...]) -> re.Pattern[str]:
    # A prefix tree: `re` then skips, by their first letters, the positions no fragment starts at.
    return re.compile(prefix_tree([re.escape(fragment) for fragment in gate]))


def matching_lines(text: str, pattern: re.Pattern[str]) -> list[int]:
    """Numbers of the lines a match of `pattern` starts in, in order: one scan of the text, no test per line.

    Once a line has a match, the scan goes on from the next line: a short fragment ("son", "men") occurs many
    times a line, and a match that runs on past the line's end must not hide the next line's own.
    """
    numbers: list[int] = []
    line = last = 0
    while (match := pattern.search(text, last)) is not None:
        line += text.count("\n", last, match.start())
        numbers.append(line)
        last = text.find("\n", match.start()) + 1
        if not last:
            break
        line += 1
    return numbers


def on_gated_lines(gate: tuple[str, ...] | re.Pattern[str], text: str, step: Callable[[str], str]) -> str:
    """Run `step` on only the lines holding one of the fragments (or `DIGITS`), joined as one text.

    For a group of gated rules run one after another: one scan of the text finds the lines any of them can
    match, and each rule's own gate then scans those few lines, not the whole text again. Exact when every
    rule's gate is within `gate` and the step keeps its lines (the redaction rules do): a line a rule changes
    held that rule's fragment, so it is among them, and a line holding no fragment of any of them stays.
    """
    numbers = matching_lines(text, gate) if isinstance(gate, re.Pattern) else gated_lines(text, gate)
    if not numbers:
        return text
    lines = text.split("\n")
    done = step("\n".join(lines[index] for index in numbers)).split("\n")
    for index, line in zip(numbers, done, strict=True):
        lines[index] = line
    return "\n".join(lines)


# --- Which lines hold which fragments: one scan for every gate ---------------------------------------------
#
# The rules run one after another on the same text, ~80 gated ones a CV, and each gate used to scan the
# whole text for its fragments (~3 ms a CV). Instead one Aho-Corasick automaton over the fragments of every
# gate seen so far finds, line by line, which fragments each line holds; a gate's lines are then a union of
# sets. A rule changes a few lines: the next text is compared with the indexed one line by line and only the
# changed lines are scanned again. The lines found are those `matching_lines` finds: the lines in which one
# of the gate's fragments occurs in the case-folded text (a test holds the two together).


@dataclass(eq=False)  # compared and hashed by identity: a cache key
class _Automaton:
    """The registered fragments, numbered, and the automaton that finds them (never changed once made)."""

    numbers: dict[str, int]
    finder: ahocorasick.Automaton | None


@dataclass
class _Index:
    """One text's lines, folded, and the fragments each holds, under one automaton."""

    automaton: _Automaton
    text: str
    lines: list[str]
    held: list[frozenset[int]]  # per line: the numbers of the fragments it holds
    where: dict[int, set[int]] = field(default_factory=dict)  # per fragment: the lines holding it


_registry_lock = threading.Lock()
_automaton = _Automaton(numbers={}, finder=None)
_pending: set[str] = set()
_local = threading.local()  # each scoring thread redacts its own CV: its own index


def register(*gates: tuple[str, ...] | re.Pattern[str]) -> None:
    """Have the automaton find these gates' fragments (the rules' own gates, at import).

    Only fixed gates: one made of a CV's own words (a declared nationality) would grow the automaton with
    every CV; the fragments of a gate not registered are looked for with a pattern, as before.
    """
    with _registry_lock:
        for gate in gates:
            if isinstance(gate, tuple):
                _pending.update(fragment for fragment in gate if fragment not in _automaton.numbers)


def _current() -> _Automaton:
    global _automaton
    if _pending:
        with _registry_lock:
            if _pending:
                numbers = dict(_automaton.numbers)
                for fragment in sorted(_pending):
                    numbers[fragment] = len(numbers)
                finder = ahocorasick.Automaton()
                for fragment, number in numbers.items():
                    finder.add_word(fragment, number)
                finder.make_automaton()
                _automaton = _Automaton(numbers=numbers, finder=finder)
                _pending.clear()
    return _automaton


@lru_cache(maxsize=512)
def _split(gate: tuple[str, ...], automaton: _Automaton) -> tuple[frozenset[int], tuple[str, ...]]:
    """The numbers of the gate's fragments the automaton finds, and the fragments it does not know."""
    known = frozenset(automaton.numbers[fragment] for fragment in gate if fragment in automaton.numbers)
    return known, tuple(fragment for fragment in gate if fragment not in automaton.numbers)


def gated_lines(text: str, gate: tuple[str, ...]) -> list[int]:
    """Numbers of the lines of `text` whose case-folded form holds one of the lower-case `gate` fragments."""
    if text.count("\n") < _FEW_LINES:  # a group's extract: one pattern scan costs less than indexing it
        return matching_lines(case_folded(text), _any_fragment(gate))
    automaton = _current()
    wanted, unknown = _split(gate, automaton)
    found: set[int] = set()
    if wanted:
        where = _index_for(text, automaton).where
        for number in wanted & where.keys() if len(wanted) > len(where) else wanted:
            lines = where.get(number)
            if lines:
                found |= lines
    if unknown:
        found.update(matching_lines(case_folded(text), _any_fragment(unknown)))
    return sorted(found)


def _index_for(text: str, automaton: _Automaton) -> _Index:
    """The index of `text`, kept per thread and per number of lines.

    A group of rules works on a few lines of the text, joined, then the text goes on: an index for each
    number of lines lets both be brought up to date by their changed lines instead of indexed anew.
    """
    indexes: dict[int, _Index] | None = getattr(_local, "indexes", None)
    if indexes is None or len(indexes) > _MAX_INDEXES:
        indexes = _local.indexes = {}
    lines = case_folded(text).split("\n")
    index = indexes.get(len(lines))
    if index is None or index.automaton is not automaton:
        index = indexes[len(lines)] = _indexed(text, lines, automaton)
    elif index.text != text:
        _update(index, text, lines)
    return index


_FEW_LINES = 16
_MAX_INDEXES = 8  # a CV's text and its groups' extracts; more means other texts came by: start again


def _indexed(text: str, lines: list[str], automaton: _Automaton) -> _Index:
    index = _Index(automaton=automaton, text=text, lines=lines, held=[])
    for number, line in enumerate(lines):
        index.held.append(_held(automaton, line))
        for fragment in index.held[-1]:
            index.where.setdefault(fragment, set()).add(number)
    return index


def _update(index: _Index, text: str, lines: list[str]) -> None:
    """Make `index` (of a text with as many lines) that of `text`: scan again only the lines that changed."""
    for number, (old, new) in enumerate(zip(index.lines, lines, strict=True)):
        if old == new:
            continue
        for fragment in index.held[number]:
            index.where[fragment].discard(number)
        index.held[number] = _held(index.automaton, new)
        for fragment in index.held[number]:
            index.where.setdefault(fragment, set()).add(number)
    index.text, index.lines = text, lines


def _held(automaton: _Automaton, line: str) -> frozenset[int]:
    if automaton.finder is None or not line:
        return frozenset()
    return frozenset(number for _end, number in automaton.finder.iter(line))


register(AT_NAME, AT_ADDRESS)
