"""Blind mode: replace personal data in CV text with placeholders before a scorer reads it.

What goes: the candidate's name wherever it recurs, other people's names, e-mails, phones, links and
handles, street addresses, referee sections, date of birth and age, family and marital status, religion,
nationality and citizenship, disability, ethnicity, sexual orientation, gendered titles, words and schools,
pronouns (made neutral) and photo captions. What never goes: a word the skills vocabulary or the persona's
criteria need. Every rule keeps line i of the input at line i, because the offline scorer quotes lines by
number. Only categories and counts are reported, never the values. Change REDACTION_VERSION with the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

from jobs.scoring import (
    redaction_details,
    redaction_gendered,
    redaction_groups,
    redaction_lines,
    redaction_name_replace,
    redaction_names,
    redaction_nextline,
    redaction_others,
    redaction_personal,
    redaction_status,
)
from jobs.scoring.redaction_gate import AT_ADDRESS, AT_NAME, on_gated_lines, subn_lines
from jobs.scoring.redaction_groups import RuleGroup
from jobs.scoring.redaction_identity import SCHOOL_NAME
from jobs.scoring.redaction_rules import (
    Rule,
)
from jobs.scoring.skills import find_skills, fold
from jobs.scoring.types import Rubric

REDACTION_VERSION = "2026-12-05.1"
REDACTION_CATEGORIES = (
    "name", "email", "phone", "url", "address", "referees", "photo", "date_of_birth", "age", "gender",
    "pronouns", "family", "religion", "nationality", "disability", "ethnicity", "sexual_orientation",
    "school", "id_number", "veteran", "physical",
)  # fmt: skip

_REPEATED_NAME = re.compile(r"\[name\](?:[ \t,]+\[name\])+")
# "[address], Springfield, [address]": the town between two redacted parts of one address goes too.
_ADDRESS_RUN = re.compile(
    # "Unit [address]", "Plot [address]": a unit whose street took its number ("Unit 5 Riverside Park").
    r"(?:\b(?:Apt|Apartment|Flat|Unit|Suite|Plot|Block|Blk|Villa|No)\.?[ \t]+(?=\[address\]))?"
    r"(?:\b[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]*(?=\[address\]))?\[address\]"
    r"(?:,?[ \t]*(?:[A-Z][\w.'\u2019-]*(?:,?[ \t]+[A-Z][\w.'\u2019-]*){0,3},?[ \t]*)?\[address\])*"
    # and the district, town or country that ends the segment after it: "[address], Al Barsha, Dubai".
    # ("The Maltings, Dublin 8": a postal district's number too)
    r"(?:(?:,[ \t]*[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*)?(?:[ \t]+\d{1,2}\b)?){1,3}"
    r"(?=[ \t]*(?:$|[|\u2022\u00b7\u2013\u2014])))?",
    re.MULTILINE,
)
_INITIAL_BEFORE_NAME = re.compile(r"\b(?:[A-Z]\.[ \t]*)+(?=\[name\])")  # "J. K. [name]"
# "Al [name]", "[name] (Mo)": a particle before the name and a nickname after it go with it.
_NAME_AFFIXES = re.compile(
    r"\b(?:(?:[Aa]l|[Ee]l|[Dd]e|[Dd]a|[Vv]an|[Vv]on|bin|ibn|[Bb]en|[Dd]el|[Dd]ella|[Dd]i|[Dd]u|[Ll]e|[Ll]a|dos"
    r"|das|los|las|y|[Dd]er|[Dd]en|[Tt]er|zu|N[\u00edi]|Nic|\u00d3)[ \t]+)+(?=\[name\])"
    r"|(?<=\[name\])[ \t]*\([A-Z][a-z]{1,12}\)"
    # a particle in capitals between two parts: "[name] DE LA [name]" (JEAN DE LA FONTAINE).
    r"|(?<=\[name\])(?:[ \t]+(?:DE|DA|DEL|DELLA|DI|DU|LE|LA|VAN|VON|DER|DEN|TER|DOS|DAS|Y|BIN|IBN))+"
    r"(?=[ \t]+\[name\])"
    # and a middle initial closing it: "Whitaker, Rosalind M." is "[name] M." once the parts are gone, "Jan
    # Kowalski V" is "[name] V", and "Anna Smith V. worked" keeps a sentence going after it.
    r"|(?<=\[name\])[ \t]+[A-Z]\.?(?=[ \t]*(?:$|[,|\u2022\u00b7]))|(?<=\[name\])[ \t]+[A-Z]\.(?=[ \t]+[a-z])",
    re.MULTILINE,
)
# Words too common to shield anything: a criterion saying "with the team" must not keep "her" or "the".
_KEEP_STOP_TEXT = (
    "the and for with from that this who can are was has have his her him she they them their our its any not"
    " but all per via"
)
_KEEP_STOP = frozenset(_KEEP_STOP_TEXT.split())


@dataclass(frozen=True)
class Redaction:
    """Redacted text and how many values of each category were replaced (never the values themselves)."""

    text: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self.counts)


class RedactedText(str):
    """Text `redact_text` returned, with the keep words it used: redacting it again finds nothing more."""

    keep: frozenset[str]


def _marked(text: str, keep: frozenset[str]) -> RedactedText:
    marked = RedactedText(text)
    marked.keep = keep
    return marked


def keep_words(texts: Iterable[str]) -> frozenset[str]:
    """The folded words of criteria texts, which redaction must never remove."""
    words = {w for text in texts for w in re.findall(r"[^\W\d_][\w+#.-]*", fold(text))}
    return frozenset(w for w in words if len(w) > 2 and w not in _KEEP_STOP)


def rubric_keep_words(rubric: Rubric) -> frozenset[str]:
    """Words of the role title and the criteria: a CV keeps them in blind mode ("Church administrator")."""
    return keep_words([rubric.role_title, *(f"{c.name} {c.description}" for c in rubric.criteria)])


class _Guard:
    def __init__(self, keep: frozenset[str]) -> None:
        self.keep = keep

    def protects(self, text: str) -> bool:
        """Tell whether the text holds a word the skills vocabulary or the criteria need."""
        words = re.findall(r"[^\W\d_][\w+#.-]*", fold(text))
        return any(w.strip(".") in self.keep for w in words) or bool(find_skills(text))


def _apply(rule: Rule, text: str, guard: _Guard, counts: dict[str, int]) -> str:
    def replace(match: re.Match[str]) -> str:
        inside_placeholder = match.string[match.start() - 1 : match.start()] == "["
        if inside_placeholder or (rule.guarded and guard.protects(match.group(0))):
            return match.group(0)
        counts[rule.category] = counts.get(rule.category, 0) + 1
        return match.expand(rule.placeholder)

    return subn_lines(rule.pattern, replace, text, rule.gate)[0]


def _run(steps: Iterable[Rule | RuleGroup], text: str, *, guard: _Guard, counts: dict[str, int]) -> str:
    """Apply rules in order; a group's rules only to the lines its gate finds (redaction_groups)."""
    for step in steps:
        if isinstance(step, RuleGroup):
            text = on_gated_lines(step.gate, text, partial(_run, step.rules, guard=guard, counts=counts))
        else:
            text = _apply(step, text, guard, counts)
    return text


