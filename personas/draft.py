"""Draft a persona from a job advert, offline: requirement sections to 4-8 weighted criteria.

Pure: no Django, no ORM. The body it returns is what POST /api/v1/personas/ accepts, plus `left_out`: the
advert lines kept out because they select on a protected attribute, with the reason, for the recruiter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from personas import advert_facts
from personas.advert_sections import Item, Kind, clean, items
from personas.draft_filters import find_protected_selection, is_not_a_skill, reason_for
from personas.draft_names import criterion_name, key_terms, named_terms
from personas.similarity import similarity

MIN_CRITERIA = 4
MAX_CRITERIA = 8
MAX_DESCRIPTION_CHARS = 1000
NEAR_DUPLICATE = 0.8  # wordllama similarity of two names above which they ask for the same thing
LEFT_OUT_CHARS = 200
MAX_ADVERT_CHARS = 50_000  # adverts run to a few thousand; the rest of a longer file is not the advert
MAX_CANDIDATES = 80  # grouping compares candidates pairwise: bound the work a huge file can cause

_SOFT = re.compile(
    r"communicat|interpersonal|team ?work|team player|attitude|problem[- ]solv|attention to detail|deadline|"
    r"self[- ]starter|passion|proactiv|motivat|organi[sz]ation(al)? skills|time management|multi-?task|"
    r"adapt|learn (quickly|rapidly)|integrity|urgency|creativ|initiative|ownership|aesthetic|zeal|"
    r"comunicaci|trabajo en equipo|actitud|responsab",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"experience|knowledge|proficien|expert|familiar|ability|\bmust\b|\bshould\b|degree|years|skills|"
    r"understanding|comfortable|fluen|portfolio|certifi|licen[cs]e|conocimiento|experiencia|manejo|dominio|"
    r"titulad|titulaci|licenciatura|grado",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(r"\b(we|our|us|nosotros|nuestr[oa]s?)\b", re.IGNORECASE)
_EVIDENCE = {
    "en": "Counts as evidence: roles, projects or qualifications on the CV that show ",
    "es": "Cuenta como evidencia: puestos, proyectos o estudios del CV que muestren ",
}
_FALLBACK = {"en": "Experience as {title}", "es": "Experiencia como {title}"}


@dataclass
class Candidate:
    name: str
    kind: Kind
    position: int
    texts: list[str]
    terms: frozenset[str]
    named: frozenset[str]
    salience: int = 0
    central: bool = False  # names what the title names: Django in "Backend Developer - Python/Django"

    @property
    def required(self) -> bool:
        return self.kind in (Kind.MUST, Kind.SUMMARY)


@dataclass
class Draft:
    name: str
    role_title: str
    description: str
    min_years_experience: int
    criteria: list[dict[str, Any]]
    language: str
    left_out: list[dict[str, str]] = field(default_factory=list)
    source: str = "offline"  # or "claude"

    def as_body(self) -> dict[str, Any]:
        """The persona body (unsaved) the API answers with; POSTing it to /personas/ saves it."""
        return {
            "name": self.name,
            "role_title": self.role_title,
            "description": self.description,
            "min_years_experience": self.min_years_experience,
            "criteria": self.criteria,
            "blind": True,
            "language": self.language,
            "left_out": self.left_out,
            "source": self.source,
        }


def draft_offline(text: str) -> Draft:
    """Draft a persona from the advert's text with rules only (no network)."""
    text = clean(text[:MAX_ADVERT_CHARS])
    lang = advert_facts.language(text)
    left_out: list[dict[str, str]] = []
    title = _neutral_title(advert_facts.role_title(text), left_out) or ("Puesto" if lang == "es" else "Role")
    every = items(text)
    found = [item for item in every if _keep(item, left_out)]
    # Years of experience are never protected, but "aged 20 to 30 years" is not a requirement of experience.
    stated = [item for item in every if "age" not in find_protected_selection(item.text)]
    candidates = _group(_candidates(found, title))
    chosen = _choose(candidates, has_musts=any(c.kind == Kind.MUST for c in candidates))
    criteria = [_criterion(candidate, lang) for candidate in chosen] or [_fallback(title, lang)]
    return Draft(
        name=title,
        role_title=title,
        description=clean_description(advert_facts.summary(text), left_out),
        min_years_experience=advert_facts.min_years(stated) or 0,
        criteria=criteria,
        language=lang,
        left_out=left_out,
    )


def _neutral_title(title: str, left_out: list[dict[str, str]]) -> str:
    attributes = find_protected_selection(title)
    if attributes:
        record_left_out(left_out, title, attributes)
        return ""
    return title


def _keep(item: Item, left_out: list[dict[str, str]]) -> bool:
    if item.kind == Kind.OTHER or is_not_a_skill(item.text):
        return False
    attributes = find_protected_selection(item.text)
    if attributes:
        record_left_out(left_out, item.text, attributes)
        return False
    return True


