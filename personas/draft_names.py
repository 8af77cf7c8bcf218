"""Name a requirement the way a rubric does: the thing asked for, without "Strong working knowledge of".

Pure: no Django. Also gives each name its key terms (tools, languages, domains), which group near-duplicates
and tell how central a requirement is to the advert.
"""

from __future__ import annotations

import re

MAX_NAME_WORDS = 10
MAX_NAME_CHARS = 120

_LEAD = re.compile(
    r"^(?:"
    r"(?:very |highly )?(?:strong|good|excellent|solid|deep|proven|demonstrated|demonstrable|in-depth|"
    r"profound|thorough|sound|basic|advanced|adequate|top-notch|expert-level|extensive|hands[- ]on|working|"
    r"practical|"
    r"relevant|some|great|effective|fairly good|exceptional|distinctive|exemplary|previous|prior|"
    r"professional|applied|overall|general|intermediate|various|fundamental|core|modern|common|"
    r"intensive|measurable|significant|minimum|minimal|the|a|an)\s+"
    r"|(?:\w+/)?(?:knowledge|understanding|experience|expertise|proficiency|familiarity|exposure|"
    r"background|command|grasp|insight|track record|skills?|ease)(?:/\w+)?\s*"
    r"(?:of|in|with|on|using|over|across|as|at|to)?\s+"
    r"|(?:proficient|familiar|comfortable|experienced|skilled|expert|conversant|fluent|versed)\s+"
    r"(?:in|with|at|on)\s+"
    r"|(?:ability|able)\s+to\s+|(?:using|use of)\s+|(?:ideally|preferably),?\s+"
    r"|(?:must|should|will)\s+(?:have\s+|be\s+|possess\s+|know\s+)?"
    r"|(?:have|has|possess|possesses)\s+(?:had\s+)?"
    r"|(?:at least|minimum of|min\.?|al menos|m[ií]nim[oa](?: de)?)\s+"
    r"|(?:the\s+)?(?:ideal|successful)\s+candidates?\s+(?:will\s+|should\s+|must\s+)?(?:has|have|is|be)\s+"
    r"|(?:you|candidates?)\s+(?:will\s+|should\s+|must\s+)?(?:have|are|bring|be)\s+|(?:is|are|be)\s+"
    r"|el candidato ideal (?:tiene|cuenta con)\s+"
    r"|\d{1,2}\s*\+?\s*(?:(?:-|\u2013|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?|a[nñ]os)['\u2019]?\s*"
    r"(?:of\s+|de\s+|en\s+)?"
    r"|(?:conocimientos?|manejo|dominio|experiencia|capacidad|nivel|formaci[oó]n)\s*(?:de|en|con|del|para)?\s+"
    r"|(?:avanzad[oa]s?|intermedi[oa]s?|b[aá]sic[oa]s?|s[oó]lid[oa]s?|ampli[oa]s?|alto|alta|buen[oa]?)\s+"
    r"|(?:and|or|y|o|on|in|with|of|for|at|as|de|en|con|como|el|la|los|las)\s+"
    r")+",
    re.IGNORECASE,
)
_CUT = re.compile(
    r"\s+(?:such as|including|like|e\.g\.|i\.e\.|for example|etc\b|tales como|como por ejemplo|incluyendo)"
    r"|\s+or (?:equivalent|similar|related)\b|\s+o (?:similar(?:es)?|afines|equivalentes?)\b"
    r"|\s+and (?=(?:good|strong|excellent|solid|deep|knowledge|experience|understanding|familiarity"
    r"|ability)\b)"
    r"|\s+(?:with|con) (?:the )?(?:ability|capacidad)\b"
    r"|,?\s+(?:is |are |would be |will be |ser[aá] )?(?:a plus|an advantage|advantageous|preferred|preferably"
    r"|desired|desirable|required|essential|mandatory|appreciated|un plus|deseable|valorable|a bonus"
    r"|beneficial|an? (?:real |great |strong |definite )?asset"
    r"|imprescindible)\b"
    r"|\s+(?:would|will) be (?:nice|great|good|helpful|useful)\b"
    r"|\s*\((?:required|preferred|deseable|requerido|imprescindible|valorable)\)"
    r"|[:;]|\.\s|\.(?=(?-i:[A-Z][a-z]))|\s[-\u2013]\s|\((?=[^)]{31,})",
    re.IGNORECASE,
)
_TRAIL = re.compile(r"[\s,.;:&/-]+$|\s+(?:and|or|y|o|etc|as|is|are|of|in|with|for|to|de|en|con)\.?$", re.I)

