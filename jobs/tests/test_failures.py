"""The retry table names every failure code the code base writes, so none is retryable only by default."""

from __future__ import annotations

import re
from pathlib import Path

from jobs.failures import RETRYABLE, is_retryable

ROOT = Path(__file__).resolve().parents[2]
APPS = ("api", "candidates", "cvscoring", "jobs", "personas")
# A code is written before its message ("code", "The ...") or chosen by name (code = "..."): those shapes,
# over the project's own modules (tests and migrations aside).
WRITTEN = re.compile(r'"(llm_[a-z_]+)",\s*f?"[A-Z{]|code = "(llm_[a-z_]+)"')


def written_codes() -> set[str]:
    found: set[str] = set()
    for path in (path for app in APPS for path in (ROOT / app).rglob("*.py")):
        if {"tests", "migrations"} & set(path.parts):
            continue
        found |= {code for pair in WRITTEN.findall(path.read_text()) for code in pair if code}
    return found


def test_every_llm_code_written_with_its_message_is_in_the_retry_table() -> None:
    codes = written_codes()

    assert {"llm_batch_expired", "llm_batch_not_found", "llm_batch_ambiguous"} <= codes  # the scan finds them
    assert codes - RETRYABLE.keys() == set()


def test_a_batch_that_failed_a_cv_is_worth_a_retry_and_a_refusal_is_not() -> None:
    assert is_retryable("llm_batch_expired")
    assert is_retryable("llm_batch_errored")
    assert not is_retryable("llm_refused")
