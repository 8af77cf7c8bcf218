"""The offline scorer: deterministic, explainable evidence matching, no network, no remote model.

Each CV line is evidence for a criterion in proportion to how well it matches (a skill named or implied, the
criterion's own words, or its meaning by static embeddings) times where it sits:

| where the line sits                                  | weight |
| ---------------------------------------------------- | ------ |
| a dated role (recent; ten years ago counts 0.6)      | 1.0    |
| a list of tools inside a role                        | 0.85   |
| a project                                            | 0.8    |
| the summary                                          | 0.6    |
| education / a bare skills list                       | 0.5 / 0.35 |
| a credential criterion's licences and certifications | 1.0    |

The best three lines make the criterion (60/25/15%), on a curve: one line of a recent role scores 7/10, two or
three score 9-10, a skills list alone 3-4. A criterion that lists several things is met in full only when the
CV shows several of them. Years criteria ("5+ years of backend development") compare the dated years of the
roles in the criterion's domain, or a stated total ("10+ years"), with the years wanted. The score, the
justification and the quotes come from the same evidence, so they cannot disagree: a criterion with no
evidence scores 0 and says so. Constants were tuned on the tuned part of bench/quality/labels only.
"""

from __future__ import annotations

from dataclasses import dataclass

from jobs.scoring import experience, semantic, skills
from jobs.scoring.criteria import CREDENTIAL, Need, acronyms, need
from jobs.scoring.profile import CvProfile, Unit, read
from jobs.scoring.types import CRITERION_MAX, CriterionAssessment, Rubric, ScorerOutput

OFFLINE_VERSION = "offline-v2"
MAX_EVIDENCE = 3
_WEIGHT = {"role": 1.0, "project": 0.8, "summary": 0.6, "skills": 0.35, "credential": 0.5, "other": 0.45,
           "languages": 0.3}  # fmt: skip
_ROLE_LIST = 0.85
_SKILL_YEARS = 0.7  # "Python 5+ yrs" in a skills list: years of use stated, more than a bare name
_HOME = {"credential": {"credential": 1.0, "summary": 0.85, "role": 1.0},
         "languages": {"languages": 1.0}}  # fmt: skip
_IMPLIED = 0.9  # Django evidences Python nearly as well as the word itself
_SHARES = (0.6, 0.25, 0.15)  # of the best, second and third lines
_CURVE = 0.65  # one line in a recent role 7/10, two 9/10, three 10/10; a skills list alone 4/10
_SEM_LOW, _SEM_HIGH = 0.25, 0.6  # cosine similarity: nothing below, a full match above
_KEYWORD_HITS = (0.0, 0.45, 0.75, 0.9)  # 0, 1, 2, 3+ of the criterion's words in one line
_MEANING_SHARE = 0.75  # meaning alone evidences a criterion that names skills less than their names
_DESC_SHARE = 0.15  # "ideally Django": the description's skills complete the name's
_DESC_ONLY = 0.7  # "Python or R for analysis" met only by "data analysis" is met in part
_RELEVANT = 0.35  # a stated total of years counts for a domain when its line is this relevant
_IN_DOMAIN = 0.55  # a role whose lines together match this well counts towards years in the domain
_SHOWN = 0.4  # a line this relevant shows the domain (one keyword alone is 0.45)
_OUT_OF_CONTEXT = 0.75  # a skill's mention in a line unrelated to the criterion counts this much
_OTHER_FIELD = 0.4  # a degree named in a line unrelated to the field the criterion asks for
_INDIRECT = 0.3  # a credential criterion met by a line that names no credential
_MENTIONED = 0.5  # ... or by a credential named in the body of a role
_TITLE_WORDS = 8  # a role line this short is its title, where a held licence is written
_PLENTY = 3  # aspects of a criterion that show its breadth
_CLEAR_MEANING = 0.75  # a line this close in meaning shows the criterion even in other words
_NARROW = 0.5  # the share of a criterion that depth alone earns, without breadth
_RECENT_MONTHS, _OLD_MONTHS, _OLD_FACTOR = 36, 120, 0.6

_Scored = list[tuple[float, Unit]]  # evidence strength per line, best first


@dataclass(frozen=True)
class _Finding:
    value: float  # 0..1
    units: _Scored
    what: str  # the justification's first part


