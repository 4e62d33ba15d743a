"""LiteLLM proxy ``config.yaml`` -> Bastion settings, with a report of every key.

LiteLLM's public model names (``model_name``) become Bastion aliases whose deployments are the
``litellm_params.model`` entries, weighted as LiteLLM's simple-shuffle weights them; providers
are deduplicated by (type, endpoint, key, version, headers); fallbacks, retries, timeouts and
cooldowns land in ``llm``; ``mcp_servers`` in ``mcp.servers``; ``os.environ/VAR`` secrets become
``env:VAR`` references (never values). Nothing is dropped silently: every key read is reported
as mapped, partly mapped (with what is lost) or not mapped (with why and what to do instead).
The LiteLLM master key is never imported.
"""

from __future__ import annotations

import copy
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["mapped", "partly", "not mapped"]

#: LiteLLM provider prefix -> (Bastion provider type, default base URL). OpenAI-compatible
#: hosts become ``openai``-type providers on their documented endpoint.
PROVIDERS: dict[str, tuple[str, str | None]] = {
    "openai": ("openai", None),
    "azure": ("azure", None),
    "anthropic": ("anthropic", None),
    "gemini": ("gemini", None),
    "ollama": ("ollama", "http://localhost:11434"),
    "ollama_chat": ("ollama", "http://localhost:11434"),
    "hosted_vllm": ("openai", None),
    "lm_studio": ("openai", "http://localhost:1234/v1"),
    "groq": ("openai", "https://api.groq.com/openai/v1"),
    "together_ai": ("openai", "https://api.together.xyz/v1"),
    "mistral": ("openai", "https://api.mistral.ai/v1"),
    "deepseek": ("openai", "https://api.deepseek.com/v1"),
    "openrouter": ("openai", "https://openrouter.ai/api/v1"),
    "fireworks_ai": ("openai", "https://api.fireworks.ai/inference/v1"),
    "xai": ("openai", "https://api.x.ai/v1"),
    "perplexity": ("openai", "https://api.perplexity.ai"),
    "deepinfra": ("openai", "https://api.deepinfra.com/v1/openai"),
    "cerebras": ("openai", "https://api.cerebras.ai/v1"),
    "nvidia_nim": ("openai", "https://integrate.api.nvidia.com/v1"),
}
#: Providers Bastion cannot call, and why.
UNSUPPORTED: dict[str, str] = {
    "bedrock": "AWS Bedrock needs SigV4 request signing, which Bastion's providers do not do",
    "sagemaker": "AWS SageMaker needs SigV4 request signing, which Bastion's providers do not do",
    "vertex_ai": "Vertex AI needs Google service-account OAuth; use gemini/ with an AI Studio key",
    "vertex_ai_beta": "Vertex AI needs Google service-account OAuth; use gemini/ with an AI Studio key",
    "cohere": "Cohere's native API is not one of Bastion's wire formats",
    "huggingface": "the Hugging Face inference API is not one of Bastion's wire formats",
    "replicate": "Replicate's prediction API is not one of Bastion's wire formats",
    "watsonx": "watsonx needs IBM IAM tokens",
    "azure_ai": "Azure AI Foundry model inference is not one of Bastion's wire formats (Azure OpenAI is: azure/)",
    "text-completion-openai": "Bastion serves chat completions, not the legacy completions API",
    "databricks": "Databricks needs its own OAuth",
}
#: Model names LiteLLM routes without a prefix.
_BARE = [
    (re.compile(r"^(gpt-|o[1-9]|chatgpt-|text-embedding-|dall-e|whisper|tts-)"), "openai"),
    (re.compile(r"^claude"), "anthropic"),
]
#: litellm_params that configure the provider (read by ``_provider_for``).
_PROVIDER_PARAMS = {
    "model",
    "api_key",
    "api_base",
    "base_url",
    "api_version",
    "organization",
    "extra_headers",
    "headers",
    "custom_llm_provider",
}
#: Per-request defaults LiteLLM injects; Bastion forwards what the client sends.
_DEFAULT_PARAMS = {
    "temperature",
    "max_tokens",
    "top_p",
    "stop",
    "seed",
    "frequency_penalty",
    "presence_penalty",
    "response_format",
    "drop_params",
}


