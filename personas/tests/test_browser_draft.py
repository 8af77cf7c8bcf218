"""The persona editor's "Start from a job ad" in headless Chromium: drop or paste an advert, review, save.

Reuses the recruiter-page browser helpers (Debian's /usr/bin/chromium, never `playwright install`).
"""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest

from jobs.tests.test_browser import browser_page, log_in, shoot, sync_api  # noqa: F401 - a fixture
from personas.models import Persona
from personas.tests.test_draft_api import ADVERT, CV_TEXT, DISCRIMINATORY, docx_bytes

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def drop_advert(page: Any, name: str, data: bytes, mime: str) -> None:
    """Drag a file onto the job-ad drop zone, as a browser does: a DataTransfer carrying a File.

    Only once the page's script has taken the zone over: a heading shows before deferred scripts run, and a
    drop before then is lost (on a loaded machine the test dropped into nothing and waited for a draft)."""
    sync_api.expect(page.locator("#draft-from-ad[data-ready]")).to_have_count(1)
    page.evaluate(
        """([name, b64, mime]) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name, { type: mime }));
            const zone = document.getElementById("advert-dropzone");
            const init = { dataTransfer: transfer, bubbles: true, cancelable: true };
            zone.dispatchEvent(new DragEvent("dragover", init));
            zone.dispatchEvent(new DragEvent("drop", init));
        }""",
        [name, base64.b64encode(data).decode(), mime],
    )


def criterion_names(page: Any) -> list[str]:
    return [field.input_value() for field in page.locator('#criteria-list [name="c-name"]').all()]


def test_recruiter_drafts_a_persona_from_a_dropped_word_advert_edits_and_saves_it(
    browser_page: Any,  # noqa: F811 - the imported fixture
    live_server: Any,
    user: Any,
    clean_redis: Any,
) -> None:
    page, expect = browser_page, sync_api.expect
    log_in(page, live_server.url)
    page.get_by_role("link", name="New persona").first.click()
    expect(page.get_by_role("heading", name="Start from a job ad")).to_be_visible()

    drop_advert(page, "backend.docx", docx_bytes(ADVERT), DOCX_TYPE)

    # Reading a Word file starts a sandboxed reader: allow for a cold one on a loaded machine.
    expect(page.locator("#draft-status")).to_contain_text("Draft ready with 6 criteria", timeout=30_000)
    expect(page.get_by_label("Role title")).to_have_value("Backend Engineer")
    expect(page.get_by_label("Minimum years of experience")).to_have_value("4")
    names = criterion_names(page)
    assert {"Python", "PostgreSQL", "Kafka"} <= set(names)
    kafka = names.index("Kafka") + 1
    expect(page.get_by_label(f"Required of criterion {kafka}", exact=True)).not_to_be_checked()
    python = names.index("Python") + 1
    expect(page.get_by_label(f"Required of criterion {python}", exact=True)).to_be_checked()
    expect(page.locator("#draft-left-out")).to_be_hidden()
    shoot(page, "persona-draft")
    # The recruiter reviews the draft: renames it and makes Python count more, then saves.
    page.get_by_label("Name", exact=True).fill("Backend engineer (from ad)")
    page.get_by_label(f"Weight of criterion {python}", exact=True).fill("3")
    page.get_by_role("button", name="Save persona").click()

    page.wait_for_url(re.compile(re.escape(live_server.url) + r"/\?persona=[0-9a-f-]{36}$"))
    persona = Persona.objects.get(owner=user)
    assert persona.name == "Backend engineer (from ad)"
    assert persona.role_title == "Backend Engineer"
    assert persona.min_years_experience == 4
    assert [c["name"] for c in persona.criteria] == names
    saved = {c["name"]: c for c in persona.criteria}
    assert saved["Python"]["weight"] == 3.0
    assert saved["Python"]["required"] is True
    assert saved["Kafka"]["required"] is False


def test_pasted_discriminatory_ad_shows_what_was_left_out_and_a_cv_is_refused(
    browser_page: Any,  # noqa: F811 - the imported fixture
    live_server: Any,
    user: Any,
    clean_redis: Any,
) -> None:
    page, expect = browser_page, sync_api.expect
    log_in(page, live_server.url)
    page.goto(live_server.url + "/personas/new/")
    expect(page.locator("#draft-from-ad[data-ready]")).to_have_count(1)  # the button does nothing before

    page.get_by_label("Or paste the advert").fill(DISCRIMINATORY)
    page.get_by_role("button", name="Draft from pasted text").click()

    expect(page.locator("#draft-status")).to_contain_text("Draft ready with 4 criteria")
    expect(page.get_by_label("Role title")).to_have_value("Sales Assistant")
    left_out = page.locator("#draft-left-out-list li")
    expect(left_out).to_have_count(5)
    expect(left_out.nth(4)).to_contain_text("Female candidates only")
    expect(left_out.nth(4)).to_contain_text("Selects on gender or sex")
    assert not [
        name for name in criterion_names(page) if re.search(r"young|native|female|graduate", name, re.I)
    ]
    shoot(page, "persona-draft-left-out")

    page.get_by_label("Or paste the advert").fill(CV_TEXT)
    page.get_by_role("button", name="Draft from pasted text").click()

    expect(page.locator("#draft-error")).to_have_text(
        "This looks like a CV, not a job advert. Upload the advert of the role you are hiring for."
    )
    expect(page.get_by_label("Role title")).to_have_value("Sales Assistant")  # the draft stays for review
    assert Persona.objects.count() == 0
