"""``bastion llm ...``: inspect the LLM router and try a model through a running gateway."""

from __future__ import annotations

import json
import os
from typing import Any

import httpx
import typer

from bastion.gateway.cli_client import AdminClient, AdminKeyOption, UrlOption

app = typer.Typer(help="The LLM front door: models, deployments, circuit breakers.", no_args_is_help=True)


@app.command("models")
def models(url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Public model names with their deployments and cooldown state."""
    data = AdminClient(url, admin_key).get("/admin/llm/models")
    for m in data["models"]:
        kind = " (embeddings)" if m["embedding"] else ""
        typer.echo(f"{m['name']}{kind}")
        for i, group in enumerate(m["groups"]):
            label = "  deployments" if i == 0 else "  fallback"
            for d in group:
                state = (
                    f"COOLING {d['cooldown_remaining_s']:.0f}s"
                    if d["cooling_down"]
                    else f"ok ({d['consecutive_failures']} recent failures)"
                )
                typer.echo(f"{label}: {d['deployment']} [{d['provider_type']}] weight={d['weight']:g} {state}")


@app.command("purge-cache")
def purge_cache(
    namespace: str | None = typer.Option(None, help="Only this cache namespace."),
    model: str | None = typer.Option(None, help="Only this model."),
    older_than_s: float | None = typer.Option(None, "--older-than-s", help="Only entries older than this."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Purge LLM cache entries (all of them unless narrowed)."""
    body = {"namespace": namespace, "model": model, "older_than_s": older_than_s}
    typer.echo(json.dumps(AdminClient(url, admin_key).post("/admin/cache/llm/purge", json=body), indent=2))


@app.command("reset")
def reset(
    deployment: str = typer.Argument(..., help="provider/model"),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Close a deployment's circuit breaker now."""
    AdminClient(url, admin_key).post(f"/admin/llm/deployments/{deployment}/reset")
    typer.echo(f"reset {deployment}")


@app.command("chat")
def chat(
    model: str,
    prompt: str,
    url: str | None = UrlOption,
    key: str | None = typer.Option(None, "--key", envvar="BASTION_API_KEY", help="A Bastion API key."),
) -> None:
    """Send one prompt through the gateway (as the given key) and print the answer and headers."""
    base = (url or os.environ.get("BASTION_URL") or "http://127.0.0.1:8787").rstrip("/")
    if not key:
        raise typer.BadParameter("pass --key or set BASTION_API_KEY")
    body: dict[str, Any] = {"model": model, "messages": [{"role": "user", "content": prompt}]}
    try:
        r = httpx.post(
            base + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}, timeout=120
        )
    except httpx.HTTPError as e:
        typer.secho(f"request failed: {e}", err=True, fg="red")
        raise typer.Exit(1) from None
    if r.status_code >= 400:
        typer.secho(f"error {r.status_code}: {r.text}", err=True, fg="red")
        raise typer.Exit(1)
    out = r.json()
    typer.echo(out["choices"][0]["message"].get("content") or json.dumps(out["choices"][0]["message"]))
    typer.echo(
        f"[trace {r.headers.get('x-bastion-trace-id')} overhead {r.headers.get('x-bastion-overhead-ms')} ms "
        f"cache {r.headers.get('x-bastion-cache')} usage {out.get('usage')}]",
        err=True,
    )
