"""The cheap first pass: every CV scored offline, only the best `llm_top_n` sent to the LLM."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.test import override_settings

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV, pdf_upload
from jobs import scorers
from jobs.services import start_scoring_job
from jobs.tasks import run_scoring_job
from jobs.tests.llm_standin import StandIn
from personas.tests.factories import make_persona

pytestmark = pytest.mark.django_db(transaction=True)

MEDIUM_CV = STRONG_BACKEND_CV.replace("Kubernetes", "Heroku").replace("led a team of 5 engineers", "mentored")


@pytest.fixture
def anthropic_scorer(media: Path) -> Any:
    with (
        StandIn(latency=0.0) as standin,
        override_settings(
            ANTHROPIC_API_KEY="test-key",
            ANTHROPIC_BASE_URL=standin.base_url,
        ),
    ):
        scorers.get_scorer.cache_clear()
        yield standin
    scorers.get_scorer.cache_clear()


def test_only_the_offline_top_n_reach_the_llm(user: Any, anthropic_scorer: StandIn) -> None:
    files = [
        pdf_upload("weak.pdf", WEAK_BACKEND_CV),
        pdf_upload("strong.pdf"),
        pdf_upload("medium.pdf", MEDIUM_CV),
    ]
    job = start_scoring_job(user=user, persona=make_persona(owner=user), files=files, llm_top_n=2)

    assert run_scoring_job(str(job.pk)) == "completed"

    scorer_by_file = {item.cv.original_filename: item.scorer for item in job.items.select_related("cv")}
    assert scorer_by_file == {"strong.pdf": "anthropic", "medium.pdf": "anthropic", "weak.pdf": "offline"}
    assert "offline_only" in job.items.get(cv__original_filename="weak.pdf").flags
    assert anthropic_scorer.stats()["calls"] == 2


def test_without_top_n_every_cv_goes_to_the_llm(user: Any, anthropic_scorer: StandIn) -> None:
    files = [pdf_upload("weak.pdf", WEAK_BACKEND_CV), pdf_upload("strong.pdf")]
    job = start_scoring_job(user=user, persona=make_persona(owner=user), files=files)

    run_scoring_job(str(job.pk))

    assert set(job.items.values_list("scorer", flat=True)) == {"anthropic"}
    assert anthropic_scorer.stats()["calls"] == 2
