"""The labelled set in bench/quality: every persona ranks its strong CVs above its weak ones."""

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.quality import real
from bench.quality.measure import rubric_from, score
from bench.quality.synthetic import own_set
from candidates.tests.corpus import require_corpus
from cvscoring.management.commands.demo_setup import DEMO_CRITERIA
from personas.serializers import PersonaSerializer

QUALITY = Path(__file__).resolve().parents[2] / "bench" / "quality"
PERSONAS = json.loads((QUALITY / "personas.json").read_text())
LABELS = json.loads((QUALITY / "labels.json").read_text())


def _score(cv_id: str, persona: str) -> int:
    result = score((QUALITY / "cvs" / f"{cv_id}.txt").read_text(), rubric_from(PERSONAS[persona]))
    assert result is not None
    return result.score


@pytest.mark.parametrize("persona", sorted(LABELS["personas"]))
def test_strong_ranks_above_weak(persona: str) -> None:
    tiers = LABELS["personas"][persona]
    strongest = min(_score(cv, persona) for cv in tiers[0])
    weakest = max(_score(cv, persona) for cv in tiers[-1])
    assert strongest > weakest


def test_tricks_do_not_lift_a_weak_cv() -> None:
    assert _score("be_weak_injection", "backend_python") == _score("be_weak", "backend_python")
    assert _score("pm_weak_injection", "product_manager") == _score("pm_weak", "product_manager")
    assert _score("ds_weak_stuffed", "data_scientist") == _score("ds_weak", "data_scientist")


def test_pairwise_accuracy_meets_the_threshold() -> None:
    rows, overall, threshold = own_set(verbose=False)
    assert overall >= threshold
    assert [name for name, _, _ in rows] == list(LABELS["personas"])


# The real-CV yardstick (bench/quality/labels), tuned part only: the held-out part is measured, not gated, so
# that no one tunes against it. Floors are the tuned figures at the time of writing, rounded down.
TUNED_FLOOR = {
    "backend_python": 0.95,
    "frontend": 0.95,
    "registered_nurse": 0.95,
    "accountant": 0.95,
    "data_analyst": 0.95,
    "demo_backend": 0.95,
    "primary_teacher": 0.95,
    "data_scientist": 0.95,
}

# Strong CVs scored below yes. Exact, so that a better scorer has to lower it; never add to it.
KNOWN_A_MISSES: dict[str, int] = {}
# Unrelated CVs scored above no, exact likewise. (The sales persona's, an analyst titled "Sales Strategist",
# is a "no" since offline-v8: a title that analyses sales holds no quota-carrying sales role. The teacher
# persona's, a Django developer whose summary says he taught English, is a "no" since offline-v6: a summary
# claiming an occupation no dated role held counts as a line of a role that did not.)
KNOWN_D_MISSES: dict[str, int] = {}


@pytest.mark.parametrize("persona", sorted(TUNED_FLOOR))
def test_real_cvs_rank_and_recommend_as_labelled_on_the_tuned_part(persona: str) -> None:
    require_corpus("more-cvs")
    row = real.report(persona, real.score_persona(persona), "tuned")
    assert row.accuracy >= TUNED_FLOOR[persona]
    # every strong CV: yes or strong_yes, but for the known misses
    assert row.a_yes[0] == row.a_yes[1] - KNOWN_A_MISSES.get(persona, 0) > 0
    assert row.d_no[0] == row.d_no[1] - KNOWN_D_MISSES.get(persona, 0) > 0  # every unrelated CV: no


def test_the_sales_persona_says_no_to_unrelated_cvs_on_the_tuned_part() -> None:
    # Its only strong CV is held out (the corpus has one sales CV): a calibration check, no ranking.
    require_corpus("more-cvs")
    row = real.report("sales_account_manager", real.score_persona("sales_account_manager"), "tuned")
    assert (row.pairs, row.a_yes) == (0, (0, 0))
    assert row.d_no == (14, 14)


def test_the_demo_persona_is_the_one_demo_setup_creates() -> None:
    demo = real.personas()["demo_backend"]
    assert demo["criteria"] == DEMO_CRITERIA
    assert (demo["role_title"], demo["min_years_experience"]) == ("Senior Backend Engineer", 4)


