"""A local stand-in for the Anthropic Messages API, for tests and benchmarks: the real API is never called.

In-process:   with StandIn(latency=0.01) as standin: AnthropicScorer(base_url=standin.base_url, ...)
Out of process: python -m jobs.tests.llm_standin --port 8765 --latency 1.0   (steer it with POST /_control)
Message Batches (/v1/messages/batches...) live in llm_standin_batches; they end after `batch_delay` seconds.
Odd model and API behaviours (two tool calls, "8/10" scores, a body trickling past the timeout, a proxy's
HTML with 200...) are faults like the others, described in llm_standin_oddities.

Its normal answer is a deterministic, plausible assessment: criteria come from the request's tool schema and
rubric block, each quote is a line really present in the fenced CV (the one sharing most words with the
criterion), and the score grows with that overlap, so downstream evidence checks pass.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import random
import signal
import threading
import time
from collections import Counter, deque
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

from jobs.tests.llm_standin_answers import (
    ERROR_OUTCOMES,
    FAULTS,
    answer_for,
    count_tokens,
    error_body,
    prefix_tokens,
)
from jobs.tests.llm_standin_batches import BATCH_FAULTS, Batches
from jobs.tests.llm_standin_oddities import WIRE_ODDITIES

WIRE_HEADER = "x-standin-wire"  # tells the handler to spoil the exchange itself; never sent


@dataclass
class Settings:
    latency: float = 0.0  # seconds before a normal (or malformed-content) answer
    jitter: float = 0.0  # +/- seconds, uniform
    faults: list[str] = field(
        default_factory=list
    )  # consumed one per call, in order; "ok" is a normal answer
    fault_rates: dict[str, float] = field(default_factory=dict)  # share of later calls answering each fault
    retry_after: float = 1.0  # seconds, sent with 429 and 529
    hang_s: float = 30.0  # how long "hang" holds the connection before answering
    budget_rpm: int = 0  # above this many admitted requests in 60 s, answer 429; 0 turns it off
    min_cache_tokens: int = 0  # a cached prefix shorter than this is silently not cached (Haiku 4.5: 4096)
    batch_delay: float = 0.0  # seconds a Message Batch stays in_progress before it ends
    seed: int = 0


@dataclass
class Recorded:
    n: int
    t: float  # time.monotonic() at arrival
    body: dict[str, Any]
    raw: str
    headers: dict[str, str]
    outcome: str = ""
    status: int = 0  # 0 while in flight, and for a dropped connection
    usage: dict[str, int] = field(default_factory=dict)  # what the answer reported, for 200s


class StandIn:
    """A threaded HTTP server speaking enough of POST /v1/messages for the scorer, with faults, counters."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, **settings: Any) -> None:
        self.settings = Settings()
        self._lock = threading.Lock()
        self._generation = 0
        self._wake = threading.Event()
        self.batches = Batches(self, reject=_reject)
        self._reset_state()
        self.configure(**settings)
        self._server = ThreadingHTTPServer((host, port), _handler_for(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> StandIn:
        # A short poll interval keeps stop() (and so each test's teardown) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="llm-standin", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._wake.set()  # frees handlers sleeping in latency or "hang"
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def configure(self, *, reset: bool = False, **changes: Any) -> None:
        """Change settings at run time (the same keys as POST /_control); reset clears counters and caches."""
        unknown = set(changes) - set(Settings.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown stand-in settings: {sorted(unknown)}")
        known = (*FAULTS, *BATCH_FAULTS)
        bad = [f for f in [*changes.get("faults", []), *changes.get("fault_rates", {})] if f not in known]
        if bad:
            raise ValueError(f"unknown faults: {bad}; known: {known}")
        with self._lock:
            for name, value in changes.items():
                setattr(self.settings, name, list(value) if name == "faults" else value)
            if "seed" in changes:
                self._rng = random.Random(self.settings.seed)
            if reset:
                self._reset_state()

    def stats(self, *, bodies: bool = False) -> dict[str, Any]:
        """Counters (and, on request, every recorded request) as JSON-ready data."""
        with self._lock:
            stats: dict[str, Any] = {
                "calls": self.calls,
                "in_flight": self.in_flight,
                "peak_in_flight": self.peak_in_flight,
                "outcomes": dict(self.outcomes),
                "statuses": {str(k): v for k, v in self.statuses.items()},
                "settings": asdict(self.settings),
            }
            if bodies:
                stats["requests"] = [asdict(r) for r in self.requests]
        stats["batches"] = self.batches.stats(bodies=bodies)
        return stats

    def _reset_state(self) -> None:
        # Requests of the previous generation (a "hang" still holding its connection) are woken and no longer
        # counted, so one test's leftovers never show in the next test's numbers.
        self._wake.set()
        self._wake = threading.Event()
        self._generation += 1
        self.in_flight = 0
        self.calls = 0
        self.peak_in_flight = 0
        self.outcomes: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()
        self.requests: list[Recorded] = []
        self._cached_prefixes: set[str] = set()
        self._admitted: deque[float] = deque()
        self._rng = random.Random(self.settings.seed)
        self.batches.reset()

    def handle_messages(
        self, raw: str, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], dict[str, Any] | None]:
        """Answer one POST /v1/messages: (status, extra headers, JSON body or None to drop the connection)."""
        rejected = _reject(raw, headers)
        if rejected:
            return rejected
        body = json.loads(raw)
        with self._lock:
            record, extra = self._admit(body, raw, headers)
            generation, wake = self._generation, self._wake
        status, extra, payload = 0, extra, None
        try:
            status, extra, payload = self._respond(record.outcome, body, extra, generation, wake)
        finally:
            with self._lock:
                if generation == self._generation:
                    self.in_flight -= 1
                    record.status = status if payload is not None else 0
                    usage = payload.get("usage") if status == 200 and payload else None
                    record.usage = dict(usage) if isinstance(usage, dict) else {}
                    self.statuses[record.status] += 1
        return status, extra, payload

    def _admit(
        self, body: dict[str, Any], raw: str, headers: dict[str, str]
    ) -> tuple[Recorded, dict[str, str]]:
        now = time.monotonic()
        self.calls += 1
        self.in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self.in_flight)
        record = Recorded(self.calls, now, body, raw, headers)
        self.requests.append(record)
        extra = self._budget_headers(now)
        outcome = "budget" if extra.get("retry-after") else self._next_fault()
        if outcome not in ("budget",):
            self._admitted.append(now)
        record.outcome = outcome
        self.outcomes[outcome] += 1
        return record, extra

    def _budget_headers(self, now: float) -> dict[str, str]:
        limit = self.settings.budget_rpm
        if limit <= 0:
            return {}
        while self._admitted and self._admitted[0] <= now - 60.0:
            self._admitted.popleft()
        reset_in = (self._admitted[0] + 60.0 - now) if self._admitted else 0.0
        headers = {
            "anthropic-ratelimit-requests-limit": str(limit),
            "anthropic-ratelimit-requests-remaining": str(max(limit - len(self._admitted) - 1, 0)),
            "anthropic-ratelimit-requests-reset": _rfc3339(time.time() + reset_in),
        }
        if len(self._admitted) >= limit:
            headers["retry-after"] = str(max(1, int(reset_in + 0.999)))
        return headers

    def _next_fault(self) -> str:
        if self.settings.faults:
            return self.settings.faults.pop(0)
        draw = self._rng.random()
        for fault, share in sorted(self.settings.fault_rates.items()):
            if draw < share:
                return fault
            draw -= share
        return "ok"

    def _respond(
        self,
        outcome: str,
        body: dict[str, Any],
        extra: dict[str, str],
        generation: int,
        wake: threading.Event,
    ) -> tuple[int, dict[str, str], dict[str, Any] | None]:
        if outcome in ERROR_OUTCOMES:
            return self._error(outcome, extra)
        wake.wait(self.settings.hang_s if outcome == "hang" else self._latency())
        if generation != self._generation:
            return 0, extra, None  # woken by a reset or stop: its client is long gone, leave no trace
        status, payload = answer_for(outcome, body, self._usage(body))
        if outcome == "error_200":
            payload = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
        elif outcome in WIRE_ODDITIES:
            extra = {**extra, WIRE_HEADER: outcome}
        return status, extra, payload

    def _error(
        self, outcome: str, extra: dict[str, str]
    ) -> tuple[int, dict[str, str], dict[str, Any] | None]:
        status, payload = error_body(outcome)
        if outcome in ("rate_limit", "overloaded"):
            extra = {**extra, "retry-after": _seconds(self.settings.retry_after)}
        if outcome == "rate_limit_long":
            extra = {**extra, "retry-after": "3600"}
        if outcome == "rate_limit":  # as the API does: say which budget ran out and when it refills
            reset = _rfc3339(time.time() + self.settings.retry_after)
            extra = {
                "anthropic-ratelimit-input-tokens-limit": "50000",
                "anthropic-ratelimit-input-tokens-remaining": "0",
                "anthropic-ratelimit-input-tokens-reset": reset,
                **extra,
            }
        return status, extra, payload

    def _latency(self) -> float:
        with self._lock:
            spread = (
                self._rng.uniform(-self.settings.jitter, self.settings.jitter)
                if self.settings.jitter
                else 0.0
            )
        return max(self.settings.latency + spread, 0.0)

    def _usage(self, body: dict[str, Any]) -> dict[str, int]:
        """Tokens as characters/4; a cache_control prefix is written on first sight and read afterwards."""
        total = count_tokens(body)
        prefix_key, prefix = prefix_tokens(body)
        usage = {"input_tokens": total, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0}
        if prefix_key and prefix >= self.settings.min_cache_tokens:
            with self._lock:
                seen = prefix_key in self._cached_prefixes
                self._cached_prefixes.add(prefix_key)
            usage["cache_read_input_tokens" if seen else "cache_creation_input_tokens"] = prefix
            usage["input_tokens"] = max(total - prefix, 0)
        return usage


def _reject(raw: str, headers: dict[str, str]) -> tuple[int, dict[str, str], dict[str, Any]] | None:
    """Refuse what the real API (version 2026-10-21) refuses, so the scorer cannot pass here, fail there."""
    if not (headers.get("x-api-key") or headers.get("authorization")):
        return 401, {}, _invalid("authentication_error", "missing API key")
    try:
        body = json.loads(raw)
    except ValueError:
        return 400, {}, _invalid("invalid_request_error", "body is not JSON")
    for required in ("model", "max_tokens", "messages"):
        if required not in body:
            return 400, {}, _invalid("invalid_request_error", f"{required}: Field required")
    for sampling in ("temperature", "top_p", "top_k"):
        if sampling in body:
            return 400, {}, _invalid("invalid_request_error", f"{sampling}: Extra inputs are not permitted")
    return None


def _invalid(kind: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}}


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.3f}"


