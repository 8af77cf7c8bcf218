"""Message Batches for the LLM stand-in: create, retrieve, list, JSONL results, cancel, in the SDK's shapes.

Every request of a batch is answered when the batch is created, through the stand-in's own fault plan (one
fault per request, in order, then `fault_rates`): content faults spoil the message as for POST /v1/messages,
transport faults become `errored` results, and two faults only a batch has, `errored` and `expired`, do what
they say ("hang" expires too). The batch stays `in_progress` for `batch_delay` seconds, then ends; its request
counts, as the real API's, stay at "processing" until then.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from jobs.tests.llm_standin_answers import ERROR_OUTCOMES, answer_for, error_body

if TYPE_CHECKING:
    from jobs.tests.llm_standin import StandIn

BATCH_FAULTS = ("errored", "expired", "canceled")
CANCEL_DELAY = 0.05  # seconds a cancelled batch stays "canceling"
Reply = tuple[int, dict[str, str], dict[str, Any] | bytes]
Reject = Callable[[str, dict[str, str]], tuple[int, dict[str, str], dict[str, Any]] | None]

_ROUTE = re.compile(r"^/v1/messages/batches(?:/(?P<id>[A-Za-z0-9_-]+))?(?P<tail>/results|/cancel)?/?$")
_COUNT_KEYS = ("processing", "succeeded", "errored", "canceled", "expired")
_ids = itertools.count(1)


@dataclass
class Batch:
    id: str
    created: float  # time.time(), as every time here: created_at and ended_at are wall-clock times
    ends_at: float
    results: list[dict[str, Any]]  # one JSONL line each: {"custom_id": ..., "result": {...}}
    cancelled_at: float | None = None


@dataclass
class BatchStats:
    created: int = 0
    requests: int = 0
    retrieved: int = 0
    listed: int = 0
    results: int = 0
    cancelled: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    bodies: list[dict[str, Any]] = field(default_factory=list)


class Batches:
    """The batch routes of one stand-in; its lock, fault plan, usage and settings are the stand-in's."""

    def __init__(self, standin: StandIn, reject: Reject) -> None:
        self._standin = standin
        self._reject = reject
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self._batches: dict[str, Batch] = {}
            self._stats = BatchStats()

    def stats(self, *, bodies: bool = False) -> dict[str, Any]:
        with self._lock:
            stats = self._stats
            summary: dict[str, Any] = {
                "created": stats.created,
                "requests": stats.requests,
                "retrieved": stats.retrieved,
                "listed": stats.listed,
                "results": stats.results,
                "cancelled": stats.cancelled,
                "outcomes": dict(stats.outcomes),
            }
            if bodies:
                summary["bodies"] = list(stats.bodies)
        return summary

    def route(self, method: str, path: str, raw: str, headers: dict[str, str]) -> Reply | None:
        """Answer a batch route, or None when `path` is not one (the caller answers it)."""
        match = _ROUTE.match(path.split("?", 1)[0])
        if match is None:
            return None
        if not (headers.get("x-api-key") or headers.get("authorization")):
            return 401, {}, _error("authentication_error", "missing API key")
        batch_id, tail = match.group("id"), match.group("tail")
        if method == "POST" and batch_id is None:
            return self._create(raw, headers)
        if method == "GET" and batch_id is None:
            return self._list(path)
        batch = self._find(batch_id)
        if batch is None:
            return 404, {}, _error("not_found_error", f"no batch {batch_id}")
        if method == "POST" and tail == "/cancel":
            return self._cancel(batch, headers)
        if method == "GET" and tail == "/results":
            return self._results(batch)
        if method == "GET" and tail is None:
            with self._lock:
                self._stats.retrieved += 1
            return 200, {}, self._describe(batch, headers)
        return 404, {}, _error("not_found_error", f"no route {method} {path}")

    def _create(self, raw: str, headers: dict[str, str]) -> Reply:
        try:
            requests = json.loads(raw)["requests"]
            custom_ids = [request["custom_id"] for request in requests]
        except (ValueError, KeyError, TypeError):
            return 400, {}, _error("invalid_request_error", "requests: each needs custom_id and params")
        if len(set(custom_ids)) != len(custom_ids):
            return 400, {}, _error("invalid_request_error", "requests: custom_id values must be unique")
        batch_id = f"msgbatch_standin_{next(_ids):06d}"
        results = [self._answer(batch_id, request, headers) for request in requests]
        now = time.time()
        batch = Batch(batch_id, now, now + self._standin.settings.batch_delay, results)
        with self._lock:
            self._batches[batch_id] = batch
            self._stats.created += 1
            self._stats.requests += len(requests)
        return 200, {}, self._describe(batch, headers)

    def _answer(self, batch_id: str, request: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        """The result line of one request, decided now by the fault plan."""
        params = request.get("params")
        with self._standin._lock:
            outcome = self._standin._next_fault()
        with self._lock:
            self._stats.outcomes[outcome] += 1
            self._stats.bodies.append({"batch_id": batch_id, **request, "outcome": outcome})
        rejected = self._reject(json.dumps(params), headers) if isinstance(params, dict) else None
        if not isinstance(params, dict):
            return _line(request, {"type": "errored", "error": _error("invalid_request_error", "params")})
        if rejected is not None:
            return _line(request, {"type": "errored", "error": rejected[2]})
        if outcome in ("expired", "hang"):
            return _line(request, {"type": "expired"})
        if outcome == "canceled":  # the API's word for a request of a batch cancelled before it ran
            return _line(request, {"type": "canceled"})
        if outcome == "errored" or outcome in ERROR_OUTCOMES:
            _, body = error_body("bad_request" if outcome == "errored" else outcome)
            return _line(request, {"type": "errored", "error": body or _error("api_error", "Internal error")})
        _, message = answer_for(outcome, params, self._standin._usage(params))
        return _line(request, {"type": "succeeded", "message": message})

    def _list(self, path: str) -> Reply:
        query = dict(part.split("=", 1) for part in path.partition("?")[2].split("&") if "=" in part)
        limit = int(query.get("limit", 20))
        with self._lock:
            self._stats.listed += 1
            newest_first = sorted(self._batches.values(), key=lambda b: b.created, reverse=True)
        ids = [batch.id for batch in newest_first]
        start = ids.index(query["after_id"]) + 1 if query.get("after_id") in ids else 0
        page = newest_first[start : start + limit]
        return (
            200,
            {},
            {
                "data": [self._describe(batch, {}) for batch in page],
                "has_more": start + limit < len(newest_first),
                "first_id": page[0].id if page else None,
                "last_id": page[-1].id if page else None,
            },
        )

    def _cancel(self, batch: Batch, headers: dict[str, str]) -> Reply:
        with self._lock:
            self._stats.cancelled += 1
            if not self._ended(batch):
                # Answers are released only at the end, so none counts as processed: all are cancelled.
                batch.cancelled_at = time.time()
                batch.results = [_line(line, {"type": "canceled"}) for line in batch.results]
                batch.ends_at = min(batch.ends_at, batch.cancelled_at + CANCEL_DELAY)
        return 200, {}, self._describe(batch, headers)

    def _results(self, batch: Batch) -> Reply:
        with self._lock:
            if not self._ended(batch):
                return 400, {}, _error("invalid_request_error", "the batch has not ended yet")
            self._stats.results += 1
            lines = list(batch.results)
        return 200, {}, "".join(json.dumps(line) + "\n" for line in lines).encode()

    def _find(self, batch_id: str) -> Batch | None:
        with self._lock:
            return self._batches.get(batch_id)

    def _ended(self, batch: Batch) -> bool:
        return time.time() >= batch.ends_at

    def has_ended(self, batch_id: str) -> bool:
        """For a test to wait on: whether the batch ended, without counting as an API call."""
        batch = self._find(batch_id)
        return batch is not None and self._ended(batch)

    def _describe(self, batch: Batch, headers: dict[str, str]) -> dict[str, Any]:
        """The MessageBatch object; counts stay at processing until the batch ends, as in the real API."""
        ended = self._ended(batch)
        counts = dict.fromkeys(_COUNT_KEYS, 0)
        if ended:
            counts.update(Counter(line["result"]["type"] for line in batch.results))
        else:
            counts["processing"] = len(batch.results)
        host = headers.get("host", "127.0.0.1")
        return {
            "id": batch.id,
            "type": "message_batch",
            "processing_status": "ended" if ended else "canceling" if batch.cancelled_at else "in_progress",
            "request_counts": counts,
            "created_at": _rfc3339(batch.created),
            "expires_at": _rfc3339(batch.created + 24 * 3600),
            "ended_at": _rfc3339(batch.ends_at) if ended else None,
            "cancel_initiated_at": _rfc3339(batch.cancelled_at) if batch.cancelled_at else None,
            "archived_at": None,
            "results_url": f"http://{host}/v1/messages/batches/{batch.id}/results" if ended else None,
        }


def _line(request: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    return {"custom_id": request["custom_id"], "result": result}


def _error(kind: str, message: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}}


def _rfc3339(epoch: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(epoch)) + f".{int(epoch % 1 * 1e6):06d}Z"
