"""`scripts/run` as the README says, with port 8000 taken: one line, a healthy service, a clean stop."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNNING = re.compile(r"cvscoring is running at http://127\.0\.0\.1:(\d+)")

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def port_8000_taken() -> Iterator[None]:
    """Hold 8000 if it is free; if something else already holds it, that is the case under test anyway."""
    holder = socket.socket()
    try:
        holder.bind(("127.0.0.1", 8000))
        holder.listen()
    except OSError:
        pass
    yield
    holder.close()


def run_command(tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    # A newcomer's shell: none of the settings this test run put in the environment (queues, database, ...).
    env = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "TMPDIR") if key in os.environ}
    env["CVSCORING_VAR_DIR"] = str(tmp_path / "var")  # its own SQLite database, Redis folder and CV files
    return subprocess.Popen(
        ["bash", str(ROOT / "scripts" / "run"), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # the terminal's process group: Ctrl-C is a SIGINT to the whole group
    )


def read_until_running(process: subprocess.Popen[str]) -> tuple[list[str], int]:
    assert process.stdout is not None
    lines: list[str] = []
    for line in process.stdout:
        lines.append(line.rstrip("\n"))
        found = RUNNING.search(line)
        if found:
            return lines, int(found.group(1))
    raise AssertionError("scripts/run ended without starting: " + "\n".join(lines))


@pytest.mark.usefixtures("port_8000_taken")
def test_scripts_run_on_a_taken_port_picks_another_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    process = run_command(tmp_path)
    try:
        lines, port = read_until_running(process)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as health:
            healthy = health.status
    finally:
        os.killpg(process.pid, signal.SIGINT)
        out, err = process.communicate(timeout=60)

    assert port != 8000
    assert lines[0] == f"Port 8000 is already in use; using {port} instead (choose with --port or PORT)."
    assert healthy == 200
    assert process.returncode == 0
    assert out.strip().splitlines()[-1] == "Stopping cvscoring."
    assert "Traceback" not in err
    assert "Error" not in err


def test_scripts_run_on_a_port_asked_for_and_taken_stops_with_one_line(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        taken = holder.getsockname()[1]
        out, err = run_command(tmp_path, "--port", str(taken)).communicate(timeout=120)

    message = f"Port {taken} is already in use: stop what holds it, or choose another with --port or PORT."
    assert err.splitlines() == [message]
    assert out == ""
    assert not (tmp_path / "var").exists()
