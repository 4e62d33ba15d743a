"""Where the SDK finds its settings, and which mode they select.

Resolution, first found wins per setting: the client's arguments, then the environment
(``BASTION_URL``, ``BASTION_API_KEY``, the providers' usual variables), then the config file
(``~/.config/bastion/config.yaml`` or the platform's equivalent; ``BASTION_CONFIG`` names
another). A gateway URL selects gateway mode; without one, calls go straight to the provider
named by the model's prefix (``openai/gpt-4o``).

The file (written by ``bastion configure``, mode 0600)::

    url: https://bastion.example.com      # gateway mode
    api_key: bst_...                       # the gateway key
    providers:                             # direct mode
      openai: {api_key: sk-...}
      azure: {api_key: ..., base_url: https://res.openai.azure.com, api_version: 2024-10-21}
      ollama: {base_url: http://127.0.0.1:11434}
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError

from bastion_sdk.errors import ConfigurationError

ProviderName = Literal["openai", "azure", "anthropic", "gemini", "ollama"]
PROVIDERS: tuple[ProviderName, ...] = ("openai", "azure", "anthropic", "gemini", "ollama")

DEFAULT_BASE_URLS: dict[str, str] = {
    "openai": "https://api.openai.com/v1",
    "anthropic": "https://api.anthropic.com",
    "gemini": "https://generativelanguage.googleapis.com",
    "ollama": "http://127.0.0.1:11434",
}

#: Each provider's conventional environment variables (the first one set wins).
ENV_KEYS: dict[str, tuple[str, ...]] = {
    "openai": ("OPENAI_API_KEY",),
    "azure": ("AZURE_OPENAI_API_KEY", "AZURE_API_KEY"),
    "anthropic": ("ANTHROPIC_API_KEY",),
    "gemini": ("GEMINI_API_KEY", "GOOGLE_API_KEY"),
    "ollama": (),
}
ENV_BASE_URLS: dict[str, tuple[str, ...]] = {
    "openai": ("OPENAI_BASE_URL",),
    "azure": ("AZURE_OPENAI_ENDPOINT", "AZURE_API_BASE"),
    "anthropic": ("ANTHROPIC_BASE_URL",),
    "gemini": ("GEMINI_BASE_URL",),
    "ollama": ("OLLAMA_HOST",),
}
ENV_VERSIONS: dict[str, tuple[str, ...]] = {"azure": ("OPENAI_API_VERSION", "AZURE_API_VERSION")}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ProviderConfig(_Strict):
    api_key: SecretStr | None = None
    base_url: str | None = None
    #: Azure ``api-version``; Anthropic ``anthropic-version``.
    api_version: str | None = None

    def resolved_base_url(self, name: str) -> str:
        url = self.base_url or DEFAULT_BASE_URLS.get(name)
        if not url:
            raise ConfigurationError(f"provider '{name}' needs a base_url (e.g. https://<resource>.openai.azure.com)")
        if "://" not in url:  # OLLAMA_HOST is often host:port
            url = "http://" + url
        return url.rstrip("/")


class FileConfig(_Strict):
    """The config file's shape."""

    url: str | None = None
    api_key: SecretStr | None = None
    providers: dict[ProviderName, ProviderConfig] = Field(default_factory=dict)
    timeout_s: float | None = Field(default=None, gt=0)


class Settings(BaseModel):
    """The resolved settings a client runs with."""

    url: str | None = None
    api_key: SecretStr | None = None
    providers: dict[str, ProviderConfig] = Field(default_factory=dict)
    timeout_s: float = 600.0
    #: Where each setting came from (``argument``, ``env:NAME``, ``file``), for ``--show``.
    sources: dict[str, str] = Field(default_factory=dict)
    config_path: Path | None = None

    @property
    def mode(self) -> Literal["gateway", "direct"]:
        return "gateway" if self.url else "direct"

    def provider(self, name: str) -> ProviderConfig:
        if name not in PROVIDERS:
            raise ConfigurationError(
                f"unknown provider prefix '{name}/': use one of {', '.join(p + '/' for p in PROVIDERS)}"
            )
        return self.providers.get(name) or ProviderConfig()

    def masked(self) -> dict[str, Any]:
        """The settings with every secret masked (for display)."""
        out: dict[str, Any] = {"mode": self.mode, "config_file": str(self.config_path) if self.config_path else None}
        if self.url:
            out["url"] = self.url
        out["api_key"] = mask(self.api_key)
        out["timeout_s"] = self.timeout_s
        out["providers"] = {
            name: {
                "api_key": mask(p.api_key),
                "base_url": p.base_url or DEFAULT_BASE_URLS.get(name),
                **({"api_version": p.api_version} if p.api_version else {}),
            }
            for name, p in sorted(self.providers.items())
        }
        out["sources"] = dict(sorted(self.sources.items()))
        return out


