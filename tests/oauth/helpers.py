"""Test helpers for the OAuth authorization server: a person in a browser (an HTTP client that
follows redirects, links and forms the way a browser without script does), an https server for
Client ID Metadata Documents, and the mcp SDK's OAuth client wired to both."""

from __future__ import annotations

import base64
import contextlib
import datetime
import hashlib
import ipaddress
import json
import secrets
import ssl
import threading
from collections.abc import AsyncIterator, Iterator
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

import httpx
import httpx2
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from mcp import Client
from mcp.client.auth import OAuthClientProvider
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.auth import AuthorizationCodeResult, OAuthClientInformationFull, OAuthClientMetadata, OAuthToken

from tests.gateway_process import GatewayProcess, free_port


class _Forms(HTMLParser):
    """The forms (action, method, fields, submit buttons) and links of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append(
                {"action": a.get("action", ""), "method": a.get("method", "get"), "fields": {}, "buttons": []}
            )
        elif tag == "input" and self.forms and a.get("name"):
            if a.get("type") == "submit":
                self.forms[-1]["buttons"].append((a["name"], a.get("value", "")))
            else:
                self.forms[-1]["fields"][a["name"]] = a.get("value", "")
        elif tag == "button" and self.forms and a.get("name"):
            self.forms[-1]["buttons"].append((a["name"], a.get("value", "")))
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])


class Person:
    """Signs in and consents in a browser-like HTTP client (cookies kept, redirects followed by
    hand so that the one to the client's redirect URI is caught instead of fetched)."""

    def __init__(self, login: str, password: str = "any", decision: str = "allow", method: str | None = None) -> None:
        self.login = login
        self.password = password
        self.decision = decision
        #: On Bastion's sign-in page, the form of this method (``ldap-0``, ``local``); else the first.
        self.method = method
        self.pages: list[str] = []

    async def authorize(self, url: str, redirect_prefix: str, max_steps: int = 30) -> str:
        """Follow ``url`` until the browser is sent to ``redirect_prefix``; return that URL."""
        async with httpx.AsyncClient(timeout=30, follow_redirects=False) as http:
            method, data = "GET", None
            for _ in range(max_steps):
                if url.startswith(redirect_prefix):
                    return url
                r = await http.request(method, url, data=data)
                method, data = "GET", None
                if r.is_redirect:
                    url = urljoin(url, r.headers["location"])
                    continue
                self.pages.append(r.text)
                if r.status_code >= 400:
                    raise AssertionError(f"{r.status_code} at {url}: {r.text[-1500:]}")
                parsed = _Forms()
                parsed.feed(r.text)
                if parsed.forms:
                    wanted = [
                        f for f in parsed.forms if self.method and f["action"].endswith(f"/sign-in/{self.method}")
                    ]
                    form = (wanted or parsed.forms)[0]
                    fields = dict(form["fields"])
                    for name in ("login", "username"):
                        if name in fields or any(n == name for n in fields):
                            fields[name] = self.login
                    if "password" in fields:
                        fields["password"] = self.password
                    chosen = [b for b in form["buttons"] if b[1] == self.decision] or form["buttons"][:1]
                    for name, value in chosen:
                        fields[name] = value
                    url = urljoin(url, form["action"] or url)
                    method = form["method"].upper()
                    data = fields if method == "POST" else None
                    continue
                buttons = [link for link in parsed.links if "/oauth/sign-in/" in link]
                if buttons:
                    url = urljoin(url, buttons[0])
                    continue
                raise AssertionError(f"nothing to do at {url}: {r.text[:500]}")
        raise AssertionError("too many steps")


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}


class MemoryStorage:
    def __init__(self) -> None:
        self.tokens: OAuthToken | None = None
        self.client: OAuthClientInformationFull | None = None

    async def get_tokens(self) -> OAuthToken | None:
        return self.tokens

    async def set_tokens(self, tokens: OAuthToken) -> None:
        self.tokens = tokens

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        return self.client

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        self.client = client_info


REDIRECT = "http://127.0.0.1:{port}/callback"


@contextlib.asynccontextmanager
async def oauth_session(
    url: str, person: Person, redirect_uri: str, storage: MemoryStorage, metadata_url: str | None = None
) -> AsyncIterator[Client]:
    """The mcp SDK's OAuth client (``mcp.client.auth``) connecting to ``url`` from nothing."""
    landed: dict[str, str] = {}

    async def redirect_handler(auth_url: str) -> None:
        landed["url"] = await person.authorize(auth_url, redirect_uri)

    async def callback_handler() -> AuthorizationCodeResult:
        q = query_of(landed.pop("url"))
        return AuthorizationCodeResult(code=q["code"], state=q.get("state"), iss=q.get("iss"))

    provider = OAuthClientProvider(
        server_url=url,
        client_metadata=OAuthClientMetadata(
            redirect_uris=[redirect_uri],  # type: ignore[list-item]
            client_name="SDK test client",
            grant_types=["authorization_code", "refresh_token"],
            response_types=["code"],
            token_endpoint_auth_method="none",
        ),
        storage=storage,
        redirect_handler=redirect_handler,
        callback_handler=callback_handler,
        client_metadata_url=metadata_url,
    )
    async with httpx2.AsyncClient(auth=provider, timeout=httpx2.Timeout(60, read=90)) as http:
        async with Client(streamable_http_client(url, http_client=http), cache=None) as c:
            yield c


# ---------------------------------------------------------------- CIMD over https on loopback
def self_signed(workdir: Path) -> tuple[Path, Path]:
    """A certificate for ``localhost`` and 127.0.0.1 (its own CA) and its key."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = workdir / "cimd.pem", workdir / "cimd.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


class MetadataHost:
    """An https server on loopback serving JSON documents by path (client metadata documents)."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.port = free_port()
        self.docs: dict[str, Any] = {}
        docs = self.docs

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                doc = docs.get(self.path)
                body = json.dumps(doc).encode() if doc is not None else b"{}"
                self.send_response(200 if doc is not None else 404)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str, host: str = "localhost") -> str:
        return f"https://{host}:{self.port}{path}"

    @contextlib.contextmanager
    def running(self) -> Iterator[MetadataHost]:
        self.thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()


# ---------------------------------------------------------------- a client by hand
def pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def register(gw: GatewayProcess, redirect: str) -> str:
    r = httpx.post(
        gw.url + "/oauth/register",
        json={"client_name": "hand client", "redirect_uris": [redirect], "token_endpoint_auth_method": "none"},
        timeout=30,
    )
    assert r.status_code == 201, r.text
    return str(r.json()["client_id"])


def authorize_url(gw: GatewayProcess, client_id: str, redirect: str, challenge: str, **extra: str) -> str:
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": redirect,
        "state": "st-1",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "resource": gw.url + "/mcp",
        **extra,
    }
    return gw.url + "/oauth/authorize?" + urlencode(params)


async def access_token(
    gw: GatewayProcess, login: str, resource_path: str = "/mcp", password: str = "any"
) -> dict[str, Any]:
    """A registered client, a person's sign-in and consent, the code exchanged: the token response."""
    redirect = f"http://127.0.0.1:{free_port()}/cb"
    client_id = register(gw, redirect)
    verifier, challenge = pkce()
    url = authorize_url(gw, client_id, redirect, challenge, resource=gw.url + resource_path)
    code = query_of(await Person(login, password).authorize(url, redirect))["code"]
    r = httpx.post(
        gw.url + "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect,
            "client_id": client_id,
            "code_verifier": verifier,
        },
        timeout=30,
    )
    r.raise_for_status()
    return {**r.json(), "client_id": client_id}
