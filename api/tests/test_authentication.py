"""Token authentication compiled once (`api.authentication`) answers as DRF's own lookup does."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework import authentication, exceptions
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from api.authentication import TokenAuthentication

pytestmark = pytest.mark.django_db


def _refusal(backend: authentication.TokenAuthentication, key: str) -> str:
    with pytest.raises(exceptions.AuthenticationFailed) as refused:
        backend.authenticate_credentials(key)
    return str(refused.value.detail)


def test_a_known_key_gives_the_same_user_and_token_as_drfs_lookup(
    user: Any, django_assert_num_queries: Any
) -> None:
    token = Token.objects.create(user=user)
    drf_user, drf_token = authentication.TokenAuthentication().authenticate_credentials(token.key)

    with django_assert_num_queries(1):
        ours_user, ours_token = TokenAuthentication().authenticate_credentials(token.key)
        assert ours_token.user is ours_user  # attached: reading it is no second query

    assert ours_user == drf_user and ours_user.username == drf_user.username == "alice"
    assert (ours_token.pk, ours_token.user_id, ours_token.created) == (
        drf_token.pk,
        drf_token.user_id,
        drf_token.created,
    )
    assert not ours_token._state.adding


def test_an_unknown_key_or_an_inactive_user_is_refused_with_drfs_messages(user: Any) -> None:
    token = Token.objects.create(user=user)
    ours, drfs = TokenAuthentication(), authentication.TokenAuthentication()

    assert _refusal(ours, "0" * 40) == _refusal(drfs, "0" * 40) == "Invalid token."
    assert _refusal(ours, token.key.upper()) == "Invalid token."
    user.is_active = False
    user.save(update_fields=["is_active"])
    assert _refusal(ours, token.key) == _refusal(drfs, token.key) == "User inactive or deleted."


def test_the_api_authenticates_with_it(user: Any) -> None:
    token = Token.objects.create(user=user)
    client = APIClient()

    assert client.get("/api/v1/jobs/my-jobs").status_code == 401
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get("/api/v1/jobs/my-jobs").status_code == 200
    client.credentials(HTTP_AUTHORIZATION=f"Token {'f' * 40}")
    assert client.get("/api/v1/jobs/my-jobs").status_code == 401
