"""CV text is data, never instructions: strip injections, remove keyword walls (blind mode: redaction.py)."""

from __future__ import annotations

import re

from jobs.scoring import sections
from jobs.scoring.redaction import (  # re-exported until callers import redaction directly
    REDACTION_CATEGORIES as REDACTION_CATEGORIES,
)
from jobs.scoring.redaction import redact as redact
from jobs.scoring.redaction_gate import matching_lines
from jobs.scoring.skills import find_skills, fold

_ACCENTED = {
    "a": "[a\u00e0\u00e1\u00e2\u00e4]",
    "e": "[e\u00e8\u00e9\u00ea\u00eb]",
    "i": "[i\u00ed\u00ee\u00ef]",
    "o": "[o\u00f3\u00f4\u00f6]",
    "u": "[u\u00fa\u00fb\u00fc]",
    "c": "[c\u00e7]",
    "n": "[n\u00f1]",
}


def _any(spec: str, *, accents: bool = False) -> str:
    """Build a regex alternation from space-separated alternatives; "_" in an alternative stands for a space.

    With `accents`, plain vowels (and c, n) outside escapes and classes also match their accented forms, for
    patterns that run on the raw text rather than on folded text.
    """
    words = [word.replace("_", " ") for word in spec.split()]
    return "|".join(_accent_tolerant(word) if accents else word for word in words)


def _accent_tolerant(pattern: str) -> str:
    out: list[str] = []
    depth = 0
    for index, char in enumerate(pattern):
        escaped = index > 0 and pattern[index - 1] == "\\"
        depth += (char == "[") - (char == "]") if not escaped else 0
        out.append(_ACCENTED.get(char, char) if depth == 0 and not escaped and char != "]" else char)
    return "".join(out).replace("ss", "(?:ss|\u00df)")


# --- Prompt injection -------------------------------------------------------------------------------------
# Patterns run on folded text (lower case, no accents), one sentence at a time. They need an imperative
# addressed to the reader, so "ignored by no one", "Rated top performer 2021" or "instructions for use" pass.
_OVERRIDE_VERBS = """ignore disregard forget override bypass ignorez ignorer oublie oubliez ignora ignorar
    ignoren olvida olvide omite ignoriere ignorieren vergiss vergessen missachte ne_tenez_pas_compte
    haz_caso_omiso"""
_OVERRIDE_NOUNS = """instructions? prompts? directions? rules guidelines context messages? commands? rubric
    criteria consignes? regles directives instrucciones indicaciones reglas ordenes anweisungen?
    instruktionen regeln befehle vorgaben istruzioni instrucoes"""
_ROLE_PHRASES = r"""you_are_now_(?:a|an|the|my|acting|in|operating|dan) from_now_on,?_you
    act_as_(?:an?_|the_)?(?:ai|assistant|recruiter|screener|evaluator|hr) pretend_(?:to_be|you_are)
    you_are_(?:an?_)?(?:ai|large_language_model|language_model|llm|chatgpt|gpt|claude)
    tu_es_(?:maintenant|desormais) vous_etes_(?:maintenant|desormais) (?:a_partir_de_)?ahora_eres
    du_bist_(?:jetzt|nun|ab_sofort) sie_sind_(?:jetzt|nun|ab_sofort) new_(?:instructions|rules|task)\s*:
    nouvelles_instructions nuevas_instrucciones neue_anweisungen"""
_MACHINES = """ai llm gpt chatgpt claude model language_model screener screening_(?:tool|system|software) ats
    bot automated"""
_SCORE_VERBS = """rate score rank grade mark evaluate assess give assign award recommend classify output
    return note notez donne donnez attribue attribuez accorde evalue evaluez classe califica puntua evalua
    dale da asigna otorga clasifica recomienda bewerte bewerten gib geben vergib stufe empfiehl"""
_HIGH_WORDS = r"""100 10\s*/\s*10 20\s*/\s*20 10_out_of_10 highest maximum max top perfect excellent
    strong.yes best ideal hire shortlist maximale? meilleure? parfaite? maxima maximo mejor perfect[oa]
    hochste bestnote beste[nr]? perfekt"""
