"""CV structure: lines labelled with their section (Experience, Skills, ...); whether a text is a CV"
" at all."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobs.scoring import cv_signals
from jobs.scoring.evidence import placeholders_only
from jobs.scoring.skills import fold
from jobs.scoring.types import ScoringError

# Heading keywords per section, folded (no accents, lower case), in English, French, Spanish and German.
# Checked in this order, so "Experience summary" is a summary and "Skills & tools" are skills.
_HEADINGS: tuple[tuple[str, str], ...] = (
    (
        "summary",
        r"summary|profile|profil|perfil|about me|about|objective|objectif|objetivo|a propos|sobre mi"
        r"|uber mich|zusammenfassung|kurzprofil|resume professionnel|presentation",
    ),
    ("languages", r"languages|langues|idiomas|lenguas|sprachen|sprachkenntnisse"),
    (
        "skills",
        r"skills|skill|competences|competencies|competencias|habilidades|conocimientos|kenntnisse"
        r"|fahigkeiten|technologies|tech stack|technical|tools|expertise|outils|herramientas|stack",
    ),
    (
        "experience",
        r"experience|experiences|employment|work history|career|experiencia|berufserfahrung"
        r"|werdegang|erfahrung|emplois?|empleos?|internships?|stages|practicas|professional background"
        r"|positions",
    ),
    # "Packages" alone lists software one published; "SOFTWARE PACKAGES" heads a list of tools one uses.
    ("projects", r"projects|projets|proyectos|projekte|portfolio|open source|^packages$"),
    (
        "education",
        r"education|formation|formations|educacion|formacion|ausbildung|studium|academic|etudes"
        r"|estudios|bildung|diplomes|qualifications|schooling",
    ),
    (
        "certifications",
        r"certifications|certificates|certificats|certificaciones|zertifikate|licenses|licences",
    ),
    (
        "other",
        r"interests|hobbies|loisirs|intereses|aficiones|interessen|hobbys|references|referencias"
        r"|referenzen|publications|awards|honors|volunteering|volunteer|benevolat|voluntariado|ehrenamt"
        r"|centres d.interet|miscellaneous|misc|additional information|informations complementaires|otros"
        r"|sonstiges|activities|extracurricular|achievements|other|others|autres|otros|andere",
    ),
)
_HEADING_RES = tuple((name, re.compile(rf"\b(?:{words})\b")) for name, words in _HEADINGS)
# A heading is made only of heading words and these fillers: "Technical Lead" is a job title, not a heading.
_FILLERS_TEXT = (
    "and et y und of de des del la le les el my mes mis meine work professional professionnelle"
    " professionnelles"
    " professionnel profesional profesionales laboral laborales berufliche beruflicher relevant key"
    " core other"
    " additional selected recent previous academic personal personnelles computer it programming soft hard"
    " language linguistic informatiques informaticas tecnicas techniques fachliche and technique history"
    " vocacional complementaires complementary research teaching academica academique academico computacion"
    " computing informatica informatique projet proyecto projekt & s"
)
_FILLERS = frozenset(_FILLERS_TEXT.split())
_HEADING_WORDS = frozenset(re.sub(r"[^a-z ]", " ", " ".join(w for _, w in _HEADINGS)).split()) | _FILLERS
_CID = re.compile(r"\(cid:\d+\)")
_BULLET = re.compile(r"^[\s\-\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25b8\u27a2\u2219\u00b7*>o]+(?=\S)")
_LETTER_SPACED = re.compile(r"^(?:\w ){2,}\w$")
_LABEL = re.compile(r"^[^:]{1,40}:\s*")
_WRAPPED_WORDS = 5  # a line above this long that stops without punctuation wraps onto the next
_LIST_SPLIT = re.compile(r"\s*[,;|\u2022\u00b7/]\s*|\s{3,}|\t")
MAX_UNIT_CHARS = 240  # long paragraphs are cut into sentences/chunks so a quote stays short


@dataclass(frozen=True)
class Line:
    """One line (or a sentence of a long line) with where it sits and its shape."""

    index: int  # line number in the source text
    text: str  # stripped of bullets and outer whitespace
    section: str  # header|summary|experience|projects|skills|education|languages|certifications|other
    is_list: bool  # a list of items ("Python, Django, Docker") rather than a sentence
    is_heading: bool


def heading_section(raw: str) -> str | None:
    """Return the section a heading line opens, or None when the line is not a heading."""
    text = _CID.sub("", raw).strip(" \t:#*-=_|").strip()
    if _LETTER_SPACED.match(text):
        text = text.replace(" ", "")
    if not text or len(text) > 48 or len(text.split()) > 5 or text.endswith((".", ",", ";")):
        return None
    if sum(ch.isdigit() for ch in text) > 2 or "@" in text or text.count(")") > text.count("("):
        return None  # a heading never closes a bracket it did not open ("honors)" ends a wrapped line)
    folded = fold(text)
    words = re.findall(r"[a-z]+", folded)
    if not set(words) <= _HEADING_WORDS and not (text.isupper() and len(words) <= 3):
        return None
    for name, pattern in _HEADING_RES:
        if pattern.search(folded):
            return name
    return None


def continues(previous: str, line: str) -> bool:
    """Whether `line` is the rest of a sentence wrapped from `previous` ("... to meet the needs of" /
    "tech projects"): it starts in lower case and the line above stopped mid-sentence, a bullet's words.

    Such a line is never a heading, whatever its words: a heading starts its own line of thought.
    """
    if not line[:1].islower():
        return False
    words = previous.split()
    return (len(words) >= _WRAPPED_WORDS and previous[-1:].isalpha()) or previous.endswith((",", "-"))


def list_items(text: str) -> list[str]:
    """Split a line into list items, ignoring a leading "Label:"."""
    return [item for item in _LIST_SPLIT.split(_LABEL.sub("", text, count=1)) if item]


def is_list_like(text: str, items: list[str] | None = None) -> bool:
    """Tell a list of items ("Python, Django, AWS" or "Python") from a sentence with context.

    `items` are the text's `list_items`, when the caller has them already.
    """
    if len(_LABEL.sub("", text, count=1).split()) <= 3:
        return True
    items = list_items(text) if items is None else items
    return len(items) >= 3 and sum(len(item.split()) for item in items) / len(items) <= 3.0


def _units(index: int, text: str) -> list[tuple[int, str]]:
    if len(text) <= MAX_UNIT_CHARS:
        return [(index, text)]
    units: list[tuple[int, str]] = []
    for sentence in re.split(r"(?<=[.!?;])\s+", text):
        while len(sentence) > MAX_UNIT_CHARS:
            cut = sentence.rfind(" ", 0, MAX_UNIT_CHARS)
            cut = cut if cut > 40 else MAX_UNIT_CHARS
            units.append((index, sentence[:cut].strip()))
            sentence = sentence[cut:].strip()
        if sentence:
            units.append((index, sentence))
    return units


def clean_line(raw: str) -> str:
    """Strip a line's bullets, icon-font artefacts and outer whitespace."""
    return _BULLET.sub("", _CID.sub(" ", raw)).strip()


