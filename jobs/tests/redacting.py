"""Helpers for the blind-mode rule tests: redact a text alone, or as the body under someone else's header."""

from __future__ import annotations

from jobs.scoring.redaction import redact_text


def redacted(text: str, keep: tuple[str, ...] = ()) -> str:
    return redact_text(text, keep=keep).text


def body(text: str) -> str:
    """The text redacted under a header that names someone else, so no line of it is taken for a name."""
    return redacted(f"Jane Doe\nNurse\nProfile\n{text}").split("\n", 3)[3]