def _add(counts: dict[str, int], category: str, count: int) -> None:
    if count:
        counts[category] = counts.get(category, 0) + count


def _names(text: str, guard: _Guard, counts: dict[str, int]) -> str:
    name = redaction_names.find_candidate_name(text, guard.protects)
    text = _run(redaction_groups.CONTACTS, text, guard=guard, counts=counts)
    text, own = redaction_name_replace.replace_candidate_name(text, name)
    text, others, titles = redaction_others.replace_other_names(text, guard.protects)
    _add(counts, "name", own + others)
    _add(counts, "gender", titles)
    for pattern, replacement in ((_INITIAL_BEFORE_NAME, ""), (_NAME_AFFIXES, ""), (_REPEATED_NAME, "[name]")):
        text = subn_lines(pattern, replacement, text, AT_NAME)[0]
    return text


def _schools(text: str, guard: _Guard, counts: dict[str, int]) -> str:
    """Replace schools' own names, wherever they recur ("Scoil Mhuire" also on a line of its own)."""
    names = {m.group(0).strip() for m in SCHOOL_NAME.finditer(text) if not guard.protects(m.group(0))}
    names = {name for name in names if not name.startswith("[") and len(name) > 2}
    if not names:
        return text
    pattern = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    text, count = re.subn(rf"(?<![\w\[])(?:{pattern})(?!\w)", "[school]", text)
    _add(counts, "school", count)
    return text


