"""The dashboard in a real browser (Debian chromium through Playwright) against a real gateway
process with real upstreams: the fake OpenAI-compatible provider (``tests/fakes``) behind the
LLM front door, the fixture MCP server over stdio behind the hub (pin policy ``hold``).

Each test does what a person does in the dashboard and checks the effect where it matters: on
a chat call through the ``openai`` SDK, on a tool call through the ``mcp`` SDK. Every page is
checked for console errors and CSP violations (the ``page`` fixture); screenshots of the main
pages go to ``test-output/dashboard``.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx
import httpx2
import openai
import pytest
from mcp.client import Client
from mcp.client.streamable_http import streamable_http_client
from playwright.sync_api import Browser, Page, expect

from tests.dashboard.conftest import PHONE, Watched, open_page
from tests.fakes.llm_providers import FakeProvider
from tests.gateway_process import GatewayProcess, start_gateway

PY = sys.executable
FIXTURE = str(Path(__file__).resolve().parents[1] / "mcp" / "servers" / "fixture_server.py")
AWS_KEY = "AKIAIOSFODNN7EXAMPLE"


@dataclass
class Stack:
    gw: GatewayProcess
    fake: FakeProvider
    #: A key of an ordinary user (not admin) for the chat calls.
    user_key: str

    def chat(self, key: str, text: str) -> str:
        client = openai.OpenAI(base_url=self.gw.url + "/v1", api_key=key, max_retries=0, timeout=60)
        r = client.chat.completions.create(model="main", messages=[{"role": "user", "content": text}])
        return r.choices[0].message.content or ""


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    with FakeProvider() as fake:
        config = {
            "llm": {
                "providers": {
                    "oa": {
                        "type": "openai",
                        "base_url": fake.url + "/v1",
                        "api_key": "env:FAKE_OPENAI_KEY",
                        "models": ["gpt-x"],
                    }
                },
                "aliases": {"main": {"deployments": ["oa/gpt-x"]}},
                "prices": {"gpt-x": {"input": 2.0, "output": 10.0}},
            },
            "mcp": {
                # Legacy era: the upstream's list_changed reaches the hub at once.
                "servers": {"fx": {"command": PY, "args": [FIXTURE], "protocol": "legacy"}},
                "virtual_servers": {"team": {"tools": ["fx__echo"], "prompts": [], "resources": []}},
                "allowed_executables": [PY],
                "pin_policy": "hold",
            },
        }
        workdir = tmp_path_factory.mktemp("dashboard-browser")
        with start_gateway(workdir, config, env={"FAKE_OPENAI_KEY": "sk-upstream"}, timeout=180) as gw:
            yield Stack(gw, fake, gw.create_key("dana", user={"groups": ["analysts"]}))


def sign_in(page: Page, stack: Stack, key: str | None = None) -> None:
    page.goto(stack.gw.url + "/dashboard/")
    page.locator("#token").fill(key or stack.gw.admin_key)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#tabs")).to_be_visible()


def tab(page: Page, name: str) -> None:
    page.locator("#tabs").get_by_role("button", name=name).click()


def until(check: Callable[[], Any], what: str, timeout: float = 60.0) -> Any:
    """Poll ``check`` until it returns something true (a gateway or upstream catching up)."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.25)


def no_error_banner(page: Page) -> None:
    expect(page.locator("#status")).to_be_hidden()


# ------------------------------------------------------------------------------------ pages


MAIN_PAGES = [
    ("Overview", "#calls-total"),
    ("Policies", "#policies tr"),
    ("Sandbox", "#sandbox-form"),
    ("Approvals", "#approvals"),
    ("Registry", "#mcp-servers tr"),
    ("Identity & access", "#keys tr"),
    ("Spend & savings", "#spend-charts figure"),
    ("Traces", "#traces tr"),
]


