"""Find the candidate's own name in CV text (replacing it: redaction_name_replace; others': redaction_others).

The candidate's name is read from where CVs put it (a "Name:" label, a name-shaped line in the header, "My
name is", the e-mail address's local part) and then removed everywhere, in any case and accent spelling.
A word the skills vocabulary or the persona's criteria need is never removed ("Julia Rust": Rust stays).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from jobs.scoring import redaction_handles, sections
from jobs.scoring.redaction_gate import lines_holding
from jobs.scoring.redaction_words import (
    COMMON_WORD_NAMES,
    GIVEN_NAMES,
    NOT_NAME_WORDS,
    PARTICLES,
)
from jobs.scoring.skills import find_skills, fold

Protects = Callable[[str], bool]  # tells whether a word must stay (a skill or a criterion's word)

NAME = "[name]"
_HEADER_LINES = 6
# A word as finding and replacing (redaction_name_replace) both read it.
WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_SEGMENT = re.compile(r"[ \t]*(?:[|\u2022\u00b7\u2013\u2014\t/]|[ \t]{2,}| - )[ \t]*")
_LABEL = re.compile(
    r"\b(?:full[ \t]+name|first[ \t]+name|last[ \t]+name|surname|family[ \t]+name|given[ \t]+name|name|nom"
    r"|pr[e\u00e9]nom|nombre|apellidos?|vorname|nachname|nome|cognome|naam|imi[e\u0119]|nazwisko)"
    r"[ \t]*[:\uff1a][ \t]*([^\n|,;\t\u2022]+)",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\b(?:my name is|my name's|i am|i'm|je m'appelle|me llamo|ich hei(?:ss|\u00df)e)[ \t]+"
    r"((?:[A-Z\u00c0-\u00de][\w'\u2019-]+[ \t]*){1,3})"
)
# "Jane Doe Email: jane@..." on one line: the name ends where the contact labels start.
_CONTACT_TAIL = re.compile(
    r"[ \t]+(?:e-?mail|phone|mobile|tel|address|linkedin|github|website|web)\b.*$", re.IGNORECASE
)
# "Résumé of John Smith", "CV - Ana Pérez", "Curriculum Vitae: Jan Nowak".
_CV_PREFIX = re.compile(
    r"^(?:r[e\u00e9]sum[e\u00e9]|cv|curriculum[ \t]+vitae|lebenslauf)"
    r"[ \t]*(?:of|de|von|for|[:\u2013\u2014-])?[ \t]*",
    re.IGNORECASE,
)
_SURNAME_FIRST = re.compile(
    r"^([A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'-]+),[ \t]+"
    r"([A-Z][a-z\u00df-\u00ff]+(?: [A-Z][a-z\u00df-\u00ff]+)?)$"
)
# "Whitaker, Rosalind M.": surname first in mixed case, only with an initial or a listed given name, as
# "Leeds, Yorkshire" has the same shape.
_SURNAME_FIRST_MIXED = re.compile(
    r"^([A-Z\u00c0-\u00de][a-z\u00df-\u00ff'-]+),[ \t]+"
    r"([A-Z][a-z\u00df-\u00ff]+(?: [A-Z][a-z\u00df-\u00ff]+)?)"
    r"(?:[ \t]+([A-Z])\.?)?$"
)
# A title before the name in the header: "Mrs Harriet Bellamy", "Herr Florian Brandt", "Sra. Carmen Soto",
# "Dña. Remedios Galindo", "Dott.ssa Chiara Bellini", "Pani Anna Nowak".
_HEADER_TITLE = re.compile(
    r"^(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Herr|Frau|Sra|Srta|Sr|Mme|Mlle|Mevr|Dhr|Sir|Dame|D\u00f1a|Do\u00f1a"
    r"|Dott\.ssa|Dott|Sig\.ra|Sig\.na|Sig|Pani|Pan)\.?[ \t]+"
)
# A generational suffix or letters after the name in the header: "Marcus Bell Jr.", "Dr Jane Doe PhD", "Jane
# Doe BSc (Hons)", "JANE DOE, RN". Left in, they made the line no name at all, or "MBA" a name part to remove.
_SUFFIX = re.compile(
    r"(?:,?[ \t]+(?:Jr|Sr|Jnr|Snr|II|III|IV|Ph\.?D|D\.?Phil|MD|MBA|MSc|BSc|BA|MA|MEng|BEng|MPhil|LLB|LLM|JD"
    r"|RN|RGN|RMN|CPA|ACA|ACCA|FCA|CFA|CIMA|PMP|CEng|MBBS|MRCP|FRCS|PE|Esq"
    # Teaching, nursing, health, finance and engineering letters ("BA (Hons) PGCE", "RN, BSN", "MRICS").
    r"|PGCE|PGDE|QTS|PGCert|PGDip|BEd|MEd|EdD|BSN|MSN|DNP|APRN|LPN|RSCN|RNLD|PharmD|BPharm|MPharm|DDS|DMD"
    r"|DVM|PsyD|DBA|MPA|MPH|MSW|LCSW|BCom|MCom|BBA|BTech|MTech|CMA|CISA|CISSP|CIPD|MCIPD|FCCA|ACMA|CFP"
    r"|MIET|MICE|MIMechE|RIBA|MRICS|FRICS|CMgr|FHEA|SFHEA|MRCGP|MRCS|FRCP|ACII|MRPharmS|HCPC|Hons|Dip)\.?"
    r"(?:[ \t]*\((?:Hons|Oxon|Cantab)\))?)+$"
)
# A nickname in brackets or quotes inside the header's name: it recurs alone ("Jon led the team"). "(Mrs)"
# after the name is a title; single quotes only stand apart ("Siddharth 'Sid' Rao", never O'Brien's).
_NICKNAME = re.compile(
    r"[ \t]*(?:\((?!(?:Mrs|Mr|Ms|Miss|Mx|Dr)\))([A-Z][a-z]{1,12})\)|[\"\u201c]([A-Z][a-z]{1,12})[\"\u201d])"
    r"|[ \t]+['\u2018]([A-Z][a-z]{1,12})['\u2019](?=[ \t])"
)
# "Ruby Castellanos (she/her)": the declaration's "/" would split the name from its bracket.
_PRONOUNS = re.compile(r"[ \t]*\(?\b(?:she|he|they|ze|xe)/\w+(?:/\w+)?\)?", re.IGNORECASE)
_CALENDAR_TEXT = (
    "january february march april june july august september october november december monday tuesday"
    " wednesday thursday friday saturday sunday"
)
_CALENDAR = frozenset(_CALENDAR_TEXT.split())
# Compiled once: these run for every word of a CV.
_INITIAL = re.compile(r"[A-Z]\.?")
_PREFIXED = re.compile(r"(?:Mc|Mac|O|D)[A-Z][a-z]+")
# "李小龙", and with a space between given and family name as Western templates set it: "小龙 李".
_CJK_NAME = re.compile(
    r"^(?:[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{2,4}"
    r"|[\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{1,3} [\u4e00-\u9fff\u3040-\u30ff\uac00-\ud7af]{1,3})$"
)


def is_name_word(word: str) -> bool:
    """Tell whether a token is shaped like a name part: "Jane", "O'Brien", "GARCÍA", "J."."""
    if _INITIAL.fullmatch(word):
        return True
    if "-" in word.strip("-"):
        return all(is_name_word(piece) for piece in word.split("-"))
    core = word.replace("'", "").replace("\u2019", "")
    if not core.isalpha() or not word[0].isupper():
        return False
    return core[1:].islower() or core.isupper() or bool(_PREFIXED.fullmatch(core))


def _name_words(segment: str, spelled: Collection[str] = ()) -> list[str] | None:
    """Return the name's words if the segment looks like a person's name, else None.

    Words that are all skills ("Ruby Castellanos": a language and Castilian) make a name only when the
    e-mail address or a profile link spells each of them (`spelled`).
    """
    words = segment.split()
    # A particle sits between names ("Omar bin Said", "Ana da Silva"); first or last it is a name itself
    # ("Bin Yuan", "Debarghya Das").
    core = [w for i, w in enumerate(words) if w.lower() not in PARTICLES or i in (0, len(words) - 1)]
    if not 2 <= len(core) <= 4 or not all(is_name_word(w) for w in core):
        return None
    if any(fold(w).strip(".") in NOT_NAME_WORDS for w in core):
        return None
    if all(find_skills(w) for w in core) and not all(fold(w) in spelled for w in core):
        return None
    if sections.heading_section(segment) is not None:
        return None
    return [w for w in core if len(w.strip(".")) > 1]


def _header_name(text: str, email_parts: set[str]) -> list[str]:
    found: list[tuple[int, list[str]]] = []
    unconfirmed: list[tuple[int, int, list[str]]] = []  # line, segment and words of each name-shaped one
    header = [line.strip() for line in text.splitlines() if line.strip()][:_HEADER_LINES]
    if any(NAME in line for line in header):
        return []  # already redacted: the next name-shaped line is a job title
    for number, line in enumerate(_PRONOUNS.sub("", line) for line in header):
        for index, segment in enumerate(_SEGMENT.split(line)):
            segment = _surname_last(_untitled(_SUFFIX.sub("", segment.strip())))
            nicknames = ["".join(groups) for groups in _NICKNAME.findall(segment)]  # "Jonathan (Jon) Smith"
            segment = re.sub(r",.*$|[ \t]*\([^)]*\)", "", _NICKNAME.sub("", segment))
            segment = _CONTACT_TAIL.sub("", _CV_PREFIX.sub("", segment))
            words = _name_words(segment, email_parts)
            if words:
                found.append((number, [*words, *nicknames]))
                # Unconfirmed, a name has two words, a dotted initial one of them ("J. Smith"): "Handled
                # I/O" is a verb and a letter.
                if len([w for w in segment.split() if len(w.strip(".")) > 1 or w.endswith(".")]) >= 2:
                    unconfirmed.append((number, index, words))
            elif _CJK_NAME.match(segment):
                found.append((number, [segment]))
                unconfirmed.append((number, index, [segment]))
    # Prefer the candidate that the e-mail address or the given-name list confirms; an unconfirmed one only
    # where names sit: on the first line beside a confirmed one, on the first two lines alone.
    for _, words in found:
        if _confirmed(words, email_parts):
            first = next((other for number, other in found if number == 0 and other != words), [])
            return [*first, *words]
    # A text of one or two lines has no header: a name there opens its line, under a first line of words alone
    # ("2nd PLACE - ICPC REGIONAL", "2nd PLACE\nNational Hackathon" are prizes, "Nurse\nJ. Smith" a name).
    if len(header) <= 2:
        numbered = bool(header) and any(char.isdigit() for char in header[0])
        unconfirmed = [u for u in unconfirmed if u[1] == 0 and not (u[0] == 1 and numbered)]
    return next((words for number, _, words in unconfirmed if number < 2), [])


def _untitled(segment: str) -> str:
    """The segment without a title before the name, unless the title is a name's part ("Pan Wei")."""
    untitled = _HEADER_TITLE.sub("", segment)
    return untitled if len(untitled.split()) >= 2 or untitled == segment else segment


