"""The runner records the CVs that land together in one transaction, and writes a cut group again whole."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.db import OperationalError, connection

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from jobs import pipeline, runner
from jobs.models import ItemStatus, JobItem
from jobs.pipeline import Failed, Outcome, pending_items, source_for
from jobs.tests.factories import make_job

# Commits are what is counted: the rows must really be committed, not wrapped in the test's transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def _landed(user: Any) -> list[tuple[JobItem, Outcome]]:
    job = make_job(user, STRONG_BACKEND_CV, WEAK_BACKEND_CV)
    return [(item, Failed(source_for(item), "not_a_cv", "Not a CV.")) for item in pending_items(job)]


def _transaction_id() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT txid_current()")
        return int(cursor.fetchone()[0])


def test_cvs_that_land_together_are_written_in_one_transaction(
    user: Any, media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    landed = _landed(user)
    record = pipeline.record
    transactions: list[int] = []

    def spy(item: JobItem, outcome: Outcome) -> None:
        transactions.append(_transaction_id())
        record(item, outcome)

    monkeypatch.setattr(runner, "record", spy)

    runner.record_together(landed)

    assert len(transactions) == 2
    assert transactions[0] == transactions[1]
    rows = JobItem.objects.filter(pk__in=[item.pk for item, _ in landed])
    assert list(rows.values_list("status", "error_code")) == [(ItemStatus.FAILED, "not_a_cv")] * 2


def test_a_connection_lost_in_the_middle_of_a_group_writes_the_whole_group_again(
    user: Any, media: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    landed = _landed(user)
    first, second = (item.pk for item, _ in landed)
    record = pipeline.record
    calls: list[int] = []
    seen_after_the_cut: list[str] = []

    def cut_once(item: JobItem, outcome: Outcome) -> None:
        calls.append(item.pk)
        if calls == [first, second]:  # the first CV is written, not committed: the connection goes
            raise OperationalError("server closed the connection unexpectedly")
        if calls == [first, second, first]:  # the rollback undid the first CV's write
            seen_after_the_cut.append(JobItem.objects.get(pk=first).status)
        record(item, outcome)

    monkeypatch.setattr(runner, "record", cut_once)

    runner.record_together(landed)

    assert calls == [first, second, first, second]
    assert seen_after_the_cut == [ItemStatus.PENDING]
    rows = JobItem.objects.filter(pk__in=[first, second]).values_list("status", flat=True)
    assert list(rows) == [ItemStatus.FAILED, ItemStatus.FAILED]