def test_every_page_loads_without_errors_on_desktop_and_phone(stack: Stack, page: Watched, browser: Browser) -> None:
    stack.chat(stack.user_key, "hello there")
    sign_in(page.page, stack)
    for name, ready in MAIN_PAGES:
        tab(page.page, name)
        expect(page.page.locator(ready).first).to_be_visible()
        no_error_banner(page.page)
        page.screenshot(f"desktop-{name.split()[0].lower()}")
    tab(page.page, "Overview")
    expect(page.page.locator("#calls-total")).to_have_text(re.compile(r"^\d[\d,]*$"))
    # Readable on a phone: no page-wide horizontal scrolling (wide tables scroll in their box).
    phone, context = open_page(browser, PHONE)
    try:
        sign_in(phone.page, stack)
        for name, ready in (
            ("Overview", "#calls-total"),
            ("Policies", "#policies tr"),
            ("Spend & savings", "#spend-charts figure"),
        ):
            tab(phone.page, name)
            expect(phone.page.locator(ready).first).to_be_visible()
            wide = phone.page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert wide <= 1, (name, wide)
            phone.screenshot(f"phone-{name.split()[0].lower()}")
        assert not phone.unexpected(), phone.unexpected()
    finally:
        context.close()


def test_keyboard_reaches_the_tabs_and_the_sign_in(stack: Stack, page: Watched) -> None:
    p = page.page
    p.goto(stack.gw.url + "/dashboard/")
    expect(p.locator("#token")).to_be_focused()
    p.keyboard.type(stack.gw.admin_key)
    p.keyboard.press("Enter")
    expect(p.locator("#tabs")).to_be_visible()
    p.locator("#tabs button").first.focus()
    p.keyboard.press("Tab")
    expect(p.locator("#tabs button[data-tab=policies]")).to_be_focused()
    p.keyboard.press("Enter")
    expect(p.locator("#view-policies")).to_be_visible()


# ------------------------------------------------------------------------------------ policies


def chat_refusal(stack: Stack, text: str) -> str | None:
    """None when the chat call went through, else the refusal message (HTTP 403)."""
    try:
        stack.chat(stack.user_key, text)
    except openai.PermissionDeniedError as e:
        return str(e)
    return None


def open_policy(p: Page, name: str) -> None:
    tab(p, "Policies")
    p.locator(f"#policies tr[data-policy='{name}']").click()
    expect(p.locator("#policy-detail-title")).to_contain_text(name)


def test_policy_from_template_sandbox_real_block_and_rollback(stack: Stack, page: Watched) -> None:
    p = page.page
    sign_in(p, stack)
    leak = f"deploy with {AWS_KEY} please"
    assert chat_refusal(stack, leak) is None  # no policy yet

    # The compliance officer enables the secrets template.
    tab(p, "Policies")
    p.get_by_role("button", name="New from a template").click()
    p.locator("#template-name").select_option("secrets")
    expect(p.locator("#template-about")).to_contain_text("Detects")
    p.locator("#template-form").get_by_role("button", name="Create policy").click()
    expect(p.locator("#notice")).to_contain_text("secrets v1 created")
    row = p.locator("#policies tr[data-policy='secrets']")
    expect(row).to_contain_text("enforce")
    expect(row).to_contain_text("v1")

    # ... tries it in the sandbox with the template's sample text ...
    p.get_by_role("button", name="Test in sandbox").click()
    expect(p.locator("#view-sandbox")).to_be_visible()
    p.locator("#sandbox-sample").select_option("secrets")
    p.get_by_role("button", name="Check text").click()
    expect(p.locator("#sandbox-verdict")).to_contain_text("block")
    marks = p.locator("#sandbox-highlight mark")
    expect(marks.first).to_contain_text(AWS_KEY)
    expect(p.locator("#sandbox-findings")).to_contain_text("secrets v1")
    expect(p.locator("#sandbox-redacted")).to_contain_text("blocked")
    page.screenshot("sandbox")

    # ... and a real chat call with a credential in it is refused, live on the next request.
    refusal = until(lambda: chat_refusal(stack, leak), "the policy to block the chat call")
    assert "credential" in refusal

    # Monitor mode (a new version): the call goes through, and is still audited.
    open_policy(p, "secrets")
    p.get_by_role("button", name="Switch to monitor").click()
    expect(p.locator("#policy-detail-title")).to_contain_text("v2, monitor")
    assert until(lambda: chat_refusal(stack, leak) is None, "monitor mode to let the call through")

    # The diff between the versions shows the one change; rolling back to v1 blocks again.
    versions = p.locator("#policy-versions")
    versions.locator("tr", has_text="v2").get_by_role("button", name="Diff with v1").click()
    diff = p.locator("#policy-diff pre.diff")
    expect(diff.locator("del")).to_contain_text('"mode": "enforce"')
    expect(diff.locator("ins")).to_contain_text('"mode": "monitor"')
    page.screenshot("policy-versions")
    versions.locator("tr", has_text="v1").get_by_role("button", name="Roll back to this").click()
    expect(p.locator("#policy-detail-title")).to_contain_text("v1, enforce")
    assert until(lambda: chat_refusal(stack, leak), "the rollback to block again")

    # Every change was an audited admin API call.
    with stack.gw.admin() as a:
        targets = {t["target"] for t in a.get("/admin/traces", params={"kind": "admin", "limit": 200}).json()["items"]}
    assert {
        "POST /admin/policies/templates/secrets",
        "PUT /admin/policies/secrets",
        "POST /admin/policies/secrets/versions/1/activate",
    } <= targets


