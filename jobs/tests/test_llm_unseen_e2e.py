"""End to end: a real `rqworker` meets a model that misbehaves in ways nobody here had seen, on every call.

Each CV meets one odd behaviour on all of its calls (the stand-in's fault plan, in the order calls arrive,
one worker thread so that order is the CVs' order), and every CV must end as the rule says: scored with
verified evidence, or failed with a code of the failure table, retryable as it says; none left processing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from rest_framework.authtoken.models import Token

from candidates.tests.factories import STRONG_BACKEND_CV
from candidates.tests.pdfgen import cv_pdf
from jobs import failures
from jobs.scoring.absence import claims_absence
from jobs.scoring.evidence import UNSUPPORTED_CAP
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import poll_until_done, rqworker, upload
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# One behaviour per CV, on every call that CV makes: one when it is read as a score, two when it is refused
# (the first answer and the corrective retry), three for a transport fault (LLM_MAX_RETRIES=2).
BEHAVIOURS = {
    "two_tool_uses": ("failed", 2),
    "absent_but_high": ("failed", 2),
    "smart_quotes": ("scored", 1),
    "ellipsis_quote": ("scored", 1),
    "usage_garbled": ("scored", 1),
    "html_200": ("failed", 3),
    "garbled_json_200": ("failed", 3),
    "score_fraction": ("failed", 2),
}


@pytest.fixture
def client(live_server: Any, user: Any, clean_redis: Any, media: Path) -> Iterator[httpx.Client]:
    token, _ = Token.objects.get_or_create(user=user)
    with httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Token {token.key}"}, timeout=30
    ) as c:
        yield c


def test_every_cv_ends_scored_consistently_or_failed_typed_under_unseen_behaviours(
    client: httpx.Client, user: Any, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)
    files = [(f"cv{i}.pdf", cv_pdf(f"{STRONG_BACKEND_CV}\nProject {i}: payments")) for i in range(8)]
    plan = [behaviour for behaviour, (_, calls) in BEHAVIOURS.items() for _ in range(calls)]
    env = {
        "ANTHROPIC_API_KEY": "test-key",
        "SCORING_CONCURRENCY": "1",
        "LLM_MAX_RETRIES": "2",
        "LLM_OUTAGE_BUDGET_S": "0",
        "LLM_CV_DEADLINE_S": "20",
    }

    started = time.monotonic()
    with StandIn(latency=0.0, faults=plan) as standin:
        accepted = upload(client, str(persona.pk), files)
        with rqworker(log_path=tmp_path / "worker.log", ANTHROPIC_BASE_URL=standin.base_url, **env):
            final = poll_until_done(client, accepted.headers["Location"], timeout_s=120)
        calls = standin.calls

    log = (tmp_path / "worker.log").read_text()[-3000:]
    assert final["status"] == "completed", log
    assert time.monotonic() - started < 120
    assert calls == len(plan)
    entries = final["result"]["scores"]
    assert sorted(entry["status"] for entry in entries) == sorted(end for end, _ in BEHAVIOURS.values())
    codes = sorted(entry["error"]["code"] for entry in entries if entry["status"] == "failed")
    assert codes == ["invalid_llm_response"] * 3 + ["llm_unavailable"] * 2
    for entry in entries:
        if entry["status"] == "failed":
            code, retryable = entry["error"]["code"], entry["error"]["retryable"]
            assert code in failures.RETRYABLE and retryable == failures.is_retryable(code), entry
            assert entry["error"]["message"]
            continue
        for criterion in entry["criteria"]:
            high = criterion["score"] > UNSUPPORTED_CAP
            assert not high or criterion["evidence"], criterion
            assert not (high and claims_absence(criterion["justification"])), criterion
            assert not any("\u201c" in quote or "\u2026" in quote for quote in criterion["evidence"])
