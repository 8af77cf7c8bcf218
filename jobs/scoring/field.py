"""Field nearness: soft criteria count less when met in a far-off profession (issue #9).

"Customer service", "scheduling" or "managed projects" are met by nurses, teachers and site managers as
much as by the office coordinator or the IT project manager a persona asks for. A recruiter weighs such
evidence by where it was earned: an accountant's invoices are near an office's, a nurse's supply orders are
not. So the persona is placed in its field(s) by its title (else its description, else its criteria), each
dated role by its title (else by what two or more of its lines say), and lines outside the roles by the
fields of the CV's roles; a soft criterion's evidence is then scaled by the nearness of the two fields
(field_table.NEAR: same 1, neighbour 0.6, unrelated 0.15). A criterion naming a concrete skill (Python,
Windows, a licence) keeps its evidence in any dated role, and what cannot be placed is never scaled; a
skill only named outside the roles (a skills list, the summary) by a CV whose career is far off keeps half
its evidence and more the nearer that career is (issue: unrelated careers that list a few skills). For a
licence or degree asked, a line about a degree is as near as its subject ("BSc Nursing" for an accountant).
A budget or an A/B test in a far-off role counts as a skill only named there: work every field does.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from jobs.scoring import analysts, employers, occupation, skills
from jobs.scoring.criteria import Need
from jobs.scoring.field_table import NEAR, NEIGHBOUR, PHRASES, SKILL_FIELD, STUDY, UNRELATED
from jobs.scoring.profile import CvProfile, Unit
from jobs.scoring.types import Rubric

_Keys = dict[tuple[str, ...], frozenset[str]]


def _keys(*tables: dict[str, frozenset[str]]) -> _Keys:
    keys: _Keys = {}
    for table in tables:
        for name, phrases in table.items():
            for phrase in phrases:
                key = tuple(skills.tokens(phrase))
                keys[key] = keys.get(key, frozenset()) | {name}
    return keys


_KEYS = _keys(PHRASES)
_STUDY_KEYS = _keys(PHRASES, STUDY)
_LONGEST = max(len(key) for key in _STUDY_KEYS)
# On a line about study these say studying, not teaching: "Nursing student", "Lincoln High School".
_INSTITUTION = re.compile(
    r"\b(?:schools?|students?|pupils|classroom|curriculum|professors?|lecturers?)\b", re.IGNORECASE
)
# A line outside the education section is about study when it says so ("Nursing student", "BA graduate").
_STUDYING = re.compile(
    r"\b(?:student|undergraduate|graduate|studying|major(?:ing)? in|degree in)\b", re.IGNORECASE
)
# "IT" in capitals is the field; folded it is the pronoun. Alone ("IT Project Manager") it may be either
# side of IT, so it places only where no more precise word ("IT support", "developer") does.
_IT = re.compile(r"\bIT\b")
_IT_FIELDS = frozenset({"software", "it_infra"})
# "Data & Operations Analyst" is a data analyst and an operations analyst: the shared head noun is read
# with each of the joined words.
_JOINED = re.compile(r"\b([A-Za-z]+)\s*(?:&|\band\b|/)\s*[A-Za-z]+\s+([A-Za-z]+)\b")
# A concrete skill only named (outside the dated roles) by a CV whose career is far off keeps this share of
# its evidence and the rest in proportion to the career's nearness.
NAMED = 0.5
_DEGREE = "Degree"  # the skills table's name for a degree of any subject
# Concrete work every field does: a budget held is budget work wherever it was held, but a ward's budget is
# less of an office's budget than an office manager's (a campaign's A/B test less of a statistician's), so a
# role far off keeps what a skill only named does.
_SHARED = frozenset({"Budgeting", "A/B testing"})
_LINES_TO_PLACE = 2  # a role with no telling title is placed by what this many of its lines say
# Skills many professions exercise: a criterion made only of these (or of an occupation, which roles'
# titles judge) is soft. Everything else the skills table knows is a concrete skill.
_SOFT_SKILLS = frozenset({
    "Customer support", "Communication", "Appointment scheduling", "Purchasing", "Records and data entry",
    "Reception", "Leadership", "Mentoring", "Project management", "Stakeholder management", "Requirements",
    "Collaboration", "Problem solving", "Prioritisation", "Troubleshooting",
})  # fmt: skip


@dataclass(frozen=True)
class Nearness:
    """How near each dated role's field, and the CV's for other lines, is to the persona's, 0..1."""

    by_entry: dict[int, float]
    elsewhere: float
    keep: frozenset[str] = frozenset()  # the criterion's concrete skills: a line naming one is never scaled
    persona: frozenset[str] = frozenset()  # the persona's field(s)
    held: bool = False  # the criterion asks for a licence or degree: naming it is holding it, in any field
    career: bool = True  # `elsewhere` comes from dated roles, not from study or the lines alone

    def of(self, unit: Unit) -> float:
        """The nearness of the field the line was written in; a line naming a concrete skill asked, more."""
        subject = self._degree_subject(unit)
        if subject:
            return nearness(subject, self.persona)
        named = self.keep & (unit.skills | unit.implied)
        if named:
            return self._named(unit, named)
        if unit.kind == "role" and unit.entry is not None:
            return self.by_entry.get(unit.entry, 1.0)
        return self.elsewhere

    def _degree_subject(self, unit: Unit) -> frozenset[str]:
        """For a credential criterion, the fields of the subject a line about a degree or study names.

        "A degree in accounting" is not met by a nursing degree as by an economics one: any degree is a
        degree, but its subject says how near it is (wherever a layout put the line).
        """
        if not self.held or not (is_study(unit) or _DEGREE in unit.skills):
            return frozenset()
        return study_fields(unit.read_as)

    def _named(self, unit: Unit, named: frozenset[str]) -> float:
        """A concrete skill asked: 1 in a dated role or a near career; only named by a far-off one, less.

        A skill used in a dated role is used, whatever the role's field. One only named (a skills list, the
        summary, a course) by a CV whose career is far off is weaker than the same name in a career near the
        persona's: nobody vouches for its use. A course is as near as its subject ("MSc Statistics"). A CV
        placed only by its study or its lines has no career to weigh against.
        """
        if unit.kind == "role" and unit.entry is not None and _only_shared(unit, named):
            return NAMED + (1 - NAMED) * self.by_entry.get(unit.entry, 1.0)
        if self.held or unit.kind == "role" or not self.career or self.elsewhere >= NEIGHBOUR:
            return 1.0
        subject = study_fields(unit.read_as) if is_study(unit) else frozenset()
        return max(NAMED + (1 - NAMED) * self.elsewhere, nearness(subject, self.persona) if subject else 0.0)

    def far_career(self) -> bool:
        """Whether the CV's dated roles are all in fields less near the persona's than a neighbour."""
        return self.career and self.elsewhere < NEIGHBOUR

    def far_roles(self) -> frozenset[int]:
        """The dated roles placed in a field less near the persona's than a neighbour."""
        return frozenset(entry for entry, near in self.by_entry.items() if near < NEIGHBOUR)

    def for_criterion(self, wanted: Need) -> Nearness | None:
        """The nearness a criterion's lines are weighed by; None for a language, held in any field.

        A licence or certificate is kept when the line names the one asked for (CompTIA A+); another field's
        ("Certified Public Accountant" for IT certifications) is no nearer than that field.
        """
        if wanted.home == "languages":
            return None
        keep = frozenset(t for t in wanted.terms if not is_soft(t))
        return replace(self, keep=keep, held=wanted.home == "credential")


