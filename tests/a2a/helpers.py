"""a2a-sdk clients pointed at the gateway."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator

import httpx
from a2a.client import Client, ClientConfig, create_client
from a2a.types import Message, Part, Role, SendMessageRequest


def user_msg(text: str, **kw: object) -> SendMessageRequest:
    return SendMessageRequest(
        message=Message(message_id=str(uuid.uuid4()), role=Role.ROLE_USER, parts=[Part(text=text)]), **kw
    )


@contextlib.asynccontextmanager
async def sdk_client(
    url: str, key: str, *, streaming: bool = True, bindings: list[str] | None = None
) -> AsyncIterator[Client]:
    """An a2a-sdk client that discovers the agent's card at ``url`` (through the gateway) and
    authenticates with a Bastion key."""
    http = httpx.AsyncClient(headers={"authorization": f"Bearer {key}"}, timeout=30)
    cfg = ClientConfig(streaming=streaming, httpx_client=http, supported_protocol_bindings=bindings or [])
    client = await create_client(url, client_config=cfg)
    try:
        async with client:
            yield client
    finally:
        await http.aclose()
