"""Where spaces and line breaks go between the glyphs of a page's text streams, for all glyphs at once.

Pure: arrays of glyph boxes and sizes in, one separator code per glyph out; no PDFium. Each glyph is judged
against the glyph before it in its stream with the same floating-point operations, in the same order, as
a loop over the glyphs would (NaN and infinities compare the same way), so the text is the same; numpy
does it without a Python step per glyph, which cost more than PDFium's own reading of the page.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

WORD_GAP = 0.1  # a gap wider than this share of the font size between two glyphs separates two words
LINE_SHIFT = 0.5  # a baseline moved by more than this share of the glyph height starts a new line
NOTHING, SPACE, NEWLINE = 0, 1, 2  # separator codes, ordered: a line break outranks a space
_SEPARATOR_CHARACTERS = np.array([0, ord(" "), ord("\n")], dtype=np.uint32)  # by separator code
NO_CHARACTER = 0xFFFFFFFF  # a code point standing for no character at all (written as "")

Floats = npt.NDArray[np.float64]
Codes = npt.NDArray[np.int8]
Flags = npt.NDArray[np.bool_]
CodePoints = npt.NDArray[np.uint32]


@dataclass(frozen=True)
class Glyphs:
    """Glyph boxes in page space, and the font size each is drawn at (one entry per glyph)."""

    left: Floats
    bottom: Floats
    right: Floats
    top: Floats
    size: Floats

    def take(self, index: npt.NDArray[np.intp]) -> Glyphs:
        return Glyphs(
            self.left[index], self.bottom[index], self.right[index], self.top[index], self.size[index]
        )


def separators(glyphs: Glyphs, pending: Codes, spaces: Flags, follows: Flags) -> Codes:
    """The separator written before each glyph of a stream.

    `pending` is what PDFium generated since the glyph before (NOTHING, SPACE or NEWLINE); `spaces` marks
    glyphs that are a space themselves; `follows` marks glyphs with a glyph before them in their stream,
    which are judged against it: a baseline that moves, or a pen that jumps back to the left, starts
    another line; a gap wider than WORD_GAP of the font size, where nothing was generated, is a space.
    """
    if not len(pending):
        return pending
    last = Glyphs(*(np.concatenate((values[:1], values[:-1])) for values in _columns(glyphs)))
    left, bottom, _right, top, size = _columns(glyphs)
    with np.errstate(all="ignore"):  # inf - inf is NaN here as in Python, which does not warn
        # max(a, b, 0.1) with the loop's comparisons: a NaN keeps the value it would have kept there.
        height = last.top - last.bottom
        drawn = top - bottom
        height = np.where(drawn > height, drawn, height)
        height = np.where(height < 0.1, 0.1, height)
        size = np.where(size > last.size, size, last.size)
        size = np.where(size < 0.1, 0.1, size)
        line = (np.abs(bottom + top - last.bottom - last.top) / 2 > height * LINE_SHIFT) | (
            left < last.left - 2 * size
        )
        word = (pending == NOTHING) & ~spaces & (left - last.right > size * WORD_GAP)
    judged = np.where(line, NEWLINE, np.where(word, SPACE, pending))
    return np.where(follows, judged, pending).astype(np.int8)


TRACKED = 0.1  # of the font size: a run of letters whose typical gap is this wide is letter-spaced
MAX_TRACKING = 0.8  # of the font size: wider typical gaps are columns of a table, not letter-spacing
MIN_TRACKED_PAIRS = 4  # gaps between letters a run needs before its typical gap is taken as its tracking


def untracked(glyphs: Glyphs, codes: Codes, chars: CodePoints, alone: Flags) -> Codes:
    """The separators, without the spaces that letter-spacing put between the letters of a word.

    Letter-spaced text ("L I W E N  Z H O U": Chromium draws CSS letter-spacing a glyph per text object,
    `alone`) has a gap after every letter, which PDFium and `separators` read as spaces. Within a run of
    such letters on one line, the typical (median) gap is the tracking when it is wide: a gap no wider than
    it, by WORD_GAP of the font size, is inside a word; a wider one (the space's width more) is between
    words. Text drawn a word or a line per object is left as it is (a short run's median tells nothing;
    a row of spaced symbols, such as a mis-encoded space, is not letter-spacing).
    """
    count = len(codes)
    if count < 3:
        return codes
    letters = _letters(chars)
    with np.errstate(all="ignore"):
        gaps = glyphs.left[1:] - glyphs.right[:-1]
        size = np.maximum(glyphs.size[1:], glyphs.size[:-1])
        pairs = letters[1:] & letters[:-1] & alone[1:] & alone[:-1] & (codes[1:] != NEWLINE)
        pairs &= np.isfinite(gaps) & (size > 0)
        if not (pairs & (gaps > TRACKED * size)).any():
            return codes  # nearly every page: no gap between two letters is wide
        runs = np.cumsum(~pairs)  # pairs of one run share a number; a break starts the next
        # The typical gap between different letters: a row of one symbol (a mis-encoded space) is no tracking.
        kept = np.flatnonzero(pairs & (chars[1:] != chars[:-1]))
        order = kept[np.lexsort((gaps[kept], runs[kept]))]
        run_ids, starts, counts = np.unique(runs[order], return_index=True, return_counts=True)
        medians = np.full(int(runs[-1]) + 1, np.nan)
        judged = counts >= MIN_TRACKED_PAIRS  # one gap alone is no evidence of a tracking
        medians[run_ids[judged]] = gaps[order[(starts + (counts - 1) // 2)[judged]]]
        tracking = medians[runs]
        spaced = (
            pairs
            & (tracking >= TRACKED * size)
            & (tracking <= MAX_TRACKING * size)
            & (gaps <= tracking + WORD_GAP * size)
            & (codes[1:] == SPACE)
        )
    if not spaced.any():
        return codes
    result = codes.copy()
    result[1:][spaced] = NOTHING
    return result


def _letters(chars: CodePoints) -> Flags:
    """Letters, roughly: ASCII letters and anything from Latin-1's letters on but private-use icons."""
    folded = chars | 0x20
    ascii_letters = (folded >= 0x61) & (folded <= 0x7A)
    other = (chars >= 0xC0) & (chars < 0x2000) & (chars != 0xD7) & (chars != 0xF7)
    result: Flags = ascii_letters | other | ((chars >= 0x3040) & (chars < 0xE000))
    return result


def pending_separators(glyph_count: int, generated_at: npt.NDArray[np.intp], newline: Flags) -> Codes:
    """What PDFium generated before each glyph: a line break if any of it was one, else a space, if any.

    `generated_at` holds the character indices (in the page's text) of PDFium's generated characters, in
    order, `newline` whether each is a line break; every other character index is a glyph.
    """
    pending = np.zeros(glyph_count + 1, dtype=np.int8)
    if len(generated_at):
        glyphs_before = generated_at - np.arange(len(generated_at))
        np.maximum.at(pending, glyphs_before, np.where(newline, NEWLINE, SPACE).astype(np.int8))
    return pending[:glyph_count]


def joined(chars: CodePoints, codes: Codes) -> str:
    """The characters (code points) with each one's separator in front of it, as one string."""
    before = np.flatnonzero(codes)
    written = np.insert(chars, before, _SEPARATOR_CHARACTERS[codes[before]])
    written = written[written != NO_CHARACTER]
    # surrogatepass: a lone surrogate PDFium gives stays one character, as chr() made it
    text: str = written.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    return text


def _columns(glyphs: Glyphs) -> tuple[Floats, Floats, Floats, Floats, Floats]:
    return glyphs.left, glyphs.bottom, glyphs.right, glyphs.top, glyphs.size
