"""The ``bastion`` command line (the console script and ``python -m bastion``).

Part of the composition root: it registers the commands every part contributes. ``serve``
imports the server and the app factory when it runs, so the admin commands (``bastion keys
list`` ...) start without loading the gateway.
"""

from __future__ import annotations

import gc
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import typer

from bastion import __version__
from bastion.a2a.cli import app as agents_app
from bastion.gateway.cli_client import AdminClient, AdminKeyOption, UrlOption
from bastion.gateway.oauth.cli import app as oauth_app
from bastion.gateway.policy.cli import app as policy_app
from bastion.llm.cli import app as llm_app
from bastion.mcp_bridge.cli import app as mcp_app
from bastion.mcp_bridge.cli import client_config_command, connect_command
from bastion.migrate.cli import app as import_app
from bastion_sdk.cli import configure

app = typer.Typer(
    name="bastion",
    help="Bastion: one governed gateway for LLM chat, MCP tool calls and A2A agent messages.",
    no_args_is_help=True,
    add_completion=False,
)
keys_app = typer.Typer(help="Create, list and revoke virtual API keys.", no_args_is_help=True)
users_app = typer.Typer(help="Manage the users that keys belong to.", no_args_is_help=True)
traces_app = typer.Typer(help="Search the audit trail (one record per call).", no_args_is_help=True)
groups_app = typer.Typer(help="Budgets shared by everyone in a group.", no_args_is_help=True)
budgets_app = typer.Typer(
    help="Budgets per user and per group (key budgets: `bastion keys create`).", no_args_is_help=True
)
app.add_typer(keys_app, name="keys")
app.add_typer(users_app, name="users")
app.add_typer(traces_app, name="traces")
app.add_typer(groups_app, name="groups")
app.add_typer(budgets_app, name="budgets")
me_app = typer.Typer(help="Your own keys and usage (with your own key, not the admin key).", no_args_is_help=True)
app.add_typer(me_app, name="me")
#: A user's own key for ``bastion me ...``.
MyKeyOption = typer.Option(None, "--key", envvar="BASTION_API_KEY", help="Your key (or BASTION_API_KEY).")


def _print(obj: Any) -> None:
    typer.echo(json.dumps(obj, indent=2, default=str))


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(f"bastion {__version__}")


@app.command()
def serve(
    config: Path | None = typer.Option(
        None, "--config", "-c", envvar="BASTION_CONFIG", help="YAML settings file (optional)."
    ),
    host: str | None = typer.Option(None, help="Address to listen on (default 127.0.0.1)."),
    port: int | None = typer.Option(None, help="Port to listen on (default 8787)."),
) -> None:
    """Run the gateway (LLM proxy, MCP hub and A2A router on one port)."""
    import uvicorn

    from bastion.app import create_app
    from bastion.gateway.edge import edge_protocol
    from bastion.gateway.logs import configure_logging
    from bastion.settings import SettingsError, load_settings

    overrides: dict[str, Any] = {}
    if host:
        overrides.setdefault("server", {})["host"] = host
    if port is not None:
        overrides.setdefault("server", {})["port"] = port
    try:
        settings = load_settings(config, **overrides)
        log_config = configure_logging(settings.server.log_level)
        typer.echo(
            f"Starting Bastion {__version__} on {settings.server.host}:{settings.server.port} "
            f"(data in {settings.data_dir.resolve()}) ..."
        )
        app_ = create_app(settings, announce=True)
    except SettingsError as e:
        typer.secho(str(e), err=True, fg="red")
        raise typer.Exit(2) from None
    server = _graceful_server_class()(
        uvicorn.Config(
            app_,
            host=settings.server.host,
            port=settings.server.port,
            loop="uvloop",
            # uvicorn's httptools protocol with header/body timeouts, a per-peer connection
            # cap and a drain on shutdown (see bastion.gateway.edge).
            http=edge_protocol(settings.server),
            lifespan="on",
            log_config=log_config,
            access_log=False,
            # No "server: uvicorn" on every response: one header less to build per response,
            # and the gateway does not advertise what it runs on.
            server_header=False,
            # The client address must be the TCP peer: uvicorn would otherwise take it from a
            # client-supplied X-Forwarded-For (peer 127.0.0.1), and trusted-proxy identity headers
            # decide trust by that address (docs/identity.md).
            proxy_headers=False,
            timeout_graceful_shutdown=int(settings.server.graceful_timeout_s),
            h11_max_incomplete_event_size=settings.server.max_header_bytes,
        )
    )
    server.run()
    if not server.started:
        # Start-up failed (bad settings found by a front door, port in use ...): the reason
        # is in the log above.
        raise typer.Exit(1)