# Every persona of every set: the main yardstick and the fresh ones (each scored once, by the lead, last).
FRESH_SETS = [
    pytest.param(real.FRESH, id="fresh"),
    pytest.param(real.FRESH2, id="fresh2"),
    pytest.param(real.FRESH3, id="fresh3"),
    pytest.param(real.FRESH4, id="fresh4"),
    pytest.param(real.FRESH5, id="fresh5"),
    pytest.param(real.FRESH6, id="fresh6"),
    pytest.param(real.FRESH7, id="fresh7"),
    pytest.param(real.FRESH8, id="fresh8"),
]
EVERY_PERSONA = [
    pytest.param(label_set, persona, id=persona)
    for label_set in (
        real.MAIN,
        real.FRESH,
        real.FRESH2,
        real.FRESH3,
        real.FRESH4,
        real.FRESH5,
        real.FRESH6,
        real.FRESH7,
        real.FRESH8,
    )
    for persona in sorted(real.personas(label_set))
]


@pytest.mark.parametrize(("label_set", "persona"), EVERY_PERSONA)
def test_every_label_follows_the_fixed_split_rule(label_set: real.LabelSet, persona: str) -> None:
    # Within a tier, by SHA-256 of the path: the 1st, 4th, 7th... are held out. Chosen before any score.
    labels = real.labels(persona, label_set)
    for tier in real.TIERS:
        files = sorted(
            (label.file for label in labels if label.tier == tier),
            key=lambda file: hashlib.sha256(file.encode()).hexdigest(),
        )
        wanted = {file: "held_out" if i % 3 == 0 else "tuned" for i, file in enumerate(files)}
        assert {label.file: label.split for label in labels if label.tier == tier} == wanted


def test_the_fresh_set_covers_new_professions_with_enough_placements() -> None:
    fresh = real.personas(real.FRESH)
    assert sorted(fresh) == ["dotnet_developer", "java_developer", "mobile_developer", "product_manager"]
    assert not set(fresh) & set(real.personas())
    placements = {persona: real.labels(persona, real.FRESH) for persona in fresh}
    assert sum(map(len, placements.values())) == 66
    for labels in placements.values():
        assert len({label.file for label in labels}) == len(labels)  # one placement per CV and persona
        assert sum(label.tier in "AB" for label in labels) >= 3
        assert all(label.tier in real.TIERS and label.reason for label in labels)


def test_the_second_fresh_set_covers_professions_no_other_set_has() -> None:
    fresh2 = real.personas(real.FRESH2)
    assert sorted(fresh2) == [
        "critical_care_nurse",
        "devops_engineer",
        "engineering_manager",
        "fullstack_javascript_developer",
    ]
    assert not set(fresh2) & (set(real.personas()) | set(real.personas(real.FRESH)))
    placements = {persona: real.labels(persona, real.FRESH2) for persona in fresh2}
    assert sum(map(len, placements.values())) == 61
    for labels in placements.values():
        assert len({label.file for label in labels}) == len(labels)  # one placement per CV and persona
        assert 12 <= len(labels) <= 18
        assert sum(label.tier in "AB" for label in labels) >= 3
        tiers = [label.tier for label in labels]
        assert tiers.count("C") >= 3 and tiers.count("D") >= 3
        assert all(label.tier in real.TIERS and label.reason for label in labels)


def test_the_third_fresh_set_covers_professions_no_other_set_has() -> None:
    fresh3 = real.personas(real.FRESH3)
    assert sorted(fresh3) == [
        "business_analyst",
        "embedded_linux_engineer",
        "machine_learning_engineer",
        "php_web_developer",
    ]
    earlier = (real.MAIN, real.FRESH, real.FRESH2)
    assert not set(fresh3) & {persona for label_set in earlier for persona in real.personas(label_set)}
    placements = {persona: real.labels(persona, real.FRESH3) for persona in fresh3}
    assert sum(map(len, placements.values())) == 63
    for labels in placements.values():
        assert len({label.file for label in labels}) == len(labels)  # one placement per CV and persona
        assert 12 <= len(labels) <= 18
        tiers = [label.tier for label in labels]
        assert tiers.count("A") >= 2 and tiers.count("A") + tiers.count("B") >= 3
        assert tiers.count("C") >= 3 and tiers.count("D") >= 3
        assert all(label.tier in real.TIERS and label.reason for label in labels)


@dataclass(frozen=True)
class Coverage:
    """What a fresh set was written to hold: its personas' placements, and the fewest of each tier."""

    label_set: real.LabelSet
    placements: dict[str, int]
    least: dict[str, int]  # fewest A, A+B ("AB"), C and D CVs per persona
    calibration: str = ""  # a persona the corpus can fill with two A/B CVs only: a calibration check


