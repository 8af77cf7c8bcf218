"""Years of experience a criterion asks for: dated roles in its domain, or a total the CV states."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import numpy as np

from jobs.scoring import claims, field, occupation, semantic, titled_as, trainees
from jobs.scoring.criteria import Need
from jobs.scoring.profile import CvProfile, stem
from jobs.scoring.strength import Finding, Scored, combine, in_context, is_title
from jobs.scoring.types import Rubric

_RELEVANT = 0.35  # a stated total of years counts for a domain when its line is this relevant
_IN_DOMAIN = 0.55  # a role whose lines together match this well counts towards years in the domain
_SHOWN = 0.4  # a line this relevant shows the domain (one keyword alone is 0.45)
_FAR_NAMING = 2  # lines naming the domain's skills that put a role of a far-off field in the domain
_SUMMARY_FOLLOW = 3  # a summary's stated total is about the field its next lines name, this many of them
# "Currently working as / employed as / a ...": the present job; not "currently seeking" or "learning".
_NOW = re.compile(r"\b(?:currently|presently|at present)\s+(?:working|employed|serving|(?:a|an)\s)")
# The cosine similarity at which a line's meaning is `_RELEVANT` to a criterion (offline's scale: 0.25 is
# nothing, 0.6 a full match).
_CLAIM_MEANING = 0.25 + _RELEVANT * (0.6 - 0.25)
# "over ten years of experience", "10+ yrs": the words of a stated total, whatever its field.
_TENURE = re.compile(
    r"(?:\b(?:over|more than|nearly|almost|about|some)\s+)?\b[\w+]+\s*\+?\s*(?:years?|yrs?)"
    r"(?:\s+(?:of|in))?(?:\s+(?:professional|work|working|hands-on|industry))?(?:\s+experience)?\b",
    re.IGNORECASE,
)

# "At least 3 years developing software", "5 years in healthcare": a domain that is a whole field, named by
# the field's own word. A role whose title places it in that field ("Backend Engineer", "Staff Nurse") is in
# the domain though none of its lines says "software" or "healthcare"; a narrower domain ("backend
# development", "ICU nursing") is still judged by what the role's lines say.
_FIELD_WORDS = {
    stem(word): name
    for word, name in (
        ("software", "software"), ("healthcare", "healthcare"), ("hospitality", "hospitality"),
        ("construction", "construction"), ("logistics", "logistics"), ("finance", "finance"),
        ("education", "education"), ("sales", "sales"), ("logiciel", "software"),
        ("softwareentwicklung", "software"),
    )
}  # fmt: skip


def _field_roles(wanted: Need, cv: CvProfile) -> set[int]:
    """The roles whose titles place them in the field the criterion's domain names whole, if it does."""
    if not wanted.keywords or not wanted.keywords <= _FIELD_WORDS.keys():
        return set()
    fields = {_FIELD_WORDS[k] for k in wanted.keywords}
    return {entry for entry, found in field.role_fields(cv, by_lines=False).items() if found & fields}


def years_finding(
    wanted: Need,
    years_wanted: float,
    cv: CvProfile,
    relevance: list[float],
    held: frozenset[int] | None = None,
    far: frozenset[int] = frozenset(),
    far_career: bool = False,
) -> Finding:
    """The criterion's years against the years wanted, with the lines that date them.

    `held`: when the criterion names an occupation, the roles that held it; only their years count.
    `far`: the roles placed in a field far from the persona's; their years count only by a skill named.
    `far_career`: every dated role is so; a stated total then counts for a domain only by a skill it names.
    """
    chosen = _domain_entries(wanted, cv, relevance, far) if wanted.has_domain else set(range(len(cv.entries)))
    if held is not None:
        chosen &= held
    # An apprentice's or an intern's years count half; none toward years as a qualified one.
    years = trainees.years(cv, chosen, trainees.share(wanted.keywords))
    quotes = [cv.entries[i].quote for i in sorted(chosen, key=lambda i: -cv.entries[i].span.end)]
    stated, stated_quote = cv.claimed
    stated_counts = (
        stated > years
        and (not wanted.has_domain or _claim_relevant(wanted, cv, relevance, by_meaning=not far_career))
        and not titled_as.claims_another(wanted.titled_as, _claim_sentence(cv))
    )
    if stated_counts:
        years, quotes = float(stated), [stated_quote, *quotes]
    value = min(1.0, years / years_wanted) if years_wanted > 0 else 1.0
    units = [(value, u) for u in cv.units if u.quote in quotes[:2] or u.line.text in quotes[:2]]
    where = " relevant" if wanted.has_domain else ""
    what = f"about {years:g} years of{where} experience against {years_wanted:g} wanted"
    return Finding(value, units[:2] if years > 0 else [], what + (" (stated)" if stated_counts else ""))


