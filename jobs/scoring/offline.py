"""The offline scorer: deterministic, explainable evidence matching, no network, no remote model.

Each CV line is evidence for a criterion in proportion to how well it matches (a skill named or implied, the
criterion's own words, or its meaning by static embeddings) times where it sits:

| where the line sits                                  | weight |
| ---------------------------------------------------- | ------ |
| a dated role (recent; ten years before the CV's latest role counts 0.6; never for a licence) | 1.0 |
| a list of tools inside a role                        | 0.85   |
| a project (dated ten years before: x 0.6, as a role) | 0.8    |
| the summary                                          | 0.6    |
| a skills list that states years ("Python 5+ yrs")   | 0.7    |
| education / a bare skills list                       | 0.5 / 0.35 |
| a credential criterion's licences and certifications | 1.0    |
| a line naming another licence than the one spelled out ("Registered Nurse (RN)") | x 0.4 |
| for an occupation (sales, teaching), a role whose title did not hold it | x 0.5, and its years not counted |
| ... where the occupation's name alone ("the sales floor") shows nothing; the line's other words count | |
| ... or a line outside the dated roles (summary, education) when none held it | x 0.5 |
| a line naming the licence only in the plural ("with registered nurses") | as one naming no licence |
| a skill the line rates low itself ("Python (basic)", "exposure to AWS", "German (A2)"; levels.py) | x 0.5 |
| a line of a role in another field (a nurse's "ordered supplies" for an office) | x nearness, 0.15-1 |
| ... unless it names a concrete skill the criterion asks for (field.py); never for a language | x 1 |
| ... but a skill only named outside the roles by a CV whose career is far off | x 0.5-0.7 |
| for a language asked for by name, a line of work in another one ("iOS apps in Swift" for PHP) | x 0.3 |
| ... or a line naming no language in a role whose stack names only others (role_stacks.py) | x 0.3 |

A criterion that rules out a kind of skill ("PostgreSQL or another relational database") is evidenced by no
line about only that kind ("the MongoDB databases"). A field naming what a software product was for ("an
accounting application") is not read as work in that field (products.py).

The best three lines make the criterion (60/25/15%), on a curve: one line of a recent role scores 7/10, two or
three score 9-10, a skills list alone 3-4. A criterion that lists several things is met in full only when the
CV shows several of them, or a role titled with the occupation it names ("Office Manager"). Years in an
occupation count only from roles whose title names it, never from one shared word ("Care Assistant"). Years
criteria ("5+ years of backend development") compare the dated years of the roles in the criterion's domain (a
role is in it by a skill named, its title or two of its lines, never by one stray word; a role placed in a
far-off field only by two lines naming the domain's skills), or a stated total ("10+ years"), with the years
wanted. "A degree in accounting" is met by a degree only as far as its line is about accounting and its
subject is near accounting (field.py). When no criterion asks for years, the persona's minimum still counts:
the CV's dated years (or a stated total) below it take up to a quarter off each criterion but a licence or a
language, and the justification and summary say so; a CV with no dates at all is not taken for one without
years. The score, the justification and the quotes come from the same evidence, so they cannot disagree: a
criterion with no evidence scores 0 and says so, unless the CV's career is in a neighbouring field (an
accountant for an office post): then a soft criterion gets a small, stated transferable credit
(transferable.py). Constants were tuned on the tuned part of bench/quality/labels only.
An apprentice's, trainee's or intern's years count half toward years in an occupation (trainees.py).
A credential still being earned ("NVQ Level 3 in progress", "expected 2026") weighs as a line naming none.
A credential asked "with" a part ("2365 with AM2") the CV says is yet to come is met in part (conditions.py).
"""

from __future__ import annotations

from jobs.scoring import (
    conditions,
    field,
    justify,
    licences,
    listed_roles,
    occupation,
    role_lengths,
    skills,
    transferable,
    wrapped,
    written_in,
)
from jobs.scoring import relevance as relevance_of
from jobs.scoring.criteria import Need, as_work, need
from jobs.scoring.criterion_findings import (
    OTHER_LANGUAGE,
    holds_all,
    languages_asked,
    skills_finding,
    text_finding,
)
from jobs.scoring.profile import CvProfile, Unit, read
from jobs.scoring.strength import Finding, combine
from jobs.scoring.tenure import Shortfall, rubric_shortfall, years_finding
from jobs.scoring.types import CRITERION_MAX, CriterionAssessment, Rubric, ScorerOutput
from jobs.scoring.weights import HOME, Held

