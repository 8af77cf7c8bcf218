"""Self-rated low levels: "Python (basic)", "familiar with Docker", "German (A2)" are weak evidence.

A recruiter reads "Java - beginner", "exposure to AWS", "basic knowledge of SQL", "elementary German", "2/5"
or "Grundkenntnisse in SAP" as the candidate's own word that the skill is slight, so the offline scorer counts
such a skill less than one stated plainly (weights.py). What a level word qualifies is read narrowly, so a
skill only near it on another item keeps its weight ("Python, basic Docker" lowers Docker, not Python):

| how the level is written                                  | what it rates low                            |
| --------------------------------------------------------- | -------------------------------------------- |
| after: "(basic)", ": beginner", "- A2", "2/5", "★★☆☆☆"    | the fewest words just before it naming a skill |
| a phrase: "familiar with", "exposure to", "notions de"     | the list after it ("exposure to X, Y and Z") |
| a label: "Elementary: Swedish", "Familiar: AS3 • iOS"     | the rest of its clause                       |
| a label alone on its line ("Familiar:")                   | the next line (profile.py)                   |
| a bare word opening a short item: "basic Docker"          | the rest of that item                        |

Items end at commas, "and", a closing bracket and bullets; clauses only at bullets, semicolons, bars and full
stops. English, Spanish, French and German, as section headings are read (sections.py). Pure: no ORM.
"""

from __future__ import annotations

import re

from jobs.scoring import skills

# Level words that rate a skill low, folded (no accents). "Limited" and "elementary" are left out as bare
# words: "Acme Limited" is a company, "Elementary Education" a teacher's subject.
_LEVEL = (
    r"basic|basics|beginner|beginners|novice|rudimentary|elementary|a1|a2|basico|principiante|elemental"
    r"|nociones|debutant|debutante|elementaire|notions|scolaire|grundkenntnisse|anfanger|grundlagen|elementar"
    r"|limited working proficiency|elementary proficiency|familiarity"
)
_BARE = re.compile(r"(?:basic|beginner|novice|rudimentary|basico|principiante|debutant|grundkenntnisse)\b")
_CEFR = frozenset({"a1", "a2"})  # a level only of a language: "A2" is also a paper size, a milestone...
# A level written after its skill: "Python (basic)", "Java - beginner", "German: A2", "SQL - level basic".
# The level ends its item, but for a word or a bracket: "Japanese: Basic (JLPT N5)", "English (A2 level)".
_AFTER = re.compile(
    rf"(?:\(|:|\s[-\u2013\u2014])\s*(?:(?:level|nivel|niveau)\s+)?(?P<level>{_LEVEL})\b"
    r"\s*(?:level|knowledge|proficiency|user|skills)?\s*(?:\(.*)?$"
)
# A phrase that rates what follows it in its clause.
_BEFORE = re.compile(
    r"\b(?:familiar(?:ity)? with|(?:some |limited |basic )?exposure to|exposed to"
    r"|(?:basic|some|limited|introductory|rudimentary|elementary) (?:knowledge|understanding|skills?"
    r"|proficiency|experience|familiarity) (?:of|in|with)"
    r"|beginner (?:in|with)|notions (?:de|d'|en|of|in)|nociones (?:de|en)|conocimientos basicos (?:de|en)"
    r"|nivel basico (?:de|en)|connaissances de base (?:en|de)|bases en|grundkenntnisse (?:in|im|der|von)"
    r"|grundlegende kenntnisse (?:in|im|der|von)|basiswissen (?:in|im)|erste erfahrungen (?:mit|in|im))\s"
)
# A level as a label opening its clause: "Elementary: Swedish", "Familiar: AS3, iOS".
_LABEL = re.compile(rf"^\W*(?:{_LEVEL}|familiar)\s*:\s*")
# Alone on its line, only with its colon: a table's column of levels ("Advanced", "Basic") says nothing
# about which line below is of which column.
_LABEL_ONLY = re.compile(rf"^\W*(?:{_LEVEL}|familiar)\s*:\s*$")
# Names that hold a level word: a credential, a language, military training.
_NAMES = re.compile(
    r"\b(?:basic (?:cardiac )?life support|visual basic|basic training|basic (?:and|&) advanced"
    r"|elementary (?:school|education|teach\w*|grades?|classroom|students?))\b"
)
_RATING = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(5|10)\b(?![/\d])")
_FILLED, _EMPTY = "\u2605\u25cf\u25a0", "\u2606\u25cb\u25a1"  # stars, dots and squares of a skills bar
_LOW_SHARE = 0.4  # 2/5 or 4/10 and below is a low level
_CLAUSE = re.compile(r"[;|\u2022\u00b7\u25aa\u25e6\u2023]|\.\s")
_ITEM = re.compile(r",|\)|\band\b|\by\b|\bet\b|\bund\b")
# A rating phrase's reach over a list ends at an item that is no bare name or that states another level:
# "Grundkenntnisse in SAP, sehr gute Kenntnisse in Excel" rates SAP only.
_OTHER_LEVEL = re.compile(
    r"\b(?:advanced|expert|proficient|fluent|native|strong|good|intermediate|gute?|sehr|fliessend|avance"
    r"|courant|bon|experto|avanzado|fluido|knowledge|kenntnisse|connaissances|conocimientos|experience)\b"
)
_NAME_WORDS = 3  # an item of a list of names ("CRRT, ECMO, and invasive monitoring")
_SHORT_ITEM = 4  # words: a bare level word rates only a list item this short
_NEAR = 3  # words before a level written after its skill that it may rate