@dataclass
class Line:
    key: str
    status: Status
    detail: str


@dataclass
class ImportResult:
    #: Bastion settings (``llm``, ``mcp``, ``semcache`` ... sections).
    settings: dict[str, Any]
    report: list[Line] = field(default_factory=list)
    #: Environment variables the settings reference (``env:NAME``): set them before serving.
    env_refs: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        out = {"mapped": 0, "partly": 0, "not mapped": 0}
        for line in self.report:
            out[line.status] += 1
        return out

    def report_text(self) -> str:
        width = max((len(line.key) for line in self.report), default=10)
        rows = [f"  {line.status:<10}  {line.key:<{width}}  {line.detail}" for line in self.report]
        c = self.counts
        head = f"LiteLLM import: {c['mapped']} mapped, {c['partly']} partly mapped, {c['not mapped']} not mapped"
        tail = [f"Set before `bastion serve`: {', '.join(self.env_refs)}"] if self.env_refs else []
        return "\n".join([head, *rows, *tail])


class _Converter:
    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env
        self.report: list[Line] = []
        self.providers: dict[str, dict[str, Any]] = {}
        self._provider_keys: dict[tuple[Any, ...], str] = {}
        self.aliases: dict[str, dict[str, Any]] = {}
        self.prices: dict[str, dict[str, float]] = {}
        self.wildcard_providers: set[str] = set()
        self.literal_secrets = False
        self.env_refs: list[str] = []

    def add(self, key: str, status: Status, detail: str) -> None:
        self.report.append(Line(key, status, detail))

    # -- values --------------------------------------------------------------------------------

    def secret(self, value: Any, key: str) -> str | None:
        """``os.environ/VAR`` -> ``env:VAR``; a literal secret is kept (and flagged)."""
        if value is None:
            return None
        text = str(value)
        if text.startswith("os.environ/"):
            var = text.removeprefix("os.environ/")
            if var not in self.env_refs:
                self.env_refs.append(var)
            return "env:" + var
        self.literal_secrets = True
        self.add(key, "partly", "a literal secret was copied: prefer an environment variable (env:NAME)")
        return text

    def plain(self, value: Any, key: str) -> str | None:
        """A non-secret value; ``os.environ/VAR`` is read now (Bastion resolves env: only in
        secrets), and a missing variable is reported."""
        if value is None:
            return None
        text = str(value)
        if text.startswith("os.environ/"):
            var = text.removeprefix("os.environ/")
            if var not in self.env:
                self.add(key, "not mapped", f"{text}: the variable is not set here, so its value cannot be imported")
                return None
            self.add(key, "mapped", f"{text}: read at import time (Bastion takes env: references only for secrets)")
            return self.env[var]
        return text

    # -- providers -----------------------------------------------------------------------------

    def provider_for(self, prefix: str, params: Mapping[str, Any], where: str) -> str | None:
        ptype, default_base = PROVIDERS[prefix]
        base = self.plain(params.get("api_base") or params.get("base_url"), f"{where}.api_base") or default_base
        if ptype == "azure" and not base:
            self.add(where, "not mapped", "an Azure deployment needs api_base (https://<resource>.openai.azure.com)")
            return None
        if prefix == "hosted_vllm" and not base:
            self.add(where, "not mapped", "hosted_vllm needs api_base")
            return None
        if ptype == "azure" and base:
            base = base.rstrip("/").removesuffix("/openai")
        key = self.secret(params.get("api_key"), f"{where}.api_key")
        version = self.plain(params.get("api_version"), f"{where}.api_version")
        headers: dict[str, str] = {}
        for hk, hv in dict(params.get("extra_headers") or params.get("headers") or {}).items():
            headers[str(hk)] = self.secret(hv, f"{where}.extra_headers.{hk}") or ""
        if params.get("organization"):
            headers["OpenAI-Organization"] = self.plain(params["organization"], f"{where}.organization") or ""
        spec: dict[str, Any] = {"type": ptype}
        if base:
            spec["base_url"] = base
        if key:
            spec["api_key"] = key
        if version:
            spec["api_version"] = version
        if headers:
            spec["headers"] = headers
        ident = (ptype, base, key, version, tuple(sorted(headers.items())))
        name = self._provider_keys.get(ident)
        if name is None:
            name = prefix.replace("_", "-")
            n = 2
            while name in self.providers:
                name = f"{prefix.replace('_', '-')}-{n}"
                n += 1
            # Only aliases are public, as in LiteLLM; wildcard entries reopen a provider below.
            self.providers[name] = {**spec, "models": [], "embedding_models": []}
            self._provider_keys[ident] = name
        return name

    # -- model_list ----------------------------------------------------------------------------

    def split(self, model: str, params: Mapping[str, Any], where: str) -> tuple[str, str] | None:
        prefix, sep, rest = model.partition("/")
        custom = params.get("custom_llm_provider")
        if custom:
            prefix, rest = str(custom), model if not sep or prefix != custom else rest
        elif not sep:
            for pattern, guess in _BARE:
                if pattern.match(model):
                    return guess, model
            self.add(where, "not mapped", f"model '{model}' has no provider prefix LiteLLM documents for it")
            return None
        if prefix in UNSUPPORTED:
            self.add(where, "not mapped", f"{prefix}/{rest}: {UNSUPPORTED[prefix]}")
            return None
        if prefix not in PROVIDERS:
            self.add(where, "not mapped", f"{prefix}/: no Bastion provider for this LiteLLM provider")
            return None
        return prefix, rest

    def model_entry(self, i: int, entry: Mapping[str, Any]) -> None:
        name = str(entry.get("model_name") or "")
        where = f"model_list[{i}] ({name})"
        params = dict(entry.get("litellm_params") or {})
        info = dict(entry.get("model_info") or {})
        if not name or not params.get("model"):
            self.add(where, "not mapped", "needs model_name and litellm_params.model")
            return
        target = self.split(str(params["model"]), params, where)
        if target is None:
            return
        prefix, model = target
        if "*" in name or "*" in model:
            self.wildcard(where, name, prefix, model, params)
            return
        provider = self.provider_for(prefix, params, where)
        if provider is None:
            return
        deployment: dict[str, Any] = {"provider": provider, "model": model}
        notes: list[str] = []
        lost: list[str] = []
        weight = params.get("weight") or params.get("rpm") or params.get("tpm")
        if weight:
            deployment["weight"] = float(weight)
            notes.append(f"weight {float(weight):g}")
        if params.get("rpm") or params.get("tpm"):
            lost.append("rpm/tpm are used as routing weights only: per-deployment rate limits are not enforced")
        if params.get("timeout"):
            deployment["timeout_s"] = float(params["timeout"])
        if params.get("stream_timeout"):
            lost.append("stream_timeout (Bastion's timeout_s also bounds each wait between stream chunks)")
        if params.get("max_retries") is not None:
            deployment["max_retries"] = min(10, int(params["max_retries"]))
        self.price(params, info, provider, model, notes)
        defaults = sorted(k for k in params if k in _DEFAULT_PARAMS)
        if defaults:
            lost.append(f"default request parameters {', '.join(defaults)} (Bastion forwards what the client sends)")
        unknown = sorted(
            k
            for k in params
            if k not in _PROVIDER_PARAMS | _DEFAULT_PARAMS
            and k
            not in {
                "weight",
                "rpm",
                "tpm",
                "timeout",
                "stream_timeout",
                "max_retries",
                "input_cost_per_token",
                "output_cost_per_token",
            }
        )
        if unknown:
            lost.append(f"litellm_params {', '.join(unknown)}")
        embedding = info.get("mode") == "embedding"
        alias = self.aliases.setdefault(name, {"deployments": []})
        if embedding:
            alias["embedding"] = True
        elif alias.get("embedding"):
            lost.append("mixed chat and embedding deployments under one name (served as embeddings)")
        alias["deployments"].append(deployment)
        extra = set(info) - {"mode", "id", "base_model", "input_cost_per_token", "output_cost_per_token"}
        if extra:
            lost.append(f"model_info {', '.join(sorted(extra))} (informational in Bastion)")
        detail = f"llm.aliases.{name} -> {provider}/{model}" + (f" ({', '.join(notes)})" if notes else "")
        if embedding:
            detail += " [embedding]"
        if lost:
            self.add(where, "partly", detail + "; not carried over: " + "; ".join(lost))
        else:
            self.add(where, "mapped", detail)

    def wildcard(self, where: str, name: str, prefix: str, model: str, params: Mapping[str, Any]) -> None:
        # LiteLLM's "openai/*" serves any model of that provider under its own name; Bastion's
        # equivalent is a provider named like the prefix with no model list.
        public_prefix = name.split("/", 1)[0] if "/" in name else None
        if model != "*" or public_prefix is None or name != f"{public_prefix}/*":
            self.add(
                where,
                "not mapped",
                f"wildcard '{name}' -> '{prefix}/{model}': Bastion opens a whole provider as "
                "'<provider>/*', not partial patterns; list the models instead",
            )
            return
        provider = self.provider_for(prefix, params, where)
        if provider is None:
            return
        if provider != public_prefix:
            if public_prefix in self.providers:
                self.add(where, "not mapped", f"'{public_prefix}' is already a provider with other credentials")
                return
            self.providers[public_prefix] = self.providers.pop(provider)
            for ident, pname in list(self._provider_keys.items()):
                if pname == provider:
                    self._provider_keys[ident] = public_prefix
            for alias in self.aliases.values():
                for d in alias["deployments"]:
                    if d["provider"] == provider:
                        d["provider"] = public_prefix
            provider = public_prefix
        self.providers[provider].pop("models", None)
        self.providers[provider].pop("embedding_models", None)
        self.wildcard_providers.add(provider)
        self.add(where, "mapped", f"llm.providers.{provider} serves any '{provider}/<model>' (no model list)")

    def price(
        self, params: Mapping[str, Any], info: Mapping[str, Any], provider: str, model: str, notes: list[str]
    ) -> None:
        cin = params.get("input_cost_per_token", info.get("input_cost_per_token"))
        cout = params.get("output_cost_per_token", info.get("output_cost_per_token"))
        if cin is None and cout is None:
            return
        # LiteLLM prices per token; Bastion per million tokens.
        self.prices[f"{provider}/{model}"] = {
            "input": round(float(cin or 0) * 1_000_000, 6),
            "output": round(float(cout or 0) * 1_000_000, 6),
        }
        notes.append("price")

    # -- router_settings -----------------------------------------------------------------------

    def router(self, rs: Mapping[str, Any], ls: Mapping[str, Any], llm: dict[str, Any]) -> None:
        # An alias of a model group copies it with its fallbacks; LiteLLM uses default_fallbacks
        # only for names without their own: apply those two last.
        last = {"model_group_alias": 1, "default_fallbacks": 2}
        ordered = sorted(rs.items(), key=lambda kv: last.get(kv[0], 0))
        for key, value in ordered:
            where = f"router_settings.{key}"
            if key == "routing_strategy":
                if value in ("simple-shuffle", None):
                    self.add(where, "mapped", "weighted random choice among an alias's deployments (Bastion's routing)")
                else:
                    self.add(
                        where,
                        "not mapped",
                        f"'{value}': Bastion routes by weight with cooldowns; the weights were kept",
                    )
            elif key in ("fallbacks", "default_fallbacks"):
                self.fallbacks(key, value)
            elif key in ("context_window_fallbacks", "content_policy_fallbacks"):
                self.add(where, "not mapped", "Bastion falls back on failures (errors, timeouts, 429/5xx) only")
            elif key == "num_retries":
                self.set_all_providers("max_retries", min(10, int(value)), where)
            elif key == "timeout":
                self.set_all_providers("timeout_s", float(value), where)
            elif key == "retry_after":
                llm.setdefault("retry", {})["backoff_base_s"] = float(value)
                self.add(where, "mapped", f"llm.retry.backoff_base_s: {float(value):g}")
            elif key == "allowed_fails":
                llm.setdefault("cooldown", {})["failures"] = max(1, int(value))
                self.add(where, "mapped", f"llm.cooldown.failures: {max(1, int(value))}")
            elif key == "cooldown_time":
                llm.setdefault("cooldown", {})["seconds"] = float(value)
                self.add(where, "mapped", f"llm.cooldown.seconds: {float(value):g}")
            elif key == "model_group_alias":
                for alias, target in dict(value or {}).items():
                    tname = target.get("model") if isinstance(target, dict) else target
                    if tname in self.aliases:
                        self.aliases[str(alias)] = copy.deepcopy(self.aliases[str(tname)])
                        self.add(f"{where}.{alias}", "mapped", f"llm.aliases.{alias}: the deployments of '{tname}'")
                    else:
                        self.add(f"{where}.{alias}", "not mapped", f"'{tname}' is not an imported model name")
            elif key in ("redis_host", "redis_port", "redis_password", "redis_url"):
                self.add(
                    where,
                    "not mapped",
                    "Bastion's replicas share state through cache.url (redis://...) and their own store; "
                    "set it when you run more than one replica",
                )
            else:
                self.add(where, "not mapped", "no Bastion equivalent")
        for key in ("num_retries", "request_timeout"):
            if key in ls:
                where = f"litellm_settings.{key}"
                if key == "num_retries":
                    self.set_all_providers("max_retries", min(10, int(ls[key])), where, keep=True)
                else:
                    self.set_all_providers("timeout_s", float(ls[key]), where, keep=True)

    def set_all_providers(self, field_: str, value: Any, where: str, keep: bool = False) -> None:
        for spec in self.providers.values():
            if keep and field_ in spec:
                continue
            spec[field_] = value
        self.add(where, "mapped", f"llm.providers.*.{field_}: {value:g}")

    def fallbacks(self, key: str, value: Any) -> None:
        where = f"router_settings.{key}"
        if key == "default_fallbacks":
            targets = [str(t) for t in value or []]
            given = []
            for name, alias in self.aliases.items():
                if alias.get("fallbacks") or alias.get("embedding"):
                    continue  # own fallbacks win; chat fallbacks never serve embeddings
                own = [t for t in targets if t != name]
                if own:
                    alias["fallbacks"] = own
                    given.append(name)
            self.add(where, "mapped", f"fallbacks {targets} for the chat aliases without their own: {given}")
            return
        for item in value or []:
            for src, targets in dict(item).items():
                k = f"{where}.{src}"
                if src not in self.aliases:
                    self.add(k, "not mapped", f"'{src}' is not an imported model name")
                    continue
                known = [str(t) for t in targets if str(t) in self.aliases or "/" in str(t)]
                missing = [str(t) for t in targets if str(t) not in known]
                self.aliases[src].setdefault("fallbacks", []).extend(known)
                if missing:
                    self.add(k, "partly", f"llm.aliases.{src}.fallbacks {known}; unknown names dropped: {missing}")
                else:
                    self.add(k, "mapped", f"llm.aliases.{src}.fallbacks: {known}")

    # -- litellm_settings ----------------------------------------------------------------------

    def litellm_settings(self, ls: Mapping[str, Any], out: dict[str, Any]) -> None:
        if not ls.get("cache"):
            out["semcache"] = {"enabled": False}
            self.add(
                "litellm_settings.cache",
                "mapped",
                "LiteLLM did not cache: semcache.enabled false (turn it on for exact and semantic caching)",
            )
        for key, value in ls.items():
            where = f"litellm_settings.{key}"
            if key in ("num_retries", "request_timeout"):
                continue  # handled with router_settings
            if key == "cache":
                if value:
                    self.cache(dict(ls.get("cache_params") or {}), out)
            elif key == "cache_params":
                continue
            elif key in ("success_callback", "failure_callback", "callbacks", "service_callback"):
                for cb in value if isinstance(value, list) else [value]:
                    self.callback(f"{where}[{cb}]", str(cb))
            elif key == "set_verbose":
                if value:
                    out.setdefault("server", {})["log_level"] = "debug"
                self.add(where, "mapped", "server.log_level: debug" if value else "default logging")
            elif key == "json_logs":
                self.add(where, "mapped", "Bastion always logs JSON lines")
            elif key == "drop_params":
                self.add(
                    where,
                    "mapped",
                    "Bastion's translation drops parameters a provider cannot take, or refuses them with 400",
                )
            elif key in ("max_budget", "budget_duration"):
                self.add(
                    where,
                    "not mapped",
                    "set budgets per key, user or group instead: `bastion budgets`, `bastion keys create --max-spend`",
                )
            elif key == "guardrails":
                self.add(
                    where,
                    "not mapped",
                    "LiteLLM guardrails do not carry over: write Bastion policies (`bastion policy`)",
                )
            else:
                self.add(where, "not mapped", "no Bastion equivalent")

    def cache(self, params: Mapping[str, Any], out: dict[str, Any]) -> None:
        kind = str(params.get("type") or "local")
        sem: dict[str, Any] = {"enabled": True}
        if kind in ("redis-semantic", "qdrant-semantic"):
            if params.get("similarity_threshold") is not None:
                sem["threshold"] = float(params["similarity_threshold"])
            detail = "semcache: exact and semantic phases"
        else:
            sem["phases"] = {"semantic": False, "normalised": False}
            detail = "semcache: the exact phase only, as LiteLLM's exact-match cache"
        if params.get("ttl"):
            sem["ttl_s"] = float(params["ttl"])
        out["semcache"] = sem
        lost = [k for k in params if k not in ("type", "ttl", "similarity_threshold")]
        if kind in ("redis", "redis-semantic") or lost:
            self.add(
                "litellm_settings.cache",
                "partly",
                detail
                + f"; storage settings {sorted(lost) or [kind]} not carried over (Bastion: cache.url, semcache.chroma_url)",
            )
        else:
            self.add("litellm_settings.cache", "mapped", detail)

    def callback(self, where: str, name: str) -> None:
        if name == "prometheus":
            self.add(where, "mapped", "built in: Prometheus metrics on /metrics")
        elif name in ("langfuse", "langsmith", "datadog", "s3", "gcs_bucket", "otel", "arize", "helicone", "lunary"):
            self.add(
                where,
                "not mapped",
                "every call has an audit record instead (`bastion traces`, GET /admin/traces); no exporter to " + name,
            )
        else:
            self.add(where, "not mapped", "custom callbacks do not carry over")

    # -- general_settings, mcp_servers ---------------------------------------------------------

    def general(self, gs: Mapping[str, Any]) -> None:
        for key in gs:
            where = f"general_settings.{key}"
            if key == "master_key":
                self.add(
                    where,
                    "not mapped",
                    "never imported: Bastion's admin key comes from BASTION_ADMIN_KEY; give clients virtual "
                    "keys (`bastion keys create`), not the admin key",
                )
            elif key in ("database_url", "store_model_in_db"):
                self.add(
                    where,
                    "not mapped",
                    "LiteLLM's database (keys, teams, spend) is not read; recreate keys with `bastion keys create` "
                    "(store_url selects Bastion's own database)",
                )
            elif key == "alerting":
                self.add(where, "not mapped", "no alerting integration; alert on the Prometheus metrics")
            else:
                self.add(where, "not mapped", "no Bastion equivalent")

    def mcp_servers(self, servers: Mapping[str, Any], out: dict[str, Any]) -> None:
        result: dict[str, Any] = {}
        for raw_name, spec in servers.items():
            spec = dict(spec or {})
            name = re.sub(r"[^a-z0-9-]+", "-", str(raw_name).lower()).strip("-")[:48] or "server"
            where = f"mcp_servers.{raw_name}"
            server: dict[str, Any] = {}
            lost: list[str] = []
            transport = str(spec.get("transport") or ("stdio" if spec.get("command") else "sse"))
            if transport == "stdio":
                if not spec.get("command"):
                    self.add(where, "not mapped", "a stdio server needs command")
                    continue
                server["command"] = str(spec["command"])
                server["args"] = [str(a) for a in spec.get("args") or []]
                env: dict[str, str] = {}
                for k, v in dict(spec.get("env") or {}).items():
                    if str(v).startswith("os.environ/"):
                        lost.append(f"env {k} ({v}: stdio env takes values only; set it in the file)")
                    else:
                        env[str(k)] = str(v)
                if env:
                    server["env"] = env
            else:
                url = self.plain(spec.get("url"), f"{where}.url")
                if not url:
                    self.add(where, "not mapped", "an HTTP server needs url")
                    continue
                server["url"] = url
                server["transport"] = "sse" if transport == "sse" else "streamable_http"
                auth = str(spec.get("auth_type") or "none")
                value = spec.get("auth_value")
                if auth in ("bearer_token", "api_key", "authorization") and value:
                    secret = self.secret(value, f"{where}.auth_value")
                    if auth == "bearer_token":
                        server["credentials"] = {"type": "bearer", "token": secret}
                    elif auth == "api_key":
                        server["credentials"] = {"type": "api_key", "value": secret}
                    else:
                        lost.append("auth_type authorization (a literal Authorization header)")
                elif auth not in ("none", ""):
                    lost.append(f"auth_type {auth}")
            if spec.get("description"):
                server["description"] = str(spec["description"])
            for k in spec:
                if k not in {"transport", "command", "args", "env", "url", "auth_type", "auth_value", "description"}:
                    lost.append(k)
            if name != raw_name:
                lost.append(f"renamed to '{name}' (Bastion server names: lower-case letters, digits, '-')")
            result[name] = server
            if lost:
                self.add(where, "partly", f"mcp.servers.{name}; not carried over: " + "; ".join(lost))
            else:
                self.add(where, "mapped", f"mcp.servers.{name}")
        if result:
            out["mcp"] = {"servers": result}


