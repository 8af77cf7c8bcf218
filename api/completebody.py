"""Refuse a request body that stopped short: fewer bytes than its Content-Length, or a multipart body
without its closing boundary (a client crash, a proxy timeout, a half-closed socket).

Django reads what arrived and parses it as if it were all: a cut-off upload became a smaller batch. The
middleware wraps the request's stream before anything reads it; the read that meets the early end raises
`IncompleteBody`, a `MultiPartParserError`, so the parse fails whole before any view stores anything and the
answer is a 400 (DRF turns it into `parse_error`; Django answers a plain 400 outside DRF).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, Protocol

from django.http import HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError


class IncompleteBody(MultiPartParserError, ValueError):
    """The body ended before its declared length or its closing boundary.

    Also a ValueError, so DRF's JSON parser reports it as a parse error (400) like any malformed body.
    """


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...


class CompleteBodyStream(io.IOBase):
    """Count the bytes read from the request's stream and watch for the multipart closing delimiter."""

    def __init__(self, stream: _Readable, *, length: int, closing: bytes | None) -> None:
        super().__init__()
        self._stream = stream
        self._length = length
        self._read_so_far = 0
        self._closing = closing
        self._closed_seen = closing is None
        self._tail = b""  # the last bytes read, so a delimiter split across two reads is still found

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1, /) -> bytes:
        return self._checked(self._stream.read, -1 if size is None else size)

    def readline(self, size: int | None = -1, /) -> bytes:
        return self._checked(self._stream.readline, -1 if size is None else size)

    def close(self) -> None:
        self._stream.close()
        super().close()

    def _checked(self, read: Callable[[int], bytes], size: int) -> bytes:
        wanted = self._length - self._read_so_far if size < 0 else size
        try:
            data = read(size)
        except OSError as exc:  # the client reset the connection mid-body
            raise IncompleteBody(self._short_message()) from exc
        self._read_so_far += len(data)
        self._watch(data)
        if self._read_so_far < self._length and wanted > 0 and not data:
            raise IncompleteBody(self._short_message())
        if self._read_so_far >= self._length and not self._closed_seen:
            raise IncompleteBody("The multipart body ended before its closing boundary.")
        return data

    def _watch(self, data: bytes) -> None:
        if self._closed_seen or self._closing is None or not data:
            return
        window = self._tail + data
        self._closed_seen = self._closing in window
        self._tail = window[-(len(self._closing) - 1) :]

    def _short_message(self) -> str:
        return f"The request body ended after {self._read_so_far} of the {self._length} bytes it declared."


def declared_length(meta: dict[str, Any]) -> int:
    try:
        return max(int(meta.get("CONTENT_LENGTH") or 0), 0)
    except ValueError:
        return 0


def closing_delimiter(content_type: str) -> bytes | None:
    """`--boundary--` of a multipart content type; None for any other body."""
    kind, _, params = content_type.partition(";")
    if not kind.strip().lower().startswith("multipart/"):
        return None
    for param in params.split(";"):
        name, _, value = param.strip().partition("=")
        if name.strip().lower() == "boundary" and value.strip():
            return b"--" + value.strip().strip('"').encode("latin-1") + b"--"
    return None


class CompleteBodyMiddleware:
    """Put every request body with a declared length behind `CompleteBodyStream`, before anything reads it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        length = declared_length(request.META)
        stream = getattr(request, "_stream", None)
        if length and stream is not None:
            closing = closing_delimiter(request.META.get("CONTENT_TYPE", ""))
            request._stream = CompleteBodyStream(stream, length=length, closing=closing)  # type: ignore[assignment]
        return self.get_response(request)
