"""The README's run command on a fresh laptop: no DATABASE_URL, no REDIS_URL, so SQLite and an embedded Redis.

Every other end-to-end test runs on PostgreSQL, so a PostgreSQL-only query once failed every job under the run
command and no test saw it. Here `scripts/run` starts in a newcomer's shell (none of this test run's settings)
with a var folder of its own, and the test follows the README from the printed token to a ranked job, then
sends one CV again to read its earlier result back from SQLite. Ctrl-C must leave no process behind.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from candidates.tests.corpus import require_corpus
from jobs.scoring.rubric import recommendation
from jobs.tests.workers import poll_until_done, upload

ROOT = Path(__file__).resolve().parents[2]
# Real corpus files, read in place: a text PDF, a Word CV and an HTML page saved under a .pdf name.
PDF, DOCX, NOT_A_PDF = (
    "cvs/resumematcher_bruce_wayne_fullstack.pdf",
    "more-cvs/soupboss_01_desktop_support.docx",
    "nasty/notpdf_html_named.pdf",
)
PERSONA = {
    "name": "Full-stack engineer",
    "role_title": "Full-stack engineer",
    "criteria": [
        {"name": "Python", "description": "Python, ideally Django", "weight": 3, "required": True},
        {"name": "Databases", "description": "PostgreSQL, MySQL or another SQL database", "weight": 2},
        {"name": "Support", "description": "Helped users with their computers and software", "weight": 1},
    ],
}
STARTUP_S = 120.0  # migrations and three Django start-ups on a loaded 2-core machine; usually under 40 s

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@dataclass
class RunCommand:
    """`scripts/run` started in its own session, its output in files (a full pipe would stall it)."""

    process: subprocess.Popen[bytes]
    var: Path
    out: Path
    err: Path

    def printed(self) -> str:
        return self.out.read_text(errors="replace")

    def ctrl_c(self) -> int:
        """Press Ctrl-C (a SIGINT to the terminal's process group) and wait for the run command to end."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
        return self.process.wait(timeout=60)

    def processes(self) -> dict[int, bytes]:
        """The run command and every process under it (by parent, or by var folder) with its start time.

        The start time tells a process from a later one given the same pid.
        """
        found, parents = {self.process.pid}, {self.process.pid}
        while parents:
            parents = {pid for parent in parents for pid in children(parent)} - found
            found |= parents
        return {pid: started(pid) for pid in found | set(self.tagged()) if alive(pid)}

    def tagged(self) -> list[int]:
        """Live processes whose environment names this run's var folder: any orphan the run left behind.

        Redis overwrites its environment with its process title, so it is found by parent only.
        """
        mark = f"CVSCORING_VAR_DIR={self.var}".encode()
        return [pid for pid in pids() if alive(pid) and mark in read_proc(pid, "environ").split(b"\0")]


def pids() -> list[int]:
    return [int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdecimal()]


def read_proc(pid: int, name: str) -> bytes:
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes()
    except OSError:  # gone meanwhile, or not ours to read
        return b""


def stat_fields(pid: int) -> list[bytes]:
    # The fields after the command name, which is in parentheses and may hold spaces: state, ppid, ...
    return read_proc(pid, "stat").rpartition(b")")[2].split()


def alive(pid: int) -> bool:
    fields = stat_fields(pid)
    return bool(fields) and fields[0] != b"Z"


def started(pid: int) -> bytes:
    fields = stat_fields(pid)  # read once: the process may end meanwhile
    alive_now = len(fields) > 19 and fields[0] != b"Z"
    return fields[19] if alive_now else b""  # field 22 of proc(5), which counts pid and command name


def still_running(processes: dict[int, bytes]) -> list[int]:
    return sorted(pid for pid, start in processes.items() if alive(pid) and started(pid) == start)


def children(parent: int) -> set[int]:
    return {pid for pid in pids() if stat_fields(pid)[1:2] == [str(parent).encode()]}


def newcomer_env(var: Path) -> dict[str, str]:
    # No DATABASE_URL, REDIS_URL, queue names or settings module: what a fresh laptop's shell has.
    env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "TMPDIR") if key in os.environ}
    env["CVSCORING_VAR_DIR"] = str(var)
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_running(run: RunCommand) -> dict[str, str]:
    """Wait for the how-to the run command prints; return the URL and token it gives a new user."""
    deadline = time.monotonic() + STARTUP_S
    while "Press Ctrl-C to stop." not in run.printed():
        if run.process.poll() is not None or time.monotonic() > deadline:
            raise AssertionError("scripts/run did not start:\n" + run.err.read_text()[-3000:])
        time.sleep(0.2)
    text = run.printed()
    url = re.search(r"cvscoring is running at (http://127\.0\.0\.1:\d+)", text)
    token = re.search(r"API token:\s+(\w+)", text)
    assert url and token, text
    return {"url": url.group(1), "token": token.group(1)}