# What each version changed is in the README ("Scoring quality"). v15: occupations outside software and the
# vocabulary of data engineering, medical offices and paid marketing; colleagues' titles; client-side APIs.
OFFLINE_VERSION = "offline-v18"
MAX_EVIDENCE = 3
_PLENTY = 3  # aspects of a criterion that show its breadth
_CLEAR_MEANING = 0.75  # a line this close in meaning shows the criterion even in other words
_HELD_BREADTH = 1.0  # a role titled with the occupation (an "Office Manager") did its usual range of work
_NARROW = 0.5  # the share of a criterion that depth alone earns, without breadth
_SHORT = 0.25  # no relevant years against the persona's minimum costs each criterion this share; half, half


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


def _merge(wanted: Need, by_skills: Finding, text: Finding) -> Finding:
    """Skills named and lines matched by words or meaning, as one body of evidence."""
    best: dict[int, tuple[float, Unit]] = {id(u): (s, u) for s, u in text.units}
    if wanted.name_any or len(wanted.name_terms) <= 1:  # with "A and B" each skill must show on its own
        for strength, unit in by_skills.units:
            best[id(unit)] = max(best.get(id(unit), (0.0, unit)), (strength, unit), key=lambda s: s[0])
    merged = sorted(best.values(), key=lambda s: -s[0])
    value = max(by_skills.value, text.value, combine(merged))
    lead = by_skills if by_skills.value >= text.value else text
    return Finding(value, merged[:MAX_EVIDENCE] if merged else lead.units, lead.what)


def _evidence(wanted: Need, cv: CvProfile, relevance: list[float], near: field.Nearness) -> Finding:
    held = Held(occupation.held(wanted.job, cv, relevance), near.for_criterion(wanted))
    relevance = relevance_of.beyond_name(wanted, cv, relevance, held.roles)
    text = text_finding(wanted, cv, relevance, held)
    if not wanted.terms:
        return text
    by_skills = skills_finding(wanted, cv, relevance, held)
    # A CV naming no language asked for (nor a tool implying one) is no evidence of it, however close its
    # words come: "trained CNN models" says what was built, not in which language.
    asked = languages_asked(wanted.name_terms)
    if asked and not cv.all_skills & asked:
        # What is left is the description's broader skills ("server-side", "data analysis") done in another
        # language: a neighbouring stack, worth a little, never most of a language asked for by name.
        return Finding(min(by_skills.value, OTHER_LANGUAGE), by_skills.units, by_skills.what)
    merged = _merge(wanted, by_skills, text)
    if wanted.name_terms == ("Leadership",) and by_skills.value < _LEAD_UNSHOWN:
        # A criterion named for leading ("Charge nurse and shift leadership: staff assignments, patient
        # acuity, the unit through a shift") shares its other words with the work led: a nurse's shift under
        # supervision says where leading happens, not that it happened. No line that leads, little credit.
        return Finding(min(merged.value, _LEAD_UNSHOWN), merged.units, merged.what)
    return merged


_LEAD_UNSHOWN = 0.4
_ANOTHER_LICENCE = 0.3  # below the floor of a required criterion: a must-have not held


