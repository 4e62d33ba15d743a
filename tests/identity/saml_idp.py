"""A real SAML 2.0 identity provider for the tests, built on pysaml2's IdP side
(``saml2.server.Server``) and run as its own process on loopback:

* ``GET  /sso/redirect`` takes an AuthnRequest (HTTP-Redirect binding) and shows a login form;
* ``POST /sso/login`` checks the user's password and answers with the auto-submitting form that
  posts a signed Response to the SP's ACS (HTTP-POST binding), as a real IdP does.

Keys and certificates are made at test time. Like a misconfigured or malicious IdP, the login
form accepts ``test_*`` fields that change the Response it issues (audience, lifetime, signing
key, InResponseTo, no signature), so the refusals are exercised with real signed messages.

Run: ``python -m tests.identity.saml_idp config.json`` (see :class:`SamlIdP` for the config).
"""

from __future__ import annotations

import contextlib
import datetime
import html
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from tests.gateway_process import ROOT, free_port
from tests.processes import answers, stop_process, wait_until

SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
DIGEST_SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256"
SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
DIGEST_SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1"
PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent"


def make_keypair(directory: Path, name: str) -> tuple[Path, Path]:
    """A throwaway RSA key and self-signed certificate (PEM files)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_file, cert_file = directory / f"{name}.key", directory / f"{name}.crt"
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key_file, cert_file


def idp_config(entity_id: str, base: str, key_file: Path, cert_file: Path, sp_metadata: str | None) -> Any:
    from saml2 import BINDING_HTTP_REDIRECT
    from saml2.config import IdPConfig

    config = IdPConfig()
    config.load(
        {
            "entityid": entity_id,
            "service": {
                "idp": {
                    "endpoints": {"single_sign_on_service": [(base + "/sso/redirect", BINDING_HTTP_REDIRECT)]},
                    "name_id_format": [PERSISTENT],
                    "policy": {
                        "default": {
                            "lifetime": {"minutes": 5},
                            "attribute_restrictions": None,
                            "name_form": "urn:oasis:names:tc:SAML:2.0:attrname-format:uri",
                        }
                    },
                }
            },
            "key_file": str(key_file),
            "cert_file": str(cert_file),
            "metadata": {"inline": [sp_metadata]} if sp_metadata else {},
        }
    )
    return config


def idp_metadata(entity_id: str, base: str, key_file: Path, cert_file: Path) -> str:
    """The IdP's metadata XML (what an IdP administrator hands to the SP)."""
    from saml2.metadata import entity_descriptor

    return str(entity_descriptor(idp_config(entity_id, base, key_file, cert_file, None)))


# --- the IdP process -------------------------------------------------------------------------


class _IdP:
    def __init__(self, cfg: dict[str, Any]) -> None:
        from saml2.server import Server

        self.cfg = cfg
        base = f"http://127.0.0.1:{cfg['port']}"
        sp_md = Path(cfg["sp_metadata_file"]).read_text()
        self.base = base

        def server(key: str, cert: str) -> Server:
            return Server(config=idp_config(cfg["entity_id"], base, Path(key), Path(cert), sp_md))

        self.server = server(cfg["key_file"], cfg["cert_file"])
        self.rogue = server(cfg["rogue_key_file"], cfg["rogue_cert_file"])
        # The clock knob patches pysaml2's time functions: one response at a time.
        self._lock = threading.Lock()
        self.users: dict[str, dict[str, Any]] = cfg["users"]

    def login_page(self, saml_request: str, relay_state: str) -> str:
        from saml2 import BINDING_HTTP_REDIRECT

        self.server.parse_authn_request(saml_request, BINDING_HTTP_REDIRECT)  # refuses a bad request
        return (
            "<!doctype html><html><body><h1>Test IdP sign-in</h1>"
            '<form method="post" action="/sso/login">'
            f'<input type="hidden" name="SAMLRequest" value="{html.escape(saml_request, quote=True)}">'
            f'<input type="hidden" name="RelayState" value="{html.escape(relay_state, quote=True)}">'
            '<input name="username"><input name="password" type="password">'
            "<button>Sign in</button></form></body></html>"
        )

    def respond(self, form: dict[str, str]) -> tuple[int, str]:
        from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
        from saml2.saml import NameID

        user = self.users.get(form.get("username", ""))
        if user is None or user["password"] != form.get("password"):
            return 401, "<!doctype html><p>wrong username or password</p>"
        req = self.server.parse_authn_request(form["SAMLRequest"], BINDING_HTTP_REDIRECT)
        args = self.server.response_args(req.message)
        server = self.server
        if form.get("test_sign_with") == "rogue":
            server = self.rogue
        in_response_to = form.get("test_in_response_to", args["in_response_to"]) or None
        signed = not form.get("test_unsigned")
        with self._lock, _clock_shifted(int(form.get("test_clock_offset_s", "0"))):
            response = server.create_authn_response(
                {k: list(v) for k, v in user["attributes"].items()},
                in_response_to,
                args["destination"],
                form.get("test_audience", args["sp_entity_id"]),
                name_id=NameID(format=PERSISTENT, text=user["name_id"]),
                authn={
                    "class_ref": "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport",
                    "authn_auth": self.cfg["entity_id"],
                },
                sign_assertion=signed,
                sign_response=signed and bool(form.get("test_sign_response")),
                sign_alg=SHA1 if form.get("test_sha1") else SHA256,
                digest_alg=DIGEST_SHA1 if form.get("test_sha1") else DIGEST_SHA256,
            )
        http = server.apply_binding(
            BINDING_HTTP_POST, str(response), args["destination"], form.get("RelayState", ""), response=True
        )
        return 200, http["data"]