@dataclass(frozen=True)
class Shortfall:
    """Fewer years of experience than the persona's minimum."""

    share: float  # of the minimum the CV shows, 0..1
    text: str  # "about 1 year of experience; the role asks for 4"


def shortfall(years: float, years_wanted: int) -> Shortfall | None:
    """The CV's years of experience below the persona's minimum, or None when it meets it."""
    if years >= years_wanted:
        return None
    shown = round(years, 1)
    unit = "year" if shown == 1 else "years"
    return Shortfall(
        years / years_wanted, f"about {shown:g} {unit} of experience; the role asks for {years_wanted}"
    )


def rubric_shortfall(rubric: Rubric, needs: list[Need], cv: CvProfile) -> Shortfall | None:
    """The persona's minimum years, when no criterion asks for years and the CV dates too few."""
    wanted = rubric.min_years_experience
    if not wanted or any(n.years is not None for n in needs) or not (cv.entries or cv.claimed[0]):
        return None  # no dates at all: the years are unknown, not zero
    # All dated experience, not the years in the role title's domain: a domain the reader misses (a glued
    # or unusual title) must not turn a veteran into a newcomer; the criteria themselves judge relevance.
    return shortfall(max(trainees.years(cv, set(range(len(cv.entries)))), float(cv.claimed[0])), wanted)


def _domain_entries(wanted: Need, cv: CvProfile, relevance: list[float], far: frozenset[int]) -> set[int]:
    """The roles whose lines, taken together, are about the criterion's domain."""
    terms = set(wanted.terms)
    by_entry: dict[int, Scored] = {}
    naming: dict[int, int] = {}  # per role, its lines naming one of the domain's skills
    for unit, r in zip(cv.units, relevance, strict=True):
        if unit.entry is not None:
            named = in_context(r) if terms & (unit.skills | unit.implied) else 0.0
            by_entry.setdefault(unit.entry, []).append((max(min(r, 1.0), named), unit))
            naming[unit.entry] = naming.get(unit.entry, 0) + bool(named)
    return (
        {
            entry
            for entry, scored in by_entry.items()
            if combine(scored) >= _IN_DOMAIN and _shows_domain(naming[entry], entry in far, scored, cv)
        }
        | _current_by_summary(terms, cv)
        | titled_as.roles(wanted.titled_as, occupation.titles(cv), cv)
        | (_field_roles(wanted, cv) - far)
    )


def _shows_domain(naming: int, far: bool, scored: Scored, cv: CvProfile) -> bool:
    """Whether a role is in the domain by a skill named, or by its title or two of its lines.

    A role placed in a far-off field (a marketer's "A/B testing" for "2+ years in data science") is in it
    only when two of its lines name the domain's skills: one mention, or lines near it in meaning, are that
    field's own work.
    """
    if far:
        return naming >= _FAR_NAMING
    return naming > 0 or _more_than_a_word(scored, cv)


