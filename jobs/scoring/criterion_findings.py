"""How far each line of a CV shows a criterion: by the skills it names, and by its words and meaning.

The two bodies of evidence the offline scorer weighs for a criterion (offline.py merges them): a skill named
or implied in a line ("Django" for Python), weighted by where the line sits and how near it is to what the
criterion asks; and each line's relevance by words and meaning. Work in another language than the one asked
for by name ("iOS apps in Swift" for PHP) shows little of it in either.
"""

from __future__ import annotations

import functools

from jobs.scoring import licences, occupation, partial, role_stacks, skills
from jobs.scoring import relevance as relevance_of
from jobs.scoring.criteria import Need
from jobs.scoring.profile import CvProfile, Unit, stem
from jobs.scoring.strength import OUT_OF_CONTEXT, SHARES, Finding, Scored, combine, in_context
from jobs.scoring.weights import Held, weight_of

_IMPLIED = 0.9  # Django evidences Python nearly as well as the word itself
_DESC_SHARE = 0.15  # "ideally Django": the description's skills complete the name's
_DESC_ONLY = 0.7  # "Python or R for analysis" met only by "data analysis" is met in part
OTHER_LANGUAGE = 0.3  # a language criterion met only by its description's broader skills, in another one
_OTHER_FIELD = 0.4  # a degree named in a line unrelated to the field the criterion asks for


def _term_evidence(term: str, cv: CvProfile, wanted: Need, relevance: list[float], held: Held) -> Scored:
    # A skill named in a line that is otherwise far from the criterion ("GAAP revenue" for bookkeeping) is
    # weaker evidence than one named in a line about what the criterion asks. A degree is evidence of "a
    # degree in accounting" only as far as its line is about accounting: any degree is not the one asked for.
    floor = _OTHER_FIELD if wanted.home == "credential" and skills.kind_of(term) == "edu" else OUT_OF_CONTEXT
    # An occupation named in a role that did not hold it ("the sales floor") shows only what its line says
    # beyond the name (its relevance is so read there: relevance.beyond_name).
    unheld = relevance_of.UNHELD if skills.kind_of(term) == "job" else floor
    # What the CV lists counts for the criterion as a whole, so it is settled once, not per line.
    listed = cv.all_skills if partial.about_modelling(wanted.terms) else frozenset()
    named = term in wanted.name_terms  # a language asked for is evidenced by itself in any line
    shares = (  # the language of a line that does not show the term is never asked (it would scale a 0)
        (found * (1.0 if named else _language_share(u, wanted)), u, r)
        for u, r in zip(cv.units, relevance, strict=True)
        if (found := _share(term, u, wanted, listed)) > 0
    )
    scored = [
        (
            share
            * weight_of(u, wanted, cv, held, (term,))
            * in_context(
                1.0 if holds_all(u, wanted) else r,
                unheld if occupation.unheld(u, held.roles, cv) else floor,
            ),
            u,
        )
        for share, u, r in shares
        if share > 0
    ]
    return sorted(scored, key=lambda s: -s[0])


def holds_all(unit: Unit, wanted: Need) -> bool:
    """Whether a line names every credential a criterion asks for, and its subject ("BSc Computer Science" for
    "a bachelor's degree in computer science"): it is the credential itself, whatever else the criterion's
    words say. "BSc Civil Engineering" is a degree, not the "BEng/BSc in Mechanical Engineering" asked."""
    if wanted.home != "credential":
        return False
    if not wanted.terms:  # a licence spelled out, "Registered Nurse (RN)": the line must name that one
        return licences.names_the_one_asked(unit, wanted)
    # The kind of credential ("Degree") must be named; of its subjects ("Data Science or Statistics") one.
    kinds = [t for t in wanted.terms if skills.kind_of(t) == "edu"]
    subjects = [t for t in wanted.terms if skills.kind_of(t) != "edu"]
    if not all(relevance_of.names(t, unit, wanted) for t in kinds) or (
        subjects and not any(relevance_of.names(t, unit, wanted) for t in subjects)
    ):
        return False
    if _level(unit.stems) < _level(wanted.keywords, least=True):
        return False  # a bachelor's is a degree, not the master's asked; "bachelor's or master's": either
    if subjects:
        return True
    subject = wanted.keywords - _CREDENTIAL_WORDS  # "accounting or finance": any one of them
    return not subject or bool(subject & unit.stems)


# Degree levels by their words (stems): a line shows its highest, a criterion asks its lowest.
_LEVELS = (
    (1, frozenset(stem(w) for w in ["bachelor", "bachelors", "bsc", "beng", "btech", "undergraduate"])),
    (2, frozenset(stem(w) for w in ["master", "masters", "msc", "meng", "mtech", "mba", "postgraduate"])),
    (3, frozenset(stem(w) for w in ["phd", "doctorate", "doctoral", "dphil"])),
)


