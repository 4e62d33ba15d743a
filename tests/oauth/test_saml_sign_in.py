"""Signing in through SAML to authorize an MCP client: the gateway's existing SAML browser flow
against a real SAML IdP (pysaml2's IdP side, its own process), its validated assertion handed to
the OAuth authorization server instead of opening a session, then consent, code and token for
the ``mcp`` SDK's OAuth client, governed as that person."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import yaml

from tests.gateway_process import GatewayProcess, free_port
from tests.identity.saml_idp import SamlIdP
from tests.mcp.conftest import FIXTURE, PY
from tests.oauth.helpers import MemoryStorage, Person, oauth_session

pytestmark = pytest.mark.anyio

USERS = {
    "alice": {
        "password": "wonderland",
        "name_id": "alice",
        "attributes": {"mail": ["alice@example.com"], "groups": ["ai-users", "eng"]},
    },
}


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GatewayProcess]:
    idp = SamlIdP(tmp_path_factory.mktemp("saml-idp"), USERS)
    workdir = tmp_path_factory.mktemp("gw-oauth-saml")
    g = GatewayProcess(workdir, {})  # the port first: the SAML base_url is the gateway's own URL
    config: dict[str, Any] = {
        **yaml.safe_load(g.config_path.read_text()),
        "auth": {
            "providers": [
                {
                    "type": "saml",
                    "name": "corp",
                    "base_url": g.url,
                    "idp_metadata_file": str(idp.metadata_file),
                    "allowed_groups": ["ai-users"],
                    "grants": {"tools": ["fx__echo"]},
                }
            ],
            "oauth": {"enabled": True},
        },
        "mcp": {
            "servers": {"fx": {"command": PY, "args": [FIXTURE]}},
            "allowed_executables": [PY],
            "startup_wait_s": 60,
        },
    }
    g.config_path.write_text(yaml.safe_dump(config))
    try:
        g.start(120)
        idp.start(httpx.get(g.url + "/auth/saml/corp/metadata", timeout=30).text)
        yield g
    finally:
        idp.stop()
        try:
            g.stop()
        except Exception:  # noqa: BLE001 - teardown must not hide the test's own failure
            g.kill()


async def test_saml_sign_in_authorizes_the_sdk_client(gw: GatewayProcess) -> None:
    person = Person("alice", "wonderland")
    storage = MemoryStorage()
    redirect = f"http://127.0.0.1:{free_port()}/callback"
    async with oauth_session(gw.url + "/mcp", person, redirect, storage) as c:
        assert {t.name for t in (await c.list_tools()).tools} == {"fx__echo"}
        assert (await c.call_tool("fx__echo", {"text": "saml"})).structured_content == {"echo": "saml"}
    assert any("SAMLResponse" in p for p in person.pages)  # the IdP posted its assertion to our ACS
    assert not any("bsn_sso_" in p for p in person.pages)  # no session token was shown or opened
    items = gw.admin().get("/admin/traces", params={"user": "alice", "kind": "tool"}).json()["items"]
    assert items[0]["auth_method"] == "oauth:saml"


async def test_a_handoff_key_is_good_once(gw: GatewayProcess) -> None:
    r = httpx.get(gw.url + "/oauth/callback/saml-0", params={"handoff": "made-up"}, timeout=30)
    assert r.status_code == 401 and "unknown or was already used" in r.text
