"""Start and stop the real stack for one benchmark run, and leave nothing behind.

A fresh PostgreSQL database on DATABASE_URL's server, this run's own queue (and cache prefix) in REDIS_URL,
gunicorn serving cvscoring.wsgi with bench.settings, the local Messages API stand-in, and as many
`manage.py rqworker` processes as a scenario asks for. Every resource registers its own cleanup as it is
made, so a failure half-way (or Ctrl-C) undoes exactly what exists.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import django
import httpx
import psycopg2  # type: ignore[import-untyped]
import redis
from django.core.management import call_command
from django.db import connections

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/postgres"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/13"
GUNICORN_WORKERS = 2
GUNICORN_THREADS = 4
STARTUP_TIMEOUT_S = 60.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


class Service:
    """One child process in its own session (so Ctrl-C reaches us first), logging to a file."""

    def __init__(self, name: str, argv: list[str], env: dict[str, str], log_path: Path) -> None:
        self.name = name
        self.log_path = log_path
        with open(log_path, "ab") as log:
            self.process = subprocess.Popen(
                argv, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout_s: float = 15.0) -> None:
        """SIGTERM the process group (a worker finishes its job), SIGKILL it if it lingers."""
        if self.alive():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


class Stack:
    """The services of one run; use as a context manager, or call start() and close()."""

    def __init__(self, *, database_url: str | None = None, redis_url: str | None = None) -> None:
        tag = f"{os.getpid()}"
        server_url = database_url or os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
        self.database_name = f"cvscoring_bench_{tag}"
        self.server_url = _with_database(server_url, "postgres")
        self.database_url = _with_database(server_url, self.database_name)
        self.redis_url = redis_url or os.environ.get("REDIS_URL") or DEFAULT_REDIS_URL
        self.queue = f"bench-scoring-{tag}"
        self.cache_prefix = f"cvscoring-bench-{tag}"
        self.workdir = Path(tempfile.mkdtemp(prefix="cvscoring-bench-"))
        self.media_root = self.workdir / "media"
        self.web_url = ""
        self.standin_url = ""
        self.workers: list[Service] = []
        self._exit = contextlib.ExitStack()
        self._worker_runs = 0
        self.keep_workdir = False

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of every process of this run (the runner's own Django included)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("ANTHROPIC_", "CVSCORING_TEST"))}
        env.update(
            DJANGO_SETTINGS_MODULE="bench.settings",
            DJANGO_ENV="development",
            DEBUG="0",
            LOG_LEVEL="WARNING",
            DATABASE_URL=self.database_url,
            REDIS_URL=self.redis_url,
            SCORING_QUEUE=self.queue,
            WEBHOOKS_QUEUE=f"{self.queue}-webhooks",
            BENCH_CACHE_PREFIX=self.cache_prefix,
            MEDIA_ROOT=str(self.media_root),
            # The benchmark drives these endpoints far above a client's fair share on purpose.
            THROTTLE_UPLOAD="1000000/min",
            THROTTLE_STATUS="1000000/min",
            MAX_QUEUED_CVS_PER_USER="0",  # nor does its one user's queue stay under a fair share
            LLM_BATCH_MIN_CVS="0",  # every job takes the direct path: the benchmark times live calls
            PYTHONUNBUFFERED="1",
        )
        env.update(extra)
        return env

    def __enter__(self) -> Stack:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self) -> None:
        """Create the database, migrate it, start the stand-in and gunicorn (workers start per scenario)."""
        self.media_root.mkdir(parents=True)
        self._exit.callback(self._remove_workdir)
        self._create_database()
        self._exit.callback(self._clean_redis)
        self._setup_django()
        self._start_standin()
        self._start_gunicorn()

    def close(self) -> None:
        self.stop_workers()
        self._exit.close()

    def _admin(self, sql: str) -> None:
        connection = psycopg2.connect(self.server_url)
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute(sql)
        finally:
            connection.close()

    def _create_database(self) -> None:
        self._admin(f'CREATE DATABASE "{self.database_name}"')
        self._exit.callback(self._drop_database)

    def _drop_database(self) -> None:
        connections.close_all()
        self._admin(f'DROP DATABASE IF EXISTS "{self.database_name}" WITH (FORCE)')

    def _setup_django(self) -> None:
        os.environ.update(self.env())
        django.setup()
        call_command("migrate", interactive=False, verbosity=0)

    def _clean_redis(self) -> None:
        """Delete this run's queue, registries, worker entries, job hashes and throttle counters."""
        job_ids = self._job_ids()
        client = redis.Redis.from_url(self.redis_url, decode_responses=True)
        try:
            doomed = [key for key in client.scan_iter(match="*", count=1000) if self._ours(key, job_ids)]
            for start in range(0, len(doomed), 500):
                client.delete(*doomed[start : start + 500])
            for registry in ("rq:workers", "rq:queues"):  # RQ's global sets name our workers and queues
                stale = [member for member in client.smembers(registry) if self.queue in member]
                if stale:
                    client.srem(registry, *stale)
        finally:
            client.close()

    def _job_ids(self) -> set[str]:
        try:
            from jobs.models import Job  # models import only once django.setup() ran for this run's database

            return {str(pk) for pk in Job.objects.values_list("pk", flat=True)}
        except Exception:  # noqa: BLE001 - Django never came up, or the database is gone: no job keys to find
            return set()

    def _ours(self, key: str, job_ids: set[str]) -> bool:
        if self.queue in key or key.startswith(f"{self.cache_prefix}:"):
            return True
        # rq:job:scoring-<uuid>-<attempt>, rq:results:..., rq:executions:...: named by our job rows' ids.
        return key.startswith("rq:") and "scoring-" in key and key.split("scoring-", 1)[1][:36] in job_ids

    def _service(self, name: str, argv: list[str], env: dict[str, str]) -> Service:
        service = Service(name, argv, env, self.workdir / f"{name}.log")
        self._exit.callback(service.stop)
        return service

    def _start_standin(self) -> None:
        port = free_port()
        argv = [sys.executable, "-m", "jobs.tests.llm_standin", "--port", str(port)]
        self.standin = self._service("llm-standin", argv, self.env())
        self.standin_url = f"http://127.0.0.1:{port}"
        self._wait_http(self.standin, f"{self.standin_url}/_stats", {200})

    def _start_gunicorn(self) -> None:
        port = free_port()
        argv = [
            sys.executable, "-m", "gunicorn", "cvscoring.wsgi",
            "--bind", f"127.0.0.1:{port}",
            "--workers", str(GUNICORN_WORKERS), "--threads", str(GUNICORN_THREADS),
            "--timeout", "120", "--graceful-timeout", "5",
        ]  # fmt: skip
        self.web = self._service("gunicorn", argv, self.env())
        self.web_url = f"http://127.0.0.1:{port}"
        self._wait_http(self.web, f"{self.web_url}/bench/bare-api", {401})

    @contextlib.contextmanager
    def running_workers(self, count: int, **env: str) -> Iterator[list[Service]]:
        """Run `count` rqworkers on this run's queue, scoring through the stand-in; stop them after."""
        extra = {"ANTHROPIC_API_KEY": "bench-not-a-real-key", "ANTHROPIC_BASE_URL": self.standin_url, **env}
        self._worker_runs += 1
        for index in range(count):
            name = f"{self.queue}-r{self._worker_runs}w{index}"
            argv = [sys.executable, str(ROOT / "manage.py"), "rqworker", self.queue, "--name", name]
            self.workers.append(self._service(f"worker-{self._worker_runs}-{index}", argv, self.env(**extra)))
        try:
            self._wait_for_workers(count)
            yield self.workers
        finally:
            self.stop_workers()

    def stop_workers(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers = []

    def _wait_for_workers(self, count: int) -> None:
        client = redis.Redis.from_url(self.redis_url)
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        try:
            while client.scard(f"rq:workers:{self.queue}") < count:
                dead = [worker for worker in self.workers if not worker.alive()]
                if dead or time.monotonic() > deadline:
                    tail = (dead or self.workers)[0].log_tail()
                    raise RuntimeError(f"rqworker did not start:\n{tail}")
                time.sleep(0.1)
        finally:
            client.close()

    def _wait_http(self, service: Service, url: str, expected: set[int]) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            if not service.alive():
                raise RuntimeError(f"{service.name} exited at start:\n{service.log_tail()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url, timeout=2).status_code in expected:
                    return
            if time.monotonic() > deadline:
                raise RuntimeError(f"{service.name} did not answer {url}:\n{service.log_tail()}")
            time.sleep(0.1)

    def _remove_workdir(self) -> None:
        if self.keep_workdir:
            print(f"logs kept in {self.workdir}", file=sys.stderr)
        else:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def print_logs(self, chars: int = 2000) -> None:
        """Show the end of every service log (on a failure, before the logs are removed)."""
        for log in sorted(self.workdir.glob("*.log")):
            text = log.read_text(errors="replace")[-chars:].strip()
            if text:
                print(f"--- {log.name} (end) ---\n{text}", file=sys.stderr)

    def describe(self) -> dict[str, Any]:
        return {
            "database": self.database_name,
            "redis": self.redis_url,
            "queue": self.queue,
            "web": f"gunicorn {GUNICORN_WORKERS} workers x {GUNICORN_THREADS} threads",
        }
