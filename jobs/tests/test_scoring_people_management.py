"""Managing people is shown by leading them: not by mentoring alone, nor by the field the managed work in."""

from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()

MANAGER = Rubric(
    role_title="Engineering Manager",
    description="Leads a team of software engineers",
    criteria=(
        Criterion(
            "People management",
            "Managed software engineers as team lead or engineering manager: hiring, one-to-ones, growth",
            weight=3,
        ),
    ),
    blind=False,
)

ROLE = "Experience\n2019 - present: {title}, Acme Ltd\n{line}\nBuilt the payments service in Go.\n"


def _people(title: str, line: str) -> int:
    return SCORER.score(ROLE.format(title=title, line=line), MANAGER).criteria[0].score


def test_an_engineer_who_led_no_one_has_not_shown_people_management() -> None:
    # "Software engineers" says whom the manager led; a software engineer's own work does not stand in for it.
    engineer = _people("Senior Software Engineer", "Designed the service's database schema.")
    lead = _people("Senior Software Engineer", "Managed a team of 6 software engineers.")
    assert engineer <= 3 < 7 <= lead


def test_mentoring_juniors_is_some_leadership_not_a_team_led() -> None:
    mentor = _people("Senior Software Engineer", "Mentored 3 junior engineers.")
    lead = _people("Senior Software Engineer", "Managed a team of 6 software engineers.")
    assert 0 < mentor < lead


def test_leadership_written_by_a_non_native_writer_or_as_a_director_title_counts() -> None:
    plain = _people("Senior Software Engineer", "Designed the service's database schema.")
    assert _people("Senior Software Engineer", "Successfully leaded the team of 13 employees.") > plain + 2
    assert _people("Director of Engineering", "Designed the service's database schema.") > plain + 2


def test_a_concrete_skill_still_stands_in_for_a_concrete_name() -> None:
    # "Python for analysis" met by data analysis alone keeps its partial credit: only a soft name is exempt.
    analysis = Rubric(
        role_title="Analyst",
        description="",
        criteria=(Criterion("Python", "Python for data analysis", weight=1),),
        blind=False,
    )
    cv = "Experience\n2019 - present: Analyst, Acme Ltd\nData analysis of sales for the board.\n"
    assert SCORER.score(cv, analysis).criteria[0].score > 0
