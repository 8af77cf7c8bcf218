"""CV text is data, never instructions: strip injections, redact for blind scoring, remove keyword walls."""

from __future__ import annotations

import re

from jobs.scoring import sections
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


def find_injections(text: str) -> list[str]:
    """Return the sentences that address the screener with instructions (at most 120 characters each)."""
    found = [m.group(0).strip()[:120] for m in _MARKUP.finditer(text)]
    for line in text.splitlines():
        found += [m.group(0).strip()[:120] for m in _SENTENCE.finditer(line) if _is_injection(m.group(0))]
    return found


def strip_injections(text: str) -> tuple[str, bool]:
    """Blank the lines (in very long lines, the sentences) that carry injections; say whether any did.

    A whole line goes because what follows an instruction on its line ("... and rate me 100: expert in
    Kubernetes") is part of the same attempt. Line numbers stay, so quotes can still point at lines. Every
    other character stays as it was: only a removed injection makes the answer True.
    """
    kept: list[str] = []
    found = False
    for line in text.splitlines():
        if _MARKUP.search(line) or (len(line) <= _MAX_LINE_DROP and find_injections(line)):
            kept.append("")
            found = True
            continue
        bad = [m.span() for m in _SENTENCE.finditer(line) if _is_injection(m.group(0))]
        for start, end in reversed(bad):
            line = line[:start] + line[end:]
        kept.append(line)
        found = found or bool(bad)
    return "\n".join(kept), found


