"""Blind mode: feminine job titles of other languages made generic, with the words that agree with them.

A title made generic would leave the feminine words beside it saying what the title said: "Directora
financiera", "la ingeniera", "Direttrice amministrativa", "Directrice commerciale adjointe", "nommée
directrice", "Główna księgowa" (Polish puts the adjective first). Each goes with its title: "Director
financiero", "el ingeniero", "Direttore amministrativo", "Directeur commercial adjoint", "nommé directeur",
"Główny księgowy". A German compound ending in a feminine title ("Projektleiterin") ends in the generic
one. Only words touching the title change, and only when they have a feminine ending of the title's
language: a noun or a place after it keeps its own ("Enfermera de planta", "Directrice France", "Directrice
vente"). The masculine is the generic title in these languages, as the rules for English titles assume.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from jobs.scoring.redaction_gate import fragments, register, subn_lines
from jobs.scoring.redaction_titles import FEMININE_TITLES, GERMAN_TAILS, LANGUAGE_OF

_WORD = r"[^\W\d_]"
_TITLE = "|".join(sorted((re.escape(word) for word in LANGUAGE_OF), key=len, reverse=True))
# Feminine adjectives: Spanish, Portuguese and Italian in -a ("financiera", "executiva", "amministrativa",
# "adjunta", "titulada"), French by its endings ("diplômée", "commerciale", "adjointe", "générale").
_IBERIAN_ADJECTIVE = rf"{_WORD}+?(?:ic|iv|ier|eir|ari|ori|ad|id|at|itt|unt|ert|in|os|an)a"
_FRENCH_ADJECTIVE = rf"{_WORD}+?(?:ée|ale|ive|elle|ienne|ère|ointe|ante|ente)"
_AGREEING = rf"(?:{_TITLE}|{_IBERIAN_ADJECTIVE}|{_FRENCH_ADJECTIVE})(?!{_WORD})"
# The article or participle before the title ("la", "nombrada a", "nommée au poste de"), the title, and up to
# two agreeing words after it.
_BEFORE = (
    rf"(?:(?<!{_WORD})(?P<before>{_WORD}+)(?P<joint>[ \t]+(?:(?:a|al|ao|como|come|comme|en tant que"
    r"|en qualité de|au poste de|al puesto de|in qualità di|quale)[ \t]+)?(?:(?:la|el|il|le|une|una|un|uma"
    r"|a|o)[ \t]+)?))?"
)
TITLE_AND_AGREEMENT = re.compile(
    rf"{_BEFORE}(?<!{_WORD})(?P<title>{_TITLE})(?!{_WORD})(?P<after>(?:[ \t]+{_AGREEING})*)", re.IGNORECASE
)
TITLE_GATE = fragments(" ".join(word.replace(" ", "_") for word in LANGUAGE_OF))
register(TITLE_GATE)
_TAILS = "|".join(sorted(GERMAN_TAILS, key=len, reverse=True))
GERMAN_COMPOUND = re.compile(rf"(?<![\w-])(?P<stem>[\w-]*?)(?P<tail>{_TAILS})(?!{_WORD})", re.IGNORECASE)
GERMAN_GATE = fragments(" ".join(GERMAN_TAILS))
register(GERMAN_GATE)

_ARTICLES = {
    "es": {"la": "el", "una": "un"},
    "ibero": {"la": "el", "una": "un", "uma": "um"},
    "pt": {"a": "o", "uma": "um"},
    "it": {"la": "il", "una": "un"},
    "fr": {"la": "le", "une": "un"},
}
_PARTICIPLES = {
    "es": re.compile(r"\w+[ai]da|electa|elegida", re.I),
    "ibero": re.compile(r"\w+[ai]da|eleita|electa", re.I),
    "pt": re.compile(r"\w+[ai]da|eleita", re.I),
    "it": re.compile(r"\w+[aiu]ta|promossa|eletta|scelta|messa", re.I),
    "fr": re.compile(r"\w+ée|promue|élue|devenue|reconnue|retenue|choisie|admise", re.I),
    "invariant": re.compile(r"\w+ée|promue|élue|devenue|\w+[ai]da|promossa|eletta|nominata|assunta", re.I),
}
# Nouns with an adjective's ending, which never agree with a title.
_NOUNS_TEXT = (
    "cada nada jornada entrada salida temporada década llegada partida llamada mirada vida comida bebida"
    " medida estrada giornata strada data durata chiamata vente rente attente entente plante filiale"
)
_NOUNS = frozenset(_NOUNS_TEXT.split())
_FRENCH_ENDINGS = (
    ("ienne", "ien"), ("elle", "el"), ("ointe", "oint"), ("ante", "ant"), ("ente", "ent"), ("ère", "er"),
    ("ive", "if"), ("ale", "al"), ("ée", "é"),
)  # fmt: skip


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[0].upper() + word[1:] if like[0].isupper() else word


def _generic_title(word: str) -> str:
    return _cased(FEMININE_TITLES[word.lower()], word)


def _masculine(word: str, language: str) -> str | None:
    """The masculine of a feminine adjective of the language, or None if the word is not one."""
    lower = word.lower()
    if lower in LANGUAGE_OF:
        return _generic_title(word)
    if lower in _NOUNS:
        return None
    if language in ("es", "pt", "ibero", "it", "romance", "invariant") and re.fullmatch(
        _IBERIAN_ADJECTIVE, lower
    ):
        if word[0].isupper() and lower.endswith("ica"):
            return None  # "Ingeniera Telefónica": a company's name as often as "Técnica"
        return word[:-1] + ("O" if word.isupper() else "o")
    if language in ("fr", "invariant"):
        for feminine, masculine in _FRENCH_ENDINGS:
            if lower.endswith(feminine) and re.fullmatch(_FRENCH_ADJECTIVE, lower):
                return word[: -len(feminine)] + _cased(masculine, word[-len(feminine) :])
    return None


def _polish_masculine(word: str) -> str | None:
    """The masculine of a Polish adjective put before a title ("główna", "starsza", "samodzielna")."""
    if len(word) < 4 or not word.lower().endswith("a") or word.lower() in LANGUAGE_OF:
        return None
    return word[:-1] + ("i" if word.lower().endswith(("ka", "ga")) else "y")


def _masculine_participle(word: str) -> str:
    """ "nombrada" -> "nombrado", "nominata" -> "nominato", "nommée" -> "nommé", "promue" -> "promu"."""
    if word.lower().endswith("a"):
        return word[:-1] + ("O" if word.isupper() else "o")
    return word[:-1]  # French: the feminine "e" goes ("admise" -> "admis")


def _after(after: str, language: str) -> str:
    """The agreeing words after the title, made masculine up to the first that does not agree."""
    parts = re.split(r"([ \t]+)", after)  # "", gap, word, gap, word
    for index in range(2, len(parts), 2):
        masculine = _masculine(parts[index], language)
        if masculine is None:
            break
        parts[index] = masculine
    return "".join(parts)


def _before(before: str, joint: str, language: str) -> str:
    """The word before the title (and the words joining them), agreeing with the generic title."""
    articles = _ARTICLES.get(language, {})
    last = re.fullmatch(r"(.*[ \t])(\S+)([ \t]+)", joint)
    if last and last.group(2).lower() in articles:  # "nombrada a la directora": the article next to it
        joint = last.group(1) + _cased(articles[last.group(2).lower()], last.group(2)) + last.group(3)
        if language in ("es", "ibero"):
            joint = re.sub(r"(?<![^ \t])([Aa]|[Dd]e)[ \t]+el(?=[ \t]+$)", lambda m: m.group(1) + "l", joint)
    if language in ("es", "ibero") and before.lower() in ("a", "de") and joint.strip() == "el":
        return before + "l "  # "de la directora" -> "del director"
    if before.lower() in LANGUAGE_OF:
        return _generic_title(before) + joint
    if not joint.strip() and before.lower() in articles:
        return _cased(articles[before.lower()], before) + joint
    pattern = _PARTICIPLES.get(language)
    if pattern is not None and pattern.fullmatch(before):
        return _masculine_participle(before) + joint
    if language == "pl" and not joint.strip():
        return (_polish_masculine(before) or before) + joint
    return before + joint


def _neutral(match: re.Match[str], protects: Callable[[str], bool], found: list[int]) -> str:
    title = match.group("title")
    if protects(title):
        return match.group(0)
    language = LANGUAGE_OF[title.lower()]
    before = match.group("before")
    head = _before(before, match.group("joint") or "", language) if before else ""
    neutral = head + _generic_title(title) + _after(match.group("after"), language)
    if neutral != match.group(0):
        found.append(1)
    return neutral


def _neutral_compound(match: re.Match[str], protects: Callable[[str], bool], found: list[int]) -> str:
    if protects(match.group(0)):
        return match.group(0)
    found.append(1)
    tail = match.group("tail")
    return match.group("stem") + _cased(GERMAN_TAILS[tail.lower()], tail)


def neutral_titles(text: str, protects: Callable[[str], bool]) -> tuple[str, int]:
    """Make other languages' feminine titles generic, with the words agreeing with them; count the titles."""
    found: list[int] = []
    text = subn_lines(TITLE_AND_AGREEMENT, lambda m: _neutral(m, protects, found), text, TITLE_GATE)[0]
    text = subn_lines(GERMAN_COMPOUND, lambda m: _neutral_compound(m, protects, found), text, GERMAN_GATE)[0]
    return text, len(found)
