"""RQ entry points by import path, so both `manage.py rqworker scoring` and a plain `rq worker` can run them.

A plain `rq worker` imports this module without Django being set up; setting it up here, before any model
import, is what lets the seed's `rq worker scoring default --url ...` run the same task.
"""

from __future__ import annotations

import os
from typing import Any

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cvscoring.settings")
django.setup()

from jobs import tasks  # noqa: E402 - needs django.setup() above


def run_scoring_job(job_id: str) -> str:
    return tasks.run_scoring_job(job_id)


def check_llm_batch(job_id: str) -> str:
    return tasks.check_llm_batch(job_id)


def cancel_llm_batch(job_id: str) -> str:
    return tasks.cancel_llm_batch(job_id)


def on_scoring_job_failure(rq_job: Any, connection: Any, exc_type: Any, exc_value: Any, tb: Any) -> None:
    tasks.on_scoring_job_failure(rq_job, connection, exc_type, exc_value, tb)