def mask(secret: SecretStr | str | None) -> str | None:
    """``sk-abc...wxyz`` -> ``sk-a…(20 chars)``: enough to tell keys apart, never the key."""
    if secret is None:
        return None
    value = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    if not value:
        return None
    return f"{value[:4]}…({len(value)} chars)" if len(value) >= 12 else f"…({len(value)} chars)"


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("BASTION_CONFIG"):
        return Path(env["BASTION_CONFIG"]).expanduser()
    from platformdirs import user_config_dir

    return Path(user_config_dir("bastion", appauthor=False)) / "config.yaml"


def read_config_file(path: Path) -> FileConfig:
    if not path.exists():
        return FileConfig()
    try:
        raw = yaml.safe_load(path.read_text()) or {}
        return FileConfig.model_validate(raw)
    except (yaml.YAMLError, ValidationError) as e:
        raise ConfigurationError(f"{path}: not a valid Bastion config ({e})") from None


def _first_env(env: Mapping[str, str], names: tuple[str, ...]) -> tuple[str, str] | None:
    for n in names:
        if env.get(n):
            return n, env[n]
    return None


def resolve(
    *,
    url: str | None = None,
    api_key: str | None = None,
    providers: Mapping[str, Mapping[str, Any] | ProviderConfig] | None = None,
    timeout_s: float | None = None,
    config_path: str | Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Arguments, then environment, then config file (see the module docstring)."""
    env = os.environ if env is None else env
    path = Path(config_path).expanduser() if config_path else default_config_path(env)
    file = read_config_file(path)
    sources: dict[str, str] = {}

    def pick(name: str, arg: Any, env_names: tuple[str, ...], from_file: Any) -> Any:
        if arg is not None:
            sources[name] = "argument"
            return arg
        hit = _first_env(env, env_names)
        if hit:
            sources[name] = f"env:{hit[0]}"
            return hit[1]
        if from_file is not None:
            sources[name] = "file"
            return from_file
        return None

    out_url = pick("url", url, ("BASTION_URL",), file.url)
    out_key = pick("api_key", api_key, ("BASTION_API_KEY",), file.api_key)
    out_providers: dict[str, ProviderConfig] = {}
    given = {k: (v if isinstance(v, ProviderConfig) else ProviderConfig(**v)) for k, v in (providers or {}).items()}
    for name in PROVIDERS:
        arg = given.get(name)
        f = file.providers.get(name) or ProviderConfig()
        key = pick(f"providers.{name}.api_key", arg.api_key if arg else None, ENV_KEYS[name], f.api_key)
        base = pick(f"providers.{name}.base_url", arg.base_url if arg else None, ENV_BASE_URLS[name], f.base_url)
        version = pick(
            f"providers.{name}.api_version", arg.api_version if arg else None, ENV_VERSIONS.get(name, ()), f.api_version
        )
        if key is not None or base is not None or version is not None:
            out_providers[name] = ProviderConfig(
                api_key=key if isinstance(key, SecretStr | None) else SecretStr(str(key)),
                base_url=base,
                api_version=version,
            )
    for given_name in given:
        if given_name not in PROVIDERS:
            raise ConfigurationError(f"unknown provider '{given_name}': use one of {', '.join(PROVIDERS)}")
    timeout = pick("timeout_s", timeout_s, ("BASTION_TIMEOUT",), file.timeout_s)
    return Settings(
        # The gateway's base URL; ".../v1" (what an OpenAI client is given) is accepted too.
        url=str(out_url).rstrip("/").removesuffix("/v1") if out_url else None,
        api_key=out_key if isinstance(out_key, SecretStr | None) else SecretStr(str(out_key)),
        providers=out_providers,
        timeout_s=float(timeout) if timeout is not None else 600.0,
        sources=sources,
        config_path=path,
    )


def write_config_file(path: Path, config: FileConfig) -> None:
    """Write ``config`` to ``path`` readable by the owner only (created 0600, never wider)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    data: dict[str, Any] = {}
    if config.url:
        data["url"] = config.url
    if config.api_key is not None:
        data["api_key"] = config.api_key.get_secret_value()
    if config.timeout_s is not None:
        data["timeout_s"] = config.timeout_s
    if config.providers:
        data["providers"] = {
            name: {
                k: (v.get_secret_value() if isinstance(v, SecretStr) else v)
                for k, v in (("api_key", p.api_key), ("base_url", p.base_url), ("api_version", p.api_version))
                if v is not None
            }
            for name, p in config.providers.items()
        }
    text = yaml.safe_dump(data, sort_keys=False)
    # Open with 0600 from the start (no window where the secret is world-readable).
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.chmod(path, 0o600)