@pytest.fixture
def run_command(tmp_path: Path) -> Iterator[RunCommand]:
    """`scripts/run --port N` (README) as a newcomer starts it; whatever it leaves running is killed after."""
    out, err = tmp_path / "out.log", tmp_path / "err.log"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            ["bash", str(ROOT / "scripts" / "run"), "--port", str(free_port())],
            env=newcomer_env(tmp_path / "var"),
            stdout=stdout,
            stderr=stderr,
            start_new_session=True,  # the terminal's process group: Ctrl-C reaches the run command only
        )
    run = RunCommand(process=process, var=tmp_path / "var", out=out, err=err)
    try:
        yield run
    finally:
        if run.process.poll() is None:  # the test failed before its own Ctrl-C: stop all it started
            running = run.processes()
            run.ctrl_c()
            for pid in still_running(running) + run.tagged():
                os.kill(pid, signal.SIGKILL)


def corpus_files(*parts: str) -> list[tuple[str, bytes]]:
    return [(Path(part).name, require_corpus(part).read_bytes()) for part in parts]


def by_name(job: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["filename"]: entry for entry in job["result"]["scores"]}


def test_a_new_user_scores_a_batch_on_sqlite_and_an_embedded_redis(run_command: RunCommand) -> None:
    files = corpus_files(PDF, DOCX, NOT_A_PDF)
    shown = wait_until_running(run_command)
    with httpx.Client(
        base_url=shown["url"], headers={"Authorization": f"Token {shown['token']}"}, timeout=30
    ) as client:
        persona = client.post("/api/v1/personas/", json=PERSONA)
        assert persona.status_code == 201, persona.text
        accepted = upload(client, persona.json()["id"], files)
        assert accepted.status_code == 202, accepted.text
        first = poll_until_done(client, accepted.headers["Location"], timeout_s=60)
        again = upload(client, persona.json()["id"], files[:1])
        assert again.status_code == 202, again.text
        second = poll_until_done(client, again.headers["Location"], timeout_s=60)
    running = run_command.processes()
    launched = children(run_command.process.pid)
    stopped_with = run_command.ctrl_c()
    leftovers = still_running(running) + run_command.tagged()
    errors = run_command.err.read_text()

    pdf, docx, bad = (Path(part).name for part in (PDF, DOCX, NOT_A_PDF))
    assert "(scorer: offline (no ANTHROPIC_API_KEY set))" in run_command.printed()
    assert (run_command.var / "db.sqlite3").is_file()
    assert [(file["filename"], file["code"]) for file in accepted.json()["files"]] == [(bad, "not_a_pdf")]
    assert (accepted.json()["cvs"], accepted.json()["duplicates"]) == (2, 0)
    assert (first["status"], first["error"]) == ("completed", None), errors[-3000:]
    assert first["progress"] == {"processed": 3, "total": 3, "scored": 2, "failed": 1}
    entries = by_name(first)
    assert sorted(entries) == sorted([pdf, docx, bad])
    for name in (pdf, docx):
        entry = entries[name]
        assert (entry["status"], entry["scorer"], entry["reused"]) == ("scored", "offline", False), name
        assert 0 <= entry["score"] <= 100, name
        assert entry["recommendation"] == recommendation(entry["score"]), name
    assert sorted(entries[name]["rank"] for name in (pdf, docx)) == [1, 2]
    assert (entries[bad]["status"], entries[bad]["cv_id"], entries[bad]["scorer"]) == ("failed", None, None)
    assert entries[bad]["error"]["code"] == "not_a_pdf"
    assert first["result"]["summary"]["scorers"] == ["offline"]

    reused = by_name(second)[pdf]
    assert (second["status"], second["progress"]) == (
        "completed",
        {"processed": 1, "total": 1, "scored": 1, "failed": 0},
    )
    assert (reused["status"], reused["reused"], reused["reused_from"]) == ("scored", True, first["job_id"])
    assert (reused["score"], reused["recommendation"], reused["scorer"]) == (
        entries[pdf]["score"],
        entries[pdf]["recommendation"],
        "offline",
    )
    assert second["result"]["summary"]["scorers"] == ["offline"]

    assert stopped_with == 0, errors[-3000:]
    assert run_command.printed().strip().splitlines()[-1] == "Stopping cvscoring."
    # Redis, the web server and one worker, each in a session of its own, so Ctrl-C reaches the launcher only.
    assert len(launched) == 3
    assert launched < running.keys()
    assert leftovers == []
    assert "Traceback" not in errors
