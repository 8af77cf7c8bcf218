"""Make a request's timeout bound its whole answer, not each read of it (httpx2 event hooks, no SDK import).

httpx's read timeout is per read: an answer trickling in a few bytes at a time (a struggling proxy, a
stalled load balancer) never trips it, and holds a worker far past the CV's deadline. The hooks stamp each
request when it leaves and fail its body's reading with a ReadTimeout, which the SDK reports as
APITimeoutError, once the request's own read timeout has passed since then. Only POST /v1/messages is
bounded: a Message Batches results file streams for as long as it is large.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx2

_STARTED = "cvscoring_started"


class _BoundedBody(httpx2.SyncByteStream):
    """A response body that stops with ReadTimeout once its request's deadline has passed."""

    def __init__(self, body: httpx2.SyncByteStream, request: httpx2.Request, deadline: float) -> None:
        self._body = body
        self._request = request
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._body:
            if time.monotonic() > self._deadline:
                raise httpx2.ReadTimeout(
                    "the answer took longer than its timeout to arrive", request=self._request
                )
            yield chunk

    def close(self) -> None:
        self._body.close()


def _stamp(request: httpx2.Request) -> None:
    request.extensions[_STARTED] = time.monotonic()


def _bound(response: httpx2.Response) -> None:
    request = response.request
    if not request.url.path.rstrip("/").endswith("/v1/messages"):
        return  # batch results stream for as long as they are large: only a scoring call's answer is bounded
    timeout = (request.extensions.get("timeout") or {}).get("read")
    started = request.extensions.get(_STARTED)
    body = response.stream
    if (
        isinstance(timeout, int | float)
        and isinstance(started, float)
        and isinstance(body, httpx2.SyncByteStream)
    ):
        response.stream = _BoundedBody(body, request, started + float(timeout))


def event_hooks() -> dict[str, list[Callable[[Any], None]]]:
    """The hooks to give the SDK's HTTP client so that each answer arrives within its request's timeout."""
    return {"request": [_stamp], "response": [_bound]}
