"""One CV's step: prepare → Prepared or Failed, score → Scored or Failed, record writes each exactly once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from candidates import warm_pool
from candidates.tests.factories import STRONG_BACKEND_CV
from jobs.models import ItemStatus
from jobs.pipeline import Failed, Prepared, Scored, pending_items, prepare, record, score, source_for
from jobs.scoring.offline import OfflineScorer
from jobs.tests.factories import make_job

pytestmark = pytest.mark.django_db


def test_a_cv_is_prepared_scored_and_recorded_with_its_text_kept(user: Any, media: Path) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    [item] = pending_items(job)
    rubric = job.scoring_rubric()

    prepared = prepare(source_for(item), rubric)
    assert isinstance(prepared, Prepared)
    scored = score(prepared, rubric, OfflineScorer())
    assert isinstance(scored, Scored)
    record(item, scored)

    item.refresh_from_db()
    assert (item.status, item.score, item.recommendation, item.scorer) == (
        ItemStatus.SCORED,
        75,  # the required Python criterion weighs 1.5 times its weight
        "yes",
        "offline",
    )
    assert item.cv.parse_status == "parsed"
    again = source_for(item)  # a retry or a batch answer reads the kept text, not the file
    assert (again.text, again.hidden) == (item.cv.text, ())


def test_the_file_is_read_in_a_warm_child_of_its_owners_only(user: Any, media: Path) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    [item] = pending_items(job)
    warm_pool.stop()

    source = source_for(item)
    assert isinstance(prepare(source, job.scoring_rubric()), Prepared)

    assert source.owner_id == item.cv.owner_id == user.pk
    with warm_pool._lock:
        assert [key[0] for key in warm_pool._idle] == [str(user.pk)]  # the child kept is keyed by the owner
    warm_pool.stop()


def test_a_prepared_cv_recorded_alone_stays_pending_with_its_text_kept(user: Any, media: Path) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    [item] = pending_items(job)

    record(item, prepare(source_for(item), job.scoring_rubric()))

    item.refresh_from_db()
    assert (item.status, item.cv.parse_status, item.cv.page_count) == (ItemStatus.PENDING, "parsed", 1)


def test_an_unreadable_file_fails_its_item_and_the_cv_remembers_why(user: Any, media: Path) -> None:
    job = make_job(user, STRONG_BACKEND_CV)
    [item] = pending_items(job)
    Path(media, item.cv.file.name).write_bytes(b"%PDF-1.4\nnot really a PDF")

    failed = prepare(source_for(item), job.scoring_rubric())
    assert isinstance(failed, Failed)
    assert failed.unreadable
    record(item, failed)

    item.refresh_from_db()
    assert (item.status, item.error_code) == (ItemStatus.FAILED, "corrupt")
    assert (item.cv.parse_status, item.cv.parse_error_code) == ("failed", "corrupt")


def test_a_text_that_is_not_a_cv_fails_without_marking_the_file_unreadable(user: Any, media: Path) -> None:
    job = make_job(user, "%%% not a cv %%%\nlorem ipsum")
    [item] = pending_items(job)

    failed = prepare(source_for(item), job.scoring_rubric())
    assert isinstance(failed, Failed)
    record(item, failed)

    item.refresh_from_db()
    assert (item.status, item.error_code, item.flags) == (ItemStatus.FAILED, "too_little_text", [])
    assert (failed.unreadable, item.cv.parse_status) == (False, "parsed")
