"""The composition root: entry points, and wiring that does not depend on order."""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path
from typing import Any

import pytest
from starlette.routing import Route

from bastion.app import create_app, front_doors
from bastion.gateway.call import Credentials, Refusal
from bastion.gateway.core import Core
from bastion.gateway.stages.inspect import InspectInput, InspectOutput
from bastion.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_the_console_script_is_the_composition_roots_cli() -> None:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module, _, attr = scripts["bastion"].partition(":")
    assert module == "bastion.cli"
    assert callable(getattr(importlib.import_module(module), attr))


def test_a_pipeline_built_first_has_every_stage(tmp_path: Path) -> None:
    core = Core(load_settings(data_dir=tmp_path))
    pipeline = core.pipeline("mcp")  # before any front door exists
    assert any(isinstance(s, InspectInput) for s in pipeline.request_stages)
    assert any(isinstance(s, InspectOutput) for s in pipeline.response_stages)


def test_front_doors_in_any_order_give_the_same_gateway(tmp_path: Path) -> None:
    settings = load_settings(
        data_dir=tmp_path,
        llm={"providers": {"oa": {"type": "openai", "api_key": "sk-test"}}, "aliases": {"fast": "oa/gpt-4o"}},
        mcp={"virtual_servers": {"ops": {"tools": ["*"]}}, "sampling": {"enabled": True}},
        auth={"oauth": {"enabled": True, "local_users": {"enabled": True}}},
    )

    def wiring(doors: list[Any]) -> tuple[set[str], Any]:
        guard: Any = create_app(settings, doors=doors)
        app = guard.app.fallback  # Guard -> FastLane -> the FastAPI app
        return {r.path for r in app.router.routes if isinstance(r, Route)}, guard.state.core

    forward_paths, forward = wiring(front_doors(settings))
    backward_paths, backward = wiring(list(reversed(front_doors(settings))))
    assert forward_paths == backward_paths
    assert {"/v1/chat/completions", "/mcp", "/servers/{name}/mcp", "/a2a/{name}", "/oauth/token"} <= forward_paths
    for core in (forward, backward):
        # What the LLM front door provides is there for the others, whatever the order.
        assert core.chat is not None
        assert core.virtual_mcp_servers == ["ops"]


@pytest.mark.anyio
async def test_refusing_bad_credentials_keeps_nothing_of_the_refused_requests(tmp_path: Path) -> None:
    # A shared exception object raised for every bad key kept a traceback that grew by every
    # raise, holding each refused request's frames: the gateway's memory grew by ~8 KB per
    # refused request (found by tests/test_chaos.py on an idle machine).
    core = Core(load_settings(data_dir=tmp_path))
    raised: list[Refusal] = []
    async with core.running():
        for _ in range(3):
            try:
                await core.authenticator.authenticate(Credentials(api_key="bst_not_a_key"))
            except Refusal as r:
                raised.append(r)
    assert len(raised) == 3 and len({id(r) for r in raised}) == 3
    assert raised[0].status == raised[2].status == 401 and raised[0].code == raised[2].code == "unauthenticated"
    depth = 0
    tb = raised[2].__traceback__
    while tb is not None:
        depth, tb = depth + 1, tb.tb_next
    assert depth <= 2, depth  # this frame and authenticate's, not one pair per earlier raise


@pytest.mark.anyio
async def test_oauth_admin_routes_say_oauth_is_off_when_it_is(tmp_path: Path) -> None:
    # `bastion oauth grants` on a gateway without auth.oauth got a bare "no route for GET
    # /admin/oauth/grants", which reads as a broken gateway (README walk-through, j109).
    import httpx

    admin = "bst_wiring_tests_admin_key_0123456789"
    app: Any = create_app(load_settings(None, data_dir=str(tmp_path), auth={"admin_key": admin}))
    async with app.state.core.running():
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app), base_url="http://gw", headers={"authorization": f"Bearer {admin}"}
        ) as c:
            grants = await c.get("/admin/oauth/grants")
            other = await c.get("/admin/no-such-thing")
    assert grants.status_code == 404 and "set auth.oauth.enabled" in grants.text, grants.text
    assert other.status_code == 404 and "no route for GET /admin/no-such-thing" in other.text
    assert "auth.oauth" not in other.text