def _recency(unit: Unit, cv: CvProfile) -> float:
    if unit.entry is None:
        return 1.0
    months = cv.present - cv.entries[unit.entry].span.end
    if months <= _RECENT_MONTHS:
        return 1.0
    fade = min(1.0, (months - _RECENT_MONTHS) / (_OLD_MONTHS - _RECENT_MONTHS))
    return 1.0 - fade * (1.0 - _OLD_FACTOR)


def _weight(unit: Unit, wanted: Need, cv: CvProfile) -> float:
    weight = _HOME.get(wanted.home, {}).get(unit.kind, _WEIGHT[unit.kind])
    if wanted.home == "credential" and unit.kind != "credential":
        if not _names_credential(unit, wanted):
            weight = _WEIGHT[unit.kind] * _INDIRECT  # "GAAP revenue" in a job is no accounting degree
        elif unit.kind == "role" and not _is_title(unit, cv):
            weight = _MENTIONED  # "worked under RN supervision" names a licence the writer may not hold
    if unit.kind == "role" and unit.line.is_list and weight == _WEIGHT["role"]:
        weight = _ROLE_LIST
    elif unit.kind == "skills" and unit.stated_years >= 2 and not wanted.home:
        weight = _SKILL_YEARS
    return weight * _recency(unit, cv)


def _is_title(unit: Unit, cv: CvProfile) -> bool:
    """A role's title line (short, or the line that dates it), where a held title or licence is written."""
    dated = unit.entry is not None and cv.entries[unit.entry].quote == unit.line.text
    return dated or len(unit.line.text.split()) <= _TITLE_WORDS


def _names_credential(unit: Unit, wanted: Need) -> bool:
    text = unit.line.text
    return bool(CREDENTIAL.search(skills.fold(text)) or acronyms(text) & wanted.keywords)


def _breadth(wanted: Need, cv: CvProfile, relevance: list[float]) -> float:
    """How much of what the criterion lists the CV shows anywhere, 0..1 (three aspects are plenty)."""
    aspects = len(wanted.aspects) + len(wanted.terms)
    if not wanted.aspects:
        return 1.0
    covered = len(wanted.aspects & cv.all_stems) + len(set(wanted.terms) & cv.all_skills)
    breadth = min(1.0, covered / min(_PLENTY, aspects))
    if max(relevance, default=0.0) >= _CLEAR_MEANING:
        breadth = max(breadth, 2 / 3)
    return breadth


def _combine(scored: _Scored) -> float:
    best = sorted((strength for strength, _ in scored), reverse=True)[: len(_SHARES)]
    total = min(1.0, sum(share * strength for share, strength in zip(_SHARES, best, strict=False)))
    return float(total**_CURVE)


def _term_evidence(term: str, cv: CvProfile, wanted: Need, relevance: list[float]) -> _Scored:
    # A skill named in a line that is otherwise far from the criterion ("GAAP revenue" for bookkeeping) is
    # weaker evidence than one named in a line about what the criterion asks. A degree is evidence of "a
    # degree in accounting" only as far as its line is about accounting: any degree is not the one asked for.
    floor = _OTHER_FIELD if wanted.home == "credential" and skills.kind_of(term) == "edu" else _OUT_OF_CONTEXT
    scored = [
        ((1.0 if term in u.skills else _IMPLIED) * _weight(u, wanted, cv) * _in_context(r, floor), u)
        for u, r in zip(cv.units, relevance, strict=True)
        if term in u.skills or term in u.implied
    ]
    return sorted(scored, key=lambda s: -s[0])


def _in_context(relevance: float, floor: float = _OUT_OF_CONTEXT) -> float:
    return floor + (1 - floor) * min(1.0, relevance)


def _keyword_match(unit: Unit, keywords: frozenset[str]) -> float:
    hits = len(unit.stems & keywords)
    if hits and hits == len(keywords):
        return _KEYWORD_HITS[-1]
    return _KEYWORD_HITS[min(hits, len(_KEYWORD_HITS) - 1)]


def _relevance(wanted: Need, cv: CvProfile) -> list[float]:
    """How well each line matches the criterion by its words or its meaning, 0..1."""
    similarity = semantic.similarities(cv.vectors, wanted.vector)
    share = _MEANING_SHARE if wanted.terms else 1.0
    meaning = [share * (float(sim) - _SEM_LOW) / (_SEM_HIGH - _SEM_LOW) for sim in similarity]
    return [
        max(_keyword_match(unit, wanted.keywords), by_meaning, 0.0)
        for unit, by_meaning in zip(cv.units, meaning, strict=True)
    ]


