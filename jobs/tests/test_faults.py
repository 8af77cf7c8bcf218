"""The fault suite: real worker processes, PostgreSQL and Redis, broken on purpose. Each test asserts the
exact end state: every CV terminal, nothing scored twice, nothing lost."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import psycopg2
import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings
from rest_framework.authtoken.models import Token

from candidates.tests.factories import STRONG_BACKEND_CV, make_persona
from candidates.tests.pdfgen import cv_pdf
from jobs.models import Job
from jobs.tests.llm_standin import StandIn
from jobs.tests.workers import CORPUS, database_url_for_tests, poll_until_done, rqworker

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

# Fast recovery for tests: heartbeats every 0.5 s, stale after 3 s, sweeps every second.
RECOVERY = {"HEARTBEAT_STALE_S": "3", "SWEEP_INTERVAL_S": "1", "QUEUED_STALE_S": "2"}


@pytest.fixture
def media(tmp_path: Path) -> Any:
    with override_settings(MEDIA_ROOT=str(tmp_path / "media")):
        yield tmp_path / "media"


@pytest.fixture
def client(live_server: Any, user: Any, clean_redis: Any, media: Path) -> Iterator[httpx.Client]:
    token, _ = Token.objects.get_or_create(user=user)
    with httpx.Client(
        base_url=live_server.url, headers={"Authorization": f"Token {token.key}"}, timeout=60
    ) as c:
        yield c


@pytest.fixture
def standin() -> Iterator[StandIn]:
    with StandIn(latency=1.0) as server:
        yield server


def llm_env(standin: StandIn, **extra: str) -> dict[str, str]:
    return {"ANTHROPIC_API_KEY": "test-key", "ANTHROPIC_BASE_URL": standin.base_url, **RECOVERY, **extra}


def cvs(count: int) -> list[tuple[str, bytes]]:
    return [
        (f"cv{i}.pdf", cv_pdf(f"{STRONG_BACKEND_CV}\nProject {i}: migrated service {i} to Kubernetes"))
        for i in range(count)
    ]


def upload(client: httpx.Client, persona_id: str, files: list[tuple[str, bytes]]) -> str:
    response = client.post(
        "/api/v1/candidate/upload-batch",
        data={"persona_id": persona_id},
        files=[("files", (name, data, "application/pdf")) for name, data in files],
    )
    assert response.status_code == 202, response.text
    return str(response.json()["job_id"])


def wait_for(predicate: Callable[[], bool], *, timeout_s: float = 60.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def processed(job_id: str) -> int:
    job = Job.objects.get(pk=job_id)
    return int(job.progress.get("processed", 0))


def children_of(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(line) for line in out.split()]


def work_horse_of(worker_pid: int) -> int:
    """The forked child running the job: it shares the worker's command line."""
    with open(f"/proc/{worker_pid}/cmdline", "rb") as handle:
        parent_cmd = handle.read()
    for child in children_of(worker_pid):
        try:
            with open(f"/proc/{child}/cmdline", "rb") as handle:
                if handle.read() == parent_cmd:
                    return child
        except FileNotFoundError:
            continue
    raise AssertionError("no work-horse found")


def assert_all_scored_once(job: Job, count: int) -> None:
    assert job.status == "completed"
    assert job.items.count() == count
    assert set(job.items.values_list("status", flat=True)) == {"scored"}
    assert job.progress == {"total": count, "processed": count, "scored": count, "failed": 0}


