"""``bastion-sdk configure`` (also ``bastion configure`` when the gateway is installed): the
first-run wizard, and ``--show`` for the resolved settings with secrets masked.

Interactive on a terminal (prompt_toolkit; secrets are typed without echo); without one, every
answer comes from flags, and secrets from an environment variable (``--api-key-env``) or stdin
(``--api-key-stdin``) - never from a command-line value, which ``ps`` would show. Each answer is
checked live before it is written: the gateway's ``/whoami`` with the key, or a provider's
model list (no tokens spent).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import SecretStr

from bastion_sdk.config import (
    DEFAULT_BASE_URLS,
    PROVIDERS,
    FileConfig,
    ProviderConfig,
    default_config_path,
    read_config_file,
    resolve,
    write_config_file,
)
from bastion_sdk.errors import BastionError

DEFAULT_GATEWAY_URL = "http://127.0.0.1:8787"
KEYLESS = ("ollama",)


class Asker:
    """Questions on a terminal: prompt_toolkit when installed, else ``input``/``getpass``."""

    def __init__(self) -> None:
        try:
            from prompt_toolkit import prompt

            self._prompt: Callable[..., str] | None = prompt
        except ImportError:  # pragma: no cover - the cli extra is not installed
            self._prompt = None

    def text(self, question: str, default: str | None = None) -> str:
        label = f"{question}" + (f" [{default}]" if default else "") + ": "
        answer = self._prompt(label) if self._prompt else input(label)
        return answer.strip() or (default or "")

    def secret(self, question: str) -> str:
        label = f"{question} (input hidden): "
        if self._prompt:
            return self._prompt(label, is_password=True).strip()
        import getpass

        return getpass.getpass(label).strip()

    def choice(self, question: str, options: Sequence[str], default: str) -> str:
        while True:
            answer = self.text(f"{question} ({'/'.join(options)})", default).lower()
            if answer in options:
                return answer
            print(f"  please answer one of: {', '.join(options)}")

    def yes(self, question: str, default: bool = False) -> bool:
        return self.choice(question, ["y", "n"], "y" if default else "n") == "y"


def check_gateway(url: str, key: str) -> str:
    """Reach the gateway and ask who the key belongs to; a line for the user, or raises."""
    from bastion_sdk.client import BastionClient

    with BastionClient(url, key, env={}, config_path=Path(os.devnull)) as c:
        me = c.whoami()
    groups = ", ".join(me.get("groups") or []) or "no groups"
    return f"gateway {url} reached: you are {me.get('user_id') or me.get('name')} ({groups})"


def check_provider(name: str, provider: ProviderConfig) -> str:
    """One cheap authenticated call (the provider's model list): a line for the user, or raises."""
    from bastion_sdk.client import BastionClient

    if name == "azure":
        import httpx

        base = provider.resolved_base_url(name)
        key = provider.api_key.get_secret_value() if provider.api_key else ""
        version = provider.api_version or "2024-10-21"
        try:
            r = httpx.get(
                f"{base}/openai/models", params={"api-version": version}, headers={"api-key": key}, timeout=20
            )
        except httpx.HTTPError as e:
            raise BastionError(f"cannot reach {base} ({type(e).__name__})") from None
        if r.status_code >= 400:
            from bastion_sdk.errors import error_from_response

            raise error_from_response(r.status_code, r.headers, r.json() if r.content else None)
        return f"azure at {base} reached ({len(r.json().get('data') or [])} models)"
    with BastionClient(env={}, config_path=Path(os.devnull), providers={name: provider.model_dump()}) as c:
        ids = c.models().ids
    return f"{name} reached ({len(ids)} models)"


def _load_existing(path: Path) -> FileConfig:
    try:
        return read_config_file(path)
    except BastionError:
        return FileConfig()


def _secret_from(args: argparse.Namespace, env_name: str | None) -> str | None:
    if env_name:
        if env_name not in os.environ:
            raise SystemExit(f"environment variable {env_name} is not set")
        return os.environ[env_name]
    if args.api_key_stdin:
        return sys.stdin.readline().strip()
    return None


def interactive(args: argparse.Namespace, path: Path, asker: Asker) -> FileConfig:
    existing = _load_existing(path)
    mode = args.mode or asker.choice(
        "Send calls through a Bastion gateway, or directly to the providers?",
        ["gateway", "direct"],
        "gateway" if existing.url or not existing.providers else "direct",
    )
    if mode == "gateway":
        for _ in range(3):
            url = (args.url or asker.text("Gateway URL", existing.url or DEFAULT_GATEWAY_URL)).rstrip("/")
            key = asker.secret("Your Bastion API key")
            if args.no_check:
                return FileConfig(url=url, api_key=SecretStr(key), providers=existing.providers)
            try:
                print("  " + check_gateway(url, key))
                return FileConfig(url=url, api_key=SecretStr(key), providers=existing.providers)
            except BastionError as e:
                print(f"  check failed: {e}")
                args.url = None
        raise SystemExit("giving up after 3 failed checks; nothing written")
    providers = dict(existing.providers)
    while True:
        name = args.provider or asker.choice("Provider", list(PROVIDERS), "openai")
        args.provider = None
        for _ in range(3):
            p = ProviderConfig()
            if name not in KEYLESS:
                p.api_key = SecretStr(asker.secret(f"{name} API key"))
            if name in ("azure", "ollama"):
                default = DEFAULT_BASE_URLS.get(name) or "https://<resource>.openai.azure.com"
                p.base_url = asker.text(f"{name} endpoint", default) or None
            if name == "azure":
                p.api_version = asker.text("Azure api-version", "2024-10-21")
            if args.no_check:
                break
            try:
                print("  " + check_provider(name, p))
                break
            except BastionError as e:
                print(f"  check failed: {e}")
        else:
            raise SystemExit("giving up after 3 failed checks; nothing written")
        providers[name] = p  # type: ignore[index]
        if not asker.yes("Add another provider?"):
            break
    # Direct mode: no gateway URL (it would select gateway mode).
    return FileConfig(providers=providers, timeout_s=existing.timeout_s)


def from_flags(args: argparse.Namespace, path: Path) -> FileConfig:
    existing = _load_existing(path)
    if args.mode == "gateway" or (args.mode is None and args.url):
        if not args.url:
            raise SystemExit("--url is needed for gateway mode")
        key = _secret_from(args, args.api_key_env)
        if not key:
            raise SystemExit("gateway mode needs a key: --api-key-env NAME or --api-key-stdin")
        if not args.no_check:
            print(check_gateway(args.url, key))
        return FileConfig(url=args.url.rstrip("/"), api_key=SecretStr(key), providers=existing.providers)
    if not args.provider:
        raise SystemExit("direct mode needs --provider (and its key: --api-key-env NAME or --api-key-stdin)")
    key = _secret_from(args, args.api_key_env)
    if not key and args.provider not in KEYLESS:
        raise SystemExit(f"{args.provider} needs a key: --api-key-env NAME or --api-key-stdin")
    p = ProviderConfig(api_key=SecretStr(key) if key else None, base_url=args.base_url, api_version=args.api_version)
    if not args.no_check:
        print(check_provider(args.provider, p))
    providers = {**existing.providers, args.provider: p}
    return FileConfig(providers=providers, timeout_s=existing.timeout_s)


def show(path: Path) -> None:
    settings = resolve(config_path=path)
    print(yaml.safe_dump(settings.masked(), sort_keys=False).rstrip())


def configure(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="bastion configure",
        description="First-run setup: choose gateway or direct mode, check it live, and save it "
        "(mode 0600). Interactive on a terminal; flags for scripts.",
    )
    parser.add_argument("--show", action="store_true", help="print the resolved settings (secrets masked)")
    parser.add_argument("--config", type=Path, help="config file (default: the platform's, or BASTION_CONFIG)")
    parser.add_argument("--mode", choices=["gateway", "direct"])
    parser.add_argument("--url", help="gateway URL (gateway mode)")
    parser.add_argument("--provider", choices=list(PROVIDERS), help="provider to add (direct mode)")
    parser.add_argument("--base-url", help="provider endpoint (Azure, Ollama, a compatible server)")
    parser.add_argument("--api-version", help="Azure api-version")
    parser.add_argument("--api-key-env", metavar="NAME", help="read the key from this environment variable")
    parser.add_argument("--api-key-stdin", action="store_true", help="read the key from the first line of stdin")
    parser.add_argument("--no-check", action="store_true", help="save without the live check")
    parser.add_argument(
        "--non-interactive", "-y", action="store_true", help="never prompt (the default without a terminal)"
    )
    args = parser.parse_args(list(argv))
    path = args.config.expanduser() if args.config else default_config_path()
    try:
        if args.show:
            show(path)
            return 0
        tty = sys.stdin.isatty() and sys.stdout.isatty() and not args.non_interactive and not args.api_key_stdin
        config = interactive(args, path, Asker()) if tty else from_flags(args, path)
    except BastionError as e:
        print(f"check failed: {e}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, EOFError):
        print("\ncancelled; nothing written", file=sys.stderr)
        return 130
    write_config_file(path, config)
    print(f"wrote {path} (mode 0600); `bastion configure --show` prints it with secrets masked")
    return 0


def main(argv: Sequence[str] | None = None) -> Any:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print("usage: bastion-sdk configure [--show] [options]   (see `bastion-sdk configure --help`)")
        return 0 if args else 2
    if args[0] != "configure":
        print(f"unknown command {args[0]!r}: the SDK's command line has `configure`", file=sys.stderr)
        return 2
    return configure(args[1:])
