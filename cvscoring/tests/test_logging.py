"""Every log line emitted while a job runs names the job; LOG_FORMAT=json writes one JSON object per line."""

from __future__ import annotations

import io
import json
import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from candidates.tests.factories import WEAK_BACKEND_CV, pdf_upload
from joblog.context import JobContextFilter, JsonFormatter, job_context
from jobs.services import start_scoring_job
from jobs.tasks import run_scoring_job
from personas.tests.factories import make_persona


@pytest.fixture
def captured() -> Iterator[list[logging.LogRecord]]:
    """Records that reached the root logger's handlers, after the project's job filter."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(level=logging.DEBUG)
    handler.addFilter(JobContextFilter())
    root = logging.getLogger()
    previous_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield records
    finally:
        root.removeHandler(handler)
        root.setLevel(previous_level)


def test_records_inside_a_job_context_and_its_threads_carry_the_job_id(
    captured: list[logging.LogRecord],
) -> None:
    log = logging.getLogger("jobs.example")
    log.info("before")
    with job_context("job-1"):
        log.info("inside")
        worker = threading.Thread(target=lambda: log.info("in a thread the job started"))
        worker.start()
        worker.join()
    log.info("after")

    assert [(record.getMessage(), record.job_id) for record in captured] == [  # type: ignore[attr-defined]
        ("before", "-"),
        ("inside", "job-1"),
        ("in a thread the job started", "job-1"),
        ("after", "-"),
    ]


def test_json_lines_carry_level_logger_message_and_job_id() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(JobContextFilter())
    handler.setFormatter(JsonFormatter())
    log = logging.getLogger("cvscoring.tests.json")
    log.addHandler(handler)
    log.propagate = False
    try:
        with job_context("3f2b"):
            log.warning("cv %s failed", 7)
        log.error("outside")
    finally:
        log.removeHandler(handler)
        log.propagate = True

    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert {key: first[key] for key in ("level", "logger", "message", "job_id")} == {
        "level": "WARNING",
        "logger": "cvscoring.tests.json",
        "message": "cv 7 failed",
        "job_id": "3f2b",
    }
    assert (second["message"], second["job_id"]) == ("outside", None)
    assert first["time"].endswith("+00:00")


@pytest.mark.integration
@pytest.mark.django_db(transaction=True)
def test_every_line_logged_while_a_job_runs_names_it(user: Any, captured: list[logging.LogRecord]) -> None:
    persona = make_persona(owner=user)
    job = start_scoring_job(
        user=user, persona=persona, files=[pdf_upload("a.pdf"), pdf_upload("b.pdf", WEAK_BACKEND_CV)]
    )
    captured.clear()

    assert run_scoring_job(str(job.pk)) == "completed"

    ours = [record.getMessage() for record in captured if record.name.startswith("jobs")]
    assert ours[:1] == [f"job {job.pk} claimed, attempt 1"]
    assert {record.job_id for record in captured} == {str(job.pk)}  # type: ignore[attr-defined]
