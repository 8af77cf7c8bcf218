"""Strong candidates read as strong (issue #9): each rule a recruiter states, on a short CV written for it."""

from jobs.scoring.criteria import as_work, need
from jobs.scoring.offline import OfflineScorer
from jobs.scoring.types import Criterion, Rubric

SCORER = OfflineScorer()


def _one(text: str, criterion: Criterion) -> int:
    return SCORER.score(text, Rubric("x", "", (criterion,), blind=False)).criteria[0].score


ELECTRICIAN = (
    "EXPERIENCE\nElectrician, Acme Electrical\nJan 2015 - present\n"
    "- Installed and tested electrical installations in offices and homes.\n"
    "- Rewired distribution boards and fault-found electrical circuits.\n"
)


def test_a_degree_or_work_criterion_is_met_by_work_in_the_field() -> None:
    either = Criterion(
        "Background", "A degree in electrical engineering, or hands-on work in electrical installations"
    )
    degree = Criterion("Background", "A degree in electrical engineering")
    assert need(either.name, either.description, 0).or_work
    assert not need(degree.name, degree.description, 0).or_work
    assert _one(ELECTRICIAN, either) >= 7
    assert _one(ELECTRICIAN, degree) <= 3  # no degree named: work is no degree when only a degree is asked


def test_a_degree_or_work_criterion_is_met_by_the_degree_as_before() -> None:
    either = Criterion("Background", "A degree in electrical engineering, or equivalent experience")
    degree = Criterion("Background", "A degree in electrical engineering")
    cv = "EDUCATION\nBSc in Electrical Engineering, University of Leeds, 2012 - 2015\n"
    assert _one(cv, either) >= _one(cv, degree) > 0


LEADERSHIP = Criterion("People management", "Leads and coaches a team: hiring, planning work, appraisals")


def test_people_management_wrapped_over_two_lines_is_leadership() -> None:
    role = "EXPERIENCE\nSite Lead, Acme\nJan 2018 - Dec 2023\n- Managed the in-house\n{rest}\n"
    wrapped = _one(role.format(rest="development team of the booking portal"), LEADERSHIP)
    unrelated = _one(role.format(rest="booking portal and its hosting"), LEADERSHIP)
    assert (wrapped, unrelated) == (4, 0)


def test_a_new_bullet_after_the_break_is_not_read_across_it() -> None:
    role = "EXPERIENCE\nAnalyst, Acme\nJan 2018 - Dec 2023\n- Managed the migration\n- Staff use it daily\n"
    assert _one(role, LEADERSHIP) == 0


def test_a_team_manager_title_is_people_management() -> None:
    role = "EXPERIENCE\nSenior Team Manager, Acme\nJan 2018 - Dec 2023\n- Planned the quarter's releases.\n"
    assert _one(role, LEADERSHIP) == 4  # one line, and none of hiring, coaching or appraisals: in part


STATISTICS = Criterion("Applied statistics", "Distributions, statistical testing, regression, experiments")


def test_machine_learning_work_shows_statistics_in_part() -> None:
    role = "EXPERIENCE\n{title}, Acme\nJan 2019 - Dec 2023\n- {line}\n"
    ml = role.format(title="ML Engineer", line="Trained and tuned machine learning models for churn.")
    statistician = role.format(title="Statistician", line="Ran statistical analysis of churn surveys.")
    web = role.format(title="Web Developer", line="Built the churn dashboard pages in Vue.")
    assert [_one(cv, STATISTICS) for cv in (statistician, ml, web)] == [6, 2, 0]


SCHEDULING = Criterion("Scheduling", "Managing calendars, booking meetings, appointments and travel")


def test_calendars_diaries_appointments_and_travel_are_scheduling() -> None:
    role = "EXPERIENCE\nOffice Manager, Acme\nJan 2018 - Dec 2023\n- {line}\n"
    lines = (
        "Kept the partners' diary and booked their flights.",
        "Handled meeting and travel coordination for 9 directors.",
        "Set up online appointment booking for the clinic.",
        "Kept the accounts in order.",
    )
    # Each was 3, 5, 3 before (meaning only); one line of one role is at most 7.
    assert [_one(role.format(line=line), SCHEDULING) for line in lines] == [5, 7, 5, 0]


def test_the_work_reading_of_a_degree_or_work_criterion_takes_no_degree_line_for_work() -> None:
    wanted = as_work(need("Background", "A computer science degree, or hands-on work in software", 0))
    assert "Degree" in wanted.excluded and not {"Degree", "Computer science"} & set(wanted.terms)
    either = Criterion("Background", "A degree in software engineering, or hands-on work in software")
    # A layout that put the degree among the roles: it is read as a degree (in another field), not as work.
    cv = "EXPERIENCE\nDesigner, Acme\n2015 - 2023\n- Bachelor of Arts in Graphic Design, 2014\n"
    found = SCORER.score(cv, Rubric("x", "", (either,), blind=False)).criteria[0]
    assert (found.score, found.justification) == (4, "Degree: in a role (2015-2023)")
