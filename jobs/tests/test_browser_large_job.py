"""A 50-CV job in a 1400x1000 window: the ranked table fits the first screen, the unscored CVs beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from jobs.models import Job
from jobs.tasks import run_scoring_job
from jobs.tests.factories import make_job
from jobs.tests.test_browser import SCREENSHOTS, browser_page, log_in, sync_api

__all__ = ["browser_page"]  # the fixture, used by name

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WINDOW = {"width": 1400, "height": 1000}
SCORED, UNREADABLE = 45, 5


def fifty_cv_job(user: Any) -> Job:
    """45 readable CVs, each a little different, and 5 that are too short to score."""
    texts = [
        (STRONG_BACKEND_CV if index % 2 else WEAK_BACKEND_CV) + f"\nReference {index}: project {index * 7}\n"
        for index in range(SCORED)
    ]
    job = make_job(user, *texts, *(f"tiny {index}" for index in range(UNREADABLE)))
    run_scoring_job(str(job.pk))
    job.refresh_from_db()
    return job


def box(page: Any, selector: str) -> dict[str, float]:
    found: dict[str, float] = page.locator(selector).bounding_box()
    return found


def test_a_fifty_cv_job_fits_its_ranked_table_in_the_first_screen(
    browser_page: Any, live_server: Any, user: Any, clean_redis: Any, media: Path
) -> None:
    page = browser_page
    job = fifty_cv_job(user)
    assert job.progress == {"processed": 50, "total": 50, "scored": SCORED, "failed": UNREADABLE}
    log_in(page, live_server.url)
    page.set_viewport_size(WINDOW)

    page.goto(f"{live_server.url}/jobs/{job.pk}/")
    rows = page.locator("#ranking-body tr.candidate-row")
    sync_api.expect(rows).to_have_count(SCORED)
    page.screenshot(path=str(SCREENSHOTS / "job-50-first-screen.png"))
    assert page.viewport_size == WINDOW

    table, unscored = box(page, "#ranking-wrap"), box(page, "#failures-section")
    assert table["y"] > 0 and table["y"] + table["height"] <= WINDOW["height"]
    assert unscored["y"] + unscored["height"] <= WINDOW["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= WINDOW["width"]
    assert page.evaluate("document.documentElement.scrollHeight") <= WINDOW["height"]
    bottom = table["y"] + table["height"]
    visible = [row for row in rows.all() if (row.bounding_box() or {"y": 1e9})["y"] + 10 < bottom]
    assert len(visible) >= 15  # a recruiter scans a screenful of candidates without scrolling the page
    headers = page.locator("#ranking thead th").all_inner_texts()
    assert [text.split(" (")[0].upper() for text in headers] == [
        "#",
        "CANDIDATE",
        "SCORE",
        "RECOMMENDATION",
        "FLAGS",
        "SUMMARY",
    ]
    assert rows.locator(".rank").all_inner_texts() == [str(rank) for rank in range(1, SCORED + 1)]
    scores = [int(text) for text in rows.locator(".score-value").all_inner_texts()]
    assert scores == sorted(scores, reverse=True)
    sync_api.expect(page.locator("#failures > li")).to_have_count(UNREADABLE)
    sync_api.expect(page.locator("#failures-title")).to_have_text(f"Not scored ({UNREADABLE})")
    assert page.locator("#ranking-body tr.candidate-details:visible").count() == 0

    rows.nth(0).locator("button.toggle").click()

    sync_api.expect(page.locator("#ranking-body tr.candidate-details").nth(0)).to_be_visible()
    assert page.locator("#ranking-body tr.candidate-details:visible").count() == 1