def label_only(text: str) -> bool:
    """Whether a line is only a level label ("Familiar:"), rating the line below it."""
    return _LABEL_ONLY.match(skills.fold(text)) is not None


# A literal piece of every way a level is written above (a level word's stem, a rating phrase's rare word, a
# rating's slash or glyph): a line holding none rates nothing, and most lines hold none.
_ANY_LEVEL = re.compile(
    r"basic|basis|beginn|novice|rudiment|element|a1|a2|principiante|nocion|debutant|notions|scolaire"
    r"|kenntnisse|anfanger|grundlagen|limited|familiar|expos|introductory|some |de base|bases en|erste"
    rf"|/|[{_FILLED}{_EMPTY}]"
)


def low_scopes(text: str, listed: bool) -> list[str]:
    """The parts of a line its own level words rate low; `listed`: a skills or languages line (ratings)."""
    if _ANY_LEVEL.search(skills.fold(text)) is None:
        return []
    folded = _NAMES.sub(lambda m: "_" * len(m.group()), skills.fold(text))
    scopes: list[str] = []
    for clause in _CLAUSE.split(folded):
        scopes += _in_clause(clause, listed)
    return [scope for scope in scopes if scope.strip()]


def _in_clause(clause: str, listed: bool) -> list[str]:
    label = _LABEL.match(clause)
    if label:
        return [clause[label.end() :]]
    before = _BEFORE.search(clause)  # the first such phrase rates the list that follows it
    scopes = [_listed_after(clause[before.end() :])] if before else []
    for item in _ITEM.split(clause):
        scopes += _in_item(item, listed)
    return scopes


def _listed_after(text: str) -> str:
    """The items of a list after a rating phrase, up to one that is no bare name or states its own level."""
    items = text.split(",")
    kept = items[:1]
    for item in items[1:]:
        words = [w for w in item.split() if w not in ("and", "y", "et", "und", "or")]
        if len(words) > _NAME_WORDS or _OTHER_LEVEL.search(item):
            break
        kept.append(item)
    return ",".join(kept)


def _in_item(item: str, listed: bool) -> list[str]:
    words = item.split()
    if words and _BARE.fullmatch(words[0].strip("-\u2013:*")) and len(words) <= _SHORT_ITEM:
        return [" ".join(words[1:])]
    if len(words) >= 2 and words[0] == "elementary":  # "elementary German": only a language
        return [w for w in [" ".join(words[1:])] if _languages(w)]
    after = _AFTER.search(item)
    if after is not None:
        return _before(item[: after.start()], after.group("level"))
    if listed and _low_rating(item):
        return [item]
    return []


def _before(text: str, level: str) -> list[str]:
    """The fewest words just before a level that name a skill ("SPSS 29 Python (basic)": Python)."""
    words = text.split()
    for size in range(1, min(_NEAR, len(words)) + 1):
        scope = " ".join(words[-size:])
        found = skills.find_skills(scope)
        if found and (level not in _CEFR or _languages(scope)):
            return [scope]
    # No skill named: a short item's words are rated ("Bookkeeping: basic"), a sentence's are not.
    return [] if level in _CEFR or len(words) > _NEAR else [" ".join(words)]


def _languages(text: str) -> bool:
    return any(skills.kind_of(name) == "lang" for name in skills.find_skills(text))


def _low_rating(item: str) -> bool:
    """Whether an item of a skills list rates itself low: "2/5", "4/10", "★★☆☆☆"."""
    rating = _RATING.search(item)
    if rating is not None:
        return int(rating.group(1)) / int(rating.group(2)) <= _LOW_SHARE
    filled = sum(item.count(c) for c in _FILLED)
    empty = sum(item.count(c) for c in _EMPTY)
    return filled > 0 and filled / (filled + empty) <= _LOW_SHARE
