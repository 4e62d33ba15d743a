"""``bastion policy ...``: manage and try policies on a running gateway (via the admin API)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from bastion.gateway.cli_client import AdminClient, AdminKeyOption, UrlOption

app = typer.Typer(
    help="Policies: list, import/export YAML, enable templates, test in the sandbox.", no_args_is_help=True
)


def _print(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False))


@app.command("list")
def list_(url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """List policies (name, on/off, live version, mode, rules)."""
    data = AdminClient(url, admin_key).get("/admin/policies")
    for p in data["policies"]:
        state = "on " if p["enabled"] else "off"
        live = p["live_version"] if p["live_version"] is not None else "-"
        typer.echo(
            f"{state}  {p['name']:<28} v{live:<4} (latest v{p['latest_version']})  {p['mode']:<8} {p['rules']} rule(s)"
        )


@app.command("import")
def import_(
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="YAML policy file"),
    draft: bool = typer.Option(False, help="Store as drafts (not live)."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Create or update policies from a YAML file (each becomes a new version)."""
    data = AdminClient(url, admin_key).post(
        "/admin/policies/import", params={"draft": str(draft).lower()}, json={"yaml": file.read_text()}
    )
    for p in data["imported"]:
        typer.echo(f"{p['name']}: version {p['version']}{' (draft)' if draft else ''}")


@app.command("export")
def export(
    name: list[str] | None = typer.Option(None, "--name", help="Only these policies."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write to a file."),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Print (or write) policies as YAML."""
    params: dict[str, Any] = {"format": "json"}
    if name:
        params["name"] = name
    text = AdminClient(url, admin_key).get("/admin/policies/export", params=params)["yaml"]
    if output:
        output.write_text(text)
    else:
        typer.echo(text, nl=False)


@app.command("enable-template")
def enable_template(
    template: str = typer.Argument(
        ..., help="hipaa, pci, ferpa, sox, legal-privilege, competitive-intel, secrets, prompt-injection"
    ),
    param: list[str] | None = typer.Option(None, "--param", "-p", help="key=value (comma-separate list values)"),
    mode: str | None = typer.Option(None, help="enforce or monitor"),
    name: str | None = typer.Option(None, help="Policy name (default: the template's)"),
    draft: bool = typer.Option(False, "--draft", help="Store as a draft, not live"),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Enable a pre-built policy template."""
    params: dict[str, Any] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"--param {item!r} is not key=value")
        params[key.strip()] = [v.strip() for v in value.split(",")] if "," in value else value
    body: dict[str, Any] = {"params": params, "draft": draft}
    if mode:
        body["mode"] = mode
    if name:
        body["name"] = name
    p = AdminClient(url, admin_key).post(f"/admin/policies/templates/{template}", json=body)
    typer.echo(f"{p['name']}: version {p['version']}, {len(p['rules'])} rule(s), {p['mode']}")


@app.command("test")
def test(
    text: str = typer.Argument(..., help="Text to check ('-' reads standard input)"),
    direction: str = typer.Option(
        "chat_input", help="chat_input, chat_output, tool_args, tool_result, agent_message, agent_artifact"
    ),
    user: str | None = typer.Option(None, help="User id of the pretend caller"),
    email: str | None = typer.Option(None),
    department: str | None = typer.Option(None),
    group: list[str] | None = typer.Option(None, "--group"),
    role: list[str] | None = typer.Option(None, "--role"),
    policy: list[str] | None = typer.Option(None, "--policy", help="Only these policies"),
    version: list[str] | None = typer.Option(None, "--version", help="name=N: evaluate a stored (draft) version"),
    draft_file: Path | None = typer.Option(
        None, "--draft", exists=True, dir_okay=False, help="Evaluate a policy YAML file not stored yet"
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the full sandbox answer"),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Run the policies on a text in the sandbox: every rule, matches, action, redacted text."""
    import sys

    if text == "-":
        text = sys.stdin.read()
    body: dict[str, Any] = {"text": text, "direction": direction}
    if any((user, email, department, group, role)):
        body["principal"] = {
            "user_id": user or "sandbox",
            "email": email,
            "department": department,
            "groups": group or [],
            "roles": role or [],
        }
    if policy:
        body["policies"] = policy
    if version:
        body["versions"] = {k: int(v) for k, _, v in (x.partition("=") for x in version)}
    if draft_file:
        from bastion.gateway.policy.model import policies_from_yaml

        body["draft"] = policies_from_yaml(draft_file.read_text())[0].model_dump(mode="json")
    res = AdminClient(url, admin_key).post("/admin/policies/test", json=body)
    if as_json:
        _print(res)
        return
    typer.echo(f"action: {res['action']}   ({res['latency_ms']} ms)")
    if res.get("message"):
        typer.echo(f"message: {res['message']}")
    for r in res["rules"]:
        if not r["applies"]:
            continue
        mark = "MATCH" if r["matched"] else "  -  "
        ents = ", ".join(sorted({m["entity"] for m in r.get("matches", [])}))
        typer.echo(
            f"{mark} {r['policy']} v{r['version']} / {r['rule']} ({r['detector']}, "
            f"{r['action']}, {r['mode']}) {ents}{'  ERROR ' + r['error'] if r.get('error') else ''}"
        )
    if res["action"] == "redact":
        typer.echo("redacted:")
        for t in res["texts"]:
            typer.echo(t)


# The changes the dashboard's policy page makes, one command each (same admin API calls).


@app.command("show")
def show(
    name: str,
    version: int | None = typer.Option(None, "--version", help="A stored version (default: the live one)"),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """One policy as stored (JSON)."""
    _print(AdminClient(url, admin_key).get(f"/admin/policies/{name}", params={"version": version} if version else None))


@app.command("versions")
def versions(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Every version of a policy: number, status (live, draft, retired), when and by whom."""
    for v in AdminClient(url, admin_key).get(f"/admin/policies/{name}/versions")["versions"]:
        typer.echo(f"v{v['version']:<4} {v['status']:<8} {v['created_at']:.0f}  {v['created_by'] or '-'}")


@app.command("activate")
def activate(name: str, version: int, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Make a stored version live: roll back, or promote a draft."""
    p = AdminClient(url, admin_key).post(f"/admin/policies/{name}/versions/{version}/activate")
    typer.echo(f"{p['name']} v{p['version']} is live")


@app.command("mode")
def mode(
    name: str,
    new_mode: str = typer.Argument(..., help="enforce or monitor"),
    url: str | None = UrlOption,
    admin_key: str | None = AdminKeyOption,
) -> None:
    """Switch a policy between enforce and monitor (stored as a new version)."""
    client = AdminClient(url, admin_key)
    doc = client.get(f"/admin/policies/{name}")
    doc.pop("version", None)
    p = client.put(f"/admin/policies/{name}", json={**doc, "mode": new_mode})
    typer.echo(f"{p['name']} v{p['version']} {p['mode']}")


@app.command("enable")
def enable(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    _print(AdminClient(url, admin_key).post(f"/admin/policies/{name}/enable"))


@app.command("disable")
def disable(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    _print(AdminClient(url, admin_key).post(f"/admin/policies/{name}/disable"))


@app.command("delete")
def delete(name: str, url: str | None = UrlOption, admin_key: str | None = AdminKeyOption) -> None:
    """Delete a policy and all its versions."""
    _print(AdminClient(url, admin_key).delete(f"/admin/policies/{name}"))
