"""Strong candidates read as strong (issue #9): each rule a recruiter states, on a short CV written for it."""

from jobs.scoring.criteria import need
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
