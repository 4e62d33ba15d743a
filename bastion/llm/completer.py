"""``core.chat``: the LLM front door as a service for other parts of the gateway (MCP sampling,
the semantic cache's verifier). Calls run through the same LLM pipeline - authorization,
limits, policy, cache and audit - as the principal they are made for."""

from __future__ import annotations

from typing import Any

from bastion.gateway.call import Call, Credentials, Refusal
from bastion.gateway.pipeline import Pipeline
from bastion.gateway.principal import Principal
from bastion.gateway.semcache.facts import ChatExchange
from bastion.llm.chat import ChatRequest, ChatService, answer_of
from bastion.llm.content import CompletionContent, MessagesContent
from bastion.llm.validate import InvalidRequest, check_openai_chat


class LLMCompleter:
    def __init__(self, pipeline: Pipeline, service: ChatService) -> None:
        self.pipeline = pipeline
        self.service = service

    async def complete(
        self, request: dict[str, Any], principal: Principal, cache_control: str | None = None
    ) -> dict[str, Any]:
        """An OpenAI chat-completions request in, a ``chat.completion`` out. Raises
        ``Refusal`` (400 for an invalid request, and whatever the stages decide).
        ``cache_control`` works like the request header (``no-cache``, ``no-store``)."""
        body = {k: v for k, v in request.items() if k not in ("stream", "stream_options")}
        try:
            model = check_openai_chat(body)
        except InvalidRequest as e:
            raise Refusal(400, "bad_request", str(e)) from None
        call = Call(
            front_door="llm",
            kind="chat",
            target=model,
            credentials=Credentials(),
            method="chat.completions",
            principal=principal,
        )
        call.request = ChatRequest(body, False)
        call.input = MessagesContent(body)
        call.put(ChatExchange(body, cache_control=cache_control, origin="internal"))
        await self.pipeline.run(call, self.service.route)
        if call.served_from_cache:
            return answer_of(call)
        assert isinstance(call.output, CompletionContent)
        return call.output.completion
