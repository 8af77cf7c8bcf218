"""Fault suite, load: every hostile corpus file in one batch, many clients at once, a shared rate budget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from candidates.tests.corpus import require_corpus
from candidates.tests.factories import STRONG_BACKEND_CV
from candidates.tests.pdfgen import cv_pdf
from jobs.models import Job
from jobs.tests.faults import (
    RECOVERY,
    cvs,
    llm_env,
    upload_accepted,
)
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import poll_until_done, rqworker
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


PARSE_CODES = {
    "encrypted",
    "corrupt",
    "no_text_layer",
    "timeout",
    "memory_limit",
    "not_a_pdf",
    "unsupported_type",
    "empty_file",
    "too_large",
    "too_little_text",
    "not_a_cv",
}


def test_every_hostile_file_in_one_batch_ends_failed_with_a_reason_or_scored(
    http: httpx.Client, user: Any, tmp_path: Path
) -> None:
    files = [(path.name, path.read_bytes()) for path in sorted(require_corpus("nasty").glob("*.pdf"))]
    good = ("good.pdf", cv_pdf(STRONG_BACKEND_CV))
    accepted = http.post(
        "/api/v1/candidate/upload-batch",
        data={"persona_id": str(make_persona(owner=user).pk)},
        files=[("files", (name, data, "application/pdf")) for name, data in [good, *files]],
    )
    # A file no reader can take (an HTML page named .pdf) is refused at the door, by name, and listed;
    # a Word file or a PNG named .pdf is read by what its bytes are. The rest of the batch goes on.
    assert accepted.status_code == 202, accepted.text
    refused = {problem["filename"]: problem["code"] for problem in accepted.json()["files"]}
    assert refused["notpdf_html_named.pdf"] == "not_a_pdf"
    assert refused["qpdf_fuzz_70245_zero_bytes.pdf"] == "empty_file"
    assert "notpdf_png_named.pdf" not in refused and "notpdf_docx_named.pdf" not in refused
    job_id = accepted.json()["job_id"]
    env = {"PARSE_TIMEOUT_S": "8", "PARSE_MEMORY_MB": "768", "SCORING_CONCURRENCY": "2", **RECOVERY}

    with rqworker(log_path=tmp_path / "w.log", **env) as worker:
        final = poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=600)
        assert worker.poll() is None  # no file killed the worker

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    entries = final["result"]["scores"]
    assert len(entries) == len(files) + 1
    assert {entry["filename"] for entry in entries if entry["status"] == "scored"} >= {"good.pdf"}
    for entry in entries:
        assert entry["status"] in {"scored", "failed", "duplicate"}
        if entry["status"] == "failed":
            assert entry["error"]["code"] in PARSE_CODES, entry
            assert entry["error"]["message"]
    by_name = {entry["filename"]: entry for entry in entries}
    assert by_name["gen_flate_chain_bomb_4GiB.pdf"]["error"]["code"] == "memory_limit"
    # PDFium reads the page of 9,000 separate words at once (pdfminer ran out of time or memory on it); its
    # text is no CV.
    assert by_name["gen_layout_stress_9000_boxes.pdf"]["error"]["code"] == "too_little_text"
    assert by_name["enc_aes128_user_password_cv2024.pdf"]["error"]["code"] == "encrypted"
    # A scan has no text layer: OCR reads it (or says why it could not).
    scan = by_name["scan_altacv_2col_color_2pages.pdf"]
    assert scan["status"] == "scored" or scan["error"]["code"] in {"no_text_layer", "timeout"}, scan


def test_many_clients_uploading_and_polling_at_once_get_no_server_error(
    http: httpx.Client, user: Any, live_server: Any
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    persona_id = str(make_persona(owner=user).pk)
    headers = dict(http.headers)

    def one_client(index: int) -> list[int]:
        statuses = []
        with httpx.Client(base_url=live_server.url, headers=headers, timeout=60) as own:
            for attempt in range(3):
                body = cv_pdf(f"{STRONG_BACKEND_CV}\nClient {index} attempt {attempt}")
                response = own.post(
                    "/api/v1/candidate/upload-batch",
                    data={"persona_id": persona_id},
                    files=[("files", ("cv.pdf", body, "application/pdf"))],
                )
                statuses.append(response.status_code)
                if response.status_code == 202:
                    for _ in range(5):
                        statuses.append(own.get(response.headers["Location"]).status_code)
        return statuses

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [status for statuses in pool.map(one_client, range(8)) for status in statuses]

    assert all(status < 500 for status in results), results
    accepted = results.count(202)
    assert accepted == 24
    assert Job.objects.filter(user=user).count() == accepted
    assert all(job.items.count() == 1 for job in Job.objects.filter(user=user))


def test_two_workers_under_a_provider_rate_limit_fail_no_cv_for_rate_limiting(
    http: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    # The stand-in admits 12 calls a minute and answers 429 + retry-after beyond that; 16 CVs must wait.
    standin.configure(latency=0.2, budget_rpm=12)
    persona_id = str(make_persona(owner=user).pk)
    # Sixteen different CVs: the same eight twice could reuse the first job's results (RESULT_REUSE).
    jobs = [upload_accepted(http, persona_id, cvs(8, start=8 * n)) for n in range(2)]
    env = llm_env(standin, SCORING_CONCURRENCY="4", LLM_REQUESTS_PER_MINUTE="12", LLM_CV_DEADLINE_S="150")

    with rqworker(log_path=tmp_path / "a.log", **env), rqworker(log_path=tmp_path / "b.log", **env):
        finals = [poll_until_done(http, f"/api/v1/jobs/{job_id}/status", timeout_s=200) for job_id in jobs]

    for final in finals:
        assert final["status"] == "completed", (tmp_path / "a.log").read_text()[-2000:]
        assert [entry["status"] for entry in final["result"]["scores"]] == ["scored"] * 8
    attempts = {job.pk: job.attempts for job in Job.objects.filter(pk__in=jobs)}
    assert set(attempts.values()) == {1}
    assert standin.stats()["statuses"].get("200") == 16
