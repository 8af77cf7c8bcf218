"""RQ entry points by import path, so both `manage.py rqworker scoring` and a plain `rq worker` can run them.

A plain `rq worker` imports this module without Django being set up; setting it up here, before any model
import, is what lets the seed's `rq worker scoring default --url ...` run the same tasks. The tasks
themselves are `jobs.tasks`' functions, re-exported as they are.
"""

from __future__ import annotations

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cvscoring.settings")
django.setup()

from jobs.tasks import (  # noqa: E402 - needs django.setup() above
    cancel_llm_batch,
    check_llm_batch,
    on_scoring_job_failure,
    resume_scoring_job,
    run_scoring_job,
)

__all__ = [
    "cancel_llm_batch",
    "check_llm_batch",
    "on_scoring_job_failure",
    "resume_scoring_job",
    "run_scoring_job",
]