@functools.lru_cache(maxsize=8192)
def fields_in(text: str) -> frozenset[str]:
    """The fields the text's words place it in ("Staff Nurse, ICU" -> healthcare)."""
    text, analytics = analysts.domain_free(text)  # "Marketing Analyst": analytics, not marketing
    found = _scan(text).union(*(_scan(f"{m[1]} {m[2]}") for m in _JOINED.finditer(text)))
    if analytics:
        found |= {analysts.ANALYTICS}
    if not found and _IT.search(text):
        return _IT_FIELDS
    return found


@functools.lru_cache(maxsize=4096)
def study_fields(text: str) -> frozenset[str]:
    """The fields the subject studied places a line about study in ("BSc Computer Science" -> software)."""
    return _scan(_INSTITUTION.sub(" ", text), _STUDY_KEYS)


def is_study(unit: Unit) -> bool:
    """Whether the line is about study: in the education section, or saying so outside the dated roles."""
    if unit.line.section == "education":
        return True
    return unit.kind != "role" and bool(_STUDYING.search(unit.read_as))


def studied(cv: CvProfile) -> frozenset[str]:
    """The fields of the subjects the CV's lines about study name."""
    return frozenset().union(*(study_fields(u.read_as) for u in cv.units if is_study(u)))


def _scan(text: str, keys: _Keys = _KEYS) -> frozenset[str]:
    words = skills.tokens(skills.fold(text))
    found: set[str] = set()
    position = 0
    while position < len(words):
        size, hit = _lookup(words, position, keys)
        found |= hit
        position += max(size, 1)
    return frozenset(found)


def _lookup(words: list[str], position: int, keys: _Keys) -> tuple[int, frozenset[str]]:
    for size in range(min(_LONGEST, len(words) - position), 0, -1):
        key = tuple(words[position : position + size])
        hit = keys.get(key)
        if hit is None and len(key[-1]) > 3 and key[-1].endswith("s"):
            hit = keys.get((*key[:-1], key[-1][:-1]))  # plural: "nurses", "accountants"
        if hit is not None:
            return size, hit
    return 0, frozenset()


