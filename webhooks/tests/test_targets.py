"""SSRF: URLs whose host is, or resolves to, an internal address are refused unless explicitly allowed."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from webhooks.targets import ResolutionFailed, UnsafeURL, check_url


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: dict[str, list[str]]) -> None:
    """Answer name lookups from `answers` (the DNS boundary); nothing here ever connects anywhere."""

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        if host not in answers:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (
                socket.AF_INET6 if ":" in address else socket.AF_INET,
                socket.SOCK_STREAM,
                6,
                "",
                (address, port),
            )
            for address in answers[host]
        ]

    monkeypatch.setattr("webhooks.targets.socket.getaddrinfo", getaddrinfo)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/hook",
        "http://127.1:8080/hook",
        "http://2130706433/hook",
        "http://0.0.0.0/hook",
        "http://localhost:8000/hook",
        "http://10.1.2.3/hook",
        "http://172.16.0.1/hook",
        "http://192.168.1.10/hook",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/hook",
        "http://224.0.0.1/hook",
        "http://240.0.0.1/hook",
        "http://[::1]/hook",
        "http://[fe80::1]/hook",
        "http://[fd00::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:169.254.169.254]/hook",
        "http://[64:ff9b::7f00:1]/hook",
        "http://[2002:7f00:1::]/hook",
        "http://[::]/hook",
    ],
)
def test_internal_addresses_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURL) as refused:
        check_url(url, allow_private=False)

    assert refused.value.code == "private_address"


@pytest.mark.parametrize(
    ("name", "addresses"),
    [
        ("metadata.example.com", ["169.254.169.254"]),
        ("intranet.example.com", ["10.0.0.7"]),
        ("v6-internal.example.com", ["fd12:3456::1"]),
        ("v6-loopback.example.com", ["::1"]),
        # One internal answer among public ones is enough to refuse: the client could pick it.
        ("mixed.example.com", ["8.8.8.8", "192.168.0.1"]),
    ],
)
def test_names_resolving_to_internal_addresses_are_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, addresses: list[str]
) -> None:
    fake_dns(monkeypatch, {name: addresses})

    with pytest.raises(UnsafeURL) as refused:
        check_url(f"https://{name}/hook", allow_private=False)

    assert refused.value.code == "private_address"
    assert refused.value.message == "The host resolves to an address inside the network; refused."
    assert not any(address in refused.value.message for address in addresses)


def test_a_name_resolving_to_public_addresses_gives_those_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {"hooks.example.com": ["8.8.8.8", "2001:4860:4860::8888"]})

    addresses = check_url("https://hooks.example.com:8443/in?x=1", allow_private=False)

    assert [str(address) for address in addresses] == ["8.8.8.8", "2001:4860:4860::8888"]


def test_allow_private_lets_local_receivers_through() -> None:
    assert [str(address) for address in check_url("http://127.0.0.1:9/hook", allow_private=True)] == [
        "127.0.0.1"
    ]


def test_an_unknown_name_fails_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_dns(monkeypatch, {})

    with pytest.raises(ResolutionFailed):
        check_url("https://nowhere.example.com/hook", allow_private=False)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://8.8.8.8/hook", "invalid_url"),
        ("file:///etc/passwd", "invalid_url"),
        ("/relative/hook", "invalid_url"),
        ("http://user:pass@8.8.8.8/hook", "credentials_in_url"),
        ("http://8.8.8.8:99999/hook", "invalid_url"),
        ("https://8.8.8.8/" + "x" * 500, "url_too_long"),
    ],
)
def test_malformed_urls_are_refused(url: str, code: str) -> None:
    with pytest.raises(UnsafeURL) as refused:
        check_url(url, allow_private=True)

    assert refused.value.code == code
