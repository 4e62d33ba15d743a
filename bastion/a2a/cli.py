"""``bastion agents ...``: manage A2A agents on a running gateway through its admin API."""

from __future__ import annotations

import json

import typer

from bastion.gateway.cli_client import (
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

app = typer.Typer(help="Register and inspect A2A agents behind the gateway.", no_args_is_help=True)


@app.command("add")
def add(
    name: str = typer.Argument(..., help="Name the agent gets at the gateway (/a2a/NAME)."),
    url: str = typer.Argument(..., help="The agent's base URL (its card is at /.well-known/agent-card.json)."),
    bearer_token: str | None = typer.Option(
        None,
        "--bearer-token",
        help="Token the gateway sends to the agent; ${VAR} reads an environment variable on the gateway.",
    ),
    header: list[str] | None = typer.Option(None, "--header", help="Extra upstream header NAME=VALUE (repeat)."),
    timeout: float = typer.Option(60.0, "--timeout", help="Seconds to wait for a blocking answer."),
    allow_user: list[str] | None = typer.Option(None, "--allow-user", help="Only these users may call it (repeat)."),
    allow_group: list[str] | None = typer.Option(None, "--allow-group", help="Only these groups may call it (repeat)."),
    card_url: str | None = typer.Option(None, "--card-url", help="Card URL when not at the well-known path."),
    per_user: str | None = PerUserOption,
    audience: str | None = AudienceOption,
    token_endpoint: str | None = TokenEndpointOption,
    client_id: str | None = ClientIdOption,
    client_secret: str | None = typer.Option(
        None, "--client-secret", help="token_exchange: client secret; use ${A2A_VAR}."
    ),
    scope: str | None = ScopeOption,
    gateway_url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Register an agent: the gateway fetches and validates its card first."""
    headers = {}
    for h in header or []:
        k, sep, v = h.partition("=")
        if not sep:
            raise typer.BadParameter(f"--header needs NAME=VALUE, got {h!r}")
        headers[k.strip()] = v
    credentials: dict[str, object] = {"bearer_token": bearer_token, "headers": headers}
    if per_user:
        credentials.update(
            per_user_credentials(
                per_user, audience=audience, token_endpoint=token_endpoint, client_id=client_id, scope=scope
            )
        )
        if client_secret is not None:
            credentials["client_secret"] = client_secret
    body = {"name": name, "url": url, "timeout_s": timeout, "credentials": credentials}
    if allow_user:
        body["allowed_users"] = allow_user
    if allow_group:
        body["allowed_groups"] = allow_group
    if card_url:
        body["card_url"] = card_url
    agent = AdminClient(gateway_url, admin_key).post("/admin/a2a/agents", json=body)
    typer.echo(f"registered {agent['name']}: {agent.get('agent_name')} ({len(agent.get('skills') or [])} skills)")


@app.command("list")
def list_agents(gateway_url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """List registered agents with their health."""
    agents = AdminClient(gateway_url, admin_key).get("/admin/a2a/agents")["agents"]
    if not agents:
        typer.echo("no agents registered")
        return
    width = max(len(a["name"]) for a in agents)
    for a in agents:
        skills = ", ".join(s["id"] for s in a.get("skills") or [])
        typer.echo(f"{a['name']:<{width}}  {a['health']:<12}  {a['source']:<8}  {a['url']}  [{skills}]")


@app.command("show")
def show(name: str, gateway_url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Show one agent: settings (no secrets), health, interfaces and its card."""
    typer.echo(json.dumps(AdminClient(gateway_url, admin_key).get(f"/admin/a2a/agents/{name}"), indent=2))


@app.command("remove")
def remove(name: str, gateway_url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Remove an agent registered through the API or CLI."""
    AdminClient(gateway_url, admin_key).delete(f"/admin/a2a/agents/{name}")
    typer.echo(f"removed {name}")


@app.command("refresh")
def refresh(name: str, gateway_url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Fetch the agent's card again now."""
    a = AdminClient(gateway_url, admin_key).post(f"/admin/a2a/agents/{name}/refresh")
    typer.echo(f"{a['name']}: {a['health']}" + (f" ({a['last_error']})" if a.get("last_error") else ""))
