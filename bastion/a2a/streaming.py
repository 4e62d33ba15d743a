"""Sending a relayed SSE stream to the client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import anyio
from starlette.responses import StreamingResponse

from bastion.gateway.call import Call, Refusal

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def sse_response(call: Call, error_event: Callable[[Refusal], bytes]) -> StreamingResponse:
    """Relay ``call.stream`` (of ``SSEEvent``) byte for byte. A refusal in the middle of the
    stream (an output policy block, the agent's stream breaking) ends it with one error event
    in the binding's shape. When the client goes away, the upstream stream is closed and the
    call audited (shielded from the cancellation that announced the disconnect)."""
    stream = call.stream
    assert stream is not None

    async def body() -> AsyncIterator[bytes]:
        # The terminal event is held back until the stream ends, so that text an output
        # policy window kept until the end (a synthetic event) still comes before it.
        held = None
        try:
            async for ev in stream:
                if held is not None and not ev.synthetic:
                    yield held.raw
                    held = None
                if ev.terminal:
                    held = ev
                    continue
                yield ev.raw
            if held is not None:
                yield held.raw
        except Refusal as r:
            yield error_event(r)
        finally:
            with anyio.CancelScope(shield=True):
                await stream.aclose()  # type: ignore[attr-defined]

    return StreamingResponse(body(), media_type="text/event-stream", headers=SSE_HEADERS)
