"""CV text is data, never instructions: strip injections, remove keyword walls (blind mode: redaction.py)."""

from __future__ import annotations

import re

from jobs.scoring import injection_address, sections
from jobs.scoring import injection_phrasings as phrasings
from jobs.scoring.injection_blocks import block_lines
from jobs.scoring.redaction import (  # re-exported until callers import redaction directly
    REDACTION_CATEGORIES as REDACTION_CATEGORIES,
)
from jobs.scoring.redaction import redact as redact
from jobs.scoring.redaction_gate import matching_lines
from jobs.scoring.skills import find_skills, fold

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_WHOLE = re.compile(r".+")
_ANY_INJECTION = phrasings.ANY_INJECTION
_ANY_INJECTION_RE = phrasings.ANY_INJECTION_RE
_MARKUP = phrasings.MARKUP
_is_injection = phrasings.is_injection
_is_markup_mention = phrasings.is_markup_mention
_MAX_LINE_DROP = 400  # a line up to this long is dropped whole; longer ones lose only the offending sentence


def _injected(line: str, folded: str) -> list[re.Match[str]]:
    # A sentence's folded text is a piece of its line's, cut after a terminator (a non-word character, as
    # the patterns' \b see it): a line none of the patterns matches holds no injected sentence.
    if not any(pattern.search(folded) for pattern in _ANY_INJECTION):
        return []
    rest = injection_address.titled_rest(folded)
    if rest is not None and not _is_injection(rest, rest):
        return []  # a project named with a greeting ("Hello AI: a chatbot for ..."), not a greeting
    if "\u202e" in line:  # shown reversed: its sentences end where the stored text starts them
        return [m for m in [_WHOLE.match(line)] if m and _is_injection(line, folded)]
    sentences = list(_SENTENCE.finditer(line))
    if len(sentences) == 1 and sentences[0].group(0) == line:  # the line is one sentence: folded already
        return sentences if _is_injection(line, folded) else []
    return [m for m in sentences if _is_injection(m.group(0))]


def _suspect_lines(folded: list[str]) -> set[int]:
    """Numbers of the lines whose folded text one of `_ANY_INJECTION` may match: one scan of all of them.

    A match within a line is a match at the same place of the lines joined by "\n" (a match there may run
    on into the next line, so a line found here is only a suspect).
    """
    return set(matching_lines("\n".join(folded), _ANY_INJECTION_RE))


def _split_overrides(folded: list[str]) -> dict[int, str]:
    """Lines holding an override said across a line break ("Ignore all of the" / "previous instructions"),
    each with the excerpt to report: a wrapped line, or a page laid out to split the phrase."""
    found: dict[int, str] = {}
    # The lines holding a verb, by one scan of them all (the verb never spans a line break), in order.
    for number in matching_lines("\n".join(folded[:-1]), phrasings.OVERRIDE_VERB):
        line, following = folded[number], folded[number + 1]
        if max(len(line), len(following)) > _MAX_LINE_DROP:
            continue
        match = phrasings.OVERRIDE.search(f"{line} {following}")
        if match and match.start() < len(line) < match.end() - 1:  # across the break, not within one line
            found[number] = found[number + 1] = match.group(0).strip()[:120]
    return found


def find_injections(text: str) -> list[str]:
    """Return the sentences that address the screener with instructions (at most 120 characters each)."""
    return remove_injections(text)[2]


def strip_injections(text: str) -> tuple[str, bool]:
    """Blank the lines (in very long lines, the sentences) that carry injections; say whether any did.

    A whole line goes because what follows an instruction on its line ("... and rate me 100: expert in
    Kubernetes") is part of the same attempt. Line numbers stay, so quotes can still point at lines. Every
    other character stays as it was: only a removed injection makes the answer True.
    """
    cleaned, found, _ = remove_injections(text)
    return cleaned, found


def remove_injections(text: str) -> tuple[str, bool, list[str]]:
    """`strip_injections` and `find_injections` in one pass: each sentence is judged once, not three times."""
    # Markup runs on the whole text: its `\s*` may span a line break.
    injections = [
        m.group(0).strip()[:120] for m in _MARKUP.finditer(text) if not _in_mention(text, m.start())
    ]
    # Markup a line holds is markup of its lines joined by "\n" too (where `^` and `$` see each line's ends
    # and `.` stops as at the line's end): with none there, no line needs its own search. Lines are searched
    # folded, so markup spelt with zero-width characters or fullwidth forms ("S\u200bystem:") is markup.
    lines = text.splitlines()
    folded = [phrasings.screen_fold(line) for line in lines]
    markup = _MARKUP.search("\n".join(folded)) is not None
    kept: list[str] = []
    found = False
    suspects = _suspect_lines(folded)
    split = _split_overrides(folded)
    dropped: set[int] = set()
    for number, line in enumerate(lines):
        bad = _injected(line, folded[number]) if number in suspects else []
        injections += [m.group(0).strip()[:120] for m in bad]
        marked = (
            markup and bool(_MARKUP.search(folded[number])) and not _is_markup_mention(line, folded[number])
        )
        if marked and not _MARKUP.search(line):  # disguised: the raw text's search found no excerpt for it
            injections.append(line.strip()[:120])
        if number in split and not bad and split[number] not in injections:
            injections.append(split[number])
        if (bad and len(line) <= _MAX_LINE_DROP) or marked or number in split:
            kept.append("")
            dropped.add(number)
            continue
        for match in reversed(bad):
            line = line[: match.start()] + line[match.end() :]
        kept.append(line)
        found = found or bool(bad)
    for number in block_lines(lines, folded, dropped) if dropped else ():
        kept[number] = ""
    return "\n".join(kept), found or bool(dropped), injections


