"""``bastion mcp ...`` (manage upstream servers of a running gateway through its admin API),
``bastion connect`` (stdio bridge for desktop clients) and ``bastion client-config``."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import typer

from bastion.gateway.cli_client import (
    DEFAULT_URL,
    AdminClient,
    AdminKeyOption,
    AudienceOption,
    ClientIdOption,
    PerUserOption,
    ScopeOption,
    TokenEndpointOption,
    UrlOption,
    per_user_credentials,
)

app = typer.Typer(help="Upstream MCP servers behind the gateway.", no_args_is_help=True)
KEY_ENV = "BASTION_API_KEY"


def _print(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, sort_keys=True))


def _kv(items: list[str], what: str) -> dict[str, str]:
    out = {}
    for item in items:
        k, sep, v = item.partition("=" if what == "env" else ":")
        if not sep:
            raise typer.BadParameter(f"{what} must look like NAME{'=' if what == 'env' else ':'}VALUE: {item!r}")
        out[k.strip()] = v.strip()
    return out


@app.command("add", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Server name (lower-case letters, digits, '-')."),
    url_: str | None = typer.Option(
        None, "--url", help="Streamable HTTP URL of the upstream (falls back to legacy SSE)."
    ),
    env: list[str] = typer.Option([], "--env", "-e", help="NAME=VALUE for a stdio server (repeatable)."),
    header: list[str] = typer.Option([], "--header", "-H", help="'Name: value' for an HTTP server (repeatable)."),
    bearer_env: str | None = typer.Option(
        None, "--bearer-env", help="Environment variable (on the gateway) holding the upstream's bearer token."
    ),
    per_user: str | None = PerUserOption,
    audience: str | None = AudienceOption,
    token_endpoint: str | None = TokenEndpointOption,
    client_id: str | None = ClientIdOption,
    client_secret_env: str | None = typer.Option(
        None,
        "--client-secret-env",
        help="token_exchange: environment variable (on the gateway) holding the client secret.",
    ),
    scope: str | None = ScopeOption,
    trusted: bool = typer.Option(False, "--trusted-annotations", help="Trust this server's tool annotations."),
    timeout: float = typer.Option(60.0, "--timeout", help="Call timeout in seconds."),
    url: str | None = typer.Option(
        None, "--gateway", envvar="BASTION_URL", help="Gateway URL (default http://127.0.0.1:8787)."
    ),
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Register a server: `bastion mcp add NAME -- COMMAND ARGS...` (stdio) or
    `bastion mcp add NAME --url URL` (HTTP; the gateway is --gateway / BASTION_URL)."""
    argv = list(ctx.args)
    body: dict[str, Any] = {"name": name, "trusted_annotations": trusted, "call_timeout_s": timeout}
    if url_:
        if argv:
            raise typer.BadParameter("give either --url URL or -- COMMAND ARGS, not both")
        body["url"] = url_
        if header:
            body["headers"] = _kv(header, "header")
        if bearer_env and per_user:
            raise typer.BadParameter("give either --bearer-env or --per-user, not both")
        if bearer_env:
            body["credentials"] = {"type": "bearer", "token": {"env": bearer_env}}
        if per_user:
            creds = per_user_credentials(
                per_user, audience=audience, token_endpoint=token_endpoint, client_id=client_id, scope=scope
            )
            if client_secret_env:
                creds["client_secret"] = {"env": client_secret_env}
            body["credentials"] = creds
    else:
        if not argv:
            raise typer.BadParameter("give the command after '--' (stdio) or --url URL (HTTP)")
        body["command"], body["args"] = argv[0], argv[1:]
        if env:
            body["env"] = _kv(env, "env")
    _print(AdminClient(url, admin_key).post("/admin/mcp/servers", json=body))


