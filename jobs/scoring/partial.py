"""Skills that show another in part: a recruiter credits machine learning work with some statistics.

The synonym table's implications are whole (Django is Python). Some are only partial: whoever builds and
evaluates prediction models uses distributions, regression and significance every day, but a model builder
is not a statistician, so the work evidences "applied statistics" at a share, never in full.

Some work is done in a language the CV names elsewhere: an ML engineer who lists Python (or PyTorch, which
implies it) and trained models in a dated role wrote those models in Python, though the role's lines only
say what was built. A recruiter credits the role's work with the listed language, in part: which language a
line's work was written in is inferred, not read. A CV that names no such language gets nothing from this,
and neither does a criterion that wants the language for other work ("production Python, ideally Django"):
only one naming a modelling tool ("Python (pandas, scikit-learn)") reads modelling work as written in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set

from jobs.scoring import field
from jobs.scoring import skills as vocabulary

# The skill asked for -> the skills that show it in part, and how much.
# An LLM is an NLP model, but most lines naming one use it ("an LLM-driven dashboard", "a Python/LLM data
# pipeline"): calling a model someone else trained is not designing and training one, so it shows NLP and
# machine learning in part; a line that says the model was trained or tuned shows them by those words.
_BY_AN_LLM = {"LLM": 0.5}
_IN_PART: dict[str, dict[str, float]] = {
    "Statistics": {"Machine Learning": 0.5},
    # Mentoring a junior is some leadership, not leading a team: "mentored 3 juniors" is no team lead.
    "Leadership": {"Mentoring": 0.5},
    "Machine Learning": _BY_AN_LLM,
    "Deep Learning": _BY_AN_LLM,
    "NLP": _BY_AN_LLM,
}
# A language -> the work written in it when the CV names the language (or a tool implying it). Only a line
# naming that work itself counts ("trained CNN models"), not one that implies it ("using an LLM").
_WRITTEN_IN: dict[str, dict[str, float]] = {
    "Python": {"Machine Learning": 0.6, "Deep Learning": 0.6},
    "R": {"Machine Learning": 0.6, "Deep Learning": 0.6},
}
# A line naming one of these says what its work was written in: nothing is inferred for it.
_LANGUAGES = frozenset(
    {
        *("Python", "R", "Java", "Scala", "C", "C++", "C#", ".NET", "MATLAB", "JavaScript", "TypeScript"),
        *("Go", "Rust", "Swift", "Kotlin", "Dart", "PHP", "Ruby", "Perl", "Objective-C"),
    }
)
# Leading people: a concrete skill in the description says whom, never stands in for it (stands_in).
_LEADING = frozenset({"Leadership", "Mentoring"})
# What a back end is written in, as a recruiter sorts stacks: a language, or Node.js (server-side JavaScript;
# a JavaScript front end is no Node.js back end).
_STACKS = _LANGUAGES | {"Node.js"}


def share(
    term: str, skills: Set[str], implied: Set[str] = frozenset(), listed: Set[str] = frozenset()
) -> float:
    """How much a line naming `skills` (implying `implied`) shows the term, 0..1: 0 when it does not.

    `listed` is every skill the CV names or implies anywhere: a language it lists shows in its work.
    """
    if term not in _IN_PART and (term not in _WRITTEN_IN or term not in listed):
        return 0.0  # most terms are in neither table: asked per term and line, so settled before any set
    named = skills | implied
    in_part = max((v for skill, v in _IN_PART.get(term, {}).items() if skill in named), default=0.0)
    if term not in listed or named & _LANGUAGES:
        return in_part
    written = max((v for skill, v in _WRITTEN_IN.get(term, {}).items() if skill in skills), default=0.0)
    return max(in_part, written)


def about_modelling(terms: Iterable[str]) -> bool:
    """Whether a criterion's skills include a modelling tool (scikit-learn, PyTorch): its language models."""
    return any("Machine Learning" in vocabulary.SKILLS[t].implies for t in terms if t in vocabulary.SKILLS)


def languages_asked(terms: Iterable[str]) -> frozenset[str]:
    """The languages a criterion asks for by name ("Python or R", "Node.js back end"); none if it asks more.

    A named area that a named language or runtime implies ("back end" beside Node.js or PHP) says where the
    language is used, not a second thing wanted: "Node.js back end" asks for Node.js.
    """
    named = set(terms)
    implied = set().union(*(vocabulary.SKILLS[t].implies for t in named if t in vocabulary.SKILLS))
    asked = named - (implied - _STACKS)  # "TypeScript / JavaScript" still asks for either language
    return frozenset(asked) if asked and asked <= _STACKS else frozenset()


def stands_in(term: str, names: Sequence[str]) -> bool:
    """Whether a description's skill stands in, in part, for the criterion's named skills, all missing.

    "People management: managed software engineers": leading people is shown by leading them; the field the
    description names is whom they were ("software engineers", "nurses"), and an engineer who led no one has
    not shown it. Other names keep their stand-ins ("Insight communication: D3.js charts" is such a one).
    """
    return not (names and set(names) <= _LEADING and not field.is_soft(term))


def in_another_language(named: Set[str], asked: Iterable[str]) -> bool:
    """Whether a line naming (or implying) `named` is work in a language other than the ones asked for.

    "Apps for iOS in Swift", "integration with the back end" in a Swift role: for "PHP development" such a
    line shows back-end work in Swift, not PHP, however well its words match the criterion's.
    """
    return bool(named & _STACKS) and not named & set(asked)
