import math
import random

import numpy as np

from candidates.pdf_textflow import (
    NEWLINE,
    NO_CHARACTER,
    NOTHING,
    SPACE,
    WORD_GAP,
    Glyphs,
    joined,
    pending_separators,
    separators,
    untracked,
)

_SEPARATORS = ("", " ", "\n")


def _loop_separators(
    glyphs: list[tuple[float, float, float, float, float]],
    pending: list[int],
    chars: str,
    follows: list[bool],
) -> list[int]:
    """The rules as the reader applied them glyph by glyph before they were vectorised (_Stream.write)."""
    written = []
    for index, (glyph, separator) in enumerate(zip(glyphs, pending, strict=True)):
        separator_text = _SEPARATORS[separator]
        if follows[index]:
            left, bottom, _right, top, size = glyph
            last_left, last_bottom, last_right, last_top, last_size = glyphs[index - 1]
            height = last_top - last_bottom
            drawn = top - bottom
            if drawn > height:
                height = drawn
            if height < 0.1:
                height = 0.1
            size = size if size > last_size else last_size
            if size < 0.1:
                size = 0.1
            if abs(bottom + top - last_bottom - last_top) / 2 > height * 0.5 or left < last_left - 2 * size:
                separator_text = "\n"
            elif not separator_text and chars[index] != " " and left - last_right > size * WORD_GAP:
                separator_text = " "
        written.append(_SEPARATORS.index(separator_text))
    return written


def _glyphs(rows: list[tuple[float, float, float, float, float]]) -> Glyphs:
    columns = np.array(rows, dtype=np.float64).reshape(len(rows), 5).T
    return Glyphs(*columns)


def test_separators_match_the_loop_on_random_glyphs_with_nan_and_infinities() -> None:
    chooser = random.Random(13)
    specials = [math.nan, math.inf, -math.inf, 0.0, -0.0, 0.05, 1e308]
    for _ in range(200):
        count = chooser.randint(1, 40)
        rows = []
        x = 0.0
        for _ in range(count):
            x += chooser.uniform(-30, 12)
            bottom = chooser.choice([700.0, 700.0, 688.5, chooser.uniform(0, 800)])
            row = [
                x,
                bottom,
                x + chooser.uniform(0, 8),
                bottom + chooser.uniform(0, 14),
                chooser.uniform(0, 14),
            ]
            if chooser.random() < 0.1:
                row[chooser.randrange(5)] = chooser.choice(specials)
            rows.append((row[0], row[1], row[2], row[3], row[4]))
        pending = [chooser.choice([NOTHING, NOTHING, NOTHING, SPACE, NEWLINE]) for _ in range(count)]
        chars = "".join(chooser.choice("ab ") for _ in range(count))
        follows = [index > 0 and chooser.random() < 0.9 for index in range(count)]
        codes = np.frombuffer(chars.encode("utf-32-le"), dtype=np.uint32)
        got = separators(
            _glyphs(rows),
            np.array(pending, dtype=np.int8),
            codes == ord(" "),
            np.array(follows, dtype=np.bool_),
        )
        assert got.tolist() == _loop_separators(rows, pending, chars, follows)


def test_separators_of_no_glyphs_is_empty() -> None:
    empty = np.zeros(0, dtype=np.float64)
    got = separators(
        Glyphs(empty, empty, empty, empty, empty),
        np.zeros(0, dtype=np.int8),
        np.zeros(0, dtype=np.bool_),
        np.zeros(0, dtype=np.bool_),
    )
    assert got.tolist() == []


def test_pending_separators_keep_a_line_break_over_spaces() -> None:
    # characters: g0, " ", g1, "\n", " ", g2, g3, " " (trailing, after the last glyph)
    generated = np.array([1, 3, 4, 7], dtype=np.intp)
    breaks = np.array([False, True, False, False])
    assert pending_separators(4, generated, breaks).tolist() == [NOTHING, SPACE, NEWLINE, NOTHING]


def test_joined_writes_separators_before_characters_and_nothing_for_no_character() -> None:
    chars = np.array([ord("a"), NO_CHARACTER, ord("b"), 0xD800, ord("c")], dtype=np.uint32)
    codes = np.array([NOTHING, SPACE, NEWLINE, NOTHING, SPACE], dtype=np.int8)
    assert joined(chars, codes) == "a \nb\ud800 c"


def _spaced(
    text: str, tracking: float, alone: bool = True
) -> tuple[Glyphs, np.ndarray, np.ndarray, np.ndarray]:
    """A line of glyphs 10 pt high, 6 pt wide, `tracking` points apart, a space's 2.8 pt more between words.

    As PDFium reads them: no space glyph, a space generated before each word, and before every glyph when
    they are letter-spaced (Chromium's letter-spacing).
    """
    lefts, chars, starts, x = [], [], [], 0.0
    for word in text.split(" "):
        starts.append(len(lefts))
        for letter in word:
            lefts.append(x)
            chars.append(ord(letter))
            x += 6.0 + tracking
        x += 2.8 + tracking
    left = np.array(lefts)
    count = len(lefts)
    glyphs = Glyphs(left, np.zeros(count), left + 6.0, np.full(count, 10.0), np.full(count, 10.0))
    pending = np.full(count, SPACE if tracking else NOTHING, dtype=np.int8)
    pending[starts] = SPACE
    pending[0] = NOTHING
    return glyphs, pending, np.array(chars, dtype=np.uint32), np.full(count, alone)


def _written(text: str, tracking: float, alone: bool = True) -> str:
    glyphs, pending, chars, flags = _spaced(text, tracking, alone)
    follows = np.ones(len(chars), dtype=np.bool_)
    follows[0] = False
    return joined(
        chars, untracked(glyphs, separators(glyphs, pending, chars == ord(" "), follows), chars, flags)
    )


def test_letter_spaced_words_are_read_as_words_with_the_spaces_between_them() -> None:
    assert _written("LI WEN ZHOU", 3.5) == "LI WEN ZHOU"
    assert _written("SELECTED PROJECTS IN PRODUCTION", 1.5) == "SELECTED PROJECTS IN PRODUCTION"


def test_text_without_letter_spacing_or_drawn_whole_is_left_as_it_is() -> None:
    assert _written("LI WEN ZHOU", 0.0) == "LI WEN ZHOU"  # plain text: the spaces PDFium made stay
    assert _written("LI WEN ZHOU", 3.5, alone=False) == "L I W E N Z H O U"  # not one glyph per object
    assert _written("A B C D E", 30.0) == "A B C D E"  # a table's columns: too wide for a tracking
    assert (
        _written("\u00c2\u00c2\u00c2\u00c2\u00c2\u00c2 Serve food", 2.5)
        == "\u00c2\u00c2\u00c2\u00c2\u00c2\u00c2 Serve food"
    )