def record_left_out(left_out: list[dict[str, str]], text: str, attributes: list[str]) -> None:
    """Add an advert phrase to left_out with its reason, once."""
    text = text.strip()[:LEFT_OUT_CHARS]
    if all(item["text"].rstrip(".") != text.rstrip(".") for item in left_out):
        left_out.append({"text": text, "reason": reason_for(attributes)})


def clean_description(description: str, left_out: list[dict[str, str]]) -> str:
    """Drop the description's sentences that select on a protected attribute, recording each in left_out."""
    kept = []
    for sentence in re.split(r"(?<=[.!?])\s+", description):
        attributes = find_protected_selection(sentence)
        if attributes:
            record_left_out(left_out, sentence, attributes)
        elif sentence:
            kept.append(sentence)
    return " ".join(kept)


def _candidates(found: list[Item], title: str) -> list[Candidate]:
    out = []
    # An advert without a requirements list states them in its pitch.
    pitch_asks = sum(item.kind == Kind.MUST for item in found) < 3
    for item in found:
        if item.kind == Kind.SUMMARY and not (pitch_asks and _ASKS.search(item.text)):
            continue  # the pitch is not a list of requirements; it only tells what is central (salience)
        if _BOILERPLATE.search(item.text):
            continue  # "we"/"our": the company speaking about itself, not a requirement
        name = criterion_name(item.text)
        terms = key_terms(name)
        if terms:
            out.append(Candidate(name, item.kind, item.position, [item.text], terms, named_terms(name)))
    central = named_terms(title.split(",")[0])
    named_in = [named_terms(item.text) for item in found]
    for candidate in out:
        candidate.salience = sum(1 for named in named_in if candidate.named & named)
        candidate.central = bool(candidate.terms & central)
    return out


def _group(candidates: list[Candidate]) -> list[Candidate]:
    """Merge near-duplicates (same named terms, or names close in meaning) into the stronger one."""
    groups: list[Candidate] = []
    for candidate in sorted(candidates, key=_rank, reverse=True)[:MAX_CANDIDATES]:
        twin = next((group for group in groups if _same(group, candidate)), None)
        if twin is None:
            groups.append(candidate)
        elif candidate.texts[0] not in twin.texts:
            twin.texts.append(candidate.texts[0])
    return groups


def _same(group: Candidate, other: Candidate) -> bool:
    if other.named and group.named and (other.named <= group.named or group.named <= other.named):
        small, large = sorted((other.named, group.named), key=len)
        return len(small) <= 2 and len(large - small) <= 3  # "PHP" is not all of "PHP, Python, Go, REST"
    if group.terms == other.terms or (len(other.terms) == 1 and other.terms <= group.terms):
        return True
    return similarity(group.name, other.name) >= NEAR_DUPLICATE


def _rank(candidate: Candidate) -> float:
    base = {Kind.MUST: 100, Kind.SUMMARY: 60, Kind.NICE: 40, Kind.DUTY: 30}.get(candidate.kind, 0)
    score = (
        base
        + 8 * min(candidate.salience, 5)
        + (10 if candidate.named else 0)
        + (60 if candidate.central else 0)
    )
    if _SOFT.search(candidate.name):
        score -= 25
    score -= 2 * max(len(candidate.name.split()) - 4, 0)  # a named skill beats a long sentence
    return score - candidate.position / 1000


def _choose(candidates: list[Candidate], *, has_musts: bool) -> list[Candidate]:
    asked = [candidate for candidate in candidates if candidate.kind != Kind.DUTY]
    if len(asked) >= MIN_CRITERIA:
        candidates = asked  # duties only stand in for requirements an advert does not list
    if not has_musts:  # an advert that lists only duties: they are what a CV must show
        for candidate in candidates:
            candidate.salience += 2 if candidate.kind == Kind.DUTY else 0
    ranked = sorted(candidates, key=_rank, reverse=True)
    unique = list({c.name.casefold(): c for c in reversed(ranked)}.values())[::-1]  # a name once, best kept
    chosen = sorted(unique, key=_rank, reverse=True)[:MAX_CRITERIA]
    return sorted(chosen, key=lambda c: (not c.required, -_rank(c)))


def _criterion(candidate: Candidate, lang: str) -> dict[str, Any]:
    central = candidate.salience >= 2 or candidate.central  # named again elsewhere, or in the title
    weight = (3 if central else 2) if candidate.required else 1
    shown = "; ".join(text.rstrip(" .") for text in candidate.texts[:4])
    description = (_EVIDENCE[lang] + shown)[: MAX_DESCRIPTION_CHARS - 1].rstrip() + "."
    return {
        "name": candidate.name,
        "description": description,
        "weight": weight,
        "required": candidate.required,
    }


def _fallback(title: str, lang: str) -> dict[str, Any]:
    name = _FALLBACK[lang].format(title=title)[:120]
    return {"name": name, "description": _EVIDENCE[lang] + title + ".", "weight": 2, "required": True}
