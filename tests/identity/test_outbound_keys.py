"""Bastion's signing keys for identity JWTs: generated once and kept in the store (every replica
sharing the store signs with the same key), rotation keeps the previous key published, tokens
verify against the published JWKS, and bad settings are reported with their field."""

from __future__ import annotations

from pathlib import Path

import pytest
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, RSAKey

from bastion.a2a.settings import load_a2a_settings
from bastion.gateway.outbound import Caller, Outbound, OutboundSettings
from bastion.gateway.outbound.settings import load_outbound_settings
from bastion.gateway.principal import Principal
from bastion.gateway.sections import SettingsError
from bastion.gateway.store import Store
from bastion.mcp_bridge.settings import load_mcp_settings

pytestmark = pytest.mark.anyio
ALICE = Caller(Principal("alice", "api_key", email="alice@example.com", groups=("eng", "ops"), department="R&D"))


async def _store(tmp_path: Path) -> Store:
    store = Store(f"sqlite+aiosqlite:///{tmp_path / 'bastion.db'}")
    await store.open()
    return store


def _verify(token: str, jwks: dict[str, object]) -> dict[str, object]:
    return jwt.decode(token, KeySet.import_key_set(jwks)).claims  # type: ignore[arg-type]


async def test_replicas_sharing_a_store_sign_with_one_key(tmp_path: Path) -> None:
    a, b = await _store(tmp_path), await _store(tmp_path)
    try:
        one = Outbound(OutboundSettings(), a, "https://gw.example")
        two = Outbound(OutboundSettings(), b, "https://gw.example")
        token = await one.tokens.token(ALICE, "crm")
        await two.keys.ensure()
        assert two.keys.current is not None and one.keys.current is not None
        assert two.keys.current.kid == one.keys.current.kid
        claims = _verify(token, two.keys.jwks())  # replica two verifies replica one's token
        assert claims["iss"] == "https://gw.example" and claims["sub"] == "alice" and claims["aud"] == "crm"
        assert claims["groups"] == ["eng", "ops"] and claims["department"] == "R&D"
        assert claims["exp"] - claims["iat"] == 300 and len(str(claims["jti"])) == 32
    finally:
        await a.close()
        await b.close()


async def test_rotation_keeps_the_previous_key_published(tmp_path: Path) -> None:
    store = await _store(tmp_path)
    try:
        ob = Outbound(OutboundSettings(), store, "https://gw.example")
        old_token = await ob.tokens.token(ALICE, "crm")
        old_kid = (await ob.keys.ensure()).kid
        new = await ob.keys.rotate()
        assert new.kid != old_kid
        assert [k["kid"] for k in ob.keys.jwks()["keys"]] == [new.kid, old_kid]
        _verify(old_token, ob.keys.jwks())  # still verifiable after the rotation
        other = Outbound(OutboundSettings(), store, "https://gw.example")  # another replica
        await other.keys.reload()
        assert other.keys.current is not None and other.keys.current.kid == new.kid
        gone = Outbound(OutboundSettings(retired_key_publish_s=0), store, "https://gw.example")
        await gone.keys.reload()
        with pytest.raises(JoseError):  # past the publish window the old key is gone
            _verify(old_token, gone.keys.jwks())
    finally:
        await store.close()


async def test_configured_rsa_key_signs_rs256(tmp_path: Path) -> None:
    key = RSAKey.generate_key(2048, private=True)
    pem = tmp_path / "signing.pem"
    pem.write_bytes(key.as_pem(private=True))
    ob = Outbound(OutboundSettings(signing_key=f"file:{pem}", kid="k1"), None, "https://gw.example")
    token = await ob.tokens.token(ALICE, "crm", ttl_s=60)
    assert ob.keys.jwks()["keys"][0]["alg"] == "RS256" and ob.keys.jwks()["keys"][0]["kid"] == "k1"
    assert _verify(token, ob.keys.jwks())["exp"] - _verify(token, ob.keys.jwks())["iat"] == 60
    assert await ob.tokens.token(ALICE, "crm", ttl_s=60) == token  # cached
    assert ob.tokens.minted == 1
    with pytest.raises(RuntimeError):
        await ob.keys.rotate()


def test_settings_errors_name_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingsError, match=r"auth\.outbound\.token_ttl_s"):
        load_outbound_settings({"token_ttl_s": 5})
    monkeypatch.delenv("NO_SUCH_KEY", raising=False)
    with pytest.raises(SettingsError, match=r"auth\.outbound\.signing_key: environment variable NO_SUCH_KEY"):
        Outbound(OutboundSettings(signing_key="${NO_SUCH_KEY}"), None, "x")
    with pytest.raises(SettingsError, match=r"auth\.outbound\.signing_key: not a PEM"):
        Outbound(OutboundSettings(signing_key="not a key"), None, "x")
    with pytest.raises(SettingsError, match=r"mcp\.servers\.gh\.credentials.*token_endpoint"):
        load_mcp_settings({"servers": {"gh": {"url": "https://gh/mcp", "credentials": {"type": "token_exchange"}}}})
    with pytest.raises(SettingsError, match=r"must be https"):
        load_mcp_settings(
            {
                "servers": {
                    "gh": {
                        "url": "https://gh/mcp",
                        "credentials": {
                            "type": "token_exchange",
                            "client_id": "b",
                            "token_endpoint": "http://idp.example/token",
                        },
                    }
                }
            }
        )
    with pytest.raises(SettingsError, match=r"need an HTTP 'url'"):
        load_mcp_settings({"servers": {"t": {"command": "x", "credentials": {"type": "identity_jwt"}}}})
    with pytest.raises(SettingsError, match=r"a2a\.agents\.who\.credentials.*both set the Authorization header"):
        load_a2a_settings(
            {"agents": {"who": {"url": "https://who", "credentials": {"type": "identity_jwt", "bearer_token": "x"}}}}
        )
    ok = load_mcp_settings(
        {
            "servers": {
                "gh": {
                    "url": "https://gh/mcp",
                    "credentials": {
                        "type": "token_exchange",
                        "client_id": "b",
                        "token_endpoint": "http://127.0.0.1:9/token",
                    },
                }
            }
        }
    )
    assert ok.servers["gh"].credentials is not None and ok.servers["gh"].credentials.per_user