def redact_text(text: str, *, keep: Iterable[str] = ()) -> Redaction:
    """Replace personal data with placeholders; `keep` are words (e.g. criteria words) that must stay.

    Idempotent: redacting redacted text finds nothing more. So text this function returned (with the same
    keep words) comes back as it is: in blind mode the offline scorer's own copy is of already redacted text,
    and redacting it again was half of that scorer's CPU per CV.
    """
    guard = _Guard(frozenset(keep))
    if isinstance(text, RedactedText) and text.keep == guard.keep:
        return Redaction(text)
    counts: dict[str, int] = {}
    text, referees = redaction_lines.drop_referees(text)
    _add(counts, "referees", referees)
    text, values = redaction_nextline.redact_next_line_values(text)
    for category, count in values.items():
        _add(counts, category, count)
    text = _run(redaction_groups.BEFORE_NAMES, text, guard=guard, counts=counts)
    text = _names(text, guard, counts)
    declared = redaction_lines.declared_nationalities(text)
    home_towns = redaction_lines.address_towns(text)  # before the address rules take them
    text = _run(redaction_groups.LABELS, text, guard=guard, counts=counts)
    text, demonyms = redaction_lines.redact_demonyms(text, declared, guard.protects)
    _add(counts, "nationality", demonyms)
    for category, step in (
        ("age", redaction_nextline.redact_stated_age),  # before "Aged forty, Leeds" reads as a place
        ("nationality", redaction_nextline.redact_place_born),
        ("address", redaction_nextline.redact_postal_codes),
        ("phone", redaction_lines.redact_phones),
        ("address", partial(redaction_lines.redact_header_places, towns=home_towns)),
        ("address", redaction_personal.redact_eircodes),
        ("address", redaction_personal.redact_korean_addresses),
        ("address", redaction_personal.redact_japanese_addresses),
        ("family", redaction_personal.redact_marital_words),
        ("age", redaction_status.redact_school_years),
    ):
        text, found = step(text)
        _add(counts, category, found)
    text, bare = redaction_personal.redact_bare_personal_words(text)
    for category, count in bare.items():
        _add(counts, category, count)
    text = subn_lines(_ADDRESS_RUN, "[address]", text, AT_ADDRESS)[0]
    text, towns = redaction_details.redact_state_towns(text)
    _add(counts, "address", towns)
    text, postcodes = redaction_nextline.redact_postcode_lines(text)
    _add(counts, "address", postcodes)
    text = _run(redaction_groups.WORDS, text, guard=guard, counts=counts)
    text, genders = redaction_personal.redact_gender_after_identity(text)
    _add(counts, "gender", genders)
    text, ages = redaction_nextline.redact_age_after_gender(text)
    _add(counts, "age", ages)
    text = _schools(text, guard, counts)
    text, titles, pronouns = redaction_gendered.neutral_language(text, guard.protects)
    _add(counts, "gender", titles)
    _add(counts, "pronouns", pronouns)
    return Redaction(_marked(text, guard.keep), {c: counts[c] for c in REDACTION_CATEGORIES if counts.get(c)})


def redact(text: str, *, keep: Iterable[str] = ()) -> tuple[str, tuple[str, ...]]:
    """Replace personal data with placeholders for blind scoring; return the text and the categories found."""
    result = redact_text(text, keep=keep)
    return result.text, result.categories
