"""The same travel desk as a team on the mcp 1.x SDK (``FastMCP``) wrote it: a 2025-era server
only (it answers ``initialize`` and nothing of 2026-07-28), asking live. Runs in the legacy venv
(``mcp<2``, see ``tests/mcp/conftest.py::legacy_python``).

Usage: <legacy python> legacy_desk.py [--http PORT]
"""

from __future__ import annotations

import argparse

from mcp.server.fastmcp import Context, FastMCP
from mcp.types import SamplingMessage, TextContent
from pydantic import BaseModel

app = FastMCP("legacy-desk")


class Traveller(BaseModel):
    name: str


@app.tool()
async def book(destination: str, ctx: Context) -> str:
    """Book a trip for the traveller (asks who is travelling)."""
    r = await ctx.elicit("Who is travelling?", Traveller)
    if r.action != "accept":
        return f"booking {r.action}"
    return f"Booked {destination} for {r.data.name}"


@app.tool()
async def summarize(text: str, ctx: Context) -> str:
    """Summarise with the client's model (sampling)."""
    msg = SamplingMessage(role="user", content=TextContent(type="text", text=f"Summarise: {text}"))
    r = await ctx.session.create_message(messages=[msg], max_tokens=40)
    return f"summary: {r.content.text if isinstance(r.content, TextContent) else '?'}"


@app.tool()
async def where(ctx: Context) -> str:
    """The client's roots."""
    r = await ctx.session.list_roots()
    return "roots: " + ", ".join(str(root.uri) for root in r.roots)


@app.tool()
async def work(steps: int, ctx: Context) -> str:
    """Log and report progress."""
    await ctx.info(f"starting {steps} steps")
    for i in range(1, steps + 1):
        await ctx.report_progress(i, steps, f"step {i}")
    return f"worked {steps} steps"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--http", type=int, default=0)
    a = ap.parse_args()
    if a.http:
        app.settings.port = a.http
        app.run("streamable-http")
    else:
        app.run("stdio")


if __name__ == "__main__":
    main()
