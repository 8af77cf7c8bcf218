"""Refuse webhook URLs that point inside the network (SSRF): checked when given and again at delivery.

A URL is safe when it is http(s), carries no credentials, and every address its host resolves to is a
public unicast address. Delivery connects to the very addresses checked here (see `transport`), so a
DNS answer that changes between the check and the connection (rebinding) cannot redirect it. Pure: the
caller passes `allow_private` (the WEBHOOK_ALLOW_PRIVATE setting).
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import SplitResult, urlsplit

MAX_URL_LENGTH = 500
ALLOWED_SCHEMES = ("http", "https")
NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UnsafeURL(ValueError):
    """The URL may never be called: wrong scheme, credentials, or an address inside the network."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class ResolutionFailed(OSError):
    """The host name did not resolve now; worth another try later."""


def split_url(url: str) -> SplitResult:
    if len(url) > MAX_URL_LENGTH:
        raise UnsafeURL("url_too_long", f"At most {MAX_URL_LENGTH} characters.")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise UnsafeURL("invalid_url", "Not a valid URL.") from exc
    if parts.scheme not in ALLOWED_SCHEMES or not parts.hostname:
        raise UnsafeURL("invalid_url", "Give an absolute http:// or https:// URL.")
    if parts.username is not None or parts.password is not None:
        raise UnsafeURL("credentials_in_url", "Put no credentials in the URL; verify the signature instead.")
    return parts


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (mapped, 6to4, Teredo client, NAT64), if any."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public(address: IPAddress) -> bool:
    """A global unicast address: not private, loopback, link-local, reserved, multicast or unspecified."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None and not is_public(embedded):
            return False
    internal = (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_reserved
        or address.is_multicast
        or address.is_unspecified
    )
    return address.is_global and not internal


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to, in the resolver's order, without duplicates."""
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ResolutionFailed(f"{host} did not resolve.") from exc
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in answers:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def default_port(parts: SplitResult) -> int:
    return parts.port or (443 if parts.scheme == "https" else 80)


def check_url(url: str, *, allow_private: bool) -> list[IPAddress]:
    """The addresses to connect to for `url`; UnsafeURL if any is internal, ResolutionFailed if none."""
    parts = split_url(url)
    addresses = resolve(parts.hostname or "", default_port(parts))
    if not addresses:
        raise ResolutionFailed(f"{parts.hostname} has no address.")
    # The message names no address: echoing what a host resolved to would map the internal network.
    if not allow_private and not all(is_public(address) for address in addresses):
        raise UnsafeURL("private_address", "The host resolves to an address inside the network; refused.")
    return addresses