def test_kill_9_of_the_whole_worker_resumes_on_a_new_worker_without_rescoring_done_cvs(
    client: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    job_id = upload(client, str(make_persona(owner=user).pk), cvs(6))
    env = llm_env(standin, SCORING_CONCURRENCY="2")

    with rqworker(log_path=tmp_path / "a.log", **env) as first:
        wait_for(lambda: processed(job_id) >= 2, what="two CVs scored")
        # As in a machine crash: the worker and its work-horse (RQ gives the horse its own session).
        horse = work_horse_of(first.pid)
        os.killpg(first.pid, signal.SIGKILL)
        os.kill(horse, signal.SIGKILL)
        first.wait(timeout=10)
    assert Job.objects.get(pk=job_id).status == "processing"
    calls_before = standin.stats()["calls"]

    with rqworker(log_path=tmp_path / "b.log", **env):
        final = poll_until_done(client, f"/api/v1/jobs/{job_id}/status", timeout_s=90)

    job = Job.objects.get(pk=job_id)
    assert final["status"] == "completed", (tmp_path / "b.log").read_text()[-3000:]
    assert_all_scored_once(job, 6)
    assert job.attempts == 2
    done_before_kill = 6 - (standin.stats()["calls"] - calls_before)
    assert done_before_kill >= 2  # the resumed attempt sent only the CVs without a result


def test_kill_9_of_the_work_horse_is_recovered_by_the_same_worker(
    client: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    job_id = upload(client, str(make_persona(owner=user).pk), cvs(4))

    with rqworker(log_path=tmp_path / "w.log", **llm_env(standin, SCORING_CONCURRENCY="1")) as worker:
        wait_for(lambda: processed(job_id) >= 1, what="one CV scored")
        os.kill(work_horse_of(worker.pid), signal.SIGKILL)
        final = poll_until_done(client, f"/api/v1/jobs/{job_id}/status", timeout_s=90)
        assert worker.poll() is None

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    job = Job.objects.get(pk=job_id)
    assert_all_scored_once(job, 4)
    assert job.attempts == 2
    assert standin.stats()["calls"] <= 4 + 1


def test_job_timeout_resumes_the_job_until_every_cv_is_scored(
    client: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    with override_settings(JOB_TIMEOUT_S=2):  # RQ's timeout is set by whoever enqueues
        job_id = upload(client, str(make_persona(owner=user).pk), cvs(3))
    env = llm_env(standin, SCORING_CONCURRENCY="1", JOB_TIMEOUT_S="2", JOB_MAX_ATTEMPTS="10")
    standin.configure(latency=1.2)

    with rqworker(log_path=tmp_path / "w.log", **env):
        final = poll_until_done(client, f"/api/v1/jobs/{job_id}/status", timeout_s=120)

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    job = Job.objects.get(pk=job_id)
    assert_all_scored_once(job, 3)
    assert job.attempts >= 2


def test_an_llm_that_hangs_past_the_timeout_fails_each_cv_with_a_clear_reason(
    client: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    job_id = upload(client, str(make_persona(owner=user).pk), cvs(2))
    standin.configure(latency=0.0, fault_rates={"hang": 1.0}, hang_s=20)
    env = llm_env(standin, LLM_TIMEOUT_S="1", LLM_CV_DEADLINE_S="4")

    with rqworker(log_path=tmp_path / "w.log", **env):
        final = poll_until_done(client, f"/api/v1/jobs/{job_id}/status", timeout_s=60)

    assert final["status"] == "failed", (tmp_path / "w.log").read_text()[-3000:]
    assert final["error"]["code"] == "all_cvs_failed"
    assert [entry["error"]["code"] for entry in final["result"]["scores"]] == ["llm_timeout", "llm_timeout"]


def test_terminating_the_workers_database_connections_mid_job_loses_nothing(
    client: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    job_id = upload(client, str(make_persona(owner=user).pk), cvs(4))
    database_url = database_url_for_tests() + "?application_name=cvscoring-fault-worker"
    env = llm_env(standin, SCORING_CONCURRENCY="1", DATABASE_URL=database_url)

    with rqworker(log_path=tmp_path / "w.log", **env):
        wait_for(lambda: processed(job_id) >= 1, what="one CV scored")
        terminate_backends("cvscoring-fault-worker")
        final = poll_until_done(client, f"/api/v1/jobs/{job_id}/status", timeout_s=90)

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    assert_all_scored_once(Job.objects.get(pk=job_id), 4)


def terminate_backends(application_name: str) -> None:
    db = connection.settings_dict
    admin = psycopg2.connect(
        dbname=db["NAME"],
        user=db["USER"],
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        password=db.get("PASSWORD") or None,
    )
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = %s",
            [application_name],
        )
        (killed,) = cursor.fetchone()
    admin.close()
    assert killed >= 1


# --- Redis outages, on a private Redis server so other tests keep theirs -------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateRedis:
    def __init__(self, directory: Path) -> None:
        self.port = _free_port()
        self.directory = directory
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed")
        self.process = subprocess.Popen(
            [
                binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
            ],
            stdout=subprocess.DEVNULL,
        )
        wait_for(self._answers, timeout_s=10, what="private redis")

    def _answers(self) -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", self.port)) == 0

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def private_redis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateRedis]:
    import django_rq.settings

    server = PrivateRedis(tmp_path)
    monkeypatch.setitem(
        django_rq.settings.QUEUES, settings.SCORING_QUEUE, {"URL": server.url, "DEFAULT_TIMEOUT": 1800}
    )
    yield server
    server.stop()


def test_an_upload_while_redis_is_down_is_enqueued_once_redis_is_back(
    client: httpx.Client, user: Any, private_redis: PrivateRedis, tmp_path: Path
) -> None:
    persona = make_persona(owner=user)

    job_id = upload(client, str(persona.pk), cvs(2))  # Redis is not running yet
    assert Job.objects.get(pk=job_id).status == "queued"
    private_redis.start()

    with rqworker(log_path=tmp_path / "w.log", REDIS_URL=private_redis.url, **RECOVERY):
        final = poll_until_done(client, f"/api/v1/jobs/{job_id}/status", timeout_s=60)

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    assert final["progress"]["scored"] == 2


def test_redis_stopping_during_a_job_loses_nothing(
    client: httpx.Client, user: Any, private_redis: PrivateRedis, standin: StandIn, tmp_path: Path
) -> None:
    private_redis.start()
    job_id = upload(client, str(make_persona(owner=user).pk), cvs(4))
    env = llm_env(standin, REDIS_URL=private_redis.url, SCORING_CONCURRENCY="1")

    with rqworker(log_path=tmp_path / "w.log", **env):
        wait_for(lambda: processed(job_id) >= 1, what="one CV scored")
        private_redis.stop()
        time.sleep(2)
        private_redis.start()
        wait_for(lambda: Job.objects.get(pk=job_id).is_terminal, timeout_s=90, what="the job to end")

    assert_all_scored_once(Job.objects.get(pk=job_id), 4)


# --- Hostile files and many clients --------------------------------------------------------------------

NASTY = CORPUS / "nasty"
PARSE_CODES = {
    "encrypted",
    "corrupt",
    "no_text_layer",
    "timeout",
    "memory_limit",
    "not_a_pdf",
    "too_little_text",
    "not_a_cv",
}


def test_every_hostile_file_in_one_batch_ends_failed_with_a_reason_or_scored(
    client: httpx.Client, user: Any, tmp_path: Path
) -> None:
    if not NASTY.is_dir():
        pytest.skip("the shared corpus is not available")
    files = [(path.name, path.read_bytes()) for path in sorted(NASTY.glob("*.pdf"))]
    refused = client.post(
        "/api/v1/candidate/upload-batch",
        data={"persona_id": str(make_persona(owner=user).pk)},
        files=[("files", (name, data, "application/pdf")) for name, data in files],
    )
    # Files that are not PDFs by their bytes are refused at the door, by name, and nothing is kept.
    assert refused.status_code == 415
    not_pdfs = {problem["filename"] for problem in refused.json()["error"]["files"]}
    assert not_pdfs >= {"notpdf_docx_named.pdf", "notpdf_html_named.pdf", "notpdf_png_named.pdf"}
    assert Job.objects.count() == 0

    pdfs = [(name, data) for name, data in files if name not in not_pdfs]
    good = ("good.pdf", cv_pdf(STRONG_BACKEND_CV))
    job_id = upload(client, str(make_persona(owner=user, name="hostile").pk), [good, *pdfs])
    env = {"PARSE_TIMEOUT_S": "8", "PARSE_MEMORY_MB": "768", "SCORING_CONCURRENCY": "2", **RECOVERY}

    with rqworker(log_path=tmp_path / "w.log", **env) as worker:
        final = poll_until_done(client, f"/api/v1/jobs/{job_id}/status", timeout_s=240)
        assert worker.poll() is None  # no file killed the worker

    assert final["status"] == "completed", (tmp_path / "w.log").read_text()[-3000:]
    entries = final["result"]["scores"]
    assert len(entries) == len(pdfs) + 1
    assert {entry["filename"] for entry in entries if entry["status"] == "scored"} >= {"good.pdf"}
    for entry in entries:
        assert entry["status"] in {"scored", "failed"}
        if entry["status"] == "failed":
            assert entry["error"]["code"] in PARSE_CODES, entry
            assert entry["error"]["message"]
    by_name = {entry["filename"]: entry for entry in entries}
    assert by_name["gen_flate_chain_bomb_4GiB.pdf"]["error"]["code"] == "memory_limit"
    assert by_name["gen_layout_stress_9000_boxes.pdf"]["error"]["code"] in {"timeout", "memory_limit"}
    assert by_name["enc_aes128_user_password_cv2024.pdf"]["error"]["code"] == "encrypted"
    assert by_name["scan_altacv_2col_color_2pages.pdf"]["error"]["code"] == "no_text_layer"


def test_many_clients_uploading_and_polling_at_once_get_no_server_error(
    client: httpx.Client, user: Any, live_server: Any
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    persona_id = str(make_persona(owner=user).pk)
    headers = dict(client.headers)

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
    client: httpx.Client, user: Any, standin: StandIn, tmp_path: Path
) -> None:
    # The stand-in admits 12 calls a minute and answers 429 + retry-after beyond that; 16 CVs must wait.
    standin.configure(latency=0.2, budget_rpm=12)
    persona_id = str(make_persona(owner=user).pk)
    jobs = [upload(client, persona_id, cvs(8)) for _ in range(2)]
    env = llm_env(standin, SCORING_CONCURRENCY="4", LLM_REQUESTS_PER_MINUTE="12", LLM_CV_DEADLINE_S="150")

    with rqworker(log_path=tmp_path / "a.log", **env), rqworker(log_path=tmp_path / "b.log", **env):
        finals = [poll_until_done(client, f"/api/v1/jobs/{job_id}/status", timeout_s=200) for job_id in jobs]

    for final in finals:
        assert final["status"] == "completed", (tmp_path / "a.log").read_text()[-2000:]
        assert [entry["status"] for entry in final["result"]["scores"]] == ["scored"] * 8
    attempts = {job.pk: job.attempts for job in Job.objects.filter(pk__in=jobs)}
    assert set(attempts.values()) == {1}
    assert standin.stats()["statuses"].get("200") == 16
