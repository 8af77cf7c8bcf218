"""How instructions to the screener are disguised, and `screen_fold`, which undoes the disguises.

A page shows some characters as nothing (zero-width spaces, soft hyphens, direction marks), shows text
between a right-to-left override and its end backwards, and draws other scripts' letters like Latin ones:
each hides a word from a pattern while a reader (or a model) reads it as plain.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata

from jobs.scoring.skills import fold

# Format characters (zero-width space and joiners, soft hyphen, word joiner, direction marks, BOM) are
# dropped; Unicode "tag" letters, invisible on a page but read by a model as the ASCII they shadow, are
# written as that ASCII. A format character never carries a word of its own, so nothing honest is lost.
_FORMAT: dict[int, str | None] = {cp: None for cp in range(0x20000) if unicodedata.category(chr(cp)) == "Cf"}
_FORMAT.update({cp: chr(cp - 0xE0000) for cp in range(0xE0020, 0xE007F)})


def _char_class(points: list[int]) -> str:
    """A regex character class of code points, written as ranges: a class of single characters beyond the
    Basic Multilingual Plane is tested one entry at a time (12 µs a line here), ranges are not."""
    ranges: list[list[int]] = []
    for point in points:
        if ranges and point == ranges[-1][1] + 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


_FORMAT_CHAR = re.compile(_char_class(sorted(_FORMAT)))
# A right-to-left override shows the text up to its end (a pop or an isolate mark) reversed.
_OVERRIDDEN = re.compile("\u202e([^\u202a-\u202c\u2066-\u2069\n]*)")


def _unformat(text: str) -> str:
    # A translate through the table costs as much as folding (a third of a millisecond a CV): only lines
    # that hold a format character go through it, found by one scan of a character class.
    if not _FORMAT_CHAR.search(text):
        return text
    if "\u202e" in text:
        text = _OVERRIDDEN.sub(lambda match: match.group(1)[::-1], text)
    return text.translate(_FORMAT)


# Cyrillic and Greek letters drawn like Latin ones, as they are after folding (lower case). Swapped into a
# Latin word ("ign\\u043ere": a Cyrillic o) they hide it from every pattern while reading the same.
_LOOK_ALIKES = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb\u03b1\u03bf\u03b9\u03ba\u03bd"
    "\u03c1\u03c4\u03c5\u03c7\u0261",
    "aeopcyxijsdhaoikvptuxg",
)
_LOOK_ALIKE_CHARS = frozenset(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04bb\u03b1\u03bf\u03b9\u03ba\u03bd"
    "\u03c1\u03c4\u03c5\u03c7\u0261"
)
_WORD = re.compile(r"[^\W\d_]+")


# Disguises of plain text: digits for letters inside words ("1gn0re pr3vious"), letters spaced apart
# ("i g n o r e"), base64 (case-sensitive, so decoded before folding). Each is undone only where the result
# is letters again: "s3", "k8s", "10x" or a hash stay as they were.
_LEET_WORD = re.compile(r"\b(?=[a-z0-9]*[013457])(?:[a-z]*[013457]){1,4}[a-z0-9]*\b")
# Every such word holds one of these digits: a scan for one skips most lines (`re` cannot skip ahead for the
# word's pattern, which opens with `\b`, and tries it at each position).
_LEET_DIGIT = re.compile(r"[013457]")
_LEET = str.maketrans("013457", "oieast")
_SPACED = re.compile(r"(?<![\w.])(?:[a-z] ){4,}[a-z](?![\w.])")
_BASE64 = re.compile(r"(?<![\w+/])[A-Za-z0-9+/]{24,}={0,2}(?![\w+/=])")
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 ,.:;'!?/-]*")


def screen_fold(text: str) -> str:
    """Fold as `skills.fold`, undo disguises, and write look-alike letters as Latin in mixed words."""
    if not text.isascii():
        text = _unformat(text)
    # A search before each sub: most lines hold no disguise, and a sub that finds nothing costs twice the
    # search (measured on the corpus); a line that holds one is scanned twice, which is rare.
    if _BASE64.search(text):
        text = _BASE64.sub(_decoded, text)
    folded = fold(text)
    if _LEET_DIGIT.search(folded) and _LEET_WORD.search(folded):
        folded = _LEET_WORD.sub(_unleet, folded)
    if _SPACED.search(folded):
        folded = _SPACED.sub(_unspaced, folded)
    if folded.isascii():
        return folded
    # Only mixed words change: a Russian or Greek word of its own script stays as it was.
    return _WORD.sub(_unmix, folded)


def _unspaced(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", "")


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    # Three letters at least: "m3" or "100x" are not words spelt in digits.
    return word.translate(_LEET) if sum(char.isalpha() for char in word) >= 3 else word


def _decoded(match: re.Match[str]) -> str:
    token = match.group(0)
    try:
        plain = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("ascii")
    except (binascii.Error, UnicodeDecodeError):
        return token
    # Prose, not bytes: a hash or key decodes to noise.
    return plain if " " in plain and _PLAIN.fullmatch(plain.strip()) else token


def _unmix(match: re.Match[str]) -> str:
    word = match.group(0)
    if word.isascii() or not any(char.isascii() for char in word):
        return word
    if not any(char in _LOOK_ALIKE_CHARS for char in word):
        return word
    return word.translate(_LOOK_ALIKES)
