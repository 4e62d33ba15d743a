""" "Travel desk": an MCP server written the way an application team writes one with the mcp 2.3
SDK's high-level ``MCPServer``, with no gateway in mind. It serves both protocol eras (the SDK's
default) and uses what MCP offers for talking back to the client:

* ``book`` asks for the traveller's name with a resolver (``Resolve`` + ``Elicit``): the SDK asks
  live on a 2025-era session and with ``input_required`` (MRTR) on a 2026-07-28 request;
* ``confirm`` asks live with ``ctx.elicit`` (form mode), ``open_portal`` with ``ctx.elicit_url``
  (URL mode), ``summarize`` samples live (``create_message``), ``where`` asks for roots: these
  only work on a 2025-era session (the 2026-07-28 protocol has no back channel);
* ``plan_trip`` samples with a resolver (``Sample``): both eras;
* ``work`` logs and reports progress.

Usage: python travel_desk.py [--http PORT] [--modern-only]
``--modern-only`` refuses the 2025 handshake (``initialize``), naming the versions it serves, as
the spec asks of a server that only speaks 2026-07-28.
"""

from __future__ import annotations

import argparse
from typing import Annotated, Any

import mcp.types as types
from mcp import MCPError
from mcp.server.mcpserver import Context, Elicit, MCPServer, Resolve
from mcp.server.mcpserver.resolve import Sample
from pydantic import BaseModel

app = MCPServer("travel-desk", instructions="Books trips.")


class Traveller(BaseModel):
    name: str


class Approval(BaseModel):
    approve: bool


def ask_traveller() -> Elicit[Traveller]:
    return Elicit("Who is travelling?", Traveller)


def ask_model(destination: str) -> Sample:
    prompt = types.SamplingMessage(
        role="user", content=types.TextContent(type="text", text=f"One line about {destination}")
    )
    return Sample([prompt], max_tokens=40)


@app.tool()
async def book(destination: str, traveller: Annotated[Traveller, Resolve(ask_traveller)]) -> str:
    """Book a trip for the traveller (asks who is travelling)."""
    return f"Booked {destination} for {traveller.name}"


@app.tool()
async def plan_trip(destination: str, idea: Annotated[types.CreateMessageResult, Resolve(ask_model)]) -> str:
    """Plan a trip with the client's model."""
    text = idea.content.text if isinstance(idea.content, types.TextContent) else "?"
    return f"Plan for {destination}: {text}"


@app.tool()
async def confirm(amount: int, ctx: Context) -> str:
    """Ask the user to approve a payment (live elicitation)."""
    r = await ctx.elicit(f"Approve a payment of {amount} EUR?", Approval)
    if r.action != "accept":
        return f"payment {r.action}"
    return "approved" if r.data.approve else "refused"


@app.tool()
async def open_portal(ctx: Context) -> str:
    """Send the user to the airline portal (URL-mode elicitation)."""
    r = await ctx.elicit_url("Sign in at the airline", "https://airline.example.com/login", "portal-1")
    return f"portal: {r.action}"


@app.tool()
async def summarize(text: str, ctx: Context) -> str:
    """Summarise with the client's model (live sampling)."""
    msg = types.SamplingMessage(role="user", content=types.TextContent(type="text", text=f"Summarise: {text}"))
    r = await ctx.request_context.session.create_message(messages=[msg], max_tokens=40)
    return f"summary: {r.content.text if isinstance(r.content, types.TextContent) else '?'}"


@app.tool()
async def where(ctx: Context) -> str:
    """The client's roots (live roots/list)."""
    r = await ctx.request_context.session.list_roots()
    return "roots: " + ", ".join(str(root.uri) for root in r.roots)


@app.tool()
async def work(steps: int, ctx: Context) -> str:
    """Log and report progress."""
    await ctx.info(f"starting {steps} steps")
    for i in range(1, steps + 1):
        await ctx.report_progress(i, steps, f"step {i}")
    return f"worked {steps} steps"


@app.resource("trips://current", mime_type="text/plain")
def current_trip() -> str:
    return "no trip booked"


async def refuse_handshake(ctx: Any, call_next: Any) -> Any:
    if getattr(ctx, "method", None) == "initialize":
        raise MCPError(
            code=types.INVALID_REQUEST,
            message="this server speaks MCP 2026-07-28 only",
            data={"supported": ["2026-07-28"]},
        )
    return await call_next(ctx)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--http", type=int, default=0)
    ap.add_argument("--modern-only", action="store_true")
    a = ap.parse_args()
    if a.modern_only:
        app.middleware.insert(0, refuse_handshake)
    if a.http:
        app.run("streamable-http", host="127.0.0.1", port=a.http)
    else:
        app.run("stdio")


if __name__ == "__main__":
    main()
