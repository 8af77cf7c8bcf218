"""The base of every error the apps raise for a client to see: a stable code, a message and an HTTP status.

Pure (no Django, no DRF), so validation modules may raise it; `api.handler` turns it into the error envelope.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """An expected refusal: `code` is stable for clients to switch on, `message` is for people."""

    status = 400
    code = "error"
    message = ""
    # Seconds a client should wait before trying again (429, 503): the answer's `Retry-After`.
    retry_after: int | None = None

    def __init__(
        self, code: str | None = None, message: str | None = None, *, status: int | None = None
    ) -> None:
        self.code = code or type(self).code
        self.message = message if message is not None else type(self).message
        self.status = status or type(self).status
        super().__init__(self.message)

    def details(self) -> dict[str, Any]:
        """Extra keys of the error envelope besides code and message."""
        return {}
