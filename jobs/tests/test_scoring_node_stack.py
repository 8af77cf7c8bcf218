"""A back end asked for in Node.js is not met by one in Java or Python; a MERN developer used Node.js."""

from jobs.scoring import partial
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

FULLSTACK = Rubric(
    role_title="Full-Stack JavaScript Developer",
    description="Builds web applications end to end",
    criteria=(
        Criterion(
            "Node.js back end", "Server-side Node.js (Express, NestJS), REST or GraphQL APIs", weight=3
        ),
        Criterion("Databases", "MongoDB, PostgreSQL or MySQL", weight=1),
    ),
    blind=False,
)

ROLE = "Experience\n2019 - present: Full-Stack Developer, Acme Ltd\n{line}\nBuilt the React front end.\n"


def _criteria(line: str) -> list[int]:
    return [c.score for c in SCORER.score(ROLE.format(line=line), FULLSTACK).criteria]


def test_an_area_the_runtime_implies_is_where_it_is_used_not_a_second_thing_asked() -> None:
    assert partial.languages_asked(("Backend", "Node.js")) == {"Node.js"}
    assert partial.languages_asked(("Backend", "PHP")) == {"PHP"}
    # Two languages named stay two alternatives; an area no named skill implies is asked for itself.
    assert partial.languages_asked(("JavaScript", "TypeScript")) == {"JavaScript", "TypeScript"}
    assert partial.languages_asked(("Frontend", "JavaScript")) == frozenset()
    assert partial.languages_asked(("Backend", "Python")) == frozenset()


def test_a_back_end_in_another_language_is_little_evidence_of_a_node_back_end() -> None:
    java = _criteria("Developed REST APIs for the website in Java with Spring Boot.")[0]
    node = _criteria("Developed REST APIs for the website in Node.js with Express.")[0]
    assert 0 < java <= 3 and node >= 7


def test_a_mern_stack_is_mongodb_express_react_and_node() -> None:
    mern = _criteria("Developed and maintained web applications using the MERN stack.")
    plain = _criteria("Developed and maintained web applications.")
    assert mern[0] >= 6 and mern[1] >= 6
    assert mern[0] > plain[0] and mern[1] > plain[1]