def _surname_last(segment: str) -> str:
    """ "DOE, Jane" -> "Jane DOE"; "Whitaker, Rosalind M." -> "Rosalind Whitaker"."""
    segment = _SURNAME_FIRST.sub(r"\2 \1", segment)
    mixed = _SURNAME_FIRST_MIXED.match(segment)
    if mixed and (mixed.group(3) or fold(mixed.group(2).split()[0]) in GIVEN_NAMES):
        return f"{mixed.group(2)} {mixed.group(1)}"
    return segment


def _confirmed(words: list[str], email_parts: set[str]) -> bool:
    """The e-mail spells a name word ("oconnor" for O'Connor, "mitch" for Mitchell), or it is a given name."""
    folded = {re.sub(r"['\u2019-]", "", fold(w)) for w in words}
    if folded & email_parts or fold(words[0]) in GIVEN_NAMES:
        return True
    return any(len(part) >= 4 and word.startswith(part) for part in email_parts for word in folded)


@dataclass(frozen=True)
class CandidateName:
    """The candidate's name as written in full, and its folded parts (never a protected word)."""

    full: frozenset[str]
    parts: frozenset[str]
    # The name's initials, as "E.K." or "A.M.L." would write them in a footer or a monogram.
    initials: frozenset[str] = frozenset()


