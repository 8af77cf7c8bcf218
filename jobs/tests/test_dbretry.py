"""with_db_retry: a lost connection is reconnected and the write run again, within a budget."""

from __future__ import annotations

import pytest
from django.db import InterfaceError, OperationalError
from django.test import override_settings

from jobs.dbretry import with_db_retry


class FlakyWrite:
    def __init__(self, failures: list[Exception]) -> None:
        self.failures = failures
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.failures:
            raise self.failures.pop(0)
        return "written"


@override_settings(DB_RETRY_BUDGET_S=10)
def test_a_write_that_lost_its_connection_is_run_again_on_a_new_one() -> None:
    write = FlakyWrite([OperationalError("server closed the connection"), InterfaceError("closed")])

    assert with_db_retry(write, what="a test write") == "written"
    assert write.calls == 3


@override_settings(DB_RETRY_BUDGET_S=0)
def test_a_database_down_past_the_budget_ends_the_attempt() -> None:
    write = FlakyWrite([OperationalError("server closed the connection"), OperationalError("again")])

    with pytest.raises(OperationalError, match="server closed the connection"):
        with_db_retry(write, what="a test write")
    assert write.calls == 1


def test_other_errors_are_not_retried() -> None:
    write = FlakyWrite([ValueError("a bug")])

    with pytest.raises(ValueError, match="a bug"):
        with_db_retry(write, what="a test write")
    assert write.calls == 1