@contextlib.contextmanager
def _clock_shifted(offset_s: int) -> Iterator[None]:
    """Build assertions as an IdP whose clock is ``offset_s`` seconds off (NotBefore and
    NotOnOrAfter both shifted, as with a real wrong clock)."""
    import saml2.assertion as assertion
    from saml2 import time_util

    if not offset_s:
        yield
        return
    instant, in_a_while = assertion.instant, assertion.in_a_while

    def shifted_instant(format: str = time_util.TIME_FORMAT, time_stamp: float = 0) -> str:  # noqa: A002
        return time_util.instant(format, time_stamp or time.time() + offset_s)

    def shifted_in_a_while(**kw: Any) -> str:
        return time_util.in_a_while(**{**kw, "seconds": kw.get("seconds", 0) + offset_s})

    assertion.instant, assertion.in_a_while = shifted_instant, shifted_in_a_while  # type: ignore[assignment]
    try:
        yield
    finally:
        assertion.instant, assertion.in_a_while = instant, in_a_while  # type: ignore[assignment]


def _handler(idp: _IdP) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _send(self, status: int, body: str) -> None:
            data = body.encode()
            self.send_response(status)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urlsplit(self.path)
            if url.path == "/healthz":
                self._send(200, "ok")
                return
            if url.path != "/sso/redirect":
                self._send(404, "not found")
                return
            q = {k: v[0] for k, v in parse_qs(url.query).items()}
            try:
                self._send(200, idp.login_page(q["SAMLRequest"], q.get("RelayState", "")))
            except Exception as e:  # noqa: BLE001 - a bad request is the client's problem
                self._send(400, f"bad AuthnRequest: {e.__class__.__name__}")

        def do_POST(self) -> None:  # noqa: N802
            if urlsplit(self.path).path != "/sso/login":
                self._send(404, "not found")
                return
            length = int(self.headers.get("content-length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode(), keep_blank_values=True).items()}
            self._send(*idp.respond(form))

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            sys.stderr.write("idp: " + format % args + "\n")

    return Handler


def main() -> None:
    cfg = json.loads(Path(sys.argv[1]).read_text())
    idp = _IdP(cfg)
    ThreadingHTTPServer(("127.0.0.1", cfg["port"]), _handler(idp)).serve_forever()


# --- the test-side handle --------------------------------------------------------------------


class SamlIdP:
    """Keys, metadata and the IdP process. Make it, hand :attr:`metadata` to the gateway, then
    :meth:`start` it with the SP's metadata (the usual metadata exchange)."""

    def __init__(self, workdir: Path, users: dict[str, dict[str, Any]]) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.entity_id = self.base + "/idp"
        self.users = users
        self.key_file, self.cert_file = make_keypair(workdir, "idp")
        self.rogue_key_file, self.rogue_cert_file = make_keypair(workdir, "rogue")
        self.metadata = idp_metadata(self.entity_id, self.base, self.key_file, self.cert_file)
        self.metadata_file = workdir / "idp-metadata.xml"
        self.metadata_file.write_text(self.metadata)
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, sp_metadata: str) -> SamlIdP:
        sp_file = self.workdir / "sp-metadata.xml"
        sp_file.write_text(sp_metadata)
        cfg = self.workdir / "idp.json"
        cfg.write_text(
            json.dumps(
                {
                    "port": self.port,
                    "entity_id": self.entity_id,
                    "users": self.users,
                    "sp_metadata_file": str(sp_file),
                    "key_file": str(self.key_file),
                    "cert_file": str(self.cert_file),
                    "rogue_key_file": str(self.rogue_key_file),
                    "rogue_cert_file": str(self.rogue_cert_file),
                }
            )
        )
        log = (self.workdir / "idp.log").open("ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.identity.saml_idp", str(cfg)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
        )
        wait_until(self._ready, self.proc, "SAML IdP", timeout=60)
        return self

    def _ready(self) -> bool:
        return answers(self.base + "/healthz")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            stop_process(self.proc)
        self.proc = None


if __name__ == "__main__":
    main()
