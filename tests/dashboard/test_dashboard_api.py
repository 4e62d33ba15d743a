"""The operations dashboard at /dashboard: served with strict security headers, no secrets in
the files, and every admin API path its script calls exists and needs the admin role."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bastion.gateway.dashboard import STATIC_DIR
from tests.gateway_process import BASTION, GatewayProcess, start_gateway

JS = STATIC_DIR / "dashboard.js"
SCRIPTS = sorted(STATIC_DIR.glob("*.js"))
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'"
)
ASSETS = {
    "/dashboard/": "text/html",
    "/dashboard/index.html": "text/html",
    "/dashboard/dashboard.css": "text/css",
    "/dashboard/dashboard.js": "javascript",
    "/dashboard/charts.js": "javascript",
    "/dashboard/diff.js": "javascript",
}
CONFIG = {
    "budgets": {
        "users": {"dash-user": {"max_tokens": 1000, "period": "day"}},
        "groups": {"dash-group": {"max_spend": 5.0}},
    }
}


class Gateway:
    """The running gateway plus a non-admin key, a real trace id and a stored policy."""

    def __init__(self, gw: GatewayProcess) -> None:
        self.gw = gw
        self.user_key = gw.create_key("dash-user")
        r = httpx.get(gw.url + "/whoami", headers={"authorization": f"Bearer {self.user_key}"}, timeout=30)
        assert r.status_code == 200, r.text
        self.trace_id = r.headers["x-bastion-trace-id"]
        with gw.admin() as a:
            a.post("/admin/policies/templates/secrets", json={}).raise_for_status()


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    with start_gateway(tmp_path_factory.mktemp("dashboard"), CONFIG) as gw:
        yield Gateway(gw)


def _block(name: str) -> str:
    """The text of ``const <name> = Object.freeze({...});`` in the script."""
    m = re.search(rf"const {name} = Object\.freeze\(\{{(.*?)\}}\);", JS.read_text(), re.S)
    assert m, f"no {name} table in the script"
    return m.group(1)


def _admin_paths() -> set[str]:
    """Every admin API path the script reads (templates keep their ``{name}`` holes)."""
    return set(re.findall(r"""["'`](/admin/[^"'`?]*)""", _block("API")))


def _actions() -> dict[str, tuple[str, str]]:
    """The script's changes: name -> (method, path template)."""
    return {n: (m, p) for n, m, p in re.findall(r'(\w+): \["(\w+)", "(/admin/[^"]*)"\]', _block("ACTIONS"))}


def test_no_admin_path_outside_the_two_tables() -> None:
    # Every admin path string of the script is in API or ACTIONS, so the tests below see all;
    # the helper modules (charts, diffs) call nothing.
    everywhere = set(re.findall(r"""["'`](/admin/[^"'`?]*)""", JS.read_text()))
    assert everywhere == _admin_paths() | {p for _, p in _actions().values()}
    for script in SCRIPTS:
        if script != JS:
            assert "/admin/" not in script.read_text() and "fetch(" not in script.read_text(), script


def _assert_security_headers(r: httpx.Response) -> None:
    assert r.headers.get("content-security-policy") == CSP, r.headers
    assert r.headers.get("x-content-type-options") == "nosniff"
    assert r.headers.get("referrer-policy") == "no-referrer"


def test_dashboard_files_are_served_with_security_headers_and_no_secret(gateway: Gateway) -> None:
    gw = gateway.gw
    with httpx.Client(base_url=gw.url, timeout=30) as c:
        bare = c.get("/dashboard")
        assert bare.status_code == 307 and bare.headers["location"] == "/dashboard/"
        _assert_security_headers(bare)
        for path, content_type in ASSETS.items():
            r = c.get(path)  # no credentials: the page itself is public
            assert r.status_code == 200, (path, r.text)
            assert content_type in r.headers["content-type"], (path, r.headers["content-type"])
            _assert_security_headers(r)
            for secret in (gw.admin_key, gateway.user_key):
                assert secret not in r.text
            # Air-gapped: nothing is fetched from another origin.
            # (The SVG namespace is a name, never fetched.)
            text = r.text.replace('"http://www.w3.org/2000/svg"', "")
            assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", text, re.I), path
        missing = c.get("/dashboard/nope.js")
        assert missing.status_code == 404
        _assert_security_headers(missing)


def test_html_has_no_inline_code() -> None:
    html = (STATIC_DIR / "index.html").read_text()
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", html, re.S | re.I)
    assert scripts == [""], "exactly one script, loaded from a file"
    assert re.search(r'<script type="module" src="dashboard.js">', html)
    assert "<style" not in html.lower() and not re.search(r"\sstyle\s*=", html, re.I)
    assert not re.search(r"\son[a-z]+\s*=", html, re.I), "no inline event handlers"
    assert "javascript:" not in html.lower()


def test_script_is_valid_and_never_builds_markup_from_data(tmp_path: Path) -> None:
    node = shutil.which("node")
    assert node, "node must be on PATH"
    as_module = tmp_path / "dashboard.mjs"
    as_module.write_text(JS.read_text())  # .mjs: checked with ES module (strict) rules
    for f in (*SCRIPTS, as_module):
        done = subprocess.run([node, "--check", str(f)], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    code = "\n".join(s.read_text() for s in SCRIPTS)
    for banned in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
        "localStorage",
        'setAttribute("on',
    ):
        assert banned not in code, banned
    assert "sessionStorage" in code


def test_every_admin_path_the_script_calls_exists_and_needs_admin(gateway: Gateway) -> None:
    gw = gateway.gw
    paths = _admin_paths()
    # The views the dashboard promises: a regex that found nothing must not pass silently.
    assert {
        "/admin/stats",
        "/admin/traces",
        "/admin/traces/{trace_id}",
        "/admin/budgets",
        "/admin/cache/llm",
        "/admin/users",
        "/admin/keys",
        "/admin/mcp/servers",
        "/admin/a2a/agents",
        "/admin/usage",
        "/admin/policies",
        "/admin/policies/{name}",
        "/admin/policies/{name}/versions",
        "/admin/mcp/pins",
    } <= paths, paths
    values = {"trace_id": gateway.trace_id, "user_id": "dash-user", "group": "dash-group", "name": "secrets"}
    admin = {"authorization": f"Bearer {gw.admin_key}"}
    user = {"authorization": f"Bearer {gateway.user_key}"}
    with httpx.Client(base_url=gw.url, timeout=30) as c:
        for template in sorted(paths):
            holes = re.findall(r"\{(\w+)\}", template)
            assert set(holes) <= values.keys(), f"no test value for {holes} in {template}"
            path = template.format(**values)
            r = c.get(path, headers=admin)
            assert r.status_code == 200, (path, r.status_code, r.text)
            assert isinstance(r.json(), dict)
            assert c.get(path).status_code == 401, path
            assert c.get(path, headers=user).status_code == 403, path


def test_trace_search_parameters_and_cursor_the_script_uses(gateway: Gateway) -> None:
    gw = gateway.gw
    with gw.admin() as c:
        for _ in range(3):
            c.get("/admin/stats").raise_for_status()
        first = c.get(
            "/admin/traces", params={"front_door": "admin", "kind": "admin", "status": "ok", "limit": 2}
        ).json()
        assert len(first["items"]) == 2 and first["next_cursor"] is not None
        assert all(t["front_door"] == "admin" for t in first["items"])
        # The columns the traces table shows are in every item.
        for column in (
            "started_at",
            "front_door",
            "kind",
            "target",
            "user_id",
            "status",
            "duration_ms",
            "tokens_in",
            "tokens_out",
            "cost",
            "cache",
            "trace_id",
        ):
            assert column in first["items"][0], column
        more = c.get("/admin/traces", params={"front_door": "admin", "limit": 2, "cursor": first["next_cursor"]}).json()
        assert not {t["trace_id"] for t in more["items"]} & {t["trace_id"] for t in first["items"]}
        by_user = c.get("/admin/traces", params={"user": "dash-user", "target": "whoami"}).json()["items"]
        assert gateway.trace_id in {t["trace_id"] for t in by_user}
        budget = c.get("/admin/users/dash-user/budget").json()
        assert {"spend", "tokens", "resets_at"} <= budget["usage"].keys()


def test_dashboard_can_be_switched_off(tmp_path: Path) -> None:
    with start_gateway(tmp_path, {"server": {"dashboard": False}}) as gw:
        assert httpx.get(gw.url + "/dashboard/", timeout=30).status_code == 404
        assert httpx.get(gw.url + "/dashboard/dashboard.js", timeout=30).status_code == 404
        assert httpx.get(gw.url + "/healthz", timeout=30).status_code == 200


def test_sign_in_links_route_is_public_and_empty_without_browser_providers(gateway: Gateway) -> None:
    # The script asks this public route for SSO links (tests/identity/test_saml.py checks a
    # gateway with SAML providers lists them); with none configured the list is empty.
    assert 'const SIGN_IN_LINKS = "/auth/providers";' in JS.read_text()
    r = httpx.get(gateway.gw.url + "/auth/providers", timeout=30)
    assert r.status_code == 200 and r.json() == {"sign_in": []}


def test_every_change_the_script_offers_needs_admin(gateway: Gateway) -> None:
    # The browser tests (test_browser_e2e.py) make these changes as an admin; here: nobody else can.
    gw = gateway.gw
    values = {
        "key_id": "k",
        "user_id": "dash-user",
        "group": "dash-group",
        "template": "secrets",
        "name": "secrets",
        "version": "1",
        "server": "s",
        "tool": "t",
        "agent": "a",
    }
    user_h = {"authorization": f"Bearer {gateway.user_key}"}
    with httpx.Client(base_url=gw.url, timeout=30) as c:
        for name, (method, template) in _actions().items():
            path = template.format(**values)
            assert c.request(method, path, json={}).status_code == 401, (name, path)
            assert c.request(method, path, json={}, headers=user_h).status_code == 403, (name, path)


def test_key_user_and_purge_actions_work_for_admins(gateway: Gateway) -> None:
    gw = gateway.gw
    actions = _actions()
    assert {"revokeKey", "disableUser", "enableUser", "purgeLlmCache"} <= set(actions), actions
    victim = gw.create_key("dash-victim")
    with gw.admin() as admin:
        key_id = next(k["id"] for k in admin.get("/admin/keys").json()["items"] if k["user_id"] == "dash-victim")
    values = {"key_id": key_id, "user_id": "dash-victim"}
    admin_h = {"authorization": f"Bearer {gw.admin_key}"}
    user_h = {"authorization": f"Bearer {gateway.user_key}"}
    with httpx.Client(base_url=gw.url, timeout=30) as c:
        # The order the page would use them in: disable, enable, revoke, purge.
        for name in ("disableUser", "enableUser", "revokeKey", "purgeLlmCache"):
            method, template = actions[name]
            path = template.format(**values)
            body: dict[str, Any] | None = {} if method == "POST" else None
            assert c.request(method, path, json=body).status_code == 401, path
            assert c.request(method, path, json=body, headers=user_h).status_code == 403, path
            r = c.request(method, path, json=body, headers=admin_h)
            assert r.status_code == 200, (name, r.status_code, r.text)
        whoami = c.get("/whoami", headers={"authorization": f"Bearer {victim}"})
        assert whoami.status_code == 401  # the revoke took effect


def test_usage_series_count_what_the_trace_search_finds(gateway: Gateway) -> None:
    gw = gateway.gw
    for _ in range(3):
        r = httpx.get(gw.url + "/whoami", headers={"authorization": f"Bearer {gateway.user_key}"}, timeout=30)
        assert r.status_code == 200
    with gw.admin() as a:
        now = time.time()
        window = {"since": now - 600, "until": now + 60, "bucket_s": 60}
        by_user = a.get("/admin/usage", params={**window, "by": "user"}).json()
        series = {s["key"]: s for s in by_user["series"]}
        assert "admin" not in series  # admin API calls are governance, not usage
        dash = series["dash-user"]
        assert dash["totals"]["calls"] >= 3 and dash["totals"]["p50_ms"] is not None
        # 11 minutes of window: 11 buckets, or 12 when the window does not start on a minute.
        assert len(dash["points"]) == len(by_user["buckets"]) in (11, 12)
        # A chart point links to the traces behind it: the same bucket and user find as many.
        for point in dash["points"]:
            if point["calls"]:
                found = a.get(
                    "/admin/traces",
                    params={"user": "dash-user", "since": point["t"], "until": point["t"] + 60, "limit": 1000},
                ).json()["items"]
                assert len([t for t in found if t["front_door"] != "admin"]) == point["calls"]
        with_admin = a.get("/admin/usage", params={**window, "by": "front_door", "include_admin": True}).json()
        assert {"admin", "gateway"} <= {s["key"] for s in with_admin["series"]}
        assert with_admin["totals"]["calls"] > by_user["totals"]["calls"]
        bad = a.get("/admin/usage", params={"since": now, "until": now - 1})
        assert bad.status_code == 400 and "since must be before until" in bad.text
        too_many = a.get("/admin/usage", params={"since": now - 86400 * 30, "until": now, "bucket_s": 60})
        assert too_many.status_code == 400 and "at most" in too_many.text
        assert a.get("/admin/usage", params={"by": "planet"}).status_code == 400  # the gateway renders 422 as 400


def _cli(gw: GatewayProcess, *args: str) -> str:
    env = {**os.environ, "BASTION_URL": gw.url, "BASTION_ADMIN_KEY": gw.admin_key}
    done = subprocess.run([*BASTION, *args], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


def test_the_cli_makes_the_policy_changes_the_page_makes(gateway: Gateway) -> None:
    gw = gateway.gw
    _cli(gw, "policy", "enable-template", "pci", "--name", "cli-pci")
    assert "cli-pci v2 monitor" in _cli(gw, "policy", "mode", "cli-pci", "monitor")
    versions = _cli(gw, "policy", "versions", "cli-pci")
    assert "v1" in versions and "retired" in versions and "v2" in versions and "live" in versions
    assert "cli-pci v1 is live" in _cli(gw, "policy", "activate", "cli-pci", "1")
    assert json.loads(_cli(gw, "policy", "show", "cli-pci"))["mode"] == "enforce"
    assert json.loads(_cli(gw, "policy", "show", "cli-pci", "--version", "2"))["mode"] == "monitor"
    assert json.loads(_cli(gw, "policy", "disable", "cli-pci"))["enabled"] is False
    assert json.loads(_cli(gw, "policy", "delete", "cli-pci"))["deleted"] == "cli-pci"
    usage = json.loads(_cli(gw, "usage", "--by", "user", "--hours", "1", "--bucket-s", "300"))
    assert "dash-user" in {s["key"] for s in usage["series"]}
    assert json.loads(_cli(gw, "mcp", "pins"))["pending"] == []
    assert "enabled" in json.loads(_cli(gw, "llm", "purge-cache"))


def test_me_shows_and_revokes_only_the_callers_own_keys_and_usage(gateway: Gateway) -> None:
    gw = gateway.gw
    mine = gw.create_key("me-user", name="mine")
    theirs = gw.create_key("me-other", name="theirs")
    with gw.admin() as a:
        theirs_id = next(k["id"] for k in a.get("/admin/keys", params={"user_id": "me-other"}).json()["items"])
    h = {"authorization": f"Bearer {mine}"}
    with httpx.Client(base_url=gw.url, timeout=30) as c:
        assert c.get("/me/keys").status_code == 401
        keys = c.get("/me/keys", headers=h).json()["items"]
        assert [k["name"] for k in keys] == ["mine"] and "key" not in keys[0]
        assert c.delete(f"/me/keys/{theirs_id}", headers=h).status_code == 404  # not theirs to revoke
        assert httpx.get(gw.url + "/whoami", headers={"authorization": f"Bearer {theirs}"}).status_code == 200
        usage = c.get("/me/usage", headers=h, params={"bucket_s": 600}).json()
        assert usage["user_id"] == "me-user"
        assert usage["totals"]["calls"] >= 1  # the /me/keys calls themselves
        assert c.get("/me/usage", headers=h, params={"since": 10, "until": 5}).status_code == 400
        own_id = keys[0]["id"]
        # The same through the CLI, with the user's own key.
        env = {**os.environ, "BASTION_URL": gw.url, "BASTION_API_KEY": mine}
        listed = subprocess.run([*BASTION, "me", "keys"], capture_output=True, text=True, timeout=120, env=env)
        assert listed.returncode == 0 and own_id in listed.stdout and theirs_id not in listed.stdout, listed
        assert '"calls"' in subprocess.run([*BASTION, "me", "usage"], capture_output=True, text=True, env=env).stdout
        done = subprocess.run([*BASTION, "me", "revoke", own_id], capture_output=True, text=True, timeout=120, env=env)
        assert done.returncode == 0 and json.loads(done.stdout) == {"id": own_id, "revoked": True}, done
        assert c.get("/me/keys", headers=h).status_code == 401  # that was the key in use