_STOP_WORDS = (
    "a an and or the of to in on with for at as by from using use be is are will can who that this "
    "your our you we their its it such like etc e.g. i.e. other related equivalent similar various "
    "within across de la el los las del y o en con para por un una que su sus al como otros afines "
)
_STOP = frozenset(_STOP_WORDS.split())
_GENERIC_WORDS = (
    "experience knowledge understanding skills skill ability strong good excellent working work "
    "expertise proficiency familiarity proven years year minimum least plus preferred required must "
    "should have total development developer developing tools tool technologies technology concepts "
    "principles environment experiencia conocimiento conocimientos manejo nivel avanzado intermedio "
    "básico herramientas uso "
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
_ALIASES = {
    "postgres": "postgresql",
    "postgre": "postgresql",
    "js": "javascript",
    "html5": "html",
    "css3": "css",
    "k8s": "kubernetes",
    "golang": "go",
    "reactjs": "react",
    "react.js": "react",
    "vue.js": "vue",
    "vuejs": "vue",
    "angular.js": "angular",
    "angularjs": "angular",
    "nodejs": "node.js",
    "node": "node.js",
    "restful": "rest",
    "apis": "api",
    "api's": "api",
    "ml": "machine learning",
    "inglés": "english",
    "ingles": "english",
    "español": "spanish",
    "mongo": "mongodb",
    "elastic": "elasticsearch",
    "ms": "microsoft",
}
_TOKEN = re.compile(r"[\w#+.']+(?<![.'])")


def criterion_name(text: str) -> str:
    """A short name for the requirement stated by `text` (at most ten words)."""
    name = _after_colon(text.strip(" •·-\u2013*"))
    for _ in range(4):  # fillers stack up: "Strong working knowledge of the ..."
        stripped = _LEAD.sub("", name)
        if stripped == name or not stripped:
            break
        name = stripped
    name, examples = _examples(name)
    name = _CUT.split(name, maxsplit=1)[0]
    name = _close_brackets(" ".join(name.split()[:MAX_NAME_WORDS]))
    if examples and len(name.split()) <= 6:
        name = f"{_TRAIL.sub('', name)} ({examples})"
    name = _TRAIL.sub("", name).strip()
    if len(name) < 2:
        name = " ".join(text.split()[:MAX_NAME_WORDS])
    return (name[:1].upper() + name[1:])[:MAX_NAME_CHARS]


def _after_colon(text: str) -> str:
    """ "Experience in one or more of the following: C, C++, Java" asks for what follows the colon."""
    head, colon, tail = text.partition(":")
    if colon and tail.strip() and (_ANY_OF.search(head) or not key_terms(_LEAD.sub("", head))):
        return tail.strip()
    return text


_ANY_OF = re.compile(
    r"\b(?:one|any|some|all|at least one|one or more|uno|alguno)\s+(?:of|de)"
    r"(?:\s+(?:the\s+)?(?:following|these|los siguientes|estos))?\s*$",
    re.IGNORECASE,
)


def _examples(name: str) -> tuple[str, str]:
    """Split "toolkits, such as R, Weka, NumPy, etc." into the thing and its first three named examples."""
    match = _SUCH_AS.search(name)
    if not match:
        return name, ""
    terms = re.split(r",|\bor\b|\band\b|\bo\b|\by\b", name[match.end() :])
    listed = [_lead_name(term.strip(" .()")) for term in terms]
    named = [term for term in listed if _looks_named(term) and term.lower() != "etc"][:3]
    return name[: match.start()], ", ".join(named)


_SUCH_AS = re.compile(
    r",?\s+(?:such as|including|like|e\.g\.,?|for example|tales como|como por ejemplo|incluyendo)\s+"
    r"|\s*\((?=[^)]*,)",
    re.IGNORECASE,
)


def _lead_name(term: str) -> str:
    """An example is at most three words: "SQL coding across databases" is "SQL"."""
    words = term.split()
    if len(words) <= 3:
        return term
    named = [word for word in words[:3] if _looks_named(word)]
    return " ".join(words[: len(named)]) if named and words[0] == named[0] else ""


def _looks_named(term: str) -> bool:
    return any(char.isupper() or char.isdigit() or char in "#+." for char in term)


def _close_brackets(name: str) -> str:
    if name.count("(") > name.count(")"):
        return name[: name.rfind("(")].rstrip()
    return name


def key_terms(text: str) -> frozenset[str]:
    """The words that say what is asked for, lower-cased and canonical ("PostGRESQL" -> "postgresql")."""
    terms = set()
    for raw in _TOKEN.findall(text.replace("/", " ")):
        token = _ALIASES.get(raw.casefold(), raw.casefold())
        meaningful = len(token) > 1 or token in ("c", "r")  # C and R are languages
        if meaningful and token not in _STOP and token not in _GENERIC and not token.isdigit():
            terms.add(token)
    return frozenset(terms)


def named_terms(text: str) -> frozenset[str]:
    """Key terms written as names (Python, C#, SQL, Power BI): capitalised mid-text, or with symbols."""
    words = _TOKEN.findall(text.replace("/", " "))
    named = {word for index, word in enumerate(words) if _is_named(word, first=index == 0)}
    return key_terms(" ".join(named))


def _is_named(word: str, *, first: bool) -> bool:
    if any(char in word for char in "#+.") or (
        any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    ):
        return True
    upper = sum(char.isupper() for char in word)
    return upper >= 2 or (upper == 1 and word[0].isupper() and not first)
