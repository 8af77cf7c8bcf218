"""The default database from DATABASE_URL: PostgreSQL as given, or the run command's SQLite made fit to share.

The run command's SQLite file is written at once by the web server, the scoring workers and each worker's
threads. With SQLite's defaults a transaction that read first and then writes, while another connection
writes, gets "database is locked" at once, without waiting (an upload answered 500 while a job was being
scored). So: every transaction takes the write lock when it begins (IMMEDIATE) and waits its turn up to
SQLITE_TIMEOUT_S, and the write-ahead log lets readers (status polls) go on while one connection writes.
"""

from __future__ import annotations

from typing import Any

import dj_database_url

SQLITE_ENGINE = "django.db.backends.sqlite3"
# WAL: readers never wait for the writer. synchronous=NORMAL is safe with WAL (a power cut may lose the last
# commits, never corrupt the file) and spares an fsync per commit.
SQLITE_PRAGMAS = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"


def database_from_url(url: str, *, conn_max_age: int, sqlite_timeout_s: float) -> dict[str, Any]:
    """Return Django's settings of the database at `url`; SQLite with the options to share it safely."""
    database: dict[str, Any] = dict(
        dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    )
    if database["ENGINE"] == SQLITE_ENGINE:
        database["OPTIONS"] = {
            **database.get("OPTIONS", {}),
            "transaction_mode": "IMMEDIATE",
            "timeout": sqlite_timeout_s,
            "init_command": SQLITE_PRAGMAS,
        }
    return database
