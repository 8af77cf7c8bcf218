"""A whole job against a stand-in that fails a share of its calls: every CV ends scored or failed with a
clear reason, and the persona prefix is byte-identical on every call of the job."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from candidates.tests.factories import STRONG_BACKEND_CV, pdf_upload
from jobs import scorers
from jobs.services import start_scoring_job
from jobs.tasks import run_scoring_job
from jobs.tests.llm_standin import StandIn
from personas.tests.factories import make_persona

pytestmark = pytest.mark.django_db(transaction=True)

FAULT_CODES = {"invalid_llm_response", "llm_refused", "llm_unavailable", "llm_rate_limited", "llm_timeout"}


@pytest.fixture
def faulty_llm(media: Path) -> Iterator[StandIn]:
    faults = {
        "invalid_json": 0.15,
        "out_of_range": 0.1,
        "overloaded": 0.15,
        "server_error": 0.1,
        "refusal": 0.05,
    }
    with (
        StandIn(latency=0.0, fault_rates=faults, retry_after=0.05, seed=7) as standin,
        override_settings(
            ANTHROPIC_API_KEY="test-key",
            ANTHROPIC_BASE_URL=standin.base_url,
            LLM_CV_DEADLINE_S=20,
            SCORING_CONCURRENCY=4,
            # Nothing waits here: each CV meets its own faults (outages parking the job: test_faults_outage).
            LLM_OUTAGE_BUDGET_S=0,
        ),
    ):
        scorers.get_scorer.cache_clear()
        yield standin
    scorers.get_scorer.cache_clear()


def test_every_cv_ends_scored_or_failed_with_a_reason_under_llm_faults(
    user: Any, faulty_llm: StandIn
) -> None:
    files = [
        pdf_upload(f"cv{i}.pdf", f"{STRONG_BACKEND_CV}\nProject {i}: payments service {i}") for i in range(12)
    ]
    job = start_scoring_job(user=user, persona=make_persona(owner=user), files=files)

    run_scoring_job(str(job.pk))

    job.refresh_from_db()
    assert job.status == "completed"
    items = list(job.items.all())
    assert len(items) == 12
    assert {item.status for item in items} <= {"scored", "failed"}
    assert any(item.status == "scored" for item in items)
    for item in items:
        if item.status == "failed":
            assert item.error_code in FAULT_CODES, item.error_code
            assert item.error
        else:
            assert (item.score, item.scorer) == (66, "anthropic")  # the required criterion weighs 1.5 times
    stats = faulty_llm.stats(bodies=True)
    assert stats["calls"] > 12  # faults were met and retried
    prefixes = {
        json.dumps([r["body"]["tools"], r["body"]["system"]], sort_keys=True) for r in stats["requests"]
    }
    assert len(prefixes) == 1
