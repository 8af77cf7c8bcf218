"""What a rubric criterion asks for, read once per criterion and cached: skills, keywords, years, a vector.

"Python (ideally Django/DRF)": the name's skills weigh most, the description's add to them. "React, Vue or
Angular", "such as", "e.g.": any one is enough. "5+ years of backend development": a number of years in a
domain. "Active RN licence", "CPA or a degree": credentials, evidenced where licences and degrees are written.
Every criterion also gets its content words and a vector, so criteria of any profession match CV lines by
their words and by meaning, not only through the synonym table.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from jobs.scoring import phrasings, semantic, skills, technical, titled_as, warehouses, with_parts
from jobs.scoring.experience import NUMBER_WORDS
from jobs.scoring.profile import stem, stems

DEFAULT_YEARS = 3  # when a years criterion names no number and the persona gives no minimum
_YEARS_STEMS = frozenset({"yrs", "ans", "anos", "jahre"})
_ANY_OF = re.compile(r"\b(?:or|ou|o|oder|any of|one of|such as|e\.g|eg|like|either|among)\b|\s/\s")
# "3+ years", "two years'", "three (3) years", "5-7 years", "3 to 5 years": the first number is the least.
_A_NUMBER = rf"(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)})"
_YEARS_NUMBER = re.compile(
    rf"\b({_A_NUMBER})(?:\s*(?:-|\u2013|to|or)\s*{_A_NUMBER})?\s*(?:\(\s*\d{{1,2}}\s*\)\s*)?\+?\s*"
    r"(?:or more\s+|and above\s+)?(?:years?|yrs?|ans|anos|jahre)\b"
)
_YEARS_WORDS = re.compile(
    r"\b(?:years of experience|seniority|experience level|years experience|anciennete)\b"
)
# "GPhC registration no. 2071234", "Social Work England registration: SW54321": a registration written with
# its number is a licence held; "patient registration" alone is front-desk work.
CREDENTIAL = re.compile(
    r"\b(?:licen[cs]\w*|certif\w*|degree|diploma|qualifi\w*|bachelor\w*|master\w*|phd|cpa|acca|cfa"
    r"|accredit\w*|registered|chartered|board certified|registration(?=\s*(?:no\b|number|#|:)))"
)
# "A degree in IT, or hands-on work in software", "or equivalent experience": a credential is one way.
_OR_WORK = re.compile(r"\bor\b(?:\s+[\w-]+){0,3}?\s+(?:work|experience)\b")
# "PostgreSQL or another relational database": a document store is the kind of database it rules out.
_RELATIONAL = re.compile(r"\b(?:relational|rdbms)\b")
_NOSQL = frozenset(name for name, s in skills.SKILLS.items() if "NoSQL" in s.implies or name == "NoSQL")
# "Registered Nurse (RN)": a credential spelled out with its acronym, the one a licence line must name.
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w-]*\s+){1,6})\(([A-Z]{2,6})\)")
# Words that say what kind of thing is wanted, not what it is about: they carry no domain.
_GENERIC_TEXT = (
    "development developer developing engineering engineer role roles position field industry"
    " background track record years year experience total overall level seniority senior"
    " similar comparable equivalent over more several min minimum maximum approximately around"
    " valid active current unrestricted"  # "a valid driver's license": held is held, said or not
    f" {' '.join(NUMBER_WORDS)}"
)
# The same for a persona written in Spanish, French, German, Portuguese or Italian ("Al menos 3 años
# desarrollando software", "Mindestens 3 Jahre Erfahrung in der Softwareentwicklung"), with those languages'
# little words, which the English stop list does not know: as keywords, a CV had to say "menos" or "der".
_GENERIC_ABROAD_TEXT = (
    "al menos del las los con para por una experiencia experiencias conocimiento conocimientos minimo nivel"
    " desarrollando desarrollo desarrollador profesional imprescindible deseable valorable requerido"
    " moins des les avec pour une connaissance connaissances developpement developpeur professionnelle"
    " maitrise souhaite requis mindestens jahre jahren erfahrung berufserfahrung der die das den dem des"
    " mit und oder fur von kenntnisse gute sehr entwicklung entwickler idealerweise wunschenswert"
    " pelo pela com experiencia desenvolvimento almeno anni esperienza conoscenza conoscenze sviluppo"
)
_GENERIC = frozenset(stem(w) for w in f"{_GENERIC_TEXT} {_GENERIC_ABROAD_TEXT}".split())
# Words nearly every CV uses, whatever the job: a criterion's breadth is not shown by them.
_COMMON_TEXT = (
    "general operations operation management manage managed manager team teams support supporting report"
    " reports reporting prepare preparing prepared work process processes service services client clients"
    " customer customers business company new high quality daily close closing plan planning project projects"
    " system systems tool tools office lead leading led active build built design designed develop use used"
    " provide provided improve improved create created maintain maintained various multiple within across"
    " including best practice practices based environment environments communication communicate staff"
    " applied"  # "Applied statistics" asks for statistics; "applied NLP techniques" is no statistics
)
COMMON = _GENERIC | frozenset(stem(w) for w in _COMMON_TEXT.split())
# "Advanced SQL", "strong Python": how well the skill is wanted, not what. As keywords these words met a
# skills chart's "Advanced" heading, or "strong communication", in CVs naming no such skill.
_HOW_WELL = frozenset(stem(w) for w in ("advanced", "strong", "solid", "excellent", "proficient", "expert"))
# "Counts as evidence: roles, projects or qualifications on the CV that show Teaching experience": a
# description's opening that says how to judge, not what is wanted (persona drafts write it for the model).
# Read, its "qualifications" made every drafted criterion a credential and its "or" a list of alternatives.
_FRAMING = re.compile(
    r"^\s*(?:counts?\s+as\s+evidence|cuenta\s+como\s+evidencia|compte\s+comme\s+preuve|evidence|look\s+for"
    r"|what\s+counts)\s*:\s*(?:[^:.]{0,120}?\b(?:that|which|que|qui)\s+(?:shows?|demonstrates?|proves?"
    r"|muestren?|demuestren?|montrent?)\s+)?",
    re.IGNORECASE,
)


def what_is_wanted(description: str) -> str:
    """The description without an opening that only says how evidence is judged."""
    return _FRAMING.sub("", description, count=1)


@dataclass(frozen=True)
class Need:
    """A criterion as the offline scorer reads it."""

    name_terms: tuple[str, ...]  # canonical skills named in the criterion's name
    name_any: bool  # any one of the name's skills is enough
    desc_terms: tuple[str, ...]  # further skills named only in its description
    keywords: frozenset[str]  # stemmed content words of name and description, but for words any CV uses
    aspects: frozenset[str]  # what a list-like criterion covers (not alternatives, not words every CV uses)
    years: float | None  # years wanted, when the criterion is about years
    home: str  # "credential", "languages" or "": the section where a mention counts in full
    excluded: frozenset[str]  # skills the criterion rules out: they evidence none of its skills
    named: frozenset[str]  # a credential it names exactly ("rn", "registered nurse"), folded
    job: frozenset[str]  # occupations it names (Sales, Teaching): evidenced by roles that held them
    or_work: bool  # a credential "or equivalent experience": work in the field meets it as well
    vector: semantic.Vectors
    # "3+ years as a qualified plumber", an occupation the table does not know: the stems a title must hold.
    titled_as: tuple[frozenset[str], ...] = ()
    with_parts: tuple[str, ...] = ()  # a credential's parts asked "with" it ("2365 with AM2"): with_parts.py

    @property
    def terms(self) -> tuple[str, ...]:
        return self.name_terms + self.desc_terms

    @property
    def has_domain(self) -> bool:
        """Whether the criterion says what the years are in ("backend"), not only how many."""
        return bool(self.terms or self.keywords - _GENERIC)


def acronyms(text: str) -> frozenset[str]:
    """Return short upper-case words ("RN", "ICU", "CPA") that the content-word stems would miss."""
    return frozenset(word.lower() for word in re.findall(r"\b[A-Z]{2,5}\b", text))


def _home(text: str, terms: set[str]) -> str:
    kinds = {skills.kind_of(term) for term in terms}
    if "lang" in kinds:
        return "languages"
    if "edu" in kinds or CREDENTIAL.search(skills.fold(text)):
        return "credential"
    return ""


def _named_credentials(text: str) -> frozenset[str]:
    """Acronyms the text spells out, and their names: "Registered Nurse (RN)" -> rn, registered nurse."""
    found: set[str] = set()
    for match in _SPELLED_OUT.finditer(text):
        acronym = match.group(2)
        words = match.group(1).split()[-len(acronym) :]
        if "".join(word[0] for word in words) == acronym:
            found |= {acronym.lower(), skills.fold(" ".join(words))}
    return frozenset(found)


def _years(folded: str, min_years: int) -> float | None:
    number = _YEARS_NUMBER.search(folded)
    if number:
        least = number.group(1)
        return float(NUMBER_WORDS.get(least, least))
    if _YEARS_WORDS.search(folded):
        return float(min_years or DEFAULT_YEARS)
    return None


def _or_work(folded: str) -> bool:
    """Whether a credential criterion takes work instead ("a CS degree, or hands-on work in software")."""
    credential = CREDENTIAL.search(folded)
    return credential is not None and _OR_WORK.search(folded, credential.end()) is not None


_EDU = frozenset(name for name, s in skills.SKILLS.items() if s.kind == "edu")
_LEADING = frozenset({"Leadership", "Mentoring"})  # criteria about leading people, named so
_CREDENTIAL_WORDS = frozenset(stem(w) for w in ("degree", "degrees", "diploma", "qualification", "bachelor"))


def as_work(wanted: Need) -> Need:
    """The criterion read as work in its field, not as a credential: the other way a degree-or-work is met.

    A degree line is no work: the degrees it names are ruled out, so a line naming only them evidences
    nothing here (the credential reading weighs it), and neither do the words "degree" or "diploma".
    """
    return dataclasses.replace(
        wanted,
        name_terms=tuple(t for t in wanted.name_terms if t not in _EDU),
        desc_terms=tuple(t for t in wanted.desc_terms if t not in _EDU),
        keywords=wanted.keywords - _CREDENTIAL_WORDS,
        home="",
        named=frozenset(),
        or_work=False,
        excluded=wanted.excluded | _EDU,
    )


def _name_parts(terms: list[str]) -> frozenset[str]:
    """Words of the skills' own names of several words ("rest", "framework" of Django REST Framework).

    The skill itself is found by name; its parts alone ("RESTful", "a form framework") evidence nothing.
    """
    return frozenset().union(*(stems(term) for term in terms if len(term.split()) > 1))


def _people_led(name_terms: list[str], description: str) -> frozenset[str]:
    """The words of whom a criterion about leading people names ("Supervised warehouse operatives").

    Leading them is what it asks: a line naming such people but leading no one ("Warehouse Operative",
    "Software Engineer") is one of them, not their leader, so their words are no keywords of it.
    """
    if not name_terms or not set(name_terms) <= _LEADING:
        return frozenset()
    return frozenset().union(*(stems(words) for words in phrasings.people_led(skills.fold(description))))


@functools.lru_cache(maxsize=1024)
def need(name: str, description: str, min_years: int) -> Need:
    """Read a criterion (cached: every CV of a job asks the same)."""
    description = warehouses.read_as(what_is_wanted(description))  # "pipelines or warehouses": of data
    name_terms = sorted(skills.find_skills(warehouses.read_as(name)))
    desc_terms = sorted(skills.find_skills(description) - set(name_terms))
    text = f"{name}: {description}" if description else name
    folded = skills.fold(text)
    # Words every CV uses ("support", "team") evidence nothing on their own.
    keywords = (stems(text) | acronyms(text)) - _YEARS_STEMS - COMMON - _name_parts(name_terms + desc_terms)
    keywords -= _people_led(name_terms, description) | _HOW_WELL
    # The occupation asked is the name's when the name names skills: "Customer service: ... by phone or at a
    # front desk" asks for customer service wherever done, not for the office work a front desk names.
    named_skills = name_terms if name_terms else desc_terms
    job = frozenset(t for t in named_skills if skills.kind_of(t) == "job")
    # "Hands-on work in IT": a developer's or administrator's work meets it in its own words (technical.py).
    desc_terms += technical.hands_on_terms(text, set(name_terms + desc_terms))
    years = _years(folded, min_years)
    return Need(
        name_terms=tuple(name_terms),
        name_any=bool(_ANY_OF.search(skills.fold(name))),
        desc_terms=tuple(desc_terms),
        keywords=frozenset(keywords),
        # "Mentored engineers or led a team" names alternatives: one of them is the whole criterion.
        aspects=frozenset() if _ANY_OF.search(folded) else frozenset(keywords),
        years=years,
        home=_home(text, set(name_terms) | set(desc_terms)),
        named=_named_credentials(text) if CREDENTIAL.search(folded) else frozenset(),
        job=job,
        or_work=_or_work(folded),
        excluded=_NOSQL if _RELATIONAL.search(folded) and "nosql" not in folded else frozenset(),
        vector=semantic.criterion_vector(text),
        titled_as=titled_as.occupations_asked(folded) if years is not None and not job else (),
        with_parts=with_parts.asked(text) if CREDENTIAL.search(folded) else (),
    )
