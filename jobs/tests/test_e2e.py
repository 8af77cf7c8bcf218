"""End to end: real HTTP, a real `rqworker scoring` process, PostgreSQL, Redis, and real PDFs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from django.conf import settings
from rest_framework.authtoken.models import Token

from candidates.tests.corpus import require_corpus
from candidates.tests.docxgen import plain_docx, save
from candidates.tests.factories import STRONG_BACKEND_CV, WEAK_BACKEND_CV
from candidates.tests.odtgen import ODS, odt, paragraphs, text_style
from candidates.tests.oleedit import doc_fixture
from candidates.tests.pdfgen import cv_pdf
from candidates.tests.scangen import phone_photo, scanned_pdf
from jobs.models import Job
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import poll_until_done, rqworker, stop, upload, worker_env
from personas.tests.factories import make_persona

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FIXTURES = Path(__file__).resolve().parents[2] / "candidates" / "tests" / "fixtures"


@pytest.fixture
def client(live_server: Any, user: Any, clean_redis: Any, media: Path) -> Any:
    token, _ = Token.objects.get_or_create(user=user)
    with httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Token {token.key}"}, timeout=30
    ) as c:
        yield c


def corpus_file(relative: str) -> tuple[str, bytes]:
    path = require_corpus(relative)
    return path.name, path.read_bytes()


def test_batch_is_scored_offline_by_a_real_worker(client: httpx.Client, user: Any, tmp_path: Path) -> None:
    persona = make_persona(owner=user)
    files = [
        ("strong.pdf", cv_pdf(STRONG_BACKEND_CV)),
        ("weak.pdf", cv_pdf(WEAK_BACKEND_CV)),
        corpus_file("cvs/sb2nov_sourabh_bajaj_resume.pdf"),
        corpus_file("nasty/scan_rendercv_johndoe_gray150dpi.pdf"),
        corpus_file("nasty/pdfminer_enc_aes-256_user_baz.pdf"),
        corpus_file("nasty/trunc_awesomecv_resume_50pct.pdf"),
    ]

    started = time.monotonic()
    accepted = upload(client, str(persona.pk), files)
    answered_in = time.monotonic() - started
    assert accepted.status_code == 202, accepted.text
    assert accepted.json()["status"] == "queued"
    assert answered_in < 10  # no parsing or scoring happens before the 202 (timing only as a sanity bound)

    with rqworker(log_path=tmp_path / "worker.log"):
        final = poll_until_done(client, accepted.headers["Location"])

    assert final["status"] == "completed", (tmp_path / "worker.log").read_text()[-3000:]
    assert final["progress"] == {"processed": 6, "total": 6, "scored": 4, "failed": 2}
    scores = final["result"]["scores"]
    by_name = {entry["filename"]: entry for entry in scores}
    assert [entry["status"] for entry in scores] == ["scored"] * 4 + ["failed"] * 2
    assert scores[0]["filename"] == "strong.pdf"
    assert by_name["strong.pdf"]["score"] > by_name["weak.pdf"]["score"]
    # The scan has no text layer: OCR reads it.
    scan = by_name["scan_rendercv_johndoe_gray150dpi.pdf"]
    assert (scan["status"], scan["ocr_confidence"] > 60) == ("scored", True)
    assert by_name["pdfminer_enc_aes-256_user_baz.pdf"]["error"]["code"] == "encrypted"
    assert by_name["trunc_awesomecv_resume_50pct.pdf"]["error"]["code"] == "corrupt"
    assert all(entry["scorer"] == "offline" for entry in scores if entry["status"] == "scored")
    job = Job.objects.get(pk=final["job_id"])
    assert job.items.count() == 6
    assert job.attempts == 1
    assert job.result == {"summary": final["result"]["summary"]}


JUNK = ("notes.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff")


@pytest.mark.slow
def test_a_mixed_batch_is_read_by_type_with_every_entry_under_its_uploaded_name(
    client: httpx.Client, user: Any, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)
    one_column = corpus_file("cvs/sb2nov_sourabh_bajaj_resume.pdf")
    template = str(require_corpus("cvs/rendercv_classic.pdf"))
    files = [
        ("one column.pdf", one_column[1]),
        corpus_file("cvs/resumematcher_template_modern-two-column.pdf"),
        ("word cv.docx", save(plain_docx(*STRONG_BACKEND_CV.splitlines()))),
        ("scan.pdf", scanned_pdf(template)),
        ("photo.jpg", phone_photo(template)),
        ("one column again.pdf", one_column[1]),
        JUNK,
    ]

    accepted = upload(client, str(persona.pk), files)

    assert accepted.status_code == 202, accepted.text
    body = accepted.json()
    assert (body["cvs"], body["duplicates"]) == (5, 1)
    assert [(problem["filename"], problem["code"]) for problem in body["files"]] == [
        ("notes.exe", "unsupported_type")
    ]
    with rqworker(log_path=tmp_path / "worker.log"):
        final = poll_until_done(client, accepted.headers["Location"], timeout_s=300)

    assert final["status"] == "completed", (tmp_path / "worker.log").read_text()[-3000:]
    assert final["progress"] == {"processed": 6, "total": 6, "scored": 5, "failed": 1}
    entries = {entry["filename"]: entry for entry in final["result"]["scores"]}
    assert sorted(entries) == sorted(name for name, _ in files)
    scored = sorted(name for name, entry in entries.items() if entry["status"] == "scored")
    assert scored == sorted(
        [
            "one column.pdf",
            "resumematcher_template_modern-two-column.pdf",
            "word cv.docx",
            "scan.pdf",
            "photo.jpg",
        ]
    )
    assert all(entries[name]["rank"] is not None and entries[name]["score"] is not None for name in scored)
    for name in ("scan.pdf", "photo.jpg"):
        assert entries[name]["ocr_confidence"] > 60, name
    assert entries["one column.pdf"]["ocr_confidence"] is None
    again = entries["one column again.pdf"]
    assert (again["status"], again["rank"], again["score"]) == ("duplicate", None, None)
    assert again["duplicate_of"] == {"position": 0, "filename": "one column.pdf"}
    assert again["cv_id"] == entries["one column.pdf"]["cv_id"]
    junk = entries["notes.exe"]
    assert (junk["status"], junk["cv_id"], junk["error"]["code"], junk["error"]["retryable"]) == (
        "failed",
        None,
        "unsupported_type",
        False,
    )


def test_odt_rtf_and_doc_cvs_are_read_and_scored_by_a_real_worker(
    client: httpx.Client, user: Any, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)
    hidden = text_style("Hide", text__display="none")
    planted = '<text:span text:style-name="Hide">Kubernetes, Terraform, Golang, Rust, Scala</text:span>'
    strong = odt(paragraphs(*STRONG_BACKEND_CV.splitlines(), f"Also: {planted}"), automatic=hidden)
    weak = b"{\\rtf1\\ansi " + WEAK_BACKEND_CV.replace("\n", "\\par ").encode("cp1252") + b"\\par}"
    old_word = Path(doc_fixture("strong_hidden")).read_bytes()  # Word 97-2003, with a hidden instruction
    files = [
        ("strong.odt", strong),
        ("weak.rtf", weak),
        ("old word.doc", old_word),
        ("sheet.ods", odt(paragraphs("Jane"), mimetype=ODS)),
    ]

    accepted = upload(client, str(persona.pk), files)

    assert accepted.status_code == 202, accepted.text
    assert [(problem["filename"], problem["code"]) for problem in accepted.json()["files"]] == [
        ("sheet.ods", "unsupported_type")
    ]
    with rqworker(log_path=tmp_path / "worker.log"):
        final = poll_until_done(client, accepted.headers["Location"])

    assert final["status"] == "completed", (tmp_path / "worker.log").read_text()[-3000:]
    entries = {entry["filename"]: entry for entry in final["result"]["scores"]}
    assert {name: entry["status"] for name, entry in entries.items()} == {
        "strong.odt": "scored",
        "weak.rtf": "scored",
        "old word.doc": "scored",
        "sheet.ods": "failed",
    }
    assert entries["strong.odt"]["score"] > entries["weak.rtf"]["score"]
    assert "hidden_text" in entries["strong.odt"]["flags"]
    assert "hidden_text" not in entries["weak.rtf"]["flags"]
    assert entries["old word.doc"]["score"] > entries["weak.rtf"]["score"]
    assert "hidden_text" in entries["old word.doc"]["flags"]


def test_plain_rq_worker_command_also_runs_the_task(client: httpx.Client, user: Any, tmp_path: Path) -> None:
    """The seed's `rq worker scoring default --url ...` works as well as manage.py rqworker."""
    persona = make_persona(owner=user)
    accepted = upload(client, str(persona.pk), [("strong.pdf", cv_pdf(STRONG_BACKEND_CV))])
    rq_bin = shutil.which("rq", path=os.path.dirname(sys.executable))
    assert rq_bin is not None
    with open(tmp_path / "rq.log", "wb") as log:
        process = subprocess.Popen(
            [rq_bin, "worker", settings.SCORING_QUEUE, "default", "--url", settings.REDIS_URL],
            env=worker_env(PYTHONPATH=str(Path(__file__).resolve().parents[2])),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        final = poll_until_done(client, accepted.headers["Location"])
    finally:
        stop(process)

    assert final["status"] == "completed", (tmp_path / "rq.log").read_text()[-3000:]
    assert final["result"]["scores"][0]["status"] == "scored"


def test_batch_is_scored_by_claude_through_the_sdk_against_the_stand_in(
    client: httpx.Client, user: Any, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)
    texts = [STRONG_BACKEND_CV, WEAK_BACKEND_CV] + [
        f"{STRONG_BACKEND_CV}\nProject number {i}" for i in range(4)
    ]
    files = [(f"cv{i}.pdf", cv_pdf(text)) for i, text in enumerate(texts)]

    with StandIn(latency=0.3) as standin:
        accepted = upload(client, str(persona.pk), files)
        extra = {
            "ANTHROPIC_API_KEY": "test-key",
            "ANTHROPIC_BASE_URL": standin.base_url,
            "SCORING_CONCURRENCY": "4",
        }
        with rqworker(log_path=tmp_path / "worker.log", **extra):
            final = poll_until_done(client, accepted.headers["Location"])
        stats = standin.stats(bodies=True)

    assert final["status"] == "completed", (tmp_path / "worker.log").read_text()[-3000:]
    scores = final["result"]["scores"]
    assert [entry["status"] for entry in scores] == ["scored"] * 6
    assert all(entry["scorer"] == "anthropic" and entry["model"] for entry in scores)
    assert scores[-1]["filename"] == "cv1.pdf"
    assert final["result"]["summary"]["usage"]["input_tokens"] > 0
    assert stats["calls"] == 6
    assert stats["peak_in_flight"] >= 2
    prefixes = {
        json.dumps([r["body"]["tools"], r["body"]["system"]], sort_keys=True) for r in stats["requests"]
    }
    assert len(prefixes) == 1
    for entry in scores[:-1]:  # the strong CVs: every score is backed by quotes the pipeline verified
        quotes = [quote for criterion in entry["criteria"] for quote in criterion["evidence"]]
        assert quotes, entry
    assert "unverified_evidence" not in scores[0]["flags"]
