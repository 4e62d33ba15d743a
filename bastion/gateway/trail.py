"""Which call facts go on the audit trail: an allowlist, declared here fact by fact.

``call.attrs`` also carries what stages and front doors hand each other during the call
(request and response bodies, adapters, cache keys, vectors). Only the facts named below are
written to the trace record, whatever their runtime type; anything else (a new fact included)
stays in the process until it is added here. Values are plain JSON (strings, numbers, flags,
small lists and mappings).
"""

from __future__ import annotations

TRAIL_FACTS: frozenset[str] = frozenset(
    {
        # core
        "finish_error",  # a finisher (budget charge) failed; the record is still written
        "http_status",  # refusal records: the status answered
        "peer",  # refusal records: the client address
        "unrecorded",  # refusal summary: counts over the rate, by front door and reason
        "count",  # lists: how many items the caller was shown
        # LLM
        "provider",
        "deployment",
        "attempts",
        "stream",
        "origin",  # "internal" for the gateway's own completions (MCP sampling, verifier)
        "cache_control",
        "cache_ttl",
        "cache_namespace",
        "semcache_namespace",
        # MCP
        "server",
        "tool",
        "arguments_digest",  # sha256 of the canonical arguments (never the arguments)
        "protocol_version",
        "uri",
        "updates_delivered",  # resources/unsubscribe: updates relayed while subscribed
        "old_digest",  # tool definition changes
        "new_digest",
        "action",
        # A2A
        "agent",
        "a2a_version",
        "binding",
        "operation",
        "task_id",
        "context_id",
        "state",
        "upstream_error",
        "push_relay",
        "webhook_status",  # push deliveries: the client webhook's HTTP status
        # OAuth authorization server (front door "oauth"): never a token, code or secret
        "oauth_client",  # the client a Bastion-issued token was issued to
        "client_id",
        "client_name",
        "resource",  # the audience (RFC 8707) a token is bound to
        "scope",
        "grant_type",
        "grant_id",
        "method",  # sign-in method (oidc, saml, ldap, local)
        "decision",  # consent: allow / deny
        "reason",  # why a step was refused or a grant revoked
        "by",  # who revoked a grant
        "was_active",
    }
)