def _skill_fields(named: frozenset[str] | set[str]) -> frozenset[str]:
    return frozenset(SKILL_FIELD[name] for name in named if name in SKILL_FIELD)


def _unit_fields(unit: Unit) -> frozenset[str]:
    """A line's fields; a line about study is placed by its subject, not by "students" or a school's name."""
    if is_study(unit):
        return study_fields(unit.read_as) | _skill_fields(unit.skills | unit.implied)
    return _text_fields(unit.read_as, unit.skills | unit.implied)


def _text_fields(text: str, named: frozenset[str] | None = None) -> frozenset[str]:
    """The fields of a text's words and skills (`named`: its skills, when already found)."""
    free, analytics = analysts.domain_free(text)
    if analytics:  # "Marketing Analyst": the skill an analyst analyses places nowhere either
        named = None
        text = free
    found = skills.expand(skills.find_skills(text)) if named is None else named
    return fields_in(text) | _skill_fields(found)


@functools.lru_cache(maxsize=256)
def persona_fields(role_title: str, description: str, criteria: tuple[str, ...]) -> frozenset[str]:
    """The persona's field(s): its title's, else its description's, else what two criteria agree on."""
    for text in (role_title, description):
        placed = _text_fields(text)
        if placed:
            return placed
    return _majority([_text_fields(text) for text in criteria])


def _majority(placed: list[frozenset[str]]) -> frozenset[str]:
    """The fields at least two lines place in, and half as many as the most placed one; none otherwise.

    Every such field is kept, not only the first: the nearest of them is what counts, so a support
    technician whose lines mention customer service as often as help desks is not taken for a call centre.
    """
    counts = Counter(field for fields in placed for field in fields)
    top = max(counts.values(), default=0)
    return frozenset(f for f, count in counts.items() if count >= max(_LINES_TO_PLACE, top / 2))


def role_fields(cv: CvProfile, by_lines: bool = True) -> dict[int, frozenset[str]]:
    """Each dated role's field(s) by its title, else (by_lines) by its lines; one not placed is left out."""
    titles = occupation.titles(cv)
    lines: dict[int, list[frozenset[str]]] = {}
    for unit in cv.units:
        if unit.kind == "role" and unit.entry is not None:
            lines.setdefault(unit.entry, []).append(_unit_fields(unit))
    placed: dict[int, frozenset[str]] = {}
    for entry, fields in lines.items():
        by_title = frozenset().union(*(_title_fields(cv.units[p]) for p in titles.get(entry, [])))
        found = by_title or (_majority(fields) if by_lines else frozenset())
        if found:
            placed[entry] = found
    return placed


def _title_fields(unit: Unit) -> frozenset[str]:
    """A title line's fields, not its employer's ("Engineer / Acme Manufacturing Company": no plant work)."""
    text = employers.without_employer(unit.read_as)
    return _unit_fields(unit) if text == unit.read_as else _text_fields(text)


def nearness(some: frozenset[str], other: frozenset[str]) -> float:
    """How near two placings are: their nearest pair of fields; 1 when either is unknown."""
    if not some or not other:
        return 1.0
    return max(1.0 if a == b else NEAR.get(frozenset((a, b)), UNRELATED) for a in some for b in other)


def wanted(rubric: Rubric) -> frozenset[str]:
    """The persona's field(s), from its title, description or criteria."""
    criteria = tuple(f"{c.name}: {c.description}" for c in rubric.criteria)
    return persona_fields(rubric.role_title, rubric.description, criteria)


def place(cv: CvProfile, rubric: Rubric) -> Nearness:
    """How near the CV's roles and the CV as a whole are to the persona's field."""
    persona = wanted(rubric)
    roles = role_fields(cv)
    by_entry = {entry: nearness(fields, persona) for entry, fields in roles.items()}
    # With no placed role, a CV is in the field it studies (a business student's volunteering is not weighed
    # as a far-off profession's); else in the field most of its lines place it in.
    whole = frozenset().union(*roles.values()) or studied(cv)
    whole = whole or _majority([_unit_fields(u) for u in cv.units])
    return Nearness(by_entry, nearness(whole, persona), persona=persona, career=bool(roles))


def _only_shared(unit: Unit, named: frozenset[str]) -> bool:
    """Whether the line shows the skills asked only through work every field does (a budget, an A/B test)."""
    sources = {s for s in unit.skills if s in named or named & skills.expand({s})}
    return bool(sources) and sources <= _SHARED


def is_soft(term: str) -> bool:
    """Whether many professions exercise the skill, or it is an occupation (which roles' titles judge)."""
    return term in _SOFT_SKILLS or skills.kind_of(term) == "job"
