"""Overall score, recommendation thresholds and the required-criterion cap (jobs/scoring/rubric.py)."""

from jobs.scoring.rubric import REQUIRED_CAP, aggregate, capped, recommendation, weighted_score
from jobs.scoring.types import Criterion, CriterionAssessment, CriterionResult, Rubric


def _rubric(*criteria: Criterion) -> Rubric:
    return Rubric(role_title="Backend engineer", description="", criteria=criteria)


def _assessment(name: str, score: int, *evidence: str) -> CriterionAssessment:
    return CriterionAssessment(name=name, score=score, justification=f"{name} seen", evidence=evidence)


def test_weighted_mean_scaled_to_100() -> None:
    rubric = _rubric(Criterion("Python", weight=3), Criterion("SQL", weight=1))
    score, rec, results, flags = aggregate([_assessment("Python", 8), _assessment("SQL", 4)], rubric)
    # (3*8 + 1*4) / 4 = 7.0 -> 70
    assert (score, rec, flags) == (70, "yes", ())
    assert [(r.name, r.score, r.weight) for r in results] == [("Python", 8, 3), ("SQL", 4, 1)]


def test_results_follow_rubric_order_and_names_match_loosely() -> None:
    rubric = _rubric(Criterion("Python"), Criterion("Team leadership"))
    _, _, results, _ = aggregate([_assessment("team  LEADERSHIP", 6), _assessment("python", 9)], rubric)
    assert [(r.name, r.score, r.justification) for r in results] == [
        ("Python", 9, "python seen"),
        ("Team leadership", 6, "team  LEADERSHIP seen"),
    ]


def test_missing_criterion_counts_zero_and_is_flagged() -> None:
    rubric = _rubric(Criterion("Python"), Criterion("SQL"))
    score, rec, results, flags = aggregate([_assessment("Python", 10)], rubric)
    assert (score, rec, flags) == (50, "maybe", ("missing_criteria",))
    assert (results[1].score, results[1].justification, results[1].evidence) == (
        0,
        "Not assessed by the scorer.",
        (),
    )


def test_scores_are_clamped_to_the_criterion_scale() -> None:
    rubric = _rubric(Criterion("Python"), Criterion("SQL"))
    score, _, results, _ = aggregate([_assessment("Python", 14), _assessment("SQL", -3)], rubric)
    assert (score, [r.score for r in results]) == (50, [10, 0])


def test_first_answer_for_a_name_wins() -> None:
    rubric = _rubric(Criterion("Python"))
    score, _, _, _ = aggregate([_assessment("Python", 2), _assessment("Python", 10)], rubric)
    assert score == 20


def test_required_criterion_below_floor_caps_below_40_and_says_no() -> None:
    rubric = _rubric(Criterion("Python", weight=1, required=True), Criterion("SQL", weight=4))
    score, rec, _, flags = aggregate([_assessment("Python", 3), _assessment("SQL", 10)], rubric)
    # Uncapped: (1.5 * 3 + 40) / 5.5 = 8.09 -> 81; the unmet must-have presses it under the cap.
    assert (score, rec, flags) == (capped(81), "no", ("required_unmet",))
    assert 30 < score <= REQUIRED_CAP


def test_the_cap_keeps_the_order_of_candidates_who_each_miss_a_must_have() -> None:
    rubric = _rubric(Criterion("Python", weight=1, required=True), Criterion("SQL", weight=4))
    scores = [aggregate([_assessment("Python", 0), _assessment("SQL", sql)], rubric)[0] for sql in (10, 8, 6)]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == 3
    assert all(score <= REQUIRED_CAP for score in scores)
    assert [capped(s) for s in (0, 30, 31, 100)] == [0, 30, 30, REQUIRED_CAP]


def test_required_criterion_at_floor_does_not_cap() -> None:
    rubric = _rubric(Criterion("Python", required=True), Criterion("SQL"))
    score, rec, _, flags = aggregate([_assessment("Python", 4), _assessment("SQL", 10)], rubric)
    # The must-have weighs 1.5: (1.5 * 4 + 10) / 2.5 = 6.4
    assert (score, rec, flags) == (64, "maybe", ())


def test_cap_never_raises_a_low_score() -> None:
    rubric = _rubric(Criterion("Python", required=True), Criterion("SQL"))
    score, _, _, _ = aggregate([_assessment("Python", 0), _assessment("SQL", 2)], rubric)
    assert score == 8  # (1.5 * 0 + 2) / 2.5


def test_thresholds() -> None:
    got = {s: recommendation(s) for s in (100, 80, 79, 65, 64, 45, 44, 0)}
    assert got == {
        100: "strong_yes",
        80: "strong_yes",
        79: "yes",
        65: "yes",
        64: "maybe",
        45: "maybe",
        44: "no",
        0: "no",
    }


def test_rounds_half_up() -> None:
    results = [
        CriterionResult("a", 1.0, False, 6, "", ()),
        CriterionResult("b", 1.0, False, 7, "", ()),
    ]
    assert weighted_score(results) == 65  # 6.5 -> 65.0 exactly
    thirds = [CriterionResult(n, 1.0, False, s, "", ()) for n, s in (("a", 7), ("b", 7), ("c", 6))]
    assert weighted_score(thirds) == 67  # 66.67


def test_zero_or_negative_weights_fall_back_to_equal_weights() -> None:
    rubric = _rubric(Criterion("Python", weight=0), Criterion("SQL", weight=-2))
    score, _, _, _ = aggregate([_assessment("Python", 10), _assessment("SQL", 0)], rubric)
    assert score == 50


def test_empty_rubric_scores_zero() -> None:
    assert aggregate([], _rubric()) == (0, "no", (), ())
