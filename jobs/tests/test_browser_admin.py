"""The jobs admin in a 1400 px wide window: the job list's last columns and a job's per-CV table fit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from candidates.models import CV
from candidates.tests.factories import STRONG_BACKEND_CV
from jobs.models import Job, JobItem
from jobs.tasks import run_scoring_job
from jobs.tests.factories import make_job
from jobs.tests.test_browser import SCREENSHOTS, browser_page, sync_api

__all__ = ["browser_page"]  # the fixture, used by name

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

WINDOW = {"width": 1400, "height": 1000}
LONG_FILENAME = "Curriculum-Vitae-Alexandra-Konstantinopoulou-Senior-Backend-Engineer-2026-final-v3.pdf"
# Every box that scrolls sideways because its content is wider than itself (a table cut off at its edge).
OVERFLOWING = """[...document.querySelectorAll("*")]
    .filter((node) => ["auto", "scroll"].includes(getComputedStyle(node).overflowX))
    .filter((node) => node.clientWidth > 50 && node.scrollWidth > node.clientWidth + 1)
    .map((node) => node.id || node.className || node.tagName)"""
PASSWORD = "pw-for-tests-only"


def scored_job(user: Any) -> Job:
    """A finished job as a real run leaves it, with the long names and messages real CVs and models bring."""
    job = make_job(
        user, STRONG_BACKEND_CV, "tiny", name="Senior Backend Engineer, Payments Platform (Berlin)"
    )
    run_scoring_job(str(job.pk))
    first, second = job.items.order_by("position")
    CV.objects.filter(pk=first.cv_id).update(original_filename=LONG_FILENAME)
    JobItem.objects.filter(pk=first.pk).update(scorer="anthropic", model="claude-sonnet-4-5-20250929")
    JobItem.objects.filter(pk=second.pk).update(error="x" * 40 + " " + "A long reason. " * 20)
    return job


def staff_login(page: Any, base_url: str) -> None:
    get_user_model().objects.create_superuser("root", "root@example.com", PASSWORD)
    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill("root")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(base_url + "/admin/")


def right_edge(page: Any, selector: str) -> float:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, selector
    return float(found["x"] + found["width"])


def test_the_job_list_and_a_jobs_cv_table_fit_a_1400_px_window(
    browser_page: Any, live_server: Any, user: Any, clean_redis: Any, media: Path
) -> None:
    page = browser_page
    job = scored_job(user)
    page.set_viewport_size(WINDOW)
    staff_login(page, live_server.url)

    page.goto(live_server.url + "/admin/jobs/job/")
    sync_api.expect(page.locator("#result_list tbody tr")).to_have_count(1)
    page.screenshot(path=str(SCREENSHOTS / "admin-jobs.png"))
    list_overflow = page.evaluate(OVERFLOWING)
    results_right = right_edge(page, "#changelist .results")
    cost_right = right_edge(page, "#result_list th.column-cost")
    created_right = right_edge(page, "#result_list th.column-created")
    list_width = page.evaluate("document.documentElement.scrollWidth")

    page.goto(f"{live_server.url}/admin/jobs/job/{job.pk}/change/")
    page.screenshot(path=str(SCREENSHOTS / "admin-job.png"), full_page=True)
    job_overflow = page.evaluate(OVERFLOWING)
    items_right = right_edge(page, "#items-group table")
    job_width = page.evaluate("document.documentElement.scrollWidth")

    assert list_overflow == []
    assert cost_right <= created_right <= results_right <= WINDOW["width"]
    assert list_width <= WINDOW["width"]
    assert job_overflow == []
    assert items_right <= WINDOW["width"] and job_width <= WINDOW["width"]
    outcomes = page.locator("#items-group td.field-outcome").all_inner_texts()
    assert outcomes[0] == "—" and outcomes[1].startswith("no_text_layer: xxxx")