def _text_finding(wanted: Need, cv: CvProfile, relevance: list[float]) -> _Finding:
    scored = sorted(
        ((min(r, 1.0) * _weight(u, wanted, cv), u) for u, r in zip(cv.units, relevance, strict=True)),
        key=lambda s: -s[0],
    )
    scored = [s for s in scored if s[0] > 0][: len(_SHARES)]
    return _Finding(_combine(scored), scored, "matched by its words and meaning")


def _skills_finding(wanted: Need, cv: CvProfile, relevance: list[float]) -> _Finding:
    by_term = {term: _term_evidence(term, cv, wanted, relevance) for term in wanted.terms}
    values = {term: _combine(scored) for term, scored in by_term.items()}
    names, extras = list(wanted.name_terms), list(wanted.desc_terms)
    if names:
        name_values = [values[t] for t in names]
        value = max(name_values) if wanted.name_any else sum(name_values) / len(name_values)
        extra = max((values[t] for t in extras), default=None)
        if extra is not None:
            # The description completes the name ("ideally Django") or, alone, stands in for it in part.
            value = (1 - _DESC_SHARE) * max(value, _DESC_ONLY * extra) + _DESC_SHARE * extra
    else:
        value = max(values[t] for t in extras)
    found = sorted((t for t in wanted.terms if values[t] > 0), key=lambda t: -values[t])
    missing = [t for t in names if values[t] == 0]
    # Lines that show only the description's skills stand in for a missing name in part, as above.
    stand_in = _DESC_ONLY if names and len(missing) == len(names) else 1.0
    scale = {t: 1.0 if t in names else stand_in for t in found}
    units = sorted(
        {id(u): (s * scale[t], u) for t in found for s, u in by_term[t][:2]}.values(), key=lambda s: -s[0]
    )
    what = ", ".join(found) if found else ""
    if missing and found:
        what += f" (no mention of {', '.join(missing)})"
    return _Finding(value, units, what)


def _merge(wanted: Need, by_skills: _Finding, text: _Finding) -> _Finding:
    """Skills named and lines matched by words or meaning, as one body of evidence."""
    best: dict[int, tuple[float, Unit]] = {id(u): (s, u) for s, u in text.units}
    if wanted.name_any or len(wanted.name_terms) <= 1:  # with "A and B" each skill must show on its own
        for strength, unit in by_skills.units:
            best[id(unit)] = max(best.get(id(unit), (0.0, unit)), (strength, unit), key=lambda s: s[0])
    merged = sorted(best.values(), key=lambda s: -s[0])
    value = max(by_skills.value, text.value, _combine(merged))
    lead = by_skills if by_skills.value >= text.value else text
    return _Finding(value, merged[:MAX_EVIDENCE] if merged else lead.units, lead.what)


