"""Fold text before looking for protected attributes, so lookalikes and "u n d e r  3 5" read plainly.

NFKC, Latin lookalikes from Greek, Cyrillic and Armenian, small capitals, every format character (zero-width,
bidi controls, soft hyphens, tag characters) and every combining mark (accents, strike-throughs, variation
selectors), dashes, letter-spaced words, digits for letters and numbers written out. Pure: no Django.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that look like Latin letters; NFKC leaves them alone.
_CONFUSABLES = str.maketrans(
    "аАвВеЕкКмМнНоОрРсСтТуУхХѕЅіІјЈԁһӏԛԝ"  # Cyrillic
    "αΑβΒεΕζΖηΗιΙκΚμΜνΝοΟρΡτΤυΥχΧϲ"  # Greek
    "\u0578\u0585\u057d\u0570\u0581"  # Armenian
    "ɑɩıȷℓɛɡʏᴀʙᴄᴅᴇɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡᴢ"  # Latin lookalikes and small capitals
    "łŁøØđĐ"  # Latin letters with a stroke, which no decomposition takes apart: Polish "mężczyźni", "młody"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2212",  # dashes and the minus sign: an en dash in "25-35"
    "aAbBeEkKmMhHoOpPcCtTyYxXsSiIjJdhlqw"
    "aAbBeEzZnHiIkKuMvNoOpPtTuYxXc"
    "nouhg"
    "aiijlegyabcdeghijklmnoprstuvwz"
    "lLoOdD"
    "-------",
)
# Not format characters nor marks, yet drawn as nothing: the Hangul fillers.
_BLANK = str.maketrans("", "", "\u115f\u1160\u3164\uffa0")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a", "$": "s"}
# Letter-spaced words: "m e n  o n l y", "m.e.n o.n.l.y", "m-e-n", "u n d e r 3 0". A single space between
# letters joins them; a wider gap, or a space where the letters were joined by dots or dashes, stays a gap.
_SPACED = re.compile(r"(?<![\w.-])(?:[a-z0-9] ){2,}[a-z0-9](?![\w-]|\.\w)")
# Two letter-spaced words in a row, the gap between them wider than the one between their letters: "n o  w o
# m e n". Short words ("n o") are joined only beside another, so "A B testing" keeps its letters.
_SPACED_WORDS = re.compile(r"(?<![\w.-])(?:[a-z0-9] )+[a-z0-9](?: {2,}(?:[a-z0-9] )+[a-z0-9])+(?![\w-]|\.\w)")
# A short dotted word beside a longer one: "U-N-D-E-R 3-0", "o.n.l.y m.e".
_DOTTED_WORDS = re.compile(
    r"(?<![\w.-])(?:[a-z0-9]([.-])){2,}[a-z0-9]\1?(?: +(?:[a-z0-9]\1)+[a-z0-9]\1?)+(?![\w-])"
)
_DOTTED = re.compile(r"(?<![\w.-])(?:[a-z0-9]([.-])){2,}[a-z0-9](?:\1)?(?![\w-])")
_NUMBER_WORDS = {
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70,
}  # fmt: skip
_NUMBER_WORD = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b"
    r"|\b(sixteen|seventeen|eighteen|nineteen)\b"
)
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _number(match: re.Match[str]) -> str:
    tens, unit, teen = match.groups()
    return str(_NUMBER_WORDS[teen] if teen else _NUMBER_WORDS[tens] + _UNITS.get(unit or "", 0))


def _unmarked(text: str) -> str:
    # Format characters (Cf) draw nothing, marks (Mn, Me) only decorate the letter before them.
    return "".join(c for c in unicodedata.normalize("NFKD", text) if unicodedata.category(c) not in _HIDDEN)


_HIDDEN = frozenset(("Cf", "Mn", "Me"))


def readings(text: str) -> list[str]:
    """The text folded, and again with "1" between letters read as "l" ("ma1e") where it was read "i"."""
    folded = normalise(text)
    if not re.search(r"[a-z]1[a-z]", unicodedata.normalize("NFKC", text).casefold()):
        return [folded]
    return [folded, normalise(re.sub(r"(?<=[a-zA-Z])1(?=[a-zA-Z])", "l", text))]


# Swedish "män" (men) would fold to "man", which is also "one": it is spelt as German spells "ä" instead.
_SWEDISH_MEN = re.compile(r"(?<![^\W\d_])m\u00e4n(nen)?(?![^\W\d_])", re.IGNORECASE)


def normalise(text: str) -> str:
    """Fold text for matching: NFKC, lookalikes to Latin, no accents or invisible characters, lower case."""
    text = unicodedata.normalize("NFKC", text).translate(_BLANK).translate(_CONFUSABLES)
    text = _unmarked(_SWEDISH_MEN.sub(r"maen\1", text)).casefold()
    text = re.sub(r"(?<=\d)o|o(?=\d)", "0", text)  # "3O" written with a letter O
    text = re.sub(r"(?<=[a-z])[01345@$](?=[a-z])", lambda m: _LEET[m.group(0)], text)  # "y0ung", "f3male"
    # A word's first letter as a digit, three letters after it: "0nly"; "3d", "4k" and "5g" stay.
    text = re.sub(r"(?<![\w.])[0@$](?=[a-z]{3})", lambda m: _LEET[m.group(0)], text)
    text = re.sub(r"(?<=[a-z])_+(?=[a-z])", " ", text)  # "men_only"
    text = _DOTTED_WORDS.sub(lambda m: re.sub(r"[.-]", "", m.group(0)), text)
    text = _DOTTED.sub(lambda m: re.sub(r"[.-]", "", m.group(0)), text)
    text = _SPACED_WORDS.sub(lambda m: re.sub(r"(?<! ) (?! )", "", m.group(0)), text)
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = re.sub(r"[ \t]+", " ", re.sub(r"(?<![\w.-])(\d) (\d)(?![\w-]|\.\w)", r"\1\2", text))  # "3 0"
    text = _NUMBER_WORD.sub(_number, text)  # "under thirty-five" is "under 35"
    return re.sub(r"[\u2019`]", "'", re.sub(r"\s+", " ", text))