def test_policy_from_scratch_with_the_rule_forms(stack: Stack, page: Watched) -> None:
    p = page.page
    sign_in(p, stack)
    tab(p, "Policies")
    p.get_by_role("button", name="New from scratch").click()
    form = p.locator("#policy-form")
    form.locator("input[name=name]").fill("project-falcon")
    form.locator("input[name=description]").fill("Codename Falcon stays inside")
    form.locator("input[name='include.groups']").fill("analysts")
    p.locator("#add-rule-kind").select_option("keywords")
    p.get_by_role("button", name="Add rule").click()
    rule = p.locator("#rules fieldset.rule").last
    rule.locator("input[name=rule_name]").fill("codename")
    rule.locator("select[name=action]").select_option("redact")
    rule.locator("input[name=keywords]").fill("Falcon, Osprey")
    p.locator("#add-rule-kind").select_option("regex")
    p.get_by_role("button", name="Add rule").click()
    rule = p.locator("#rules fieldset.rule").last
    rule.locator("input[name=rule_name]").fill("ticket-ids")
    rule.locator("select[name=action]").select_option("flag")
    rule.locator("input[name=pattern]").fill(r"FAL-\d{4}")
    page.screenshot("policy-form")

    # Tested before it is saved: the unsaved form is the sandbox's policy set.
    p.get_by_role("button", name="Test in sandbox").click()
    expect(p.locator("#sandbox-set")).to_have_value("form")
    p.locator("#sandbox-text").fill("Falcon ships with FAL-1234 next week")
    p.locator("#sandbox-form input[name=groups]").fill("analysts")
    p.get_by_role("button", name="Check text").click()
    expect(p.locator("#sandbox-verdict")).to_contain_text("redact")
    expect(p.locator("#sandbox-redacted")).not_to_contain_text("Falcon")
    expect(p.locator("#sandbox-findings")).to_contain_text("KEYWORD")
    expect(p.locator("#sandbox-findings")).to_contain_text("FAL-1234")
    # Out of scope (not an analyst): nothing applies.
    p.locator("#sandbox-form input[name=groups]").fill("")
    p.get_by_role("button", name="Check text").click()
    expect(p.locator("#sandbox-verdict")).to_contain_text("allow")

    # A bad rule is refused with the API's own message, next to the form.
    tab(p, "Policies")
    p.get_by_role("button", name="New from scratch").click()
    form.locator("input[name=name]").fill("broken")
    p.locator("#add-rule-kind").select_option("regex")
    p.get_by_role("button", name="Add rule").click()
    p.locator("#rules fieldset.rule").last.locator("input[name=pattern]").fill("([unclosed")
    page.expected.append("status of 400")
    p.get_by_role("button", name="Save and make live").click()
    expect(p.locator("#policy-form-error")).to_contain_text("invalid regular expression")
    p.locator("#policy-form .cancel").click()

    # Saved as a draft: stored, not live.
    with stack.gw.admin() as a:
        doc = {
            "name": "project-falcon",
            "scope": {"include": {"groups": ["analysts"]}},
            "rules": [
                {"name": "codename", "action": "redact", "detector": {"type": "keywords", "keywords": ["Falcon"]}}
            ],
        }
        a.post("/admin/policies", params={"draft": True}, json=doc).raise_for_status()
    tab(p, "Overview")
    tab(p, "Policies")
    expect(p.locator("#policies tr[data-policy='project-falcon']")).to_contain_text("draft only")
    assert stack.chat(stack.user_key, "what about Falcon?")  # a draft does not act