def _level(words: frozenset[str], least: bool = False) -> int:
    """The degree level the words name (0 for none): the lowest of several when `least`, else the highest."""
    found = [level for level, names in _LEVELS if names & words]
    return (min(found) if least else max(found)) if found else 0


# The words that say which kind of credential, not its subject: "mechanical" in "BEng/BSc in Mechanical
# Engineering" is what the line must say too; "BEng", "degree", "or equivalent" are not.
_CREDENTIAL_WORDS_TEXT = (
    "degree diploma hons honours qualification qualified certificate certified certification licence license"
    " licensed registered registration equivalent related field relevant accredited active valid current"
    " graduate university college"
)
_CREDENTIAL_WORDS = frozenset(stem(word) for word in _CREDENTIAL_WORDS_TEXT.split()).union(
    *(names for _, names in _LEVELS)
)


def _share(term: str, unit: Unit, wanted: Need, listed: frozenset[str]) -> float:
    """How much the line shows the term: named, implied (Django: Python) or in part (ML: statistics).

    `listed` is what the CV names anywhere when the criterion is about modelling (else nothing).
    """
    if relevance_of.names(term, unit, wanted):
        return 1.0 if term in unit.skills else _IMPLIED
    return partial.share(term, unit.skills, unit.implied, listed)


def _language_share(unit: Unit, wanted: Need, others: frozenset[int] = frozenset()) -> float:
    """Work in another language than the one asked for ("iOS apps in Swift" for PHP) shows little of it.

    `others` are the roles written in other languages: their lines that name none are that work too.
    """
    asked = languages_asked(wanted.name_terms)
    other = bool(asked) and partial.in_another_language(unit.skills | unit.implied, asked)
    return OTHER_LANGUAGE if other or role_stacks.in_other_stack(unit, others) else 1.0


# Asked per line of every CV, of the same few criteria: read once per criterion.
languages_asked = functools.lru_cache(maxsize=1024)(partial.languages_asked)


def text_finding(wanted: Need, cv: CvProfile, relevance: list[float], held: Held) -> Finding:
    others = role_stacks.other_stack_roles(cv, languages_asked(wanted.name_terms))
    scored = sorted(
        (
            (
                (1.0 if licences.names_the_one_asked(u, wanted) else min(r, 1.0))
                * weight_of(u, wanted, cv, held)
                * _language_share(u, wanted, others),
                u,
            )
            for u, r in zip(cv.units, relevance, strict=True)
        ),
        key=lambda s: -s[0],
    )
    scored = [s for s in scored if s[0] > 0][: len(SHARES)]
    return Finding(_value(wanted, scored), scored, "matched by its words and meaning")


def _value(wanted: Need, scored: Scored) -> float:
    """The lines' strengths as one value; a degree or licence is held in full on the one line that holds it.

    Skills and work are shown by more lines the more they were used (one line of a role 7/10, three 10/10);
    "BSc Computer Science" or "RN licence #123" is the whole of a credential, written once.
    """
    value = combine(scored)
    if wanted.home == "credential" and scored:
        return max(value, min(1.0, scored[0][0]))
    return value


def skills_finding(wanted: Need, cv: CvProfile, relevance: list[float], held: Held) -> Finding:
    by_term = {term: _term_evidence(term, cv, wanted, relevance, held) for term in wanted.terms}
    values = {term: _value(wanted, scored) for term, scored in by_term.items()}
    names, extras = list(wanted.name_terms), list(wanted.desc_terms)
    if names:
        name_values = [values[t] for t in names]
        value = max(name_values) if wanted.name_any else sum(name_values) / len(name_values)
        extra = max((values[t] for t in extras), default=None)
        if extra is not None:
            # The description completes the name ("ideally Django") or, alone, stands in for it in part.
            stand = max((values[t] for t in extras if partial.stands_in(t, names)), default=0.0)
            value = (1 - _DESC_SHARE) * max(value, _DESC_ONLY * stand) + _DESC_SHARE * extra
    else:
        value = max(values[t] for t in extras)
    found = sorted((t for t in wanted.terms if values[t] > 0), key=lambda t: -values[t])
    missing = [t for t in names if values[t] == 0]
    # Lines that show only the description's skills stand in for a missing name in part, as above.
    stand_in = _DESC_ONLY if names and len(missing) == len(names) else 1.0
    scale = {
        t: 1.0 if t in names else stand_in if partial.stands_in(t, names) else _DESC_SHARE for t in found
    }
    # A line showing two of the skills (Django by name, Python by implication) keeps its best strength.
    pairs = sorted(((s * scale[t], u) for t in found for s, u in by_term[t][:2]), key=lambda s: s[0])
    units = sorted({id(u): (s, u) for s, u in pairs}.values(), key=lambda s: -s[0])
    what = ", ".join(found) if found else ""
    if missing and found:
        what += f" (no mention of {', '.join(missing)})"
    return Finding(value, units, what)
