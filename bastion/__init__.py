"""Bastion: a self-hosted gateway that governs agent traffic (MCP, A2A, LLM)."""

__version__ = "0.1.0"
