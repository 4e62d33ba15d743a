"""Ask an agent behind the gateway, with the a2a-sdk client (streaming).

BASTION_KEY=bst_... python examples/agents/ask.py concierge "what time is it in Tokyo?"
"""

from __future__ import annotations

import asyncio
import os
import sys
import uuid

import httpx
from a2a.client import ClientConfig, create_client
from a2a.helpers.proto_helpers import get_artifact_text, get_message_text
from a2a.types import Message, Part, Role, SendMessageRequest, TaskState


async def main(agent: str, text: str) -> None:
    gateway = os.environ.get("BASTION_URL", "http://127.0.0.1:8787").rstrip("/")
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {os.environ['BASTION_KEY']}"}, timeout=60) as http:
        client = await create_client(
            f"{gateway}/a2a/{agent}", client_config=ClientConfig(streaming=True, httpx_client=http)
        )
        async with client:
            req = SendMessageRequest(
                message=Message(message_id=str(uuid.uuid4()), role=Role.ROLE_USER, parts=[Part(text=text)])
            )
            async for ev in client.send_message(req):
                kind = ev.WhichOneof("payload")
                if kind == "artifact_update":
                    # Chunks of one artifact arrive in pieces: print them as one text.
                    print(get_artifact_text(ev.artifact_update.artifact), end="", flush=True)
                elif kind == "status_update":
                    msg = ev.status_update.status.message
                    note = f": {get_message_text(msg)}" if msg.parts else ""
                    print(f"\n[{TaskState.Name(ev.status_update.status.state)}{note}]")
                elif kind == "message":
                    print(get_message_text(ev.message))
                elif kind == "task":
                    for a in ev.task.artifacts:
                        print(get_artifact_text(a))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    asyncio.run(main(sys.argv[1], sys.argv[2]))