def split_lines(text: str) -> list[Line]:
    """Label every line that carries text with its section; lines before the first heading are the "header".

    A line of redaction placeholders only ("[address] | [phone] | [email]") is where contact details were: it
    carries no text to score, and its "phone" must not evidence "answers phones".
    """
    lines: list[Line] = []
    section = "header"
    previous = ""
    for index, raw in enumerate(text.splitlines()):
        stripped = clean_line(raw)
        if not stripped or placeholders_only(stripped):
            continue
        opened = None if continues(previous, stripped) else heading_section(stripped)
        previous = stripped
        if opened is not None:
            section = opened
            lines.append(Line(index, stripped, section, False, True))
            continue
        for unit_index, unit in _units(index, stripped):
            lines.append(Line(unit_index, unit, section, is_list_like(unit), False))
    return lines


def found_sections(lines: list[Line]) -> set[str]:
    """Return the sections opened by a heading."""
    return {line.section for line in lines if line.is_heading}


# --- Is this a CV at all? ---------------------------------------------------------------------------------
# Calibrated on the corpus: 44 CV PDFs, 65 Vanetik CVs and 24 job ads (see the tests). A CV has headings, date
# ranges, contact details and past-tense achievements; a job ad talks to the reader ("you will", "we offer")
# about requirements; a letter has its salutation and sign-off; an invoice its totals.
# Near-empty text is unreadable, not short: a CV of 45 words that reads like a CV is scored (flag short_cv).
MIN_WORDS = 25
# Under MIN_WORDS a text is still scored when it reads plainly like a CV ("Jane Smith, Registered Nurse. ICU
# staff nurse at City Hospital since 2018; BSN 2017. jane@example.com"): a name, contact, a dated role.
MIN_CV_WORDS = 12
SHORT_CV_WORDS = 80
_WORD = re.compile(r"[^\W\d_]{2,}")
_AD_WORDS = re.compile(
    r"\b(?:responsibilities|requirements|qualifications|required|preferred|candidates?|ability to|must"
    r"|will be|position|salary|benefits|apply|applicants?|ideal|job|role|duties|we|you|your|our|looking for"
    r"|seeking|opportunity|employer|competitive|compensation|equal|nous|vous|votre|buscamos|ofrecemos|requisitos"
    r"|wir|ihre|bieten)\b"
)
_PAST_VERBS = re.compile(
    r"\b(?:developed|designed|implemented|led|managed|built|created|maintained|worked|participated|improved"
    r"|delivered|launched|migrated|wrote|supported|analy[sz]ed|reduced|increased|established|coordinated|taught"
    r"|organi[sz]ed|conducted|collaborated|architected|automated|deployed|optimi[sz]ed|integrated|mentored"
    r"|refactored|researched|trained|achieved|completed|graduated|studied|responsible for|tested|performed"
    r"|prepared|handled|oversaw|drove|owned|founded|published|presented|developpe|realise|mis en place"
    r"|desarrolle|implemente|gestione|entwickelt|betreut|geleitet)\b"
)
_CONTACT = re.compile(
    r"@|\[(?:email|phone)\]|\b(?:phone|tel|email|e-mail|linkedin|telefon|telefono|mobile)\b"
    r"|\b(?:cell|mob|whatsapp) ?:"
)
# Leading boundary only: text flattened from tables glues words together ("SKILLSGolang").
_INLINE_SECTIONS = tuple(
    re.compile(rf"\b(?:{words})")
    for name, words in _HEADINGS
    if name in {"experience", "education", "skills"}
)