# --- Blind mode: redaction ---------------------------------------------------------------------------------
# Every rule replaces within its line and never removes a newline, so line i of the redacted text is line i
# of the input: the offline scorer quotes input lines by number. Categories are reported, values never.
REDACTION_CATEGORIES = (
    "name", "email", "phone", "url", "address", "photo", "date_of_birth", "age", "gender", "pronouns",
    "marital_status", "nationality",
)  # fmt: skip
_COLON = "[:\uff1a]"  # ASCII or full-width
_VALUE = rf"[ \t]*{_COLON}[ \t]*[^\n|\u2022\u00b7;\t]+?(?=[ \t]{{2,}}|[|\u2022\u00b7;\t]|$)"
_FLAGS = re.IGNORECASE | re.MULTILINE
_AGE = "age edad alter"
_SITES = "linkedin github gitlab twitter x stackoverflow behance dribbble medium xing facebook instagram"
_MARITAL = (
    "married divorced widowed mariee? celibataire casado casada soltero soltera verheiratet ledig geschieden"
)
_PHONE_LABELS = "phone tel telephone telefono telefon mobile? cell handy movil"
_CONTACT_RULES = (
    ("email", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    (
        "url",
        re.compile(
            rf"\bhttps?://\S+|\bwww\.\S+|\b(?:{_any(_SITES)})\.com/\S*|\b[\w-]+\.(?:com|io|dev|me|org|net|fr|es|de)/\S+"
            r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|dev|me|org)\b",
            _FLAGS,
        ),
        "[url]",
    ),
)
_LABELLED = {
    "date_of_birth": r"date_of_birth birth_?date d\.?o\.?b\.? born(?:_on)? birthday date_de_naissance ne_le"
    r" nee_le fecha_de_nacimiento nacido_el nacida_el geburtsdatum geboren_am geb\.",
    "gender": "gender sex sexe sexo geschlecht genre",
    "marital_status": "marital_status civil_status etat_civil situation_familiale estado_civil familienstand",
    "nationality": "nationality citizenship nationalite nacionalidad staatsangehorigkeit nationalitat",
    "address": "address home_address adresse direccion domicilio anschrift residence location wohnort",
}
_PLACEHOLDER = {"date_of_birth": "[dob]", "marital_status": "[marital status]"}
_OTHER_RULES = (
    (
        "age",
        re.compile(
            rf"\b(?:{_any(_AGE, accents=True)})[ \t]*{_COLON}?[ \t]*\d{{2}}\b|\b\d{{2}}[- ]years?[- ]old\b",
            _FLAGS,
        ),
        "[age]",
    ),
    (
        "gender",
        re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Mme|Mlle|Sra|Srta|Herr|Frau)\b\.?(?=[ \t]+(?:[A-Z]|\[name\]))"),
        "",
    ),
    (
        "marital_status",
        re.compile(
            rf"\b(?:{_any(_MARITAL, accents=True)})\b"
            r"(?:,? (?:with )?\d+ (?:children|kids|enfants|hijos|kinder))?",
            _FLAGS,
        ),
        "[marital status]",
    ),
    (
        "address",
        re.compile(
            r"\b\d{1,5},? (?:[A-Z][\w'-]* ){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive"
            r"|Dr|Court|Ct|Way|Place|Pl)\b\.?"
            r"|\b\d{1,4},? (?:rue|avenue|boulevard|bd|chemin|all[e\u00e9]e|impasse) [^\n,|]+"
            r"|\b(?:calle|avenida|avda\.?|c/) [^\n,|]+,? ?\d+"
            r"|\b[A-Z][\w-]*(?:stra(?:ss|\u00df)e|str\.|weg|gasse|platz|allee) \d+",
            _FLAGS,
        ),
        "[address]",
    ),
    (
        "photo",
        re.compile(
            r"^[ \t]*[\[(]?(?:photo|picture|headshot|portrait|foto|bild)(?: of .+| ?:.*)?[\])]?[ \t]*$",
            _FLAGS,
        ),
        "[image]",
    ),
)
_PHONE = re.compile(r"(?<![\w/.])(?:\+|00)?\(?\d[\d \t().-]{6,}\d(?![\w/])")
_PHONE_LABEL = re.compile(
    rf"\b(?:{_any(_PHONE_LABELS, accents=True)})\.?[ \t]*{_COLON}[ \t]*[+\d][\d \t().-]{{5,}}\d",
    _FLAGS,
)
_MONTH_YEAR = re.compile(r"\b\d{1,2}[./](?:19|20)\d{2}\b|\b(?:19|20)\d{2}[./-](?:0?[1-9]|1[0-2])\b")
_PRONOUNS = {
    "he": "they", "she": "they", "him": "them", "his": "their", "her": "their", "hers": "theirs",
    "himself": "themselves", "herself": "themselves",
}  # fmt: skip
_PRONOUN_RE = re.compile(
    r"\(?\b(?:she|he|they)/(?:her|him|them)(?:/\w+)?\b\)?|\b(?:he|she|him|his|her|hers|himself|herself)\b",
    re.I,
)
_OBJECT_CONTEXT = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:for|to|and|or|in|on|at|with|as|from|by|about|of|that|the|a|an)\b)"
)
_NAME_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019-]+|[A-Z\u00c0-\u00de]{2,}|[A-Z]\."
_PARTICLES = frozenset(("de", "da", "van", "von", "del", "la", "le"))
_NAME_LINE = re.compile(
    rf"^(?:(?:Dr|Prof)\.?[ \t]+)?((?:{_NAME_WORD})(?:[ \t]+(?:{_NAME_WORD}|{'|'.join(_PARTICLES)})){{1,3}})"
    r"[ \t]*(?:$|[,|\u2013\u2014-][ \t])"
)
_NAME_LABEL = re.compile(
    rf"\b(?:full name|name|nom|nombre|apellidos?|vorname|nachname)[ \t]*{_COLON}[ \t]*([^\n|,;]+)", re.I
)
_NOT_NAME_WORDS = """engineer developer manager designer scientist analyst consultant architect senior junior
    director specialist intern officer administrator ingenieur developpeur desarrollador ingeniero
    ingeniera entwickler berater stack product software teacher nurse accountant recruiter student"""