def _graceful_server_class() -> type:
    import uvicorn

    class GracefulServer(uvicorn.Server):
        """uvicorn re-raises SIGTERM after a graceful shutdown, so the process ends "killed by
        signal". After a complete, orderly shutdown (audit flushed) exit 0 instead."""

        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets=sockets)
            # Everything built at start-up (~230k objects: the app, the frameworks, the policy
            # engine) lives until shutdown. Moving it out of the collector's view keeps full
            # collections cheap: each one otherwise walks all of it (~200 ms measured here, a
            # stall for every request in flight).
            gc.collect()
            gc.freeze()
            # A request allocates a few hundred tracked objects that die young by reference
            # counting (the hot path leaves no cyclic garbage); with the default threshold
            # (700) the in-flight requests alone trip a young collection every ~10 calls, which
            # then finds nothing. Still collected, just less often (profiled: ~6% of CPU).
            gc.set_threshold(10_000, 10, 10)

        def handle_exit(self, sig: int, frame: Any) -> None:
            if self.should_exit and sig == 2:
                self.force_exit = True
            else:
                self.should_exit = True

    return GracefulServer


# -- keys ------------------------------------------------------------------------------------
@keys_app.command("create")
def keys_create(
    user: str = typer.Option(..., "--user", "-u", help="Owner user id (see `bastion users add`)."),
    name: str | None = typer.Option(None, help="A label for the key."),
    models: list[str] | None = typer.Option(None, "--model", help="Allowed model (repeat; globs ok). Default: all."),
    servers: list[str] | None = typer.Option(None, "--mcp-server", help="Allowed MCP server (repeat). Default: all."),
    tools: list[str] | None = typer.Option(None, "--tool", help="Allowed tool as server__tool (repeat). Default: all."),
    agents: list[str] | None = typer.Option(None, "--agent", help="Allowed A2A agent (repeat). Default: all."),
    rpm: int = typer.Option(0, help="Requests per minute (0 = no limit)."),
    max_spend: float | None = typer.Option(None, help="Spend cap per budget period (price-table currency)."),
    max_tokens: int | None = typer.Option(None, help="Token cap per budget period."),
    budget_period: str = typer.Option("month", help="Budget period: day, month or total."),
    expires_in_days: float | None = typer.Option(None, help="Expire after this many days."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Create a key. The key is printed once; only its hash is stored."""
    c = AdminClient(url, admin_key)
    body = {
        "user_id": user,
        "name": name,
        "models": models or None,
        "mcp_servers": servers or None,
        "tools": tools or None,
        "agents": agents or None,
        "rpm_limit": rpm,
        "max_spend": max_spend,
        "max_tokens": max_tokens,
        "budget_period": budget_period,
        "expires_in_s": expires_in_days * 86400 if expires_in_days else None,
    }
    _print(c.post("/admin/keys", json=body))


@keys_app.command("list")
def keys_list(
    user: str | None = typer.Option(None, "--user", "-u"),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """List keys (ids and fingerprints only; keys themselves are never stored)."""
    params = {"user_id": user} if user else {}
    for k in AdminClient(url, admin_key).get("/admin/keys", params=params)["items"]:
        state = "active" if k["active"] else ("revoked" if k["revoked_at"] else "expired")
        typer.echo(f"{k['id']}  sha256:{k['fingerprint']}  user={k['user_id']}  {state}  {k['name'] or ''}")


@keys_app.command("revoke")
def keys_revoke(key_id: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Revoke a key by id (see `bastion keys list`)."""
    AdminClient(url, admin_key).delete(f"/admin/keys/{key_id}")
    typer.echo(f"revoked {key_id}")


# -- users -----------------------------------------------------------------------------------
@users_app.command("add")
def users_add(
    user_id: str,
    email: str | None = None,
    name: str | None = None,
    department: str | None = None,
    group: list[str] | None = typer.Option(None, "--group", help="Group (repeat)."),
    role: list[str] | None = typer.Option(None, "--role", help="Role (repeat), e.g. admin."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Create or update a user."""
    body = {
        "id": user_id,
        "email": email,
        "name": name,
        "department": department,
        "groups": group or [],
        "roles": role or [],
    }
    _print(AdminClient(url, admin_key).post("/admin/users", json=body))


@users_app.command("list")
def users_list(url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """List users."""
    for u in AdminClient(url, admin_key).get("/admin/users")["items"]:
        flag = " (disabled)" if u["disabled"] else ""
        typer.echo(
            f"{u['id']}  {u.get('email') or ''}  groups={','.join(u['groups'])}  roles={','.join(u['roles'])}{flag}"
        )


@users_app.command("disable")
def users_disable(user_id: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Disable a user: all their keys stop working."""
    AdminClient(url, admin_key).post(f"/admin/users/{user_id}/disable")
    typer.echo(f"disabled {user_id}")


# -- budgets ---------------------------------------------------------------------------------
_MaxSpend = typer.Option(None, "--max-spend", help="Spend cap per period (price-table currency).")
_MaxTokens = typer.Option(None, "--max-tokens", help="Token cap per period (input + output).")
_Period = typer.Option("month", "--period", help="Budget period: day, month or total.")
_Clear = typer.Option(False, "--clear", help="Remove the budget set through the admin API.")


def _budget_command(
    path: str,
    max_spend: float | None,
    max_tokens: int | None,
    period: str,
    clear: bool,
    url: str | None,
    admin_key: str | None,
) -> None:
    c = AdminClient(url, admin_key)
    if clear:
        _print(c.delete(path))
    elif max_spend is None and max_tokens is None:
        _print(c.get(path))  # no caps given: show the budget and its usage this period
    else:
        _print(c.put(path, json={"max_spend": max_spend, "max_tokens": max_tokens, "period": period}))


@users_app.command("budget")
def users_budget(
    user_id: str,
    max_spend: float | None = _MaxSpend,
    max_tokens: int | None = _MaxTokens,
    period: str = _Period,
    clear: bool = _Clear,
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Set (with --max-spend/--max-tokens), show (no caps) or --clear a user's budget: all the
    user's keys and identity-provider logins together."""
    _budget_command(
        f"/admin/users/{quote(user_id, safe='')}/budget", max_spend, max_tokens, period, clear, url, admin_key
    )


@groups_app.command("budget")
def groups_budget(
    group: str,
    max_spend: float | None = _MaxSpend,
    max_tokens: int | None = _MaxTokens,
    period: str = _Period,
    clear: bool = _Clear,
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Set (with --max-spend/--max-tokens), show (no caps) or --clear a group's budget: everyone
    in the group together."""
    _budget_command(
        f"/admin/groups/{quote(group, safe='')}/budget", max_spend, max_tokens, period, clear, url, admin_key
    )


@budgets_app.command("list")
def budgets_list(url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """List user and group budgets (from the admin API and from settings)."""
    for b in AdminClient(url, admin_key).get("/admin/budgets")["items"]:
        caps = ", ".join(f"{k}={b[k]:g}" for k in ("max_spend", "max_tokens") if b[k] is not None)
        typer.echo(f"{b['scope']:<5} {b['subject']}  {caps} per {b['period']}  ({b['source']})")


# -- traces ----------------------------------------------------------------------------------
@traces_app.command("search")
def traces_search(
    user: str | None = None,
    kind: str | None = typer.Option(None, help="chat, tool, agent, admin ..."),
    target: str | None = typer.Option(None, help="Model, server__tool or agent; * as wildcard."),
    status: str | None = typer.Option(None, help="ok, refused or error."),
    since_minutes: float | None = typer.Option(None, "--since-minutes", help="Only the last N minutes."),
    limit: int = 20,
    as_json: bool = typer.Option(False, "--json", help="Print full records as JSON."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Search the audit trail, newest first."""
    params: dict[str, Any] = {"limit": limit}
    for k, v in (("user", user), ("kind", kind), ("target", target), ("status", status)):
        if v:
            params[k] = v
    if since_minutes:
        params["since"] = time.time() - since_minutes * 60
    page = AdminClient(url, admin_key).get("/admin/traces", params=params)
    if as_json:
        _print(page)
        return
    for t in page["items"]:
        when = time.strftime("%H:%M:%S", time.localtime(t["started_at"]))
        typer.echo(
            f"{when} {t['trace_id']} {t['kind']:<6} {t['status']:<8} {t['duration_ms']:8.2f}ms "
            f"{t['user_id'] or '-'} {t['target']}"
        )


@traces_app.command("show")
def traces_show(trace_id: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Show one trace record in full."""
    _print(AdminClient(url, admin_key).get(f"/admin/traces/{trace_id}"))


# -- me (self-service) ------------------------------------------------------------------------
@me_app.command("keys")
def me_keys(url: str | None = UrlOption, key: str | None = MyKeyOption) -> None:
    """Your keys (never the secrets)."""
    for k in AdminClient(url, key).get("/me/keys")["items"]:
        typer.echo(f"{k['id']}  {k['name'] or '-':<24} {'active' if k['active'] else 'inactive'}")


@me_app.command("revoke")
def me_revoke(key_id: str, url: str | None = UrlOption, key: str | None = MyKeyOption) -> None:
    """Revoke one of your own keys."""
    _print(AdminClient(url, key).delete(f"/me/keys/{key_id}"))


@me_app.command("usage")
def me_usage(
    hours: float = typer.Option(24, help="The last N hours."),
    bucket_s: int = typer.Option(3600, "--bucket-s", help="Bucket width in seconds."),
    url: str | None = UrlOption,
    key: str | None = MyKeyOption,
) -> None:
    """Your calls, errors, latency, tokens and cost over time."""
    now = time.time()
    _print(
        AdminClient(url, key).get("/me/usage", params={"since": now - hours * 3600, "until": now, "bucket_s": bucket_s})
    )


# -- usage ----------------------------------------------------------------------------------
@app.command("usage")
def usage(
    by: str = typer.Option("none", help="Split by user, group, model, server, agent or front_door."),
    hours: float = typer.Option(24, help="The last N hours."),
    bucket_s: int = typer.Option(3600, "--bucket-s", help="Bucket width in seconds."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Calls, errors, p50/p99 latency, tokens and cost over time (what the dashboard charts)."""
    now = time.time()
    params = {"by": by, "since": now - hours * 3600, "until": now, "bucket_s": bucket_s}
    _print(AdminClient(url, admin_key).get("/admin/usage", params=params))


def _register_front_door_commands() -> None:
    """Commands contributed by the front doors and the policy engine."""
    app.add_typer(mcp_app, name="mcp")
    app.add_typer(agents_app, name="agents")
    app.add_typer(llm_app, name="llm")
    app.add_typer(policy_app, name="policy")
    app.add_typer(oauth_app, name="oauth")
    app.command("connect")(connect_command)
    app.command("client-config")(client_config_command)
    _register_sdk_commands()


def _register_sdk_commands() -> None:
    """``bastion import`` (config importers) and ``bastion configure`` (the SDK's wizard)."""

    def configure_command(ctx: typer.Context) -> None:
        raise typer.Exit(configure(ctx.args))

    app.add_typer(import_app, name="import")
    # The SDK's own command line (argparse), its arguments passed through as they are.
    app.command(
        "configure",
        help="First-run setup of the client SDK: gateway or direct mode, checked live, saved 0600 "
        "(`bastion configure --help` for the flags, --show for the resolved settings).",
        context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
        add_help_option=False,
    )(configure_command)


_register_front_door_commands()


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
