"""Signatures: HMAC-SHA256 over `<timestamp>.<body>`, verified in constant time within a tolerance window."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from webhooks.signing import SignatureError, digest, new_secret, signature_header, verify

SECRET = "whsec_test-secret"
BODY = b'{"job_id":"0b9c","status":"completed"}'


def test_signature_header_is_hmac_sha256_of_timestamp_dot_body() -> None:
    expected = hmac.new(SECRET.encode(), b"1700000000." + BODY, hashlib.sha256).hexdigest()

    assert signature_header(secret=SECRET, body=BODY, timestamp=1700000000) == f"t=1700000000,v1={expected}"
    assert digest(secret=SECRET, timestamp=1700000000, body=BODY) == expected


def test_a_fresh_signature_verifies_and_returns_its_timestamp() -> None:
    header = signature_header(secret=SECRET, body=BODY, timestamp=1700000000)

    assert verify(secret=SECRET, header=header, body=BODY, now=1700000100) == 1700000000


def test_a_changed_body_is_refused() -> None:
    header = signature_header(secret=SECRET, body=BODY, timestamp=1700000000)

    with pytest.raises(SignatureError, match="does not match"):
        verify(secret=SECRET, header=header, body=BODY + b" ", now=1700000000)


def test_another_secret_is_refused() -> None:
    header = signature_header(secret=SECRET, body=BODY, timestamp=1700000000)

    with pytest.raises(SignatureError, match="does not match"):
        verify(secret="whsec_other", header=header, body=BODY, now=1700000000)


def test_a_stale_timestamp_is_refused_as_a_replay() -> None:
    header = signature_header(secret=SECRET, body=BODY, timestamp=1700000000)

    with pytest.raises(SignatureError, match="tolerance"):
        verify(secret=SECRET, header=header, body=BODY, now=1700000000 + 301)


def test_a_moved_timestamp_breaks_the_signature() -> None:
    header = signature_header(secret=SECRET, body=BODY, timestamp=1700000000).replace(
        "t=1700000000", "t=1700000050"
    )

    with pytest.raises(SignatureError, match="does not match"):
        verify(secret=SECRET, header=header, body=BODY, now=1700000050)


@pytest.mark.parametrize("header", ["", "v1=abc", "t=1700000000", "t=soon,v1=abc", "garbage"])
def test_malformed_headers_are_refused(header: str) -> None:
    with pytest.raises(SignatureError, match="Malformed"):
        verify(secret=SECRET, header=header, body=BODY, now=1700000000)


def test_secrets_are_random_and_prefixed() -> None:
    first, second = new_secret(), new_secret()

    assert first.startswith("whsec_")
    assert len(first) == len("whsec_") + 43
    assert first != second