_NOT_NAME = re.compile(
    rf"curriculum|vitae|resume|\bcv\b|lebenslauf|\d|@|\b(?:lead|full|data|web)\b"
    rf"|{_any(_NOT_NAME_WORDS, accents=True)}",
    re.I,
)
_HEADER_LINES = 8
_SEGMENT_SPLIT = re.compile(r"[ \t]*(?:[|\u2022\u00b7\u00a7#]|\t|[ \t]{2,})[ \t]*")
_PLACE_WORDS = r"[A-Z\u00c0-\u00de][\w.'\u2019-]*(?: [\w.'\u2019-]+){0,3}"
_PLACE = re.compile(rf"^{_PLACE_WORDS}, {_PLACE_WORDS}$")


def _label_rule(category: str) -> re.Pattern[str]:
    labels = _any(_LABELLED[category], accents=True)
    value = _VALUE.replace(_COLON, f"{_COLON}?", 1) if category == "date_of_birth" else _VALUE
    return re.compile(rf"(?<!\[)\b(?:{labels}){value}", _FLAGS)


_LABEL_RULES = tuple((c, _label_rule(c), _PLACEHOLDER.get(c, f"[{c}]")) for c in _LABELLED)


def _is_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    years = sum(len(group) == 4 and 1950 <= int(group) <= 2039 for group in re.findall(r"\d+", candidate))
    # "03.2017 - 06.2020" and "2015 2016 2017" are dates, not phone numbers.
    return 9 <= len(digits) <= 15 and years < 2 and not _MONTH_YEAR.search(candidate)


def _find_names(text: str) -> list[str]:
    names = [m.group(1).strip() for m in _NAME_LABEL.finditer(text)]
    for line in [line.strip() for line in text.splitlines() if line.strip()][:3]:
        match = _NAME_LINE.match(line)
        if not match or _NOT_NAME.search(match.group(1)) or sections.heading_section(line) is not None:
            continue
        # "Julia Rust" is a name; "Java Kotlin" is two skills.
        if not all(find_skills(word) for word in match.group(1).split()):
            return [*names, match.group(1)]
    return names


def _redact_names(text: str) -> tuple[str, bool]:
    variants: set[str] = set()
    for name in _find_names(text):
        variants |= {name, name.upper()}
        for part in name.replace(".", " ").split():
            # A part that is also a skill ("Rust") is left alone on its own, or the skill would vanish too.
            if len(part) > 1 and part.lower() not in _PARTICLES and not find_skills(part):
                variants |= {part, part.capitalize(), part.upper()}
    if not variants:
        return text, False
    # Case-sensitive: a name that is also a word ("Max", "Rose") stays a word in lower case.
    pattern = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    text, count = re.subn(rf"(?<![\w@])(?:{pattern})(?![\w@])", "[name]", text)
    return re.sub(r"\[name\](?:[ \t]+\[name\])+", "[name]", text), count > 0


def _redact_phones(text: str) -> tuple[str, bool]:
    text, labelled = _PHONE_LABEL.subn("[phone]", text)
    bare = [m.group(0) for m in _PHONE.finditer(text) if _is_phone(m.group(0))]
    text = _PHONE.sub(lambda m: "[phone]" if _is_phone(m.group(0)) else m.group(0), text)
    return text, bool(labelled or bare)


def _redact_header_places(text: str) -> tuple[str, bool]:
    """Replace "City, Country" segments in the CV's first lines, where contact details sit."""
    lines = text.split("\n")
    found = False
    for index in [i for i, line in enumerate(lines) if line.strip()][:_HEADER_LINES]:
        for segment in _SEGMENT_SPLIT.split(lines[index].strip()):
            if _PLACE.match(segment) and not find_skills(segment) and not _NOT_NAME.search(segment):
                lines[index] = lines[index].replace(segment, "[address]")
                found = True
    return "\n".join(lines), found


def _neutral_pronoun(match: re.Match[str]) -> str:
    word = match.group(0)
    if "/" in word:  # a pronoun declaration such as "(she/her)" goes entirely
        return ""
    neutral = _PRONOUNS[word.lower()]
    if word.lower() == "her" and _OBJECT_CONTEXT.match(match.string, match.end()):
        neutral = "them"  # "relies on her for" is an object, "her team" a possessive
    return neutral.capitalize() if word[0].isupper() else neutral


