"""The offline scorer: deterministic, explainable skill and experience matching, no network, no model.

For each criterion it extracts the skills named in the criterion's name and description (synonyms included),
finds the CV lines that mention them, and scores by where they appear:

| where the skill appears                         | criterion score |
| ----------------------------------------------- | --------------- |
| in two or more experience/project sentences     | 10              |
| in one experience/project sentence              | 8               |
| only in a list inside an experience entry       | 7               |
| only in summary or other prose                  | 6               |
| only in a skills list                           | 5               |
| only in education/certifications                | 4               |
| nowhere                                         | 0               |

Degrees count in full in Education, languages in Languages. Skills named in the criterion's name weigh 70%,
those only in its description 30% ("Python" / "ideally Django/DRF"); "or", "such as", "e.g." make any one
enough. A criterion with a number of years ("5+ years backend") compares the years computed from date ranges
(only jobs whose lines mention the domain, when it names one) with that number, or with the persona's minimum.
Criteria naming no known skill fall back to matching their content words. The scorer always reads a redacted
copy of the CV, so names, pronouns and contact details cannot move a score; evidence quotes the lines given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobs.scoring import experience, redaction, skills
from jobs.scoring.sections import Line, clean_line, found_sections, split_lines
from jobs.scoring.types import CRITERION_MAX, Criterion, CriterionAssessment, Rubric, ScorerOutput

OFFLINE_VERSION = "offline-v1"
PRIMARY_SHARE = 0.7
DESCRIPTION_ONLY_SHARE = 0.9
DEFAULT_YEARS = 3  # when neither the criterion nor the persona says how many years
MAX_EVIDENCE = 3
_STRENGTH = {"exp_prose_2": 10, "exp_prose": 8, "exp_list": 7, "prose": 6, "listed": 5, "edu": 4}
_ANY_OF = re.compile(r"\b(?:or|ou|o|oder|any of|one of|such as|e\.g|eg|like|either|among)\b|\s/\s")
_YEARS_NUMBER = re.compile(r"(\d{1,2})\s*\+?\s*(?:years?|yrs?|ans|anos|jahre)\b")
_YEARS_WORDS = re.compile(
    r"\b(?:years of experience|seniority|experience level|years experience|anciennete)\b"
)
_STOP_TEXT = (
    "the and for with of in on to a an or at as by from into is are be this that our their its any ideally"
    " strong good solid proven excellent experience experienced years year knowledge ability skills skill"
    " understanding familiarity plus etc professional production hands-on working work must nice have using"
    " able including related relevant least minimum preferred required"
)
_STOP = frozenset(_STOP_TEXT.split())
_SUFFIXES_TEXT = "ations ation ments ment ships ship ings ing ness ies ers er ed es s y e"  # longest first
_SUFFIXES = tuple(_SUFFIXES_TEXT.split())


@dataclass(frozen=True)
class _Unit:
    line: Line
    kind: str  # exp_prose | exp_list | prose | listed | edu | lang
    skills: frozenset[str]  # with implications
    quote: str
    stems: frozenset[str]  # stemmed content words, for criteria that name no known skill


@dataclass(frozen=True)
class _Cv:
    units: tuple[_Unit, ...]
    entries: tuple[tuple[experience.Span, frozenset[str], str], ...]  # span, skills in the job, date line
    years: float
    claimed: tuple[int, str]  # "N years" claimed in prose, used only when no dates are written


def _kind(line: Line, has_experience: bool, in_entry: bool) -> str:
    if line.section in ("education", "certifications"):
        return "edu"
    if line.section == "languages":
        return "lang"
    in_job = line.section in ("experience", "projects") or (not has_experience and in_entry)
    if in_job:
        return "exp_list" if line.is_list else "exp_prose"
    return "listed" if line.is_list or line.section == "skills" else "prose"


def _read(cv_text: str, rubric: Rubric) -> _Cv:
    redacted = redaction.redact_text(cv_text, keep=redaction.rubric_keep_words(rubric)).text
    given, seen = cv_text.splitlines(), redacted.splitlines()
    all_lines = split_lines(redacted)
    lines = [line for line in all_lines if not line.is_heading]
    has_experience = "experience" in found_sections(all_lines)
    present = experience.latest_month(redacted)
    units: list[_Unit] = []
    entries: list[tuple[experience.Span, set[str], str]] = []
    for line in lines:
        spans = experience.find_spans(line.text, present)
        countable = (
            line.section == "experience" if has_experience else line.section in ("header", "summary", "other")
        )
        if spans and countable:
            entries.extend((span, set(), line.text) for span in spans)
        kind = _kind(line, has_experience, bool(entries))
        found = frozenset(skills.expand(skills.find_skills(line.text)))
        if entries and kind.startswith("exp"):
            entries[-1][1].update(found)
        units.append(_Unit(line, kind, found, _quote(line, given, seen), _stems(line.text)))
    years = experience.years([span for span, _, _ in entries])
    claimed = max(
        ((experience.claimed_years(u.line.text), u.quote) for u in units if u.kind == "prose"),
        default=(0, ""),
    )
    return _Cv(tuple(units), tuple((s, frozenset(k), t) for s, k, t in entries), years, claimed)


def _quote(line: Line, given: list[str], seen: list[str]) -> str:
    """Quote the line as given to the scorer (the redacted copy only when the given line is too long)."""
    original = clean_line(given[line.index]) if line.index < len(given) else ""
    changed = line.index < len(seen) and seen[line.index] != given[line.index]
    return original if changed and original and len(original) <= 240 else line.text


def _term_score(term: str, cv: _Cv) -> tuple[int, list[_Unit]]:
    hits = [unit for unit in cv.units if term in unit.skills]
    kinds = [unit.kind for unit in hits]
    home = skills.kind_of(term)
    if home == "lang" and hits:
        return CRITERION_MAX, hits  # a spoken language is evidenced by being listed at all
    if home == "edu" and hits:
        return (CRITERION_MAX if "edu" in kinds else 7), sorted(hits, key=lambda u: u.kind != "edu")
    prose = kinds.count("exp_prose")
    strength = "exp_prose_2" if prose >= 2 else next((k for k in _STRENGTH if k in kinds), "")
    return _STRENGTH.get(strength, 0), sorted(hits, key=lambda u: list(_STRENGTH).index(_order(u.kind)))


def _order(kind: str) -> str:
    return kind if kind in _STRENGTH else "edu"


_Found = tuple[float, list[_Unit], list[str]]  # value, supporting units (best first), notes


def _group_score(terms: list[str], any_of: bool, cv: _Cv) -> _Found:
    scored = [(term, *_term_score(term, cv)) for term in terms]
    values = [score for _, score, _ in scored]
    value = max(values) if any_of else sum(values) / len(values)
    notes = [f"{term}: {_describe(score, skills.kind_of(term))}" for term, score, _ in scored]
    units = [unit for _, _, hits in sorted(scored, key=lambda s: -s[1]) for unit in hits]
    return value, units, notes


def _describe(score: int, home: str) -> str:
    if home and score:
        return {"edu": "in education", "lang": "listed"}[home] if score == CRITERION_MAX else "mentioned"
    names = {10: "in several experience lines", 8: "in experience", 7: "listed within a job", 6: "mentioned",
             5: "listed in skills", 4: "in education", 0: "not found"}  # fmt: skip
    return names.get(score, "mentioned")


def _years_needed(text: str, rubric: Rubric) -> float | None:
    number = _YEARS_NUMBER.search(text)
    if number:
        return float(number.group(1))
    if _YEARS_WORDS.search(text):
        return float(rubric.min_years_experience or DEFAULT_YEARS)
    return None


def _years_score(needed: float, domain: list[str], cv: _Cv) -> tuple[int, list[str], str]:
    relevant = [(span, line) for span, found, line in cv.entries if not domain or found & set(domain)]
    years = experience.years([span for span, _ in relevant]) if domain else cv.years
    quotes = [line for _, line in relevant]
    if not cv.entries and cv.claimed[0]:
        years, quotes = float(cv.claimed[0]), [cv.claimed[1]]
    score = min(CRITERION_MAX, int(CRITERION_MAX * years / needed)) if needed > 0 else CRITERION_MAX
    where = f" in {', '.join(domain)}" if domain else ""
    return score, quotes, f"About {years:g} years of experience{where} against {needed:g} wanted."


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _stems(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in re.findall(r"[a-z][a-z+#-]{2,}", skills.fold(text)) if w not in _STOP)


def _free_words_score(text: str, cv: _Cv) -> tuple[int, list[str], str]:
    words = sorted(_stems(text))
    if not words:
        return 0, [], "No skill or keyword to look for in this criterion."
    unit_stems = [(unit, unit.stems) for unit in cv.units]
    total = 0
    for word in words:
        kinds = [unit.kind for unit, stems in unit_stems if word in stems]
        total += max((_STRENGTH.get(_order(k), 4) for k in kinds), default=0)
    best = sorted(unit_stems, key=lambda us: -len(us[1] & set(words)))
    quotes = [unit.quote for unit, stems in best[:MAX_EVIDENCE] if stems & set(words)]
    return round(total / len(words)), quotes, f"Keywords found for {len(words)} term(s) by text match."


def _skills_value(criterion: Criterion, name_terms: list[str], desc_terms: list[str], cv: _Cv) -> _Found:
    any_in_name = bool(_ANY_OF.search(skills.fold(criterion.name)))
    any_in_desc = bool(_ANY_OF.search(skills.fold(criterion.description)))
    if not name_terms:
        return _group_score(desc_terms, any_in_desc, cv)
    value, units, notes = _group_score(name_terms, any_in_name, cv)
    if not desc_terms:
        return value, units, notes
    extra, extra_units, extra_notes = _group_score(desc_terms, any_in_desc, cv)
    # The name may be only a label ("Analytics") that the description spells out ("KPIs, A/B testing").
    blended = max(PRIMARY_SHARE * value + (1 - PRIMARY_SHARE) * extra, DESCRIPTION_ONLY_SHARE * extra)
    return blended, units + extra_units, notes + extra_notes


def _assess(criterion: Criterion, cv: _Cv, rubric: Rubric) -> CriterionAssessment:
    name_terms = sorted(skills.find_skills(criterion.name))
    desc_terms = sorted(skills.find_skills(criterion.description) - set(name_terms))
    text = f"{criterion.name} {criterion.description}"
    needed = _years_needed(skills.fold(text), rubric)
    if not name_terms and not desc_terms and needed is None:
        score, quotes, why = _free_words_score(text, cv)
        return CriterionAssessment(criterion.name, score, why, tuple(quotes))
    value, units, notes = (
        _skills_value(criterion, name_terms, desc_terms, cv) if name_terms or desc_terms else (0, [], [])
    )
    quotes = [unit.quote for unit in units]
    if needed is not None:
        years_value, year_quotes, why = _years_score(needed, name_terms + desc_terms, cv)
        value = (value + years_value) / 2 if units or notes else years_value
        quotes, notes = year_quotes + quotes, [why, *notes]
    score = int(min(CRITERION_MAX, value) + 0.5)
    return CriterionAssessment(
        criterion.name, score, "; ".join(notes)[:300], tuple(_unique(quotes)[:MAX_EVIDENCE])
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


class OfflineScorer:
    """Score a CV against a rubric by deterministic skill, section and date matching."""

    name = "offline"
    model = OFFLINE_VERSION

    def score(self, cv_text: str, rubric: Rubric) -> ScorerOutput:
        """Return one assessment per criterion, in rubric order."""
        cv = _read(cv_text, rubric)
        assessments = tuple(_assess(criterion, cv, rubric) for criterion in rubric.criteria)
        matched = sum(1 for a in assessments if a.score >= 5)
        summary = (
            f"Offline match: {matched} of {len(assessments)} criteria evidenced; "
            f"about {cv.years:g} years of dated experience."
        )
        return ScorerOutput(
            criteria=assessments,
            summary=summary,
            scorer=self.name,
            model=self.model,
            prompt_version=OFFLINE_VERSION,
            years_experience=cv.years,
        )
