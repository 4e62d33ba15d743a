"""SAML 2.0 sign-in end to end: a real IdP process (pysaml2's IdP side, ``saml_idp.py``) and a
real gateway process. The browser is played by httpx exactly as a browser behaves: follow the
redirect to the IdP, submit its login form, post the auto-submitting SAMLResponse form to the
gateway's ACS. The session token then works on the LLM front door (official ``openai`` SDK)
and ``/whoami``; forged, misdirected, expired, replayed and unsolicited responses are refused."""

from __future__ import annotations

import base64
import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import httpx
import openai
import pytest
import yaml

from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess
from tests.identity.saml_idp import SamlIdP

USERS = {
    "alice": {
        "password": "wonderland",
        "name_id": "alice",
        "attributes": {
            "mail": ["alice@example.com"],
            "displayName": ["Alice Liddell"],
            "groups": ["ai-users", "eng"],
            "department": ["Research"],
        },
    },
    "root": {
        "password": "toor-pass",
        "name_id": "root",
        "attributes": {"mail": ["root@example.com"], "groups": ["ai-users", "platform-admins"]},
    },
    "mallory": {
        "password": "contractor",
        "name_id": "mallory",
        "attributes": {"mail": ["mallory@example.com"], "groups": ["contractors"]},
    },
}
ACCEPT_HTML = {"accept": "text/html,application/xhtml+xml"}


