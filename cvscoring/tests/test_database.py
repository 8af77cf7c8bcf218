"""The run command's SQLite file, written at once by the web server, the workers and their threads.

With SQLite's defaults an upload answered 500 "database is locked" while a worker was recording scores: a
transaction that has read cannot take the write lock once another connection holds it, and SQLite says so at
once instead of waiting. These tests open connections on a SQLite file of their own, configured exactly as
the settings configure the run command's database.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from django.db import OperationalError, connections, transaction
from django.db.utils import ConnectionHandler

from cvscoring.database import database_from_url

ALIAS = "fresh_laptop"
TABLE = "CREATE TABLE entry (id INTEGER PRIMARY KEY, seen INTEGER NOT NULL)"
READ_THEN_WRITE = "INSERT INTO entry (seen) SELECT count(*) FROM entry"


@contextmanager
def sqlite(path: Path, *, timeout_s: float) -> Iterator[Any]:
    """A connection to `path` set up as the settings set up SQLite, usable as `transaction.atomic(ALIAS)`."""
    config = database_from_url(f"sqlite:///{path}", conn_max_age=0, sqlite_timeout_s=timeout_s)
    connection = ConnectionHandler({"default": config, ALIAS: config})[ALIAS]  # Django wants a default
    connections[ALIAS] = connection  # for this thread only: Django's connections are per thread
    try:
        yield connection
    finally:
        connection.close()
        del connections[ALIAS]


@pytest.fixture
def database(tmp_path: Path, django_db_blocker: Any) -> Iterator[Path]:
    path = tmp_path / "db.sqlite3"
    with django_db_blocker.unblock():
        with sqlite(path, timeout_s=1) as connection:
            connection.cursor().execute(TABLE)
        yield path


def count(path: Path) -> int:
    with sqlite(path, timeout_s=1) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM entry")
        return int(cursor.fetchone()[0])


def test_a_transaction_holds_the_write_lock_from_its_start_and_readers_still_read(database: Path) -> None:
    with sqlite(database, timeout_s=1) as web, transaction.atomic(using=ALIAS):
        # Before its first statement: a transaction that reads first never has to ask for the lock later,
        # which SQLite refuses at once, without waiting, when another connection holds it.
        refused = write_from_another_thread(database, timeout_s=0.05)
        read_meanwhile = read_from_another_thread(database)
        web.cursor().execute(READ_THEN_WRITE)

    assert refused == "database is locked"
    assert read_meanwhile == 0
    assert count(database) == 1
    with sqlite(database, timeout_s=1) as connection, connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone() == ("wal",)


def test_threads_reading_then_writing_at_once_all_commit(database: Path) -> None:
    threads, rounds = 8, 25
    errors: list[str] = []

    def write_rounds() -> None:
        with sqlite(database, timeout_s=30):
            for _ in range(rounds):
                try:
                    with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
                        # Read, then write in the same transaction: what an upload or a recorded score does.
                        cursor.execute("SELECT count(*) FROM entry")
                        cursor.execute("INSERT INTO entry (seen) VALUES (%s)", cursor.fetchone())
                except OperationalError as error:
                    errors.append(str(error))

    run_in_threads([write_rounds] * threads)

    assert errors == []
    assert count(database) == threads * rounds


def write_from_another_thread(path: Path, *, timeout_s: float) -> str:
    """Try one write from another connection; return SQLite's refusal, or "" when it was written."""
    outcome = [""]

    def write() -> None:
        with sqlite(path, timeout_s=timeout_s) as connection:
            try:
                connection.cursor().execute(READ_THEN_WRITE)
            except OperationalError as error:
                outcome[0] = str(error)

    run_in_threads([write])
    return outcome[0]


def read_from_another_thread(path: Path) -> int:
    seen = [-1]

    def read() -> None:
        seen[0] = count(path)

    run_in_threads([read])
    return seen[0]


def run_in_threads(targets: list[Any]) -> None:
    started = [threading.Thread(target=target) for target in targets]
    for thread in started:
        thread.start()
    for thread in started:
        thread.join()
