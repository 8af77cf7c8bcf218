"""The quality run's options pick the right label set; nothing here scores a CV."""

from __future__ import annotations

import pytest

from bench.quality import real, run


def _record_tables(monkeypatch: pytest.MonkeyPatch) -> list[tuple[object, ...]]:
    """Replace each table by a recorder of its call, so the run's choices show without scoring."""
    calls: list[tuple[object, ...]] = []

    def real_table(parts: tuple[str, ...], verbose: bool, label_set: real.LabelSet) -> bool:
        calls.append(("real", parts, verbose, label_set))
        return True

    def synthetic_table() -> bool:
        calls.append(("synthetic",))
        return True

    monkeypatch.setattr(real, "available", lambda: True)
    monkeypatch.setattr(run, "real_table", real_table)
    monkeypatch.setattr(run, "synthetic_table", synthetic_table)
    monkeypatch.setattr(run, "vanetik_table", lambda: calls.append(("vanetik",)))
    return calls


def test_fresh_measures_the_fresh_set_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)
    assert run.main(["--fresh"]) == 0
    assert calls == [("real", real.SPLITS, False, real.FRESH)]


def test_fresh2_measures_the_second_fresh_set_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)
    assert run.main(["--fresh2", "--verbose"]) == 0
    assert calls == [("real", real.SPLITS, True, real.FRESH2)]


def test_fresh3_measures_the_third_fresh_set_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)
    assert run.main(["--fresh3"]) == 0
    assert calls == [("real", real.SPLITS, False, real.FRESH3)]


def test_fresh4_measures_the_fourth_fresh_set_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)
    assert run.main(["--fresh4", "--verbose"]) == 0
    assert calls == [("real", real.SPLITS, True, real.FRESH4)]


def test_fresh5_measures_the_fifth_fresh_set_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)
    assert run.main(["--fresh5"]) == 0
    assert calls == [("real", real.SPLITS, False, real.FRESH5)]


def test_fresh6_measures_the_sixth_fresh_set_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)
    assert run.main(["--fresh6", "--verbose"]) == 0
    assert calls == [("real", real.SPLITS, True, real.FRESH6)]


def test_fresh7_measures_the_seventh_fresh_set_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)

    def never_score(*_: object) -> None:
        raise AssertionError("the seventh fresh set is scored once, by the lead, never by a test")

    monkeypatch.setattr(real, "score_persona", never_score)
    assert run.main(["--fresh7"]) == 0
    assert calls == [("real", real.SPLITS, False, real.FRESH7)]


def test_fresh8_measures_the_eighth_fresh_set_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)

    def never_score(*_: object) -> None:
        raise AssertionError("the eighth fresh set is scored once, by the lead, never by a test")

    monkeypatch.setattr(real, "score_persona", never_score)
    assert run.main(["--fresh8", "--verbose"]) == 0
    assert calls == [("real", real.SPLITS, True, real.FRESH8)]


TWO_FRESH_SETS = [
    ["--fresh", "--fresh2"],
    ["--fresh2", "--fresh3"],
    ["--fresh3", "--fresh"],
    ["--fresh4", "--fresh3"],
    ["--fresh5", "--fresh4"],
    ["--fresh6", "--fresh5"],
    ["--fresh7", "--fresh6"],
    ["--fresh8", "--fresh7"],
]


@pytest.mark.parametrize("options", TWO_FRESH_SETS)
def test_two_fresh_sets_at_once_are_refused(monkeypatch: pytest.MonkeyPatch, options: list[str]) -> None:
    # Each fresh set is read once, alone: asking for two is a mistake, not a combined table.
    calls = _record_tables(monkeypatch)
    assert run.main(options) == 2
    assert calls == []


def test_without_fresh_the_main_set_and_every_table_run(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _record_tables(monkeypatch)
    assert run.main(["--verbose"]) == 0
    assert calls == [("real", real.SPLITS, True, real.MAIN), ("synthetic",), ("vanetik",)]


def test_the_fresh_set_loads_from_its_own_files() -> None:
    assert real.FRESH.labels_dir == real.LABELS / "fresh"
    assert real.personas(real.FRESH)["java_developer"]["min_years_experience"] == 3
    first = real.labels("java_developer", real.FRESH)[0]
    assert first.file == "labelled/vanetik_vacancy_resume_matching/CV/1.docx"
    assert (first.tier, first.split) == ("A", "tuned")


def test_the_second_fresh_set_loads_from_its_own_files() -> None:
    assert real.FRESH2.labels_dir == real.LABELS / "fresh2"
    assert real.personas(real.FRESH2)["engineering_manager"]["min_years_experience"] == 5
    first = real.labels("critical_care_nurse", real.FRESH2)[0]
    assert first.file == "more-cvs/medcc_icu_critical_care_rn.docx"
    assert first.tier == "A"


def test_the_third_fresh_set_loads_from_its_own_files() -> None:
    assert real.FRESH3.labels_dir == real.LABELS / "fresh3"
    assert real.personas(real.FRESH3)["php_web_developer"]["min_years_experience"] == 2
    first = real.labels("machine_learning_engineer", real.FRESH3)[0]
    assert first.file == "cvs/resumematcher_harvey_dent_mle.pdf"
    assert first.tier == "A"


def test_the_fourth_fresh_set_loads_from_its_own_files() -> None:
    assert real.FRESH4.labels_dir == real.LABELS / "fresh4"
    assert real.personas(real.FRESH4)["data_engineer"]["min_years_experience"] == 3
    first = real.labels("go_backend_developer", real.FRESH4)[0]
    assert first.file == "labelled/vanetik_vacancy_resume_matching/CV/43.docx"
    assert (first.tier, first.split) == ("A", "tuned")


def test_the_fifth_fresh_set_loads_from_its_own_files() -> None:
    assert real.FRESH5.labels_dir == real.LABELS / "fresh5"
    assert real.personas(real.FRESH5)["solutions_architect"]["min_years_experience"] == 8
    first = real.labels("solutions_architect", real.FRESH5)[0]
    assert first.file == "labelled/vanetik_vacancy_resume_matching/CV/14.docx"
    assert (first.tier, first.split) == ("A", "held_out")


def test_the_seventh_fresh_set_loads_from_its_own_files() -> None:
    assert real.FRESH7.labels_dir == real.LABELS / "fresh7"
    assert real.personas(real.FRESH7)["payroll_bookkeeper"]["min_years_experience"] == 2
    first = real.labels("charge_nurse", real.FRESH7)[0]
    assert first.file == "more-cvs/medcc_icu_critical_care_rn.docx"
    assert (first.tier, first.split) == ("A", "tuned")


def test_the_eighth_fresh_set_loads_from_its_own_files() -> None:
    assert real.FRESH8.labels_dir == real.LABELS / "fresh8"
    assert real.personas(real.FRESH8)["marketing_manager"]["min_years_experience"] == 4
    first = real.labels("customer_service_representative", real.FRESH8)[0]
    assert first.file == "more-cvs/lc_healthcare_cna_admin_20736486.pdf"
    assert (first.tier, first.split) == ("A", "held_out")
