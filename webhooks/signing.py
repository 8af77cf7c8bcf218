"""Webhook signatures: HMAC-SHA256 over `<unix timestamp>.<raw body>` with the user's secret.

Header: `X-CVScoring-Signature: t=<unix timestamp>,v1=<hex digest>`. Receivers recompute the digest over
the exact bytes received, compare in constant time, and refuse timestamps older than a few minutes
(replays). Pure: no Django, so a receiver can copy this module as it is.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time

SIGNATURE_HEADER = "X-CVScoring-Signature"
EVENT_HEADER = "X-CVScoring-Event"
DELIVERY_HEADER = "X-CVScoring-Delivery"
SCHEME = "v1"
DEFAULT_TOLERANCE_S = 300


class SignatureError(ValueError):
    """The signature header is missing, malformed, stale, or does not match the body."""


def new_secret() -> str:
    return "whsec_" + secrets.token_urlsafe(32)


def digest(*, secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signature_header(*, secret: str, body: bytes, timestamp: int | None = None) -> str:
    """The value of X-CVScoring-Signature for `body`, signed now (or at `timestamp`)."""
    stamp = int(time.time()) if timestamp is None else timestamp
    return f"t={stamp},{SCHEME}={digest(secret=secret, timestamp=stamp, body=body)}"


def _parse(header: str) -> tuple[int, list[str]]:
    timestamp: int | None = None
    signatures: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == SCHEME and value:
            signatures.append(value)
    if timestamp is None or not signatures:
        raise SignatureError("Malformed signature header.")
    return timestamp, signatures


def verify(
    *, secret: str, header: str, body: bytes, tolerance_s: int = DEFAULT_TOLERANCE_S, now: float | None = None
) -> int:
    """Check a signature header against the raw body; return its timestamp or raise SignatureError."""
    timestamp, signatures = _parse(header)
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance_s:
        raise SignatureError("Signature timestamp outside the tolerance window.")
    expected = digest(secret=secret, timestamp=timestamp, body=body)
    if not any(hmac.compare_digest(expected, candidate) for candidate in signatures):
        raise SignatureError("Signature does not match the body.")
    return timestamp