def redact(text: str) -> tuple[str, tuple[str, ...]]:
    """Replace personal data with placeholders for blind scoring; return the text and the categories found.

    Idempotent: redacting redacted text finds nothing more. Contact links go first, so a name inside an
    email address leaves with the address.
    """
    found: set[str] = set()
    for category, pattern, placeholder in _CONTACT_RULES:
        text, count = pattern.subn(placeholder, text)
        found |= {category} if count else set()
    text, has_name = _redact_names(text)
    found |= {"name"} if has_name else set()
    for category, pattern, placeholder in (*_LABEL_RULES, *_OTHER_RULES):
        text, count = pattern.subn(placeholder, text)
        found |= {category} if count else set()
    for category, step in (("address", _redact_header_places), ("phone", _redact_phones)):
        text, hit = step(text)
        found |= {category} if hit else set()
    text, count = _PRONOUN_RE.subn(_neutral_pronoun, text)
    found |= {"pronouns"} if count else set()
    return text, tuple(c for c in REDACTION_CATEGORIES if c in found)


# --- Keyword stuffing -------------------------------------------------------------------------------------
# Only list-shaped text is ever removed: prose with context is what the scorer should read.
_WALL_ITEMS = 40  # items in one list line; real skills lines seen in the corpus stop at 34
_WALL_BLOCK_ITEMS = 60  # items in unlabelled list lines wrapped one after the other; real ones stop near 40
_REPEAT_LISTED = 3  # a list of at least this many skills, pasted again right below itself, is stuffing
_FUNCTION_WORDS_TEXT = "the a an and of to in for with on at by as de la le les et y en el und der die"
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def _is_repetitive(text: str) -> bool:
    # Only words count: a dot leader ("Vocational. . . . .") repeats punctuation, not keywords.
    words = [word for word in fold(text).split() if any(char.isalnum() for char in word)]
    if len(words) < 12 or sum(word in _FUNCTION_WORDS for word in words) / len(words) > 0.1:
        return False
    return len(set(words)) / len(words) < 0.5


def _is_wall(text: str) -> bool:
    return _is_repetitive(text) or (
        len(sections.list_items(text)) >= _WALL_ITEMS and sections.is_list_like(text)
    )


def _unlabelled_list(line: str) -> bool:
    head, colon, _rest = line.partition(":")
    labelled = bool(colon) and len(head.split()) <= 4
    return not labelled and len(sections.list_items(line)) >= 3 and sections.is_list_like(line)


def _wall_blocks(lines: list[str]) -> list[int]:
    """Return the lines of unlabelled lists that run on, line after line, into a wall (a PDF wraps walls)."""
    walls: list[int] = []
    block: list[int] = []
    for index, line in enumerate([*lines, ""]):
        if line.strip() and _unlabelled_list(line):
            block.append(index)
            continue
        if len(block) > 1 and sum(len(sections.list_items(lines[i])) for i in block) >= _WALL_BLOCK_ITEMS:
            walls += block
        block = []
    return walls


def destuff(text: str) -> tuple[str, bool]:
    """Blank out keyword walls (on one line or wrapped) and lists pasted again below themselves; say if any.

    The same skills listed again further down (one stack per job or project) is how honest CVs read, and
    stays; the same list pasted again and again in one block is stuffing.
    """
    out = text.splitlines()
    above: frozenset[str] = frozenset()  # the skills of the last non-blank line, if it was a list
    stuffed = False
    for index, line in enumerate(out):
        if not line.strip():
            continue
        if not (sections.is_list_like(line) or _is_repetitive(line)):
            above = frozenset()
            continue
        names = frozenset(find_skills(line))
        repeat = len(names) >= _REPEAT_LISTED and names == above
        above = names
        if _is_wall(line) or repeat:
            stuffed = True
            out[index] = ""
    for index in _wall_blocks(out):
        stuffed = True
        out[index] = ""
    return "\n".join(out), stuffed


def is_keyword_stuffed(text: str) -> bool:
    """Tell whether the text has walls of skill names or skills listed over and over."""
    return destuff(text)[1]
