"""The Message Batches API through the Anthropic SDK (no Django): create, find, retrieve, results, cancel.

Half the token price, results within 24 hours. Every SDK failure becomes a ScoringError with a stable code
and `retryable`, as for the direct scorer, so the caller decides whether to look again later. The client is
the scorer's own, with the SDK's retries off: a poll that fails is simply made again at the next check, and
a create must never be repeated blindly (one that timed out may have made a batch; only `find` can tell).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import anthropic
from anthropic.types.messages import MessageBatch

from jobs.scoring.types import ScoringError

# One page of the batch list; `find` stops paging once it is past the window it looks in.
LIST_PAGE_SIZE = 100


@dataclass(frozen=True)
class BatchStatus:
    id: str
    processing_status: str  # in_progress | canceling | ended
    request_counts: dict[str, int]  # processing, succeeded, errored, canceled, expired
    created_at: datetime

    @property
    def ended(self) -> bool:
        return self.processing_status == "ended"

    @property
    def size(self) -> int:
        return sum(self.request_counts.values())


@dataclass(frozen=True)
class BatchResult:
    """One line of a batch's results; `kind` is succeeded, errored, canceled or expired."""

    custom_id: str
    kind: str
    message: object | None = None  # the Messages API answer (an SDK object), when succeeded
    error_type: str = ""  # the API's error type only (its message could echo the request), when errored


class MessageBatches:
    """The batch calls the job runner needs, on one SDK client."""

    def __init__(self, client: anthropic.Anthropic) -> None:
        self._client = client

    def create(self, requests: list[dict[str, Any]]) -> BatchStatus:
        """Submit one batch; each request is {"custom_id": str, "params": messages.create arguments}."""
        with _as_scoring_error():
            batch = self._client.messages.batches.create(requests=requests)  # type: ignore[arg-type]
        return _status(batch)

    def retrieve(self, batch_id: str) -> BatchStatus:
        with _as_scoring_error():
            return _status(self._client.messages.batches.retrieve(batch_id))

    def results(self, batch_id: str) -> Iterator[BatchResult]:
        """Stream an ended batch's results, in no particular order (match them by custom_id)."""
        with _as_scoring_error():
            decoder = self._client.messages.batches.results(batch_id)
            try:
                for line in decoder:
                    yield _result(line.custom_id, line.result)
            finally:
                decoder.close()

    def cancel(self, batch_id: str) -> BatchStatus:
        with _as_scoring_error():
            return _status(self._client.messages.batches.cancel(batch_id))

    def find(self, *, created_from: datetime, created_to: datetime, size: int) -> list[str]:
        """Ids of the batches created within the window that hold exactly `size` requests, newest first.

        The API keeps no marker of ours on a batch: time and size are what identify a batch whose id was lost.
        """
        found: list[str] = []
        with _as_scoring_error():
            for batch in self._client.messages.batches.list(limit=LIST_PAGE_SIZE):
                if batch.created_at < created_from:
                    break  # newest first: everything after this is older still
                status = _status(batch)
                if status.created_at <= created_to and status.size == size:
                    found.append(status.id)
        return found


def _status(batch: MessageBatch) -> BatchStatus:
    counts = batch.request_counts
    return BatchStatus(
        id=batch.id,
        processing_status=batch.processing_status,
        request_counts={
            "processing": counts.processing,
            "succeeded": counts.succeeded,
            "errored": counts.errored,
            "canceled": counts.canceled,
            "expired": counts.expired,
        },
        created_at=batch.created_at,
    )


def _result(custom_id: str, result: Any) -> BatchResult:
    kind = str(getattr(result, "type", ""))
    if kind == "succeeded":
        return BatchResult(custom_id, kind, message=result.message)
    if kind == "errored":
        error = getattr(getattr(result, "error", None), "error", None)
        return BatchResult(custom_id, kind, error_type=str(getattr(error, "type", "") or "api_error"))
    return BatchResult(custom_id, kind)


@contextmanager
def _as_scoring_error() -> Iterator[None]:
    try:
        yield
    except anthropic.APIStatusError as exc:
        status = exc.status_code
        retryable = status in (408, 409, 429) or status >= 500
        code = "llm_batch_not_found" if status == 404 else "llm_unavailable" if retryable else "llm_error"
        raise ScoringError(code, f"HTTP {status} {exc.type or ''}".strip(), retryable=retryable) from None
    except (anthropic.APIConnectionError, anthropic.APITimeoutError) as exc:
        raise ScoringError("llm_unavailable", type(exc).__name__, retryable=True) from None
    except anthropic.AnthropicError as exc:
        raise ScoringError("llm_error", type(exc).__name__) from None
