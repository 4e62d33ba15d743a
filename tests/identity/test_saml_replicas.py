"""Two gateway replicas behind one external URL, sharing a real Redis (``cache.url``): the
sign-in started on one replica completes on the other, the session works on both, a replay
on the other replica is refused, and a logout on one revokes the token everywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from tests.identity.saml_idp import SamlIdP
from tests.identity.test_saml import USERS, Browser, saml_entry, saml_gateway, token_of, whoami


def test_sign_in_across_replicas(tmp_path: Path, redis_url: str) -> None:
    (tmp_path / "idp").mkdir()
    idp = SamlIdP(tmp_path / "idp", USERS)
    external: dict[str, str] = {}

    def config(url: str) -> dict[str, Any]:
        # Both replicas are known to browsers and the IdP by the first one's URL.
        base = external.setdefault("url", url)
        return {"auth": {"providers": [saml_entry(idp, base)]}, "cache": {"url": redis_url}}

    with saml_gateway(tmp_path / "a", config) as a, saml_gateway(tmp_path / "b", config) as b:
        idp.start(httpx.get(a.url + "/auth/saml/corp/metadata", timeout=30).text)
        try:
            browser = Browser(a)
            action, fields = browser.idp_response("alice")
            assert action == a.url + "/auth/saml/corp/acs"
            # The load balancer sends the IdP's POST to replica b.
            page = browser.post_acs(b.url + "/auth/saml/corp/acs", fields)
            token = token_of(page)
            assert whoami(a, token).json()["user_id"] == "alice"
            assert whoami(b, token).json()["groups"] == ["ai-users", "eng"]
            # The same response replayed at replica a is refused.
            replay = browser.post_acs(a.url + "/auth/saml/corp/acs", fields)
            assert replay.status_code == 401 and "assertion already used (replay)" in replay.text
            # Logout at b revokes the token at a.
            r = httpx.post(b.url + "/auth/saml/corp/logout", headers={"authorization": f"Bearer {token}"}, timeout=30)
            assert r.status_code == 200
            assert whoami(a, token).status_code == 401
            browser.http.close()
        finally:
            idp.stop()