def _line_heading(line: str) -> str | None:
    """The section a line opens: a heading line, or a label before its content ("Education: BSc, 2019")."""
    section = heading_section(line)
    if section is None and ":" in line[:32]:
        section = heading_section(line.partition(":")[0])
    return section


def _headings(text: str) -> set[str]:
    """`found_sections(split_lines(text))` without labelling every other line (a third of the CPU)."""
    found = {section for raw in text.splitlines() if (section := _line_heading(clean_line(raw))) is not None}
    if len(found) < 2 and not text.isascii():
        found |= {
            m.group(0)[:6]
            for raw in text.splitlines()
            if (m := cv_signals.OTHER_HEADINGS.match(fold(raw.strip())))
        }
    return found


def _cv_points(text: str, folded: str, words: int) -> tuple[int, int]:
    """Return the CV evidence points and the number of distinct date ranges."""
    ranges = cv_signals.date_ranges(text)
    if ranges < 3:
        ranges += len(set(cv_signals.UNDASHED_RANGE.findall(folded)))
    points = min(len(_headings(text)), 4) + min(ranges, 3) + bool(_CONTACT.search(folded))
    points += len(_PAST_VERBS.findall(folded)) * 100 / words >= 1.0
    if len(text) / max(1, len(text.splitlines())) > 300:  # one long paragraph: its headings are inline
        points += sum(bool(pattern.search(folded)) for pattern in _INLINE_SECTIONS)
    return points, ranges


def _short_cv(text: str, folded: str, words: int) -> bool:
    """A short text that plainly reads like a CV: a dated role and a heading or contact details besides."""
    points, ranges = _cv_points(text, folded, words)
    return ranges >= 1 and points >= 2


def check_is_cv(text: str) -> None:
    """Raise ScoringError("too_little_text" | "not_a_cv") unless the text reads like a CV."""
    folded = fold(text)
    words = _WORD.findall(folded)
    if len(words) < MIN_WORDS and (len(words) < MIN_CV_WORDS or not _short_cv(text, folded, len(words))):
        raise ScoringError(
            "too_little_text",
            f"The document has almost no readable text ({len(words)} words;"
            f" at least {MIN_WORDS} are needed).",
        )
    if sum(word in cv_signals.LOREM for word in words) / len(words) > 0.3:
        raise ScoringError("not_a_cv", "The document is placeholder text, not a CV.")
    points, ranges = _cv_points(text, folded, len(words))
    # "I am looking for my first job" is the candidate speaking, not an advert: those ad words do not count.
    ad_words = len(_AD_WORDS.findall(folded)) - 2 * len(cv_signals.FIRST_PERSON_AD.findall(folded))
    ad_rate = max(0, ad_words) * 100 / len(words)
    letter = len(set(cv_signals.LETTER.findall(folded)))
    invoice = len(set(cv_signals.INVOICE.findall(folded)))
    if (
        points < 2
        or (ad_rate >= 2.5 and points < 2 + ad_rate / 2)
        or (letter >= 3 and points < 6)
        or (invoice >= 3 and ranges == 0)
    ):
        raise ScoringError("not_a_cv", "The document does not look like a CV.")


def looks_like_cv(text: str) -> bool:
    """Tell whether `text` is long enough and reads like a CV."""
    try:
        check_is_cv(text)
    except ScoringError:
        return False
    return True


def word_count(text: str) -> int:
    """Count the words (two letters or more) in `text`."""
    return len(_WORD.findall(text))