SETS_IN_ORDER = (
    real.MAIN, real.FRESH, real.FRESH2, real.FRESH3, real.FRESH4, real.FRESH5, real.FRESH6, real.FRESH7,
    real.FRESH8,
)  # fmt: skip
COVERAGE = [
    pytest.param(
        Coverage(
            real.FRESH4,
            {"data_engineer": 15, "digital_marketing_specialist": 12, "go_backend_developer": 15,
             "medical_office_administrator": 13},
            {"A": 1, "AB": 3, "C": 3, "D": 3},
            calibration="digital_marketing_specialist",  # the corpus holds one digital marketer
        ),
        id="fresh4",
    ),
    pytest.param(
        Coverage(
            real.FRESH5,
            {"cpp_developer": 14, "home_health_nurse": 13, "solutions_architect": 17, "tax_accountant": 12},
            {"A": 2, "AB": 3, "C": 2, "D": 5},
        ),
        id="fresh5",
    ),
    pytest.param(
        Coverage(
            real.FRESH6,
            {"database_developer": 13, "qa_automation_engineer": 13, "research_software_engineer": 14,
             "systems_network_administrator": 14},
            {"A": 1, "AB": 3, "C": 4, "D": 6},
        ),
        id="fresh6",
    ),
    pytest.param(
        Coverage(
            real.FRESH7,
            {"angular_frontend_developer": 16, "charge_nurse": 14, "early_years_teacher": 11,
             "payroll_bookkeeper": 13},
            {"A": 1, "AB": 3, "C": 1, "D": 6},
            calibration="early_years_teacher",  # the corpus holds two school teachers
        ),
        id="fresh7",
    ),
    pytest.param(
        Coverage(
            real.FRESH8,
            {"customer_service_representative": 17, "financial_analyst": 16, "marketing_manager": 14,
             "retail_store_manager": 15},
            {"A": 1, "AB": 3, "C": 3, "D": 7},
        ),
        id="fresh8",
    ),
]  # fmt: skip


@pytest.mark.parametrize("coverage", COVERAGE)
def test_a_fresh_set_covers_professions_no_earlier_set_has(coverage: Coverage) -> None:
    fresh = real.personas(coverage.label_set)
    earlier = SETS_IN_ORDER[: SETS_IN_ORDER.index(coverage.label_set)]
    assert not set(fresh) & {persona for label_set in earlier for persona in real.personas(label_set)}
    placements = {persona: real.labels(persona, coverage.label_set) for persona in fresh}
    assert {persona: len(labels) for persona, labels in placements.items()} == coverage.placements
    for persona, labels in placements.items():
        assert len({label.file for label in labels}) == len(labels)  # one placement per CV and persona
        tiers = [label.tier for label in labels]
        strong = 2 if persona == coverage.calibration else coverage.least["AB"]
        assert tiers.count("A") >= coverage.least["A"] and tiers.count("A") + tiers.count("B") >= strong
        assert tiers.count("C") >= coverage.least["C"] and tiers.count("D") >= coverage.least["D"]
        assert all(label.tier in real.TIERS and label.reason for label in labels)


@pytest.mark.parametrize("label_set", FRESH_SETS)
def test_every_fresh_label_names_a_corpus_file(label_set: real.LabelSet) -> None:
    # Checked without scoring: the fresh personas must not meet the scorer before the lead's one run.
    root = require_corpus("more-cvs").parent
    for persona in real.personas(label_set):
        files = [label.file for label in real.labels(persona, label_set)]
        assert [file for file in files if not (root / file).is_file()] == []


def test_a_django_developer_outranks_a_mern_developer_for_the_demo_persona() -> None:
    # The first complaint: Python only in a MERN developer's skills list ranked him first.
    require_corpus("cvs")
    scored = {s.label.file: s for s in real.score_persona("demo_backend")}
    django = scored["cvs/latexcv_sidebarleft.pdf"]
    mern = scored["cvs/resumematcher_bruce_wayne_fullstack.pdf"]
    assert django.score > mern.score


@pytest.mark.parametrize(("label_set", "persona"), EVERY_PERSONA)
def test_every_yardstick_persona_is_one_the_api_accepts(label_set: real.LabelSet, persona: str) -> None:
    # The yardstick must measure personas a recruiter could save, not shapes only the bench reads.
    data = {"name": persona, **real.personas(label_set)[persona]}
    serializer = PersonaSerializer(data=data)
    assert serializer.is_valid(), serializer.errors
    # Saved as written: the API only fills in the defaults (required false) and writes weights as floats.
    saved = serializer.validated_data["criteria"]
    assert saved == [{"required": False, **c, "weight": float(c["weight"])} for c in data["criteria"]]
