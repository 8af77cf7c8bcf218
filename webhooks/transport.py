"""POST a webhook body to an address checked beforehand; the URL's host is kept for Host, SNI and TLS."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlunsplit

import httpx

from webhooks.targets import IPAddress, split_url


@dataclass(frozen=True)
class Answer:
    status_code: int | None
    error: str
    duration_ms: int

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def _pinned_url(url: str, address: IPAddress) -> tuple[str, str, str]:
    """(the URL with the host replaced by `address`, the Host header, the TLS server name)."""
    parts = split_url(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    host_header = parts.netloc
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")), host_header, host


def post(
    *, url: str, addresses: list[IPAddress], body: bytes, headers: dict[str, str], timeout_s: float
) -> Answer:
    """Try each checked address in turn until one connects; redirects are not followed."""
    started = time.monotonic()
    error = "No address to connect to."
    with httpx.Client(timeout=timeout_s, follow_redirects=False, trust_env=False) as client:
        for address in addresses:
            pinned, host_header, server_name = _pinned_url(url, address)
            try:
                response = client.post(
                    pinned,
                    content=body,
                    headers={**headers, "Host": host_header},
                    extensions={"sni_hostname": server_name},
                )
            except httpx.ConnectError as exc:
                error = f"Could not connect: {type(exc).__name__}."
                continue
            except httpx.HTTPError as exc:
                return Answer(None, f"Request failed: {type(exc).__name__}.", _elapsed_ms(started))
            error = "" if response.is_success else f"The receiver answered {response.status_code}."
            return Answer(response.status_code, error, _elapsed_ms(started))
    return Answer(None, error, _elapsed_ms(started))


def _elapsed_ms(started: float) -> int:
    return int((time.monotonic() - started) * 1000)