def _current_by_summary(terms: set[str], cv: CvProfile) -> set[int]:
    """The roles running to present, when the summary says the current work is in the domain.

    "Currently working as a senior data scientist" under a role titled "Software Engineer": the summary
    describes the present job, so that role's years are in the field. Only the summary's own words about
    now count, and only for the roles still open: an older, unrelated role never does.
    """
    says_now = any(
        u.kind == "summary" and terms & (u.skills | u.implied) and _NOW.search(u.line.text.lower())
        for u in cv.units
    )
    return {i for i, entry in enumerate(cv.entries) if entry.span.open} if says_now else set()


def _more_than_a_word(scored: Scored, cv: CvProfile) -> bool:
    """A role shows a domain by its title or by two of its lines, not by one stray word ("an account of")."""
    shown = [unit for strength, unit in scored if strength >= _SHOWN]
    return len(shown) >= 2 or any(is_title(unit, cv) for unit in shown)


def _claim_relevant(wanted: Need, cv: CvProfile, relevance: list[float], by_meaning: bool = True) -> bool:
    """Whether a stated total is about the criterion's domain: by a skill named or (`by_meaning`) its meaning.

    An accountant's "10 years in the industry ... accounting management" reads close to "years in account
    management" by meaning alone: a career far off the persona's claims its years by a skill named only.
    """
    terms = set(wanted.terms)
    return any(
        u.quote == cv.claimed[1]
        and (
            bool(terms & (u.skills | u.implied))
            or (by_meaning and r >= _RELEVANT and _by_its_meaning(u.line.text, wanted, terms))
            or _summary_goes_on_to_name(terms, cv, index)
        )
        for index, (u, r) in enumerate(zip(cv.units, relevance, strict=True))
    )


def _claim_sentence(cv: CvProfile) -> str:
    """The stated total's line, with the next one when its sentence wraps onto it ("... with four years'" /
    "experience as a family support worker")."""
    for index, unit in enumerate(cv.units):
        if unit.quote == cv.claimed[1] or unit.line.text == cv.claimed[1]:
            following = cv.units[index + 1 : index + 2]
            if following and _wraps(unit.line.text, following[0].line.text):
                return f"{unit.line.text} {following[0].line.text}"
            return unit.line.text
    return cv.claimed[1]


def _wraps(line: str, following: str) -> bool:
    """Whether a sentence runs on to the next line: no full stop, and the next starts in lower case."""
    return following[:1].islower() and not line.rstrip().endswith((".", "!", "?", ":", ";"))


def _by_its_meaning(line: str, wanted: Need, terms: set[str]) -> bool:
    """Whether a claim's words are about the domain, its line not opening with another job's title."""
    return _field_of_claim(line, wanted) and not claims.titled_elsewhere(line, frozenset(terms))


def _summary_goes_on_to_name(terms: set[str], cv: CvProfile, index: int) -> bool:
    """Whether a summary's stated total is followed, in the summary's next lines, by the domain's skill.

    "Full-Stack Developer with 3+ years of experience" / "80% backend Java development": a summary opens
    with the total and says in what on the lines that follow (or its sentence wraps onto them). Only the
    summary's own lines count: a skills list below it says what is known, not where the years went.
    """
    if cv.units[index].kind != "summary":
        return False
    following = cv.units[index + 1 : index + 1 + _SUMMARY_FOLLOW]
    return any(u.kind == "summary" and terms & (u.skills | u.implied) for u in following)


def _field_of_claim(line: str, wanted: Need) -> bool:
    """Whether the rest of a claim's line is about the criterion's domain.

    "ten years of experience" is in every total and in every criterion that asks for years, so it makes any
    claim look relevant by meaning ("ten years of experience in IT" for an office administrator): only the
    words around it say in which field the years were.
    """
    return _similarity(_TENURE.sub(" ", line), wanted.vector.tobytes()) >= _CLAIM_MEANING


@functools.lru_cache(maxsize=1024)
def _similarity(text: str, query: bytes) -> float:
    """Cached: the claim's line is weighed for every criterion asking for years, and CVs are rescored."""
    vector = semantic.embed([text])[0]
    return float(vector @ np.frombuffer(query, dtype=np.float32))