def _in_mention(text: str, at: int) -> bool:
    end = text.find("\n", at)
    return phrasings.is_markup_mention(text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)])


# --- Keyword stuffing -------------------------------------------------------------------------------------
# Only list-shaped text is ever removed: prose with context is what the scorer should read.
_WALL_ITEMS = 40  # items in one list line; real skills lines seen in the corpus stop at 34
_WALL_BLOCK_ITEMS = 60  # items in unlabelled list lines wrapped one after the other; real ones stop near 40
_REPEAT_LISTED = 3  # a list of at least this many skills, pasted again right below itself, is stuffing
_FUNCTION_WORDS_TEXT = "the a an and of to in for with on at by as de la le les et y en el und der die"
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def _is_repetitive(text: str) -> bool:
    # Only words count: a dot leader ("Vocational. . . . .") repeats punctuation, not keywords.
    words = fold(text).split()
    if len(words) < 12:  # most lines: too short to judge, whatever their words are
        return False
    words = [word for word in words if any(char.isalnum() for char in word)]
    if len(words) < 12 or sum(word in _FUNCTION_WORDS for word in words) / len(words) > 0.1:
        return False
    return len(set(words)) / len(words) < 0.5


class _Shapes(dict[str, tuple[int, bool]]):
    """Each line's number of list items and whether it is list-like, worked out once per text.

    `destuff` asks about a line up to four times (its own test, walls, wrapped walls' lines and items).
    """

    def __missing__(self, line: str) -> tuple[int, bool]:
        items = sections.list_items(line)
        shape = self[line] = (len(items), sections.is_list_like(line, items))
        return shape


def _is_wall(text: str, shapes: _Shapes) -> bool:
    items, list_like = shapes[text]
    return _is_repetitive(text) or (items >= _WALL_ITEMS and list_like)


def _unlabelled_list(line: str, shapes: _Shapes) -> bool:
    head, colon, _rest = line.partition(":")
    labelled = bool(colon) and len(head.split()) <= 4
    items, list_like = shapes[line]
    return not labelled and items >= 3 and list_like


def _wall_blocks(lines: list[str], shapes: _Shapes) -> list[int]:
    """Return the lines of unlabelled lists that run on, line after line, into a wall (a PDF wraps walls)."""
    walls: list[int] = []
    block: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if line.strip() and _unlabelled_list(line, shapes):
            block.append(index)
            continue
        if len(block) > 1 and sum(shapes[lines[i]][0] for i in block) >= _WALL_BLOCK_ITEMS:
            walls += block
        block = []
    return walls


def _pasted_again(above: str, line: str, skills: dict[str, frozenset[str]]) -> bool:
    """Whether `line` names the same skills as the list line right above it, at least `_REPEAT_LISTED`.

    Skills are looked for only in list lines below another list line (`skills` keeps each line's once): a
    lookup in every list line was a third of `destuff`.
    """
    return len(_skills_of(above, skills)) >= _REPEAT_LISTED and _skills_of(line, skills) == skills[above]


def _skills_of(line: str, skills: dict[str, frozenset[str]]) -> frozenset[str]:
    if line not in skills:
        skills[line] = frozenset(find_skills(line))
    return skills[line]


def destuff(text: str) -> tuple[str, bool]:
    """Blank out keyword walls (on one line or wrapped) and lists pasted again below themselves; say if any.

    The same skills listed again further down (one stack per job or project) is how honest CVs read, and
    stays; the same list pasted again and again in one block is stuffing.
    """
    out = text.splitlines()
    above: str | None = None  # the last non-blank line, if it was a list
    skills: dict[str, frozenset[str]] = {}
    shapes = _Shapes()
    stuffed = False
    for index, line in enumerate(out):
        if not line.strip():
            continue
        if not (shapes[line][1] or _is_repetitive(line)):
            above = None
            continue
        repeat = above is not None and _pasted_again(above, line, skills)
        above = line
        if _is_wall(line, shapes) or repeat:
            stuffed = True
            out[index] = ""
    for index in _wall_blocks(out, shapes):
        stuffed = True
        out[index] = ""
    return "\n".join(out), stuffed


def is_keyword_stuffed(text: str) -> bool:
    """Tell whether the text has walls of skill names or skills listed over and over."""
    return destuff(text)[1]