@app.command("import")
def import_config(
    path: Path = typer.Argument(..., exists=True, dir_okay=False, help="claude_desktop_config.json"),
    replace: bool = typer.Option(False, "--replace", help="Replace servers already registered."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Register every entry of a Claude Desktop config file's `mcpServers`."""
    doc = json.loads(path.read_text())
    servers = doc.get("mcpServers") or {}
    if not isinstance(servers, dict) or not servers:
        raise typer.BadParameter(f"{path} has no mcpServers")
    _print(AdminClient(url, admin_key).post("/admin/mcp/import", json={"mcpServers": servers, "replace": replace}))


@app.command("list")
def list_servers(url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Registered servers with status, era and tool count."""
    doc = AdminClient(url, admin_key).get("/admin/mcp/servers")
    for s in doc["items"]:
        typer.echo(
            f"{s['name']:<24} {s['kind']:<6} {s['status']:<12} {str(s.get('era') or '-'):<7} "
            f"{len(s.get('tools') or []):>3} tools  {s.get('last_error') or ''}"
        )
    collisions = doc.get("collisions") or []
    if collisions:
        typer.echo(f"\n{len(collisions)} name collision(s):")
        for c in collisions:
            typer.echo(f"  {c['message']}")


@app.command("show")
def show(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """One server: tools, status, era, last error, pinned definitions."""
    _print(AdminClient(url, admin_key).get(f"/admin/mcp/servers/{name}"))


@app.command("remove")
def remove(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    _print(AdminClient(url, admin_key).delete(f"/admin/mcp/servers/{name}"))


@app.command("enable")
def enable(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    _print(AdminClient(url, admin_key).post(f"/admin/mcp/servers/{name}/enable"))


@app.command("disable")
def disable(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    _print(AdminClient(url, admin_key).post(f"/admin/mcp/servers/{name}/disable"))


@app.command("approve")
def approve(name: str, tool: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Approve a held-back (changed) tool definition."""
    _print(AdminClient(url, admin_key).post(f"/admin/mcp/servers/{name}/tools/{tool}/approve"))


@app.command("reject")
def reject(name: str, tool: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Reject a held-back tool definition: the pinned one stays in service."""
    _print(AdminClient(url, admin_key).post(f"/admin/mcp/servers/{name}/tools/{tool}/reject"))


@app.command("restart")
def restart(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Reconnect an upstream (a stdio server gets a fresh process)."""
    _print(AdminClient(url, admin_key).post(f"/admin/mcp/servers/{name}/restart"))


@app.command("pins")
def pins(url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Tool-definition changes held back for approval (old and new definitions)."""
    _print(AdminClient(url, admin_key).get("/admin/mcp/pins"))


def _mcp_url(url: str | None) -> str:
    base = (url or os.environ.get("BASTION_URL") or DEFAULT_URL).rstrip("/")
    return base if base.endswith("/mcp") else base + "/mcp"


def connect_command(
    url: str | None = typer.Option(None, "--url", envvar="BASTION_URL", help="Gateway URL."),
    key: str | None = typer.Option(None, "--key", envvar=KEY_ENV, help=f"API key (or {KEY_ENV}).", show_default=False),
) -> None:
    """Stdio bridge to the gateway, for clients that start MCP servers as commands."""
    from bastion.mcp_bridge.bridge import main

    main(_mcp_url(url), key)


def client_config_command(
    client: str = typer.Argument(..., help="claude | vscode | cursor"),
    bridge: bool = typer.Option(False, "--bridge", help="Use the `bastion connect` stdio bridge."),
    url: str | None = typer.Option(None, "--url", envvar="BASTION_URL", help="Gateway URL."),
    inline_key: bool = typer.Option(
        False, "--inline-key", help=f"Put ${KEY_ENV}'s value in the config (not recommended)."
    ),
) -> None:
    """Print a ready-to-paste MCP client config for this gateway."""
    client = client.lower()
    if client not in ("claude", "vscode", "cursor"):
        raise typer.BadParameter("client must be claude, vscode or cursor")
    mcp_url = _mcp_url(url)
    key = os.environ.get(KEY_ENV, "") if inline_key else None
    if client == "claude" or bridge:
        exe = shutil.which("bastion") or str(Path(sys.executable).parent / "bastion")
        entry: dict[str, Any] = {"command": exe, "args": ["connect", "--url", mcp_url]}
        entry["env"] = {KEY_ENV: key if key is not None else f"<your key; or set {KEY_ENV}>"}
        if client == "vscode":
            entry = {"type": "stdio", **entry}
            if key is None:
                entry["env"] = {KEY_ENV: "${input:bastion-key}"}
            doc: dict[str, Any] = {"servers": {"bastion": entry}}
            if key is None:
                doc["inputs"] = [
                    {"type": "promptString", "id": "bastion-key", "description": "Bastion API key", "password": True}
                ]
        else:
            doc = {"mcpServers": {"bastion": entry}}
    elif client == "vscode":
        auth = f"Bearer {key}" if key is not None else "Bearer ${input:bastion-key}"
        doc = {"servers": {"bastion": {"type": "http", "url": mcp_url, "headers": {"Authorization": auth}}}}
        if key is None:
            doc["inputs"] = [
                {"type": "promptString", "id": "bastion-key", "description": "Bastion API key", "password": True}
            ]
    else:  # cursor
        auth = f"Bearer {key}" if key is not None else "Bearer ${env:" + KEY_ENV + "}"
        doc = {"mcpServers": {"bastion": {"type": "http", "url": mcp_url, "headers": {"Authorization": auth}}}}
    typer.echo(json.dumps(doc, indent=2))