def _assess(
    name: str, wanted: Need, cv: CvProfile, short: Shortfall | None, near: field.Nearness
) -> CriterionAssessment:
    relevance = relevance_of.of(wanted, cv)
    finding = _evidence(wanted, cv, relevance, near)
    if wanted.or_work:  # "a degree in IT, or hands-on work in software": the work meets it too
        finding = max(finding, _evidence(as_work(wanted), cv, relevance, near), key=lambda f: f.value)
    if wanted.with_parts and (pending := conditions.still_to_come(wanted.with_parts, cv)):
        # "2365 with AM2" held without the AM2 ("AM2 booked"): the credential is not held yet (conditions.py).
        what = f"{finding.what} ({', '.join(pending)} still to come)".strip()
        finding = Finding(finding.value * conditions.UNMET, finding.units, what)
    if finding.value > _ANOTHER_LICENCE and licences.another_of_its_kind(cv, wanted):
        # A vocational nurse's "Field Nurse" roles are that licence's, not the RN licence asked for.
        what = f"{finding.what} (names another licence of the trade, not this one)".strip()
        finding = Finding(_ANOTHER_LICENCE, finding.units, what)
    titled = occupation.held_by_name(wanted.job, cv)
    # A role titled with the occupation did its usual range of work, listed or not.
    breadth = max(_breadth(wanted, cv, relevance), _HELD_BREADTH if titled else 0.0)
    if wanted.home == "credential" and any(holds_all(unit, wanted) for unit in cv.units):
        breadth = 1.0  # "BEng (Hons) Mechanical Engineering" is all of "BEng/BSc in Mechanical Engineering"
    # The languages asked, wherever named: "Languages: fluent English, Spanish a plus", "Communication: clear
    # written and spoken English".
    asked = tuple(term for term in wanted.terms if skills.kind_of(term) == "lang")
    if wanted.home == "languages" and written_in.states_a_high_level(finding.units, asked):
        breadth = 1.0  # "English (native)" meets "excellent written English" in full
    finding = Finding(finding.value * (_NARROW + (1 - _NARROW) * breadth), finding.units, finding.what)
    if wanted.home == "languages" and finding.value < written_in.WRITTEN:  # the CV as a writing sample
        finding = written_in.written(asked, cv) or finding
    if wanted.years is not None:
        years = years_finding(
            wanted, wanted.years, cv, relevance, titled, near.far_roles(), near.far_career()
        )
        value = years.value if not wanted.has_domain else 0.75 * years.value + 0.25 * finding.value
        units = years.units + [s for s in finding.units if s[1] not in {u for _, u in years.units}]
        finding = Finding(value, units, years.what)
    score = int(CRITERION_MAX * finding.value + 0.5)
    quotes = tuple(dict.fromkeys(u.quote for _, u in finding.units if u.quote))[:MAX_EVIDENCE]
    if score == 0 or not quotes:
        return CriterionAssessment(name, 0, "Not evidenced in the CV.", ())
    why = justify.explain(finding, cv, MAX_EVIDENCE)
    if short is not None and wanted.home not in HOME:  # a licence or a language is held whatever the years
        lowered = int(CRITERION_MAX * finding.value * (1 - _SHORT * (1 - short.share)) + 0.5)
        if lowered < score:
            score, why = lowered, f"{why[: 297 - len(short.text)]}; {short.text}"
    return CriterionAssessment(name, score, why[:300], quotes)


class OfflineScorer:
    """Score a CV against a rubric by deterministic evidence matching."""

    name = "offline"
    model = OFFLINE_VERSION

    def score(self, cv_text: str, rubric: Rubric) -> ScorerOutput:
        """Return one assessment per criterion, in rubric order."""
        cv = wrapped.across_breaks(role_lengths.dated(listed_roles.recovered(read(cv_text, rubric))))
        needs = [need(c.name, c.description, rubric.min_years_experience) for c in rubric.criteria]
        short, near = rubric_shortfall(rubric, needs, cv), field.place(cv, rubric)
        assessments = tuple(
            _assess(c.name, n, cv, short, near) for c, n in zip(rubric.criteria, needs, strict=True)
        )
        transfer = transferable.of_career(cv, rubric)
        assessments, credited = transferable.apply(assessments, needs, rubric, transfer)
        matched = sum(1 for a in assessments if a.score >= 5)
        stated = f" ({cv.claimed[0]}+ stated)" if cv.claimed[0] > cv.years else ""
        summary = (
            f"Offline match: {matched} of {len(assessments)} criteria evidenced; "
            f"about {cv.years:g} years of dated experience{stated}."
        )
        if short is not None:
            summary += f" {short.text[0].upper()}{short.text[1:]}."
        if credited and transfer is not None:
            summary += f" Some criteria {transfer.note}."
        return ScorerOutput(
            criteria=assessments,
            summary=summary,
            scorer=self.name,
            model=self.model,
            prompt_version=OFFLINE_VERSION,
            years_experience=max(cv.years, float(cv.claimed[0])),
        )
