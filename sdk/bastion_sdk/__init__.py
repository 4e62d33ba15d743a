"""Bastion's Python SDK: one client for LLM chat, embeddings, MCP tools and A2A agents.

With a gateway configured (``url=``, ``BASTION_URL`` or the config file) every call goes through
Bastion and is governed there; without one, calls go straight to the provider named by the
model's prefix (``openai/``, ``anthropic/``, ``gemini/``, ``ollama/``, ``azure/``). The same code
gets the same typed results either way.
"""

from bastion_sdk.client import AsyncBastionClient, AsyncStream, BastionClient, Stream
from bastion_sdk.config import Settings, resolve
from bastion_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BastionError,
    BudgetExceededError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    PolicyBlockedError,
    RateLimitError,
    UpstreamError,
)
from bastion_sdk.types import (
    Agent,
    AgentReply,
    CallMeta,
    ChatChunk,
    ChatCompletion,
    EmbeddingResponse,
    MessagesEvent,
    MessagesResponse,
    Model,
    ModelList,
    Tool,
    ToolResult,
)

__version__ = "0.1.0"
__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "Agent",
    "AgentReply",
    "AsyncBastionClient",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "BastionClient",
    "BastionError",
    "BudgetExceededError",
    "CallMeta",
    "ChatChunk",
    "ChatCompletion",
    "ConfigurationError",
    "EmbeddingResponse",
    "MessagesEvent",
    "MessagesResponse",
    "Model",
    "ModelList",
    "NotFoundError",
    "PermissionDeniedError",
    "PolicyBlockedError",
    "RateLimitError",
    "Settings",
    "Stream",
    "Tool",
    "ToolResult",
    "UpstreamError",
    "resolve",
]