def convert(config: Mapping[str, Any], env: Mapping[str, str] | None = None) -> ImportResult:
    """The Bastion settings equivalent to a LiteLLM proxy config, with the report."""
    c = _Converter(os.environ if env is None else env)
    out: dict[str, Any] = {}
    model_list = list(config.get("model_list") or [])
    # Wildcards first: they fix provider names that other entries then share.
    order = sorted(
        range(len(model_list)),
        key=lambda i: "*" not in str((model_list[i] or {}).get("model_name", "")),
    )
    for i in order:
        c.model_entry(i, model_list[i] or {})
    llm: dict[str, Any] = {}
    ls = dict(config.get("litellm_settings") or {})
    c.router(dict(config.get("router_settings") or {}), ls, llm)
    c.litellm_settings(ls, out)
    c.general(dict(config.get("general_settings") or {}))
    c.mcp_servers(dict(config.get("mcp_servers") or {}), out)
    for key in config:
        if key not in {"model_list", "router_settings", "litellm_settings", "general_settings", "mcp_servers"}:
            c.add(key, "not mapped", "no Bastion equivalent")
    if c.providers:
        llm["providers"] = c.providers
    if c.aliases:
        llm["aliases"] = c.aliases
    if c.prices:
        llm["prices"] = c.prices
    if llm:
        out["llm"] = llm
    # Report in the order of the source file.
    c.report.sort(key=lambda line: _order_key(line.key))
    return ImportResult(out, c.report, c.env_refs)


def _order_key(key: str) -> tuple[int, int, str]:
    sections = ["model_list", "router_settings", "litellm_settings", "general_settings", "mcp_servers"]
    head = key.split(".", 1)[0].split("[", 1)[0]
    rank = sections.index(head) if head in sections else len(sections)
    m = re.match(r"model_list\[(\d+)\]", key)
    return rank, int(m.group(1)) if m else 0, key
