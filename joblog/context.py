"""Log context and format: the id of the running job on every line, and an optional JSON line format."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from functools import wraps
from typing import Any, ParamSpec, TypeVar

NO_JOB = "-"

_job_id: ContextVar[str | None] = ContextVar("cvscoring_job_id", default=None)
# The pool threads a job starts do not inherit context variables; a work-horse runs one job at a time,
# so the process-wide value is right for them.
_process_job_id: str | None = None

P = ParamSpec("P")
R = TypeVar("R")


def current_job_id() -> str | None:
    return _job_id.get() or _process_job_id


@contextmanager
def job_context(job_id: str) -> Iterator[None]:
    """Tag every log record emitted inside the block (and by threads it starts) with `job_id`."""
    global _process_job_id
    token = _job_id.set(str(job_id))
    previous, _process_job_id = _process_job_id, str(job_id)
    try:
        yield
    finally:
        _process_job_id = previous
        _job_id.reset(token)


def logs_job_id(task: Callable[P, R]) -> Callable[P, R]:
    """Run a task that takes the job id as its first argument inside `job_context(job_id)`."""

    @wraps(task)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with job_context(str(args[0] if args else kwargs.get("job_id"))):
            return task(*args, **kwargs)

    return wrapper


class JobContextFilter(logging.Filter):
    """Add `job_id` to every record ("-" outside a job) so formats can always name it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "job_id"):
            record.job_id = current_job_id() or NO_JOB
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, job_id, and the traceback if any."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "job_id": getattr(record, "job_id", None) or current_job_id(),
            "process": record.process,
        }
        if entry["job_id"] == NO_JOB:
            entry["job_id"] = None
        if record.exc_info:
            entry["exc_info"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