def find_candidate_name(text: str, protects: Protects) -> CandidateName:
    """Find the candidate's own name from labels, an introduction, the header and the e-mail address."""
    email_parts = redaction_handles.spelled_parts(text)
    names = [m.group(1).strip() for line in lines_holding(text, ":\uff1a") for m in _LABEL.finditer(line)]
    for match in _INTRO.finditer(text):
        if _name_words(match.group(1).strip()) or fold(match.group(1).split()[0]) in GIVEN_NAMES:
            names.append(match.group(1).strip())
    names.append(" ".join(_header_name(text, email_parts)))
    words = [word for name in names for word in name.split()]
    tokens = set(WORD.findall(text))  # each word once
    # "ML" in capitals is an acronym, whatever "zhangwei.ml@" holds.
    capitalised = {fold(w) for w in tokens if w[0].isupper() and not (w.isupper() and len(w) <= 3)}
    # An e-mail part is a name only if the text also writes it as one ("jane.doe@" and "Jane Doe").
    parts = {fold(w).strip(".") for w in words} | (email_parts & capitalised)
    parts |= {piece for part in parts if "-" in part for piece in part.split("-")}  # "Swift-Banks"
    # A particle that begins or ends a name is that name's word ("Debarghya Das"), to go wherever it recurs.
    spans = [name.split() for name in names if len(name.split()) >= 2]
    edges = {fold(word).strip(".") for span in spans for word in (span[0], span[-1])}
    kept = {
        p
        for p in parts
        if len(p) > 1 and (p not in PARTICLES or p in edges) and p not in NOT_NAME_WORDS and not protects(p)
    }
    # A short form of the given name, written capitalised and never as an ordinary lower-case word: "Seun" for
    # Oluwaseun, "Alex" for Alexandra, "Mitch" for Mitchell.
    given = {fold(span[0]).strip(".") for span in spans if len(span[0]) >= 6}
    lowered = {w for w in tokens if w.islower()}
    kept |= {
        w
        for w in capitalised
        if len(w) >= 4
        and any(g != w and (g.startswith(w) or g.endswith(w)) for g in given)
        and w not in lowered
        and w not in NOT_NAME_WORDS
        and w not in COMMON_WORD_NAMES
        and w not in _CALENDAR  # "August 2019" in Augustine's CV is a date
        and not protects(w)
    }
    # In full, even a name holding a skill goes ("Julia Rust"); "Rust" alone stays.
    full = {
        name
        for name in names
        if len(name.split()) >= 2 and (_name_words(name, email_parts) or _CJK_NAME.match(name))
    }
    initials = {_initials(span) for span in spans if 2 <= len(span) <= 4}
    return CandidateName(frozenset(full), frozenset(kept), frozenset(i for i in initials if len(i) >= 2))


def _initials(span: list[str]) -> str:
    """ "Anna-Maria Lindqvist" -> "AML"; particles are left out ("Lars van den Broek" -> "LB")."""
    words = [piece for word in span if word.lower() not in PARTICLES for piece in word.split("-") if piece]
    return "".join(word[0] for word in words if word[0].isupper())
