"""The OIDC provider in-process against a real OpenID Connect provider: settings validation,
the key-fetch floor (forged key ids cause no refetch storm), the token cache."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey

from bastion.gateway.call import Credentials
from bastion.gateway.identity import build_providers
from bastion.gateway.identity.oidc import OIDCProvider, from_settings, looks_like_jwt
from bastion.gateway.sections import SettingsError
from tests.identity.oidc_idp import Client, IdP


@pytest.fixture(scope="module")
def idp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[IdP]:
    p = IdP(tmp_path_factory.mktemp("idp-unit"), [Client("alice", {"groups": "eng,ai-users"})]).start()
    try:
        yield p
    finally:
        p.stop()


def provider(idp: IdP, **extra: Any) -> OIDCProvider:
    return from_settings({"issuer": idp.issuer, "audience": "bastion", **extra}, "auth.providers[0]")


class Counting:
    """An HTTP client for the provider that counts the requests it sends."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.client = httpx.AsyncClient(timeout=10, event_hooks={"request": [self._seen]})

    async def _seen(self, request: httpx.Request) -> None:
        self.urls.append(str(request.url))


@pytest.mark.anyio
async def test_forged_kids_cause_at_most_one_refetch(idp: IdP) -> None:
    p = provider(idp, jwks_refresh_min_s=3600)
    counting = Counting()
    async with counting.client:
        p.jwks.client = counting.client
        assert await p.jwks.fetch()
        p.jwks._last_attempt = float("-inf")  # as if the last fetch were long ago
        fetched = sum(u.endswith("/jwks") for u in counting.urls)
        claims = json.loads(base64.urlsafe_b64decode(idp.token("alice").split(".")[1] + "=="))
        attacker = RSAKey.generate_key(2048, private=True)
        for i in range(25):
            forged = jwt.encode({"alg": "RS256", "kid": f"forged-{i}"}, claims, attacker, algorithms=["RS256"])
            assert await p.authenticate(Credentials(api_key=forged)) is None
        # The first unknown kid refetches; the other 24 wait for the floor (an hour).
        assert sum(u.endswith("/jwks") for u in counting.urls) == fetched + 1
        # A genuine token still verifies with the keys already held.
        assert (await p.authenticate(Credentials(api_key=idp.token("alice")))) is not None


@pytest.mark.anyio
async def test_unknown_kid_refetches_once_the_floor_has_passed(idp: IdP) -> None:
    p = provider(idp, jwks_refresh_min_s=0)
    counting = Counting()
    async with counting.client:
        p.jwks.client = counting.client
        await p.jwks.fetch()
        p.jwks.keys = {}  # as if the token's key were new
        token = idp.token("alice")
        principal = await p.authenticate(Credentials(api_key=token))
        assert principal is not None and principal.user_id == "alice"
        assert sum(u.endswith("/jwks") for u in counting.urls) == 2


@pytest.mark.anyio
async def test_verified_tokens_are_cached_until_expiry(idp: IdP) -> None:
    p = provider(idp)
    async with p.lifecycle():
        token = idp.token("alice")
        first = await p.authenticate(Credentials(api_key=token))
        assert first is not None and first.groups == ("eng", "ai-users") and first.auth_method == "oidc"
        p.jwks.keys = {}  # a second verification would now fail: the answer must come from the cache
        p.jwks._last_attempt = float("inf")  # and no refetch may refill the keys
        assert await p.authenticate(Credentials(api_key=token)) is first


@pytest.mark.anyio
async def test_only_jwt_shaped_bearers_are_checked(idp: IdP) -> None:
    assert not looks_like_jwt("bst_live_0123456789abcdef")
    assert not looks_like_jwt("eyJhbGciOi.only-two")
    assert looks_like_jwt(idp.token("alice"))
    p = provider(idp)
    counting = Counting()
    async with counting.client:
        p.jwks.client = counting.client
        assert await p.authenticate(Credentials(api_key="bst_live_0123456789abcdef")) is None
        assert await p.authenticate(Credentials(api_key=None)) is None
        assert counting.urls == []  # nothing was even fetched


@pytest.mark.parametrize(
    "entry, message",
    [
        ({"type": "oidc", "audience": "x"}, "auth.providers[0].issuer"),
        ({"type": "oidc", "issuer": "https://idp.example.com"}, "auth.providers[0].audience"),
        (
            {"type": "oidc", "issuer": "https://idp.example.com", "audience": "x", "algorithms": ["HS256"]},
            "auth.providers[0].algorithms",
        ),
        (
            {"type": "oidc", "issuer": "https://idp.example.com", "audience": "x", "algorithms": ["none"]},
            "auth.providers[0].algorithms",
        ),
        ({"type": "oidc", "issuer": "http://idp.example.com", "audience": "x"}, "must be https"),
        (
            {"type": "oidc", "issuer": "https://idp.example.com", "audience": "x", "surprise": 1},
            "auth.providers[0].surprise",
        ),
    ],
)
def test_bad_settings_are_reported(entry: dict[str, Any], message: str) -> None:
    with pytest.raises(SettingsError) as e:
        build_providers([entry])
    assert message in str(e.value)


def test_loopback_http_issuer_is_allowed() -> None:
    [p] = build_providers([{"type": "oidc", "issuer": "http://127.0.0.1:1", "audience": ["a", "b"]}])
    assert isinstance(p, OIDCProvider)
    assert p.settings.audiences == ["a", "b"]