def _rfc3339(epoch: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def _handler_for(standin: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as the SDK's connection pool expects
        disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
        timeout = 60  # idle keep-alive connections do not pin a thread forever

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("content-length") or 0)).decode("utf-8")
            headers = {k.lower(): v for k, v in self.headers.items()}
            if batch := standin.batches.route("POST", self.path, raw, headers):
                self._send(*batch)
            elif self.path.startswith("/v1/messages"):
                self._send(*standin.handle_messages(raw, headers))
            elif self.path.startswith("/_control"):
                self._control(raw)
            else:
                self._send(404, {}, _invalid("not_found_error", f"no route {self.path}"))

        def do_GET(self) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            if batch := standin.batches.route("GET", self.path, "", headers):
                self._send(*batch)
            elif self.path.startswith("/_stats"):
                self._send(200, {}, standin.stats(bodies="bodies=1" in self.path))
            else:
                self._send(404, {}, _invalid("not_found_error", f"no route {self.path}"))

        def _control(self, raw: str) -> None:
            try:
                standin.configure(**json.loads(raw or "{}"))
            except (ValueError, TypeError) as exc:
                self._send(400, {}, _invalid("invalid_request_error", str(exc)))
                return
            self._send(200, {}, standin.stats())

        def _send(self, status: int, headers: dict[str, str], payload: dict[str, Any] | bytes | None) -> None:
            if payload is None:  # "disconnect": drop the connection without an answer
                self.close_connection = True
                return
            raw = isinstance(payload, bytes)  # batch results: JSON Lines
            data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
            wire = headers.pop(WIRE_HEADER, "")
            kind = "application/binary" if raw else "application/json"
            if wire == "html_200":
                data, kind = b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"
            elif wire == "garbled_json_200":
                data = data[: len(data) // 2]
            elif wire == "bad_gzip_200":
                headers = {**headers, "content-encoding": "gzip"}
            try:
                self.send_response(status)
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(data)))
                self.send_header("request-id", "req_standin_" + hashlib.sha1(data).hexdigest()[:16])
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self._write(data, wire)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (timeout): nothing to answer

        def _write(self, data: bytes, wire: str) -> None:
            if wire == "reset_mid_body":
                self.wfile.write(data[: len(data) // 2])
                self.close_connection = True
                return
            if wire != "slow_body":
                self.wfile.write(data)
                return
            # A byte at a time, each well inside any read timeout, the whole far past it (up to hang_s).
            pause = standin.settings.hang_s / len(data)
            for i in range(len(data)):
                if standin._wake.wait(min(pause, 0.2)):
                    break
                self.wfile.write(data[i : i + 1])
                self.wfile.flush()
            self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            return

    return Handler


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Local stand-in for the Anthropic Messages API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--jitter", type=float, default=0.0)
    parser.add_argument(
        "--faults", default="", help=f"comma-separated plan, one per call: {', '.join(FAULTS)}"
    )
    parser.add_argument("--fault-rate", action="append", default=[], metavar="FAULT=SHARE")
    parser.add_argument("--retry-after", type=float, default=1.0)
    parser.add_argument("--hang", type=float, default=30.0, dest="hang_s")
    parser.add_argument(
        "--rpm", type=int, default=0, dest="budget_rpm", help="429 above this many requests/min"
    )
    parser.add_argument("--min-cache-tokens", type=int, default=0)
    parser.add_argument("--batch-delay", type=float, default=0.0, help="seconds before a batch ends")
    parser.add_argument("--seed", type=int, default=0)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    """Serve until SIGINT or SIGTERM."""
    args = _parse_args(argv)
    rates = {name: float(share) for name, share in (item.split("=", 1) for item in args.fault_rate)}
    standin = StandIn(
        host=args.host,
        port=args.port,
        latency=args.latency,
        jitter=args.jitter,
        faults=[f for f in args.faults.split(",") if f],
        fault_rates=rates,
        retry_after=args.retry_after,
        hang_s=args.hang_s,
        budget_rpm=args.budget_rpm,
        min_cache_tokens=args.min_cache_tokens,
        batch_delay=args.batch_delay,
        seed=args.seed,
    )
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    standin.start()
    print(f"llm stand-in listening on {standin.base_url}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        done.wait()
    standin.stop()


if __name__ == "__main__":
    main()