def test_editing_a_rule_keeps_every_field_the_person_did_not_change(stack: Stack, page: Watched) -> None:
    # Every detector field the form once dropped, set away from its default; the policy is off
    # (kept off by the edit too), so no model is loaded for it.
    topics = {
        "type": "topics",
        "deny": {"litigation": ["legal advice about our lawsuit"], "pricing": "our unannounced prices | price lists"},
        "allow": {"billing": "questions about invoices and payments"},
        "keywords": {"litigation": ["subpoena"]},
        "threshold": 0.35,
        "reading": "whole",
        "static_gate": None,
    }
    doc = {
        "name": "support-desk",
        "enabled": False,
        "rules": [
            {"name": "on-topic", "action": "block", "detector": topics},
            {"name": "phones", "action": "redact", "detector": {"type": "pii", "phone_regions": ["DE"]}},
            {
                "name": "inject",
                "action": "flag",
                "detector": {"type": "injection", "sensitivity": "5%", "semantic": False},
            },
            {"name": "tickets", "action": "flag", "detector": {"type": "regex", "pattern": "SD-[0-9]+", "max_len": 16}},
        ],
    }
    with stack.gw.admin() as a:
        v1 = a.post("/admin/policies", json=doc).raise_for_status().json()

    p = page.page
    sign_in(p, stack)
    open_policy(p, "support-desk")
    p.get_by_role("button", name="Edit").click()
    rule = p.locator("#rules fieldset.rule[data-kind=topics]")
    expect(rule.locator("textarea[name=allow]")).to_have_value("billing: questions about invoices and payments")
    expect(rule.locator("select[name=reading]")).to_have_value("whole")
    page.screenshot("policy-form-edit")
    rule.locator("input[name=threshold]").fill("0.4")
    p.get_by_role("button", name="Save and make live").click()
    expect(p.locator("#notice")).to_contain_text("support-desk v2 saved", timeout=30_000)

    with stack.gw.admin() as a:
        v2 = a.get("/admin/policies/support-desk").json()
    v1["rules"][0]["detector"]["threshold"] = 0.4
    assert {k: v for k, v in v2.items() if k != "version"} == {k: v for k, v in v1.items() if k != "version"}

    # Bad values get the admin API's own messages next to the form; fixed, they are saved.
    p.get_by_role("button", name="Edit").click()
    allow = rule.locator("textarea[name=allow]")
    allow.fill("billing: questions about invoices and payments\nrefunds")
    rule.locator("input[name=threshold]").fill("1.5")
    page.expected.append("status of 400")
    p.get_by_role("button", name="Save and make live").click()
    error = p.locator("#policy-form-error")
    expect(error).to_contain_text("topic 'refunds' needs a description", timeout=30_000)
    expect(error).to_contain_text("threshold: Input should be less than or equal to 1")
    allow.fill("billing: questions about invoices and payments\nrefunds: getting money back | a refund")
    rule.locator("input[name=threshold]").fill("0.5")
    rule.locator("select[name=reading]").select_option("windows")
    p.get_by_role("button", name="Save and make live").click()
    expect(p.locator("#notice")).to_contain_text("support-desk v3 saved", timeout=30_000)
    with stack.gw.admin() as a:
        v3 = a.get("/admin/policies/support-desk").json()
    assert v3["enabled"] is False
    assert v3["rules"][0]["detector"] == {
        **topics,
        "allow": {"billing": "questions about invoices and payments", "refunds": ["getting money back", "a refund"]},
        "threshold": 0.5,
        "reading": "windows",
    }
    assert v3["rules"][1:] == v1["rules"][1:]


