"""Persona use cases beyond one row: draft a persona from a job advert (never saved here)."""

from __future__ import annotations

import logging
import os
import tempfile
from typing import Any

from django.conf import settings

from personas.advert_kind import refusal_reason
from personas.advert_reader import read_advert
from personas.draft import Draft, draft_offline
from personas.draft_llm import ClaudeConfig, DraftFailed, draft_with_claude

logger = logging.getLogger(__name__)

DRAFT_TIMEOUT_S = 45.0
DRAFT_MAX_RETRIES = 1

NOT_AN_ADVERT = {
    "empty": "The file has no text to read a job advert from.",
    "cv": "This looks like a CV, not a job advert. Upload the advert of the role you are hiring for.",
    "invoice": "This looks like an invoice, not a job advert.",
    "no_advert_cues": "This does not read like a job advert (no role, requirements or duties found).",
}


class NotAJobAdvert(Exception):
    """The text is not a job advert; `kind` says what it looks like instead."""

    code = "not_a_job_advert"

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self.message = NOT_AN_ADVERT[kind]


def draft_persona(*, text: str) -> Draft:
    """Draft a persona from an advert's text: Claude when a key is set, else (or on any failure) offline."""
    kind = refusal_reason(text)
    if kind is not None:
        raise NotAJobAdvert(kind)
    offline = draft_offline(text)
    if not settings.ANTHROPIC_API_KEY:
        return offline
    try:
        return draft_with_claude(text, config=_claude_config(), language=offline.language)
    except DraftFailed as exc:
        logger.warning("Claude could not draft the persona (%s); the offline draft is used", exc.reason)
        return offline


def _claude_config() -> ClaudeConfig:
    # The scorer's settings, bounded: the recruiter waits on this request, and gunicorn ends it at 120 s.
    return ClaudeConfig(
        api_key=settings.ANTHROPIC_API_KEY,
        base_url=settings.ANTHROPIC_BASE_URL,
        model=settings.SCORING_MODEL,
        timeout_s=min(settings.LLM_TIMEOUT_S, DRAFT_TIMEOUT_S),
        max_retries=min(settings.LLM_MAX_RETRIES, DRAFT_MAX_RETRIES),
    )


def advert_text_from_upload(*, upload: Any) -> str:
    """The text of an uploaded advert, read in the sandbox from a private temporary copy."""
    fd, path = tempfile.mkstemp(prefix="advert-", suffix=".bin")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        return read_advert(path, filename=upload.name or "", head=getattr(upload, "head", b"")[:1024])
    finally:
        os.unlink(path)