class _Forms(HTMLParser):
    """The forms of a page: action and input name -> value (what a browser would submit)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append((a.get("action", ""), {}))
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1][1][a["name"]] = a.get("value", "")


def first_form(page: str, base: str) -> tuple[str, dict[str, str]]:
    parser = _Forms()
    parser.feed(page)
    assert parser.forms, page[:500]
    action, fields = parser.forms[0]
    return urljoin(base, action), fields


@dataclass
class Browser:
    """One browser (its own cookie jar) signing in at ``gw`` through the IdP."""

    gw: GatewayProcess
    provider: str = "corp"

    def __post_init__(self) -> None:
        self.http = httpx.Client(timeout=60, follow_redirects=False)

    def idp_response(
        self, user: str = "alice", password: str | None = None, next_path: str | None = None, **knobs: str
    ) -> tuple[str, dict[str, str]]:
        """Start sign-in and log in at the IdP: the ACS URL and the form the IdP's page would
        post there (SAMLResponse, RelayState), not yet posted."""
        params = {"next": next_path} if next_path is not None else {}
        r = self.http.get(f"{self.gw.url}/auth/saml/{self.provider}/login", params=params, headers=ACCEPT_HTML)
        assert r.status_code == 303, r.text
        login_page = self.http.get(r.headers["location"], headers=ACCEPT_HTML)
        assert login_page.status_code == 200, login_page.text
        action, fields = first_form(login_page.text, r.headers["location"])
        fields.update(username=user, password=password or USERS[user]["password"], **knobs)
        posted = self.http.post(action, data=fields, headers=ACCEPT_HTML)
        assert posted.status_code == 200, posted.text
        return first_form(posted.text, action)

    def post_acs(self, action: str, fields: dict[str, str], html: bool = True) -> httpx.Response:
        return self.http.post(action, data=fields, headers=ACCEPT_HTML if html else {"accept": "application/json"})

    def sign_in(self, user: str = "alice", next_path: str | None = None, **knobs: str) -> httpx.Response:
        return self.post_acs(*self.idp_response(user, next_path=next_path, **knobs))


def token_of(page: httpx.Response) -> str:
    assert page.status_code == 200, page.text
    m = re.search(r'data-token="(bsn_sso_[A-Za-z0-9_\-]+)"', page.text)
    assert m, page.text
    return m.group(1)


def whoami(gw: GatewayProcess, token: str) -> httpx.Response:
    return httpx.get(gw.url + "/whoami", headers={"authorization": f"Bearer {token}"}, timeout=30)


def saml_entry(idp: SamlIdP, base_url: str, **extra: Any) -> dict[str, Any]:
    # Every test signs in from 127.0.0.1: lift the per-address sign-in limit (tested apart).
    return {
        "type": "saml",
        "name": "corp",
        "base_url": base_url,
        "idp_metadata_file": str(idp.metadata_file),
        "admin_groups": ["platform-admins"],
        "allowed_groups": ["ai-users"],
        "login_rpm": 10_000,
        **extra,
    }


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeProvider]:
    with FakeProvider() as f:
        yield f


@contextlib.contextmanager
def saml_gateway(workdir: Path, config: Callable[[str], dict[str, Any]]) -> Iterator[GatewayProcess]:
    """A gateway whose config depends on its own URL (the SAML base_url): the process object
    picks the port, then the config is completed before start."""
    workdir.mkdir(parents=True, exist_ok=True)
    gw = GatewayProcess(workdir, {})
    cfg = yaml.safe_load(gw.config_path.read_text())
    gw.config_path.write_text(yaml.safe_dump({**cfg, **config(gw.url)}))
    try:
        yield gw.start(120)
    finally:
        try:
            gw.stop()
        except Exception:  # noqa: BLE001 - teardown must not hide the test's own failure
            gw.kill()


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory, fake: FakeProvider) -> Iterator[tuple[GatewayProcess, SamlIdP]]:
    idp = SamlIdP(tmp_path_factory.mktemp("saml-idp"), USERS)

    def config(url: str) -> dict[str, Any]:
        flood = saml_entry(idp, url, name="flood", login_rpm=3)
        return {
            "auth": {"providers": [saml_entry(idp, url), flood]},
            "llm": {
                "providers": {"oa": {"type": "openai", "base_url": fake.url + "/v1", "api_key": "up"}},
                "aliases": {"main": ["oa/gpt-x"]},
            },
        }

    with saml_gateway(tmp_path_factory.mktemp("gw-saml"), config) as gw:
        try:
            # The metadata exchange: the IdP learns our ACS URL from our metadata.
            idp.start(httpx.get(gw.url + "/auth/saml/corp/metadata", timeout=30).text)
            yield gw, idp
        finally:
            idp.stop()


@pytest.fixture
def gw(setup: tuple[GatewayProcess, SamlIdP]) -> GatewayProcess:
    return setup[0]


@pytest.fixture
def browser(gw: GatewayProcess) -> Iterator[Browser]:
    b = Browser(gw)
    yield b
    b.http.close()


# --- the happy path --------------------------------------------------------------------------


def test_sign_in_gives_a_token_that_works_on_the_llm_front_door(gw: GatewayProcess, browser: Browser) -> None:
    page = browser.sign_in("alice")
    token = token_of(page)
    assert "Signed in as alice" in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
    assert page.headers["cache-control"] == "no-store"
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=token, max_retries=0)
    raw = client.chat.completions.with_raw_response.create(model="main", messages=[{"role": "user", "content": "hi"}])
    assert raw.parse().choices[0].message.content == "echo: hi"
    with gw.admin() as c:
        t = c.get(f"/admin/traces/{raw.headers['x-bastion-trace-id']}").json()
    assert (t["auth_method"], t["user_id"], t["email"]) == ("saml", "alice", "alice@example.com")
    assert t["groups"] == ["ai-users", "eng"]
    # The token is never in the log; the sign-in is.
    assert token not in gw.logs()
    assert "SAML corp: signed in user=alice" in gw.logs()


def test_attributes_map_to_the_principal(gw: GatewayProcess, browser: Browser) -> None:
    me = whoami(gw, token_of(browser.sign_in("alice"))).json()
    assert me["user_id"] == "alice" and me["auth_method"] == "saml"
    assert (me["name"], me["department"], me["roles"]) == ("Alice Liddell", "Research", [])
    # x-api-key works as well as Authorization: Bearer.
    token = token_of(browser.sign_in("alice"))
    r = httpx.get(gw.url + "/whoami", headers={"x-api-key": token}, timeout=30)
    assert r.status_code == 200 and r.json()["user_id"] == "alice"


def test_admin_group_reaches_the_admin_api(gw: GatewayProcess, browser: Browser) -> None:
    root = token_of(browser.sign_in("root"))
    assert (
        httpx.get(gw.url + "/admin/users", headers={"authorization": f"Bearer {root}"}, timeout=30).status_code == 200
    )
    alice = token_of(browser.sign_in("alice"))
    assert (
        httpx.get(gw.url + "/admin/users", headers={"authorization": f"Bearer {alice}"}, timeout=30).status_code == 403
    )


def test_json_clients_get_the_token_as_json(gw: GatewayProcess, browser: Browser) -> None:
    action, fields = browser.idp_response("alice")
    r = browser.post_acs(action, fields, html=False)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["token"].startswith("bsn_sso_") and body["user_id"] == "alice" and body["token_type"] == "Bearer"
    assert whoami(gw, body["token"]).status_code == 200


def test_user_outside_allowed_groups_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    r = browser.sign_in("mallory")
    assert r.status_code == 403
    assert "not in allowed_groups" in r.text and "bsn_sso_" not in r.text


def test_metadata_names_our_entity_and_acs(gw: GatewayProcess) -> None:
    r = httpx.get(gw.url + "/auth/saml/corp/metadata", timeout=30)
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/samlmetadata+xml")
    assert f'entityID="{gw.url}/auth/saml/corp/metadata"' in r.text
    assert f'Location="{gw.url}/auth/saml/corp/acs"' in r.text
    assert 'WantAssertionsSigned="true"' in r.text


def test_sign_in_links_are_listed_for_the_dashboard(gw: GatewayProcess) -> None:
    r = httpx.get(gw.url + "/auth/providers", timeout=30)  # public: the dashboard's sign-in page
    assert r.status_code == 200
    assert r.json()["sign_in"] == [
        {"type": "saml", "name": "corp", "login_url": "/auth/saml/corp/login"},
        {"type": "saml", "name": "flood", "login_url": "/auth/saml/flood/login"},
    ]


def test_one_address_cannot_flood_sign_in_starts(gw: GatewayProcess) -> None:
    # Each start stores a request record: past login_rpm (3 on the "flood" provider) an
    # address is refused, so a flood cannot push sessions out of the cache.
    url = gw.url + "/auth/saml/flood/login"
    # Seven starts: even if the minute window turns during them, one window sees four or more.
    codes = [httpx.get(url, timeout=30, headers={"accept": "application/json"}).status_code for _ in range(7)]
    assert codes[:3] == [303, 303, 303] and 429 in codes and set(codes) == {303, 429}, codes
    r = httpx.get(url, timeout=30, headers={"accept": "application/json"})
    assert r.json()["error"]["code"] == "rate_limited"
    # Other providers (and their users) are not affected.
    assert httpx.get(gw.url + "/auth/saml/corp/login", timeout=30).status_code == 303


# --- next / RelayState -----------------------------------------------------------------------


def test_next_to_the_dashboard_hands_over_the_token(gw: GatewayProcess, browser: Browser) -> None:
    action, fields = browser.idp_response("root", next_path="/dashboard/")
    assert fields["RelayState"] == "/dashboard/"
    page = browser.post_acs(action, fields)
    token_of(page)
    assert 'id="next" href="/dashboard/" data-handoff="dashboard"' in page.text
    assert "sessionStorage.setItem('bastion.dashboard.token'" in page.text
    # The only script allowed is that one, by its hash.
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", page.headers["content-security-policy"])
    other = browser.sign_in("alice", next_path="/v1/models?x=1")
    assert 'href="/v1/models?x=1"' in other.text and "data-handoff" not in other.text
    assert "<script>" not in other.text


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
        "javascript:alert(1)",
        "/ok\r\nLocation: https://evil.example",
        "dashboard",
    ],
)
def test_open_redirects_are_refused(gw: GatewayProcess, browser: Browser, target: str) -> None:
    r = browser.http.get(f"{gw.url}/auth/saml/corp/login", params={"next": target}, headers=ACCEPT_HTML)
    assert r.status_code == 400
    assert "location" not in r.headers
    assert "next must be a local path" in r.text


def test_a_rewritten_relay_state_is_not_followed(gw: GatewayProcess, browser: Browser) -> None:
    action, fields = browser.idp_response("alice", next_path="/dashboard/")
    fields["RelayState"] = "https://evil.example/"
    page = browser.post_acs(action, fields)
    token_of(page)
    assert "evil.example" not in page.text and 'href="/dashboard/"' in page.text


# --- refusals --------------------------------------------------------------------------------


def refused(r: httpx.Response, reason: str, gw: GatewayProcess) -> None:
    assert r.status_code in (400, 401, 403), r.text
    assert "bsn_sso_" not in r.text
    assert reason in r.text, r.text
    assert f"acs refused: {reason}" in gw.logs()


def _xml(fields: dict[str, str]) -> str:
    return base64.b64decode(fields["SAMLResponse"]).decode()


def _with_xml(fields: dict[str, str], xml: str) -> dict[str, str]:
    return {**fields, "SAMLResponse": base64.b64encode(xml.encode()).decode()}


def test_tampered_response_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    action, fields = browser.idp_response("alice")
    xml = _xml(fields)
    assert ">eng<" in xml
    r = browser.post_acs(action, _with_xml(fields, xml.replace(">eng<", ">platform-admins<")))
    refused(r, "signature missing or invalid", gw)
    # The untouched response still works (the request was not used up by the forgery).
    assert token_of(browser.post_acs(action, fields))


def test_response_signed_by_another_key_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    refused(browser.sign_in("alice", test_sign_with="rogue"), "signature missing or invalid", gw)


def test_unsigned_response_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    refused(browser.sign_in("alice", test_unsigned="1"), "signature missing or invalid", gw)


def _assertion_span(xml: str) -> tuple[int, int, str]:
    m = re.search(r"<(\w+):Assertion\b.*</\1:Assertion>", xml, re.S)
    assert m
    return m.start(), m.end(), m.group(0)


def test_signature_wrapping_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    """XSW: an unsigned forged assertion (eve, admin) beside, or wrapping, the genuine
    signed one, whose signature stays valid on its own."""
    action, fields = browser.idp_response("alice")
    xml = _xml(fields)
    start, end, signed = _assertion_span(xml)
    evil = re.sub(r"<(\w+):Signature\b.*</\1:Signature>", "", signed, flags=re.S)
    evil = evil.replace(">alice<", ">eve<").replace(">eng<", ">platform-admins<")
    evil_id = re.sub(r'ID="[^"]+"', 'ID="id-evil"', evil, count=1)
    # 1: the forged assertion first, the signed one after it.
    r = browser.post_acs(action, _with_xml(fields, xml[:start] + evil_id + signed + xml[end:]))
    assert r.status_code == 401 and "bsn_sso_" not in r.text, r.text
    # 2: the forged assertion (same ID) wrapping the signed one in its Advice.
    prefix = re.match(r"<(\w+):", signed).group(1)  # type: ignore[union-attr]
    wrapped = evil.replace(
        f"</{prefix}:Assertion>", f"<{prefix}:Advice>{signed}</{prefix}:Advice></{prefix}:Assertion>"
    )
    r = browser.post_acs(action, _with_xml(fields, xml[:start] + wrapped + xml[end:]))
    assert r.status_code == 401 and "bsn_sso_" not in r.text, r.text
    # 3: the signature moved onto the forged assertion (reference still to the genuine ID).
    sig = re.search(r"<(\w+):Signature\b.*</\1:Signature>", signed, re.S).group(0)  # type: ignore[union-attr]
    issuer_end = evil_id.index("</", evil_id.index(":Issuer"))
    issuer_end = evil_id.index(">", issuer_end) + 1
    moved = evil_id[:issuer_end] + sig + evil_id[issuer_end:]
    r = browser.post_acs(action, _with_xml(fields, xml[:start] + moved + xml[end:]))
    assert r.status_code == 401 and "bsn_sso_" not in r.text, r.text
    assert "signed in user=eve" not in gw.logs()


def test_sha1_signatures_are_refused(gw: GatewayProcess, browser: Browser) -> None:
    # A validly signed response, but with RSA-SHA1: forgeable, so refused by default.
    refused(browser.sign_in(test_sha1="1"), "signed with SHA-1", gw)


def test_wrong_audience_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    refused(
        browser.sign_in("alice", test_audience="https://other-sp.example/metadata"),
        "assertion audience is not our SP entity id",
        gw,
    )


def test_expired_assertion_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    # Issued by an IdP whose clock is 30 min late: valid for 5 min, so expired 25 min ago.
    refused(browser.sign_in("alice", test_clock_offset_s="-1800"), "assertion expired", gw)


def test_assertion_from_the_future_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    refused(browser.sign_in("alice", test_clock_offset_s="900"), "assertion not yet valid", gw)


def test_clock_skew_within_the_allowance_is_accepted(gw: GatewayProcess, browser: Browser) -> None:
    # clock_skew_s defaults to 60: an IdP 30 s ahead is fine.
    assert token_of(browser.sign_in("alice", test_clock_offset_s="30"))


def test_replayed_response_is_refused(gw: GatewayProcess, browser: Browser) -> None:
    action, fields = browser.idp_response("alice")
    token_of(browser.post_acs(action, fields))
    other = Browser(gw)  # an attacker replaying a captured form from elsewhere
    try:
        refused(other.post_acs(action, fields), "assertion already used (replay)", gw)
    finally:
        other.http.close()


def test_unsolicited_and_unknown_in_response_to_are_refused(gw: GatewayProcess, browser: Browser) -> None:
    unsolicited = "unsolicited response (InResponseTo does not match a request we issued)"
    refused(browser.sign_in("alice", test_in_response_to="id-never-issued"), unsolicited, gw)
    refused(browser.sign_in("alice", test_in_response_to=""), unsolicited, gw)  # IdP-initiated


def test_malformed_posts_are_refused(gw: GatewayProcess, browser: Browser) -> None:
    acs = f"{gw.url}/auth/saml/corp/acs"
    assert browser.post_acs(acs, {}).status_code == 400
    assert browser.post_acs(acs, {"SAMLResponse": "not base64 xml!"}).status_code == 400
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&x;</samlp:Response>'
    )
    r = browser.post_acs(acs, {"SAMLResponse": base64.b64encode(xxe.encode()).decode()}, html=False)
    assert r.status_code == 400 and r.json()["error"]["code"] == "saml_refused"
    assert "root:" not in r.text


# --- logout ----------------------------------------------------------------------------------


def test_logout_revokes_the_token(gw: GatewayProcess, browser: Browser, fake: FakeProvider) -> None:
    token = token_of(browser.sign_in("alice"))
    assert whoami(gw, token).status_code == 200
    r = httpx.post(f"{gw.url}/auth/saml/corp/logout", headers={"authorization": f"Bearer {token}"}, timeout=30)
    assert r.status_code == 200 and r.json() == {"revoked": True}
    assert whoami(gw, token).status_code == 401
    client = openai.OpenAI(base_url=gw.url + "/v1", api_key=token, max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="main", messages=[{"role": "user", "content": "hi"}])
    again = httpx.post(f"{gw.url}/auth/saml/corp/logout", headers={"authorization": f"Bearer {token}"}, timeout=30)
    assert again.status_code == 401
    # Logout needs the token in a header: a cross-site form post (no header) revokes nothing.
    assert httpx.post(f"{gw.url}/auth/saml/corp/logout", data={"token": token}, timeout=30).status_code == 401


def test_forged_session_tokens_are_refused(gw: GatewayProcess) -> None:
    for forged in ("bsn_sso_" + "A" * 43, "bsn_sso_", "bsn_sso_" + "x" * 500):
        assert whoami(gw, forged).status_code == 401