# ------------------------------------------------------------------------------------ approvals


async def _mcp(gw: GatewayProcess, key: str, work: Callable[[Client], Any]) -> Any:
    headers = {"authorization": f"Bearer {key}"}
    async with httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30, read=60)) as http:
        async with Client(streamable_http_client(gw.url + "/mcp", http_client=http), cache=None) as c:
            with anyio.fail_after(120):
                while "fx__echo" not in {t.name for t in (await c.list_tools()).tools}:
                    await anyio.sleep(0.3)
            return await work(c)


def mcp(gw: GatewayProcess, work: Callable[[Client], Any]) -> Any:
    """Run an MCP SDK session in its own thread (Playwright's sync API owns this thread's loop)."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(anyio.run, _mcp, gw, gw.admin_key, work).result(timeout=180)


def test_approve_a_held_tool_change_then_call_the_tool(stack: Stack, page: Watched) -> None:
    gw = stack.gw

    async def mutate(c: Client) -> None:
        await c.call_tool("fx__mutate", {})

    mcp(gw, mutate)  # the upstream now describes echo differently: held back by the pin
    with gw.admin() as a:
        until(lambda: a.get("/admin/mcp/pins").json()["pending"], "the changed definition to be held")

    async def echo_description(c: Client) -> str:
        tools = {t.name: t for t in (await c.list_tools()).tools}
        return tools["fx__echo"].description or ""

    assert "id_rsa" not in mcp(gw, echo_description)

    p = page.page
    sign_in(p, stack)
    expect(p.locator("#approvals-count")).to_have_text("1")  # the overview says something waits
    tab(p, "Approvals")
    card = p.locator("article.approval[data-tool='fx__echo']")
    expect(card.locator("ins").first).to_contain_text("id_rsa")
    expect(card.locator("del").first).to_contain_text("Echoes the text back.")
    page.screenshot("approvals")
    card.get_by_role("button", name="Approve the new definition").click()
    expect(p.locator("#notice")).to_contain_text("approved")
    expect(p.locator("#approvals")).to_contain_text("Nothing waiting")
    expect(p.locator("#approvals-count")).to_be_hidden()

    assert "id_rsa" in until(lambda: (d := mcp(gw, echo_description)) and "id_rsa" in d and d, "the new definition")

    async def call_echo(c: Client) -> str:
        result = await c.call_tool("fx__echo", {"text": "approved"})
        return " ".join(getattr(x, "text", "") for x in result.content)

    assert "approved" in mcp(gw, call_echo)

    # A change nobody wants: a fresh upstream process describes echo the old way again. It is
    # held, rejected here, the approved definition stays, and the same change is not raised
    # again when the upstream restarts once more.
    with gw.admin() as a:
        a.post("/admin/mcp/servers/fx/restart").raise_for_status()
        until(lambda: a.get("/admin/mcp/pins").json()["pending"], "the old definition to be held")
    p.get_by_role("button", name="Refresh").click()
    card = p.locator("article.approval[data-tool='fx__echo']")
    expect(card.locator("del").first).to_contain_text("id_rsa")
    card.get_by_role("button", name="Reject: keep the pinned definition").click()
    expect(p.locator("#notice")).to_contain_text("rejected")
    expect(p.locator("#approvals")).to_contain_text("Nothing waiting")
    assert "id_rsa" in mcp(gw, echo_description)
    with gw.admin() as a:
        pid = _server(stack, "fx")["pid"]
        a.post("/admin/mcp/servers/fx/restart").raise_for_status()
        until(lambda: (s := _server(stack, "fx"))["status"] == "ready" and s["pid"] != pid, "fx to reconnect")
        assert "id_rsa" in mcp(gw, echo_description)  # listed again after the restart
        assert a.get("/admin/mcp/pins").json()["pending"] == []
        pins = {pin["tool"]: pin for pin in a.get("/admin/mcp/servers/fx").json()["pins"]}
        assert pins["echo"]["rejected"] is True


# ------------------------------------------------------------------------------------ registry


def test_registry_shows_servers_and_validates_like_the_cli(stack: Stack, page: Watched) -> None:
    until(lambda: _server(stack, "fx")["status"] == "ready", "fx to be connected (other tests restart it)")
    p = page.page
    sign_in(p, stack)
    tab(p, "Registry")
    fx = p.locator("#mcp-servers tr", has_text="fx")
    expect(fx).to_contain_text("legacy")
    expect(p.locator("#virtual-servers")).to_contain_text("fx__echo")
    # Restart: a fresh upstream process, the restart is on the server's row.
    restarts_before = _server(stack, "fx")["pid"]
    fx.get_by_role("button", name="Restart").click()
    expect(p.locator("#notice")).to_contain_text("fx restarted")
    until(
        lambda: _server(stack, "fx")["status"] == "ready" and _server(stack, "fx")["pid"] != restarts_before, "restart"
    )
    # The same validation as `bastion mcp add`: a server needs a command or a URL.
    form = p.locator("#mcp-form")
    form.locator("input[name=name]").fill("nothing")
    page.expected.append("status of 422")
    form.get_by_role("button", name="Register").click()
    expect(p.locator("#mcp-form-error")).to_contain_text("exactly one of")
    # A stdio server registered here runs and can be removed here.
    form.locator("input[name=name]").fill("fx2")
    form.locator("input[name=command]").fill(PY)
    form.locator("input[name=args]").fill(FIXTURE)
    form.get_by_role("button", name="Register").click()
    expect(p.locator("#mcp-servers tr", has_text="fx2")).to_be_visible()
    until(lambda: _server(stack, "fx2")["status"] == "ready", "fx2 to start")
    p.get_by_role("button", name="Refresh").click()
    page.screenshot("registry")
    p.locator("#mcp-servers tr", has_text="fx2").get_by_role("button", name="Remove").click()
    expect(p.locator("#mcp-servers")).not_to_contain_text("fx2")


def _server(stack: Stack, name: str) -> dict[str, Any]:
    with stack.gw.admin() as a:
        r = a.get(f"/admin/mcp/servers/{name}")
        return r.json() if r.status_code == 200 else {"status": "missing", "pid": None}


# ------------------------------------------------------------------------------------ keys, spend, traces


def test_create_a_key_use_it_with_openai_and_find_the_call_on_a_chart_and_in_its_trace(
    stack: Stack, page: Watched
) -> None:
    p = page.page
    sign_in(p, stack)
    tab(p, "Identity & access")
    users = p.locator("#user-form")
    users.locator("input[name=id]").fill("erin")
    users.locator("input[name=name]").fill("Erin Example")
    users.locator("input[name=groups]").fill("analysts, team-lead")
    users.get_by_role("button", name="Save user").click()
    expect(p.locator("#users tr", has_text="erin")).to_contain_text("analysts, team-lead")
    form = p.locator("#key-form")
    form.locator("input[name=user_id]").fill("erin")
    form.locator("input[name=name]").fill("erin laptop")
    form.locator("input[name=models]").fill("main")
    form.locator("input[name=max_tokens]").fill("100000")
    form.get_by_role("button", name="Create key").click()
    shown = p.locator("#new-key-value")
    expect(shown).to_have_text(re.compile(r"^bst_"))
    key = shown.inner_text()
    page.screenshot("identity")
    p.get_by_role("button", name="I have stored it").click()
    expect(p.locator("#new-key")).to_be_hidden()
    assert key not in p.content()  # shown once
    row = p.locator("#keys tr", has_text="erin laptop")
    expect(row).to_contain_text("models: main")
    expect(row).to_contain_text("100,000 tokens per month")

    answer = stack.chat(key, "hello from erin")
    assert answer
    # The team lead caps the analysts group; the spend page shows the cap and its use.
    budget = p.locator("#budget-form")
    budget.locator("select[name=scope]").select_option("group")
    budget.locator("input[name=subject]").fill("analysts")
    budget.locator("input[name=max_tokens]").fill("5000")
    budget.locator("select[name=period]").select_option("day")
    budget.get_by_role("button", name="Save budget").click()
    expect(p.locator("#notice")).to_contain_text("Budget for analysts saved")

    tab(p, "Spend & savings")
    p.locator("#spend-form select[name=window]").select_option("3600:60")
    p.locator("#spend-form select[name=by]").select_option("user")
    p.locator("#spend-form").get_by_role("button", name="Show").click()
    group_budget = p.locator("#spend-budgets tr", has_text="analysts")
    expect(group_budget.locator("svg.meter")).to_have_count(1)
    expect(group_budget).to_contain_text("/ 5,000")
    calls_chart = p.locator("#spend-charts figure", has_text="Calls").first
    point = calls_chart.locator("a.point[href*='user=erin']")
    expect(point).to_have_count(1)
    expect(calls_chart.locator("ul.legend")).to_contain_text("erin")
    page.screenshot("spend")
    point.click()

    expect(p.locator("#view-traces")).to_be_visible()
    trace_row = p.locator("#traces tr[data-trace-id]", has_text="erin")
    expect(trace_row).to_have_count(1)
    trace_row.click()
    detail = p.locator("#trace-detail")
    expect(detail.locator("#trace-summary")).to_contain_text("chat main")
    expect(detail.locator("svg.timeline rect.bar")).not_to_have_count(0)
    expect(detail.locator("svg.timeline")).to_contain_text("route")
    page.screenshot("traces")

    # Revoked from the page: the key stops working.
    tab(p, "Identity & access")
    p.locator("#keys tr", has_text="erin laptop").get_by_role("button", name="Revoke").click()
    expect(p.locator("#keys tr", has_text="erin laptop")).to_contain_text("no")
    with pytest.raises(openai.AuthenticationError):
        stack.chat(key, "still there?")


def test_overview_updates_by_itself(stack: Stack, page: Watched) -> None:
    p = page.page
    sign_in(p, stack)
    before = (
        int(p.locator("#calls-total").inner_text().replace(",", ""))
        if p.locator("#calls-total").inner_text() != "-"
        else 0
    )
    stack.chat(stack.user_key, "one more call")
    stack.chat(stack.user_key, "and another")
    # No click, no reload: the live poll brings the new count.
    expect(p.locator("#calls-total")).not_to_have_text(str(before), timeout=30_000)
    expect(p.locator("#overview-chart a.point").first).to_be_visible()
    page.screenshot("overview")


# ------------------------------------------------------------------------------------ roles


def test_an_auditor_reads_policies_and_traces_but_changes_nothing(stack: Stack, page: Watched) -> None:
    key = stack.gw.create_key("audrey", user={"roles": ["auditor"]})
    p = page.page
    sign_in(p, stack, key)
    expect(p.locator("#whoami")).to_contain_text("audrey (auditor)")
    expect(p.locator("#tabs button[data-tab=people]")).to_be_hidden()  # no keys or user records
    tab(p, "Policies")
    expect(p.locator("#policies tr[data-policy='secrets']")).to_be_visible()
    expect(p.get_by_role("button", name="New from a template")).to_be_hidden()
    open_policy(p, "secrets")
    expect(p.get_by_role("button", name="Test in sandbox")).to_be_visible()
    for change in ("Switch to monitor", "Turn off", "Edit", "Delete"):
        expect(p.locator("#policy-actions").get_by_role("button", name=change)).to_be_hidden()
    expect(p.locator("#policy-versions").get_by_role("button", name="Roll back to this")).to_be_hidden()
    tab(p, "Sandbox")
    p.locator("#sandbox-text").fill(f"key {AWS_KEY}")
    p.get_by_role("button", name="Check text").click()
    expect(p.locator("#sandbox-verdict")).to_contain_text("block")
    tab(p, "Traces")
    expect(p.locator("#traces tr[data-trace-id]").first).to_be_visible()
    page.screenshot("auditor-traces")
    # The API itself refuses an auditor's change, whatever the page shows.
    h = {"authorization": f"Bearer {key}"}
    with httpx.Client(base_url=stack.gw.url, headers=h, timeout=30) as c:
        assert c.get("/admin/policies").status_code == 200
        assert c.post("/admin/policies/secrets/disable").status_code == 403
        assert c.put("/admin/policies/secrets", json={"rules": []}).status_code == 403
        assert c.get("/admin/keys").status_code == 403
        assert c.get("/admin/users").status_code == 403
        assert c.post("/admin/keys", json={"user_id": "audrey"}).status_code == 403


def test_a_user_sees_only_their_own_usage_and_keys(stack: Stack, page: Watched) -> None:
    key = stack.gw.create_key("frank", name="frank cli")
    other = stack.gw.create_key("frank", name="frank spare")
    stack.chat(key, "frank asks something")
    p = page.page
    sign_in(p, stack, key)
    expect(p.locator("#whoami")).to_contain_text("frank")
    expect(p.locator("#view-mine")).to_be_visible()
    for name in ("Overview", "Policies", "Traces", "Identity & access"):
        expect(p.locator("#tabs").get_by_role("button", name=name)).to_be_hidden()
    expect(p.locator("#mine-totals")).to_contain_text("Calls")
    expect(p.locator("#mine-keys tr")).to_have_count(2)
    expect(p.locator("#mine-keys")).not_to_contain_text("dana")
    page.screenshot("my-usage")
    # Staff pages are refused by the API, whatever the address bar says.
    p.goto(stack.gw.url + "/dashboard/#policies")
    expect(p.locator("#view-mine")).to_be_visible()
    expect(p.locator("#view-policies")).to_be_hidden()
    p.locator("#mine-keys tr", has_text="frank spare").get_by_role("button", name="Revoke").click()
    expect(p.locator("#mine-keys tr", has_text="frank spare")).to_contain_text("no")
    with pytest.raises(openai.AuthenticationError):
        stack.chat(other, "revoked?")
    assert stack.chat(key, "still mine")


def test_usage_splits_by_model_server_and_group(stack: Stack) -> None:
    # The chart dimensions over real traffic: an LLM call and an MCP tool call.
    stack.chat(stack.user_key, "count me")

    async def echo(c: Client) -> None:
        await c.call_tool("fx__echo", {"text": "count me too"})

    mcp(stack.gw, echo)
    now = time.time()
    window = {"since": now - 3600, "until": now + 60, "bucket_s": 300}
    with stack.gw.admin() as a:
        keys = {
            by: {s["key"] for s in a.get("/admin/usage", params={**window, "by": by}).json()["series"]}
            for by in ("model", "server", "group", "agent")
        }
    assert "main" in keys["model"]
    assert "fx" in keys["server"]
    assert "analysts" in keys["group"]  # dana's group
    assert keys["agent"] == set()  # no agent traffic here
