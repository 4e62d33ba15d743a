"""Bastion as the OAuth 2.1 authorization server of its MCP endpoints, end to end: a real
gateway process, a real OpenID provider (npm ``oidc-provider``) where the person signs in, the
``mcp`` SDK's own OAuth client (``mcp.client.auth``) starting from nothing, an https host for
Client ID Metadata Documents, and the refusals each with its OAuth error and audit record."""

from __future__ import annotations

import base64
import hashlib
import secrets
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from mcp import MCPError

from tests.gateway_process import GatewayProcess, free_port, start_gateway
from tests.identity.oidc_idp import IdP
from tests.mcp.conftest import FIXTURE, PY
from tests.oauth.helpers import MemoryStorage, MetadataHost, Person, oauth_session, query_of, self_signed

pytestmark = pytest.mark.anyio

LOGIN_CLIENT = {"client_id": "bastion-gateway", "client_secret": "gw-secret-0123456789abcdef0123456789"}
ACCOUNTS = {
    "alice": {"email": "alice@example.com", "name": "Alice Liddell", "groups": ["eng"]},
    "mallory": {"email": "mallory@example.com", "groups": ["contractors"]},
}
REGISTRATIONS_PER_HOUR = 12


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("cimd"))


@pytest.fixture(scope="module")
def cimd(certs: tuple[Path, Path]) -> Iterator[MetadataHost]:
    with MetadataHost(*certs).running() as host:
        yield host


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, certs: tuple[Path, Path]) -> Iterator[tuple[GatewayProcess, IdP]]:
    """The gateway first (its callback URL is the IdP's redirect URI), then the IdP on the port
    the gateway was told about (OIDC keys are fetched on first use)."""
    idp_port = free_port()
    config: dict[str, Any] = {
        "auth": {
            "providers": [
                {
                    "type": "oidc",
                    "issuer": f"http://127.0.0.1:{idp_port}",
                    "audience": ["bastion"],
                    "jwks_refresh_min_s": 1,
                    "grants": {"tools": ["fx__echo", "fx__fail"]},
                    "sign_in": {**LOGIN_CLIENT, "label": "Sign in with Example IdP"},
                }
            ],
            "oauth": {
                "enabled": True,
                "allowed_groups": ["eng"],
                "client_metadata": {"trusted_hosts": ["localhost"], "ca_file": str(certs[0])},
                "registration": {"per_address_per_hour": REGISTRATIONS_PER_HOUR},
            },
        },
        "mcp": {
            "servers": {"fx": {"command": PY, "args": [FIXTURE]}},
            "virtual_servers": {"team": {"tools": ["fx__echo"]}},
            "allowed_executables": [PY],
            "startup_wait_s": 60,
        },
    }
    with start_gateway(tmp_path_factory.mktemp("gw-oauth"), config, timeout=120) as gw:
        login = {**LOGIN_CLIENT, "redirect_uris": [gw.url + "/oauth/callback/oidc-0"]}
        idp = IdP(tmp_path_factory.mktemp("idp"), [], port=idp_port, login_clients=[login], accounts=ACCOUNTS)
        idp.start()
        try:
            yield gw, idp
        finally:
            idp.stop()


@pytest.fixture(scope="module")
def gw(world: tuple[GatewayProcess, IdP]) -> GatewayProcess:
    return world[0]


def traces(gw: GatewayProcess, **q: Any) -> list[dict[str, Any]]:
    r = gw.admin().get("/admin/traces", params={"limit": 200, **q})
    r.raise_for_status()
    return r.json()["items"]  # type: ignore[no-any-return]


def oauth_traces(gw: GatewayProcess, target: str, error: str | None = None) -> list[dict[str, Any]]:
    out = [t for t in traces(gw, front_door="oauth") if t["target"] == target]
    return [t for t in out if t["error_code"] == error] if error else out


# ---------------------------------------------------------------- the SDK client, from nothing
async def test_discovery_documents(gw: GatewayProcess) -> None:
    r = httpx.post(gw.url + "/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, timeout=30)
    assert r.status_code == 401
    challenge = r.headers["www-authenticate"]
    assert f'resource_metadata="{gw.url}/.well-known/oauth-protected-resource/mcp"' in challenge
    assert 'scope="mcp"' in challenge
    r = httpx.post(gw.url + "/servers/team/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"}, timeout=30)
    assert r.status_code == 401
    assert "/.well-known/oauth-protected-resource/servers/team/mcp" in r.headers["www-authenticate"]

    prm = httpx.get(gw.url + "/.well-known/oauth-protected-resource/servers/team/mcp", timeout=30).json()
    assert prm["resource"] == gw.url + "/servers/team/mcp"
    assert prm["authorization_servers"] == [gw.url]
    assert httpx.get(gw.url + "/.well-known/oauth-protected-resource/servers/nope/mcp", timeout=30).status_code == 404
    meta = httpx.get(gw.url + "/.well-known/oauth-authorization-server", timeout=30).json()
    assert meta["issuer"] == gw.url
    assert meta["code_challenge_methods_supported"] == ["S256"]
    assert meta["client_id_metadata_document_supported"] is True
    assert meta["registration_endpoint"] == gw.url + "/oauth/register"


async def test_sdk_client_with_registration_signs_in_at_the_idp_and_is_governed(gw: GatewayProcess) -> None:
    storage = MemoryStorage()
    person = Person("alice")
    redirect = f"http://127.0.0.1:{free_port()}/callback"
    async with oauth_session(gw.url + "/mcp", person, redirect, storage) as c:
        names = {t.name for t in (await c.list_tools()).tools}
        assert names == {"fx__echo", "fx__fail"}  # the provider's grants for this user
        result = await c.call_tool("fx__echo", {"text": "hi"})
        assert result.structured_content == {"echo": "hi"}
        with pytest.raises(MCPError):
            await c.call_tool("fx__slow", {})
    assert storage.client is not None and storage.client.client_id.startswith("bdc_")  # registered (DCR)
    assert storage.tokens is not None and storage.tokens.refresh_token
    assert any("Sign in with Example IdP" in p for p in person.pages)
    assert any("Authorize access" in p and "SDK test client" in p for p in person.pages)  # consent named the client

    calls = [t for t in traces(gw, user="alice", kind="tool") if t["target"] == "fx__echo"]
    assert calls and calls[0]["auth_method"] == "oauth:oidc"
    authn = next(s for s in calls[0]["stages"] if s["stage"] == "authenticate")
    assert authn["detail"]["oauth_client"] == storage.client.client_id
    assert oauth_traces(gw, "token")