_OVERRIDE = re.compile(rf"\b(?:{_any(_OVERRIDE_VERBS)})\b.{{0,60}}?\b(?:{_any(_OVERRIDE_NOUNS)})\b")
_ROLE = re.compile(rf"\b(?:{_any(_ROLE_PHRASES)})\b")
_MARKUP = re.compile(
    r"<\|?/?(?:system|im_start|im_end|assistant)\|?>|\[/?inst\]|<<sys>>|###\s*(?:instruction|system)"
    # Attempts to close the fence around the CV, or to declare the CV (or the prompt) over.
    r"|<\s*/\s*(?:cv_document|cv|resume|document|context|user|data|input)\s*>"
    r"|\bend of (?:the )?(?:context|prompt|cv|resume|document|input|candidate data)\b"
    r"(?=.{0,80}\b(?:now|you|give|rate|score|rank|ignore|write|recommend|review|do not)\b)"
    r"|^[\s*\u2022-]*[\[(]?(?:system|assistant)(?: prompt)?[\])]?\s*:\s*(?=.*\b(?:you|ignore|rate|score|rank"
    r"|candidate|respond|output|instructions?|must)\b)",
    re.MULTILINE | re.IGNORECASE,
)
_ADDRESSED = re.compile(
    rf"\b(?:note|message|instructions?|attention|notice)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:{_any(_MACHINES)})\b"
    r"|\bif you are an? (?:ai|llm|language model|bot|automated|gpt|chatgpt|claude|machine)\b"
    r"|\b(?:ai|llm|gpt|chatgpt|claude|ats)(?: screeners?| reviewers?| models?| systems?)?,? (?:must|should"
    r"|shall|please|needs? to)\b.{0,40}\b(?:rate|score|rank|recommend|select|hire|ignore|say|respond"
    r"|output)\b"
)
_SCORE_VERB = re.compile(rf"\b(?:{_any(_SCORE_VERBS)})\b")
_TARGET = re.compile(
    r"\b(?:this|the following)\s+(?:candidate|applicant|cv|resume|profile|person|application)\b|\bme\b"
    r"|\bmy (?:cv|resume|application|profile)\b|\bce (?:candidat|cv|profil)\b"
    r"|\bcette (?:candidate|candidature)\b"
    r"|\bmoi\b|\best[ea] (?:candidat[oa]|cv|curriculum|perfil|candidatura)\b|\bmich\b"
    r"|\bdiese[nrs]? (?:kandidat(?:en|in)?|lebenslauf|profil|bewerbung)\b"
)
_HIGH = re.compile(rf"\b(?:{_any(_HIGH_WORDS)})\b")
_SELF_PRAISE = re.compile(r"\b(?:this|the) (?:candidate|applicant) (?:is|should|must|will|has)\b")
_REVIEW_ORDER = re.compile(
    r"\b(?:give|write|provide|produce)\b.{0,30}\b(?:positive|glowing|favou?rable|good) (?:review|assessment"
    r"|evaluation|summary|score|rating)\b"
    r"|\bdo not (?:highlight|mention|report|list|flag) (?:any )?(?:negatives?|weaknesses|gaps|concerns)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# What `_is_injection` needs at least one of (the rest of each test only narrows it down).
_ANY_INJECTION = (_OVERRIDE, _ROLE, _ADDRESSED, _REVIEW_ORDER, _SCORE_VERB, _SELF_PRAISE)
# All of them in one pattern (none has flags or anchors): it matches wherever one of them does.
_ANY_INJECTION_RE = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _ANY_INJECTION))
_MAX_LINE_DROP = 400  # a line up to this long is dropped whole; longer ones lose only the offending sentence


def _is_injection(sentence: str) -> bool:
    folded = fold(sentence)
    if _OVERRIDE.search(folded) or _ROLE.search(folded) or _ADDRESSED.search(folded):
        return True
    if _REVIEW_ORDER.search(folded):
        return True
    if _SCORE_VERB.search(folded) and _TARGET.search(folded) and _HIGH.search(folded):
        return True
    return bool(_SELF_PRAISE.search(folded) and _HIGH.search(folded))


def _injected(line: str) -> list[re.Match[str]]:
    # A sentence's folded text is a piece of its line's, cut after a terminator (a non-word character, as
    # the patterns' \b see it): a line none of the patterns matches holds no injected sentence.
    folded = fold(line)
    if not any(pattern.search(folded) for pattern in _ANY_INJECTION):
        return []
    return [m for m in _SENTENCE.finditer(line) if _is_injection(m.group(0))]


def _suspect_lines(lines: list[str]) -> set[int]:
    """Numbers of the lines whose folded text one of `_ANY_INJECTION` may match: one scan of all of them.

    A match within a line is a match at the same place of the lines joined by "\n" (a match there may run
    on into the next line, so a line found here is only a suspect).
    """
    return set(matching_lines("\n".join(fold(line) for line in lines), _ANY_INJECTION_RE))


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
    injections = [m.group(0).strip()[:120] for m in _MARKUP.finditer(text)]
    # Markup a line holds is markup of its lines joined by "\n" too (where `^` and `$` see each line's ends
    # and `.` stops as at the line's end): with none there, no line needs its own search.
    lines = text.splitlines()
    markup = _MARKUP.search("\n".join(lines)) is not None
    kept: list[str] = []
    found = False
    suspects = _suspect_lines(lines)
    for number, line in enumerate(lines):
        bad = _injected(line) if number in suspects else []
        injections += [m.group(0).strip()[:120] for m in bad]
        if (bad and len(line) <= _MAX_LINE_DROP) or (markup and _MARKUP.search(line)):
            kept.append("")
            found = True
            continue
        for match in reversed(bad):
            line = line[: match.start()] + line[match.end() :]
        kept.append(line)
        found = found or bool(bad)
    return "\n".join(kept), found, injections


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