def _where(unit: Unit, cv: CvProfile) -> str:
    if unit.kind == "role" and unit.entry is not None:
        span = cv.entries[unit.entry].span
        end = "present" if span.open else str(span.end // 12)
        return f"in a role ({span.start // 12}-{end})"
    return {"role": "in a role", "project": "in a project", "summary": "in the summary",
            "skills": "in a skills list", "credential": "in education or certifications",
            "languages": "in languages", "other": "elsewhere in the CV"}[unit.kind]  # fmt: skip


def _explain(finding: _Finding, cv: CvProfile) -> str:
    places = list(dict.fromkeys(_where(u, cv) for _, u in finding.units[:MAX_EVIDENCE]))
    return f"{finding.what}: {'; '.join(places)}" if finding.what else "; ".join(places)


def _years_finding(wanted: Need, years_wanted: float, cv: CvProfile, relevance: list[float]) -> _Finding:
    chosen = _domain_entries(wanted, cv, relevance) if wanted.has_domain else set(range(len(cv.entries)))
    years = experience.years([cv.entries[i].span for i in sorted(chosen)])
    quotes = [cv.entries[i].quote for i in sorted(chosen, key=lambda i: -cv.entries[i].span.end)]
    stated, stated_quote = cv.claimed
    stated_counts = stated > years and (not wanted.has_domain or _claim_relevant(wanted, cv, relevance))
    if stated_counts:
        years, quotes = float(stated), [stated_quote, *quotes]
    value = min(1.0, years / years_wanted) if years_wanted > 0 else 1.0
    units = [(value, u) for u in cv.units if u.quote in quotes[:2] or u.line.text in quotes[:2]]
    where = " relevant" if wanted.has_domain else ""
    what = f"about {years:g} years of{where} experience against {years_wanted:g} wanted"
    return _Finding(value, units[:2] if years > 0 else [], what + (" (stated)" if stated_counts else ""))


def _domain_entries(wanted: Need, cv: CvProfile, relevance: list[float]) -> set[int]:
    """The roles whose lines, taken together, are about the criterion's domain."""
    terms = set(wanted.terms)
    by_entry: dict[int, _Scored] = {}
    named_in: set[int] = set()
    for unit, r in zip(cv.units, relevance, strict=True):
        if unit.entry is not None:
            named = _in_context(r) if terms & (unit.skills | unit.implied) else 0.0
            by_entry.setdefault(unit.entry, []).append((max(min(r, 1.0), named), unit))
            if named:
                named_in.add(unit.entry)
    return {
        entry
        for entry, scored in by_entry.items()
        if _combine(scored) >= _IN_DOMAIN and (entry in named_in or _more_than_a_word(scored, cv))
    }


def _more_than_a_word(scored: _Scored, cv: CvProfile) -> bool:
    """A role shows a domain by its title or by two of its lines, not by one stray word ("an account of")."""
    shown = [unit for strength, unit in scored if strength >= _SHOWN]
    return len(shown) >= 2 or any(_is_title(unit, cv) for unit in shown)


def _claim_relevant(wanted: Need, cv: CvProfile, relevance: list[float]) -> bool:
    terms = set(wanted.terms)
    return any(
        u.quote == cv.claimed[1] and (r >= _RELEVANT or bool(terms & (u.skills | u.implied)))
        for u, r in zip(cv.units, relevance, strict=True)
    )


def _assess(name: str, wanted: Need, cv: CvProfile) -> CriterionAssessment:
    relevance = _relevance(wanted, cv)
    text = _text_finding(wanted, cv, relevance)
    finding = text
    if wanted.terms:
        finding = _merge(wanted, _skills_finding(wanted, cv, relevance), text)
    breadth = _breadth(wanted, cv, relevance)
    finding = _Finding(finding.value * (_NARROW + (1 - _NARROW) * breadth), finding.units, finding.what)
    if wanted.years is not None:
        years = _years_finding(wanted, wanted.years, cv, relevance)
        value = years.value if not wanted.has_domain else 0.75 * years.value + 0.25 * finding.value
        units = years.units + [s for s in finding.units if s[1] not in {u for _, u in years.units}]
        finding = _Finding(value, units, years.what)
    score = int(CRITERION_MAX * finding.value + 0.5)
    quotes = tuple(dict.fromkeys(u.quote for _, u in finding.units if u.quote))[:MAX_EVIDENCE]
    if score == 0 or not quotes:
        return CriterionAssessment(name, 0, "Not evidenced in the CV.", ())
    return CriterionAssessment(name, score, _explain(finding, cv)[:300], quotes)


class OfflineScorer:
    """Score a CV against a rubric by deterministic evidence matching."""

    name = "offline"
    model = OFFLINE_VERSION

    def score(self, cv_text: str, rubric: Rubric) -> ScorerOutput:
        """Return one assessment per criterion, in rubric order."""
        cv = read(cv_text, rubric)
        assessments = tuple(
            _assess(c.name, need(c.name, c.description, rubric.min_years_experience), cv)
            for c in rubric.criteria
        )
        matched = sum(1 for a in assessments if a.score >= 5)
        stated = f" ({cv.claimed[0]}+ stated)" if cv.claimed[0] > cv.years else ""
        summary = (
            f"Offline match: {matched} of {len(assessments)} criteria evidenced; "
            f"about {cv.years:g} years of dated experience{stated}."
        )
        return ScorerOutput(
            criteria=assessments,
            summary=summary,
            scorer=self.name,
            model=self.model,
            prompt_version=OFFLINE_VERSION,
            years_experience=max(cv.years, float(cv.claimed[0])),
        )
