"""A line naming no language, in a role written in another one, is little evidence of the language asked."""

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

CPP = Rubric(
    role_title="C++ Software Developer",
    description="Builds performance-critical applications",
    criteria=(Criterion("C++", "Production code in modern C++: STL, templates, memory management"),),
    blind=False,
)

CV = """Experience
2020 - present: Team lead, Example Web Ltd
Stack: {stack}
Wrote the code for key features and set code quality standards for the team.
Reviewed memory use and templates of the code base.

2008 - 2011: Developer, Old Desktop Co
Maintained a desktop tool in C++.
"""


def _cpp(stack: str) -> int:
    return SCORER.score(CV.format(stack=stack), CPP).criteria[0].score


def test_generic_code_lines_of_a_role_in_another_stack_show_little_cpp() -> None:
    web = _cpp("React, TypeScript, Node.js")
    native = _cpp("C++, CMake, Linux")
    assert web == 5 and native == 9


def test_a_role_that_names_no_language_keeps_its_lines() -> None:
    unnamed = _cpp("Jira, Confluence")
    web = _cpp("React, TypeScript, Node.js")
    assert unnamed == 8 and web < unnamed
