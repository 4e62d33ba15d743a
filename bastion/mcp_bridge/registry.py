"""Registered servers: those of the settings file (read-only) and those added through the admin
API or CLI (kept in the ``mcp_servers`` table). Every change is applied to the running hub."""

from __future__ import annotations

import ipaddress
import socket
import time
from typing import Any
from urllib.parse import urlsplit

import anyio
import sqlalchemy as sa

from bastion.gateway.sections import SettingsError
from bastion.mcp_bridge.hub import Hub
from bastion.mcp_bridge.settings import McpSettings, ServerConfig, executable_allowed
from bastion.mcp_bridge.tables import mcp_servers


class RegistryError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class Registry:
    def __init__(self, settings: McpSettings, hub: Hub, store: Any) -> None:
        self.settings = settings
        self.hub = hub
        self.store = store
        self.from_settings = set(settings.servers)

    async def load(self) -> list[ServerConfig]:
        """Every configured server: settings first, then the store (names never overlap)."""
        configs = list(self.settings.servers.values())
        if self.store is not None:
            async with self.store.engine.connect() as conn:
                rows = (await conn.execute(sa.select(mcp_servers))).mappings().all()
            for r in rows:
                if r["name"] in self.from_settings:
                    continue
                cfg = ServerConfig.model_validate({**r["config"], "name": r["name"], "enabled": r["enabled"]})
                configs.append(cfg)
        return configs

    async def check(self, cfg: ServerConfig) -> None:
        """Refuse what an admin must not be able to register (disallowed executables, URLs to
        private addresses unless allowed)."""
        if cfg.command and not executable_allowed(cfg.command, self.settings.allowed_executables):
            raise RegistryError(403, f"executable {cfg.command!r} is not in mcp.allowed_executables")
        if cfg.credentials is not None:
            try:
                cfg.credentials.check_secrets("credentials")
            except SettingsError as e:
                raise RegistryError(400, str(e).removeprefix("invalid settings:\n  ")) from None
        endpoint = cfg.credentials.token_endpoint if cfg.credentials is not None else None
        for url in filter(None, (cfg.url, endpoint)):
            if self.settings.allow_private_urls:
                break
            host = urlsplit(url).hostname or ""
            if await _is_private(host):
                raise RegistryError(
                    403,
                    f"URL host {host!r} is a private, loopback or link-local address "
                    "(set mcp.allow_private_urls to allow it)",
                )

    async def put(self, cfg: ServerConfig, actor: str | None) -> dict[str, Any]:
        if cfg.name in self.from_settings:
            raise RegistryError(409, f"server '{cfg.name}' is defined in the settings file")
        await self.check(cfg)
        await self._save(cfg, actor)
        await self.hub.add(cfg)
        return self.describe(cfg.name)

    async def remove(self, name: str) -> None:
        if name in self.from_settings:
            raise RegistryError(409, f"server '{name}' is defined in the settings file")
        if name not in self.hub.upstreams:
            raise RegistryError(404, f"no server '{name}'")
        if self.store is not None:
            async with self.store.engine.begin() as conn:
                await conn.execute(sa.delete(mcp_servers).where(mcp_servers.c.name == name))
        await self.hub.remove(name)

    async def set_enabled(self, name: str, enabled: bool, actor: str | None) -> dict[str, Any]:
        up = self.hub.upstreams.get(name)
        if up is None:
            raise RegistryError(404, f"no server '{name}'")
        if name in self.from_settings:
            raise RegistryError(409, f"server '{name}' is defined in the settings file; edit it there")
        cfg = up.config.model_copy(update={"enabled": enabled})
        await self._save(cfg, actor)
        await self.hub.add(cfg)
        return self.describe(name)

    def describe(self, name: str) -> dict[str, Any]:
        up = self.hub.upstreams.get(name)
        if up is None:
            raise RegistryError(404, f"no server '{name}'")
        d = up.describe()
        d["source"] = "settings" if name in self.from_settings else "store"
        d["config"] = up.config.public_dict()
        d["pins"] = self.hub.pins.for_server(name)
        return d

    async def _save(self, cfg: ServerConfig, actor: str | None) -> None:
        if self.store is None:
            return
        now = time.time()
        data = cfg.model_dump(exclude={"name", "enabled"}, exclude_none=True)
        async with self.store.engine.begin() as conn:
            res = await conn.execute(
                sa.update(mcp_servers)
                .where(mcp_servers.c.name == cfg.name)
                .values(config=data, enabled=cfg.enabled, updated_at=now)
            )
            if res.rowcount == 0:
                await conn.execute(
                    sa.insert(mcp_servers).values(
                        name=cfg.name,
                        config=data,
                        enabled=cfg.enabled,
                        created_by=actor,
                        created_at=now,
                        updated_at=now,
                    )
                )


async def _is_private(host: str) -> bool:
    """Whether ``host`` is or resolves to a non-public address (SSRF guard)."""
    if not host:
        return True
    try:
        addrs = [ipaddress.ip_address(host.strip("[]"))]
    except ValueError:
        try:
            infos = await anyio.getaddrinfo(host, None)
        except OSError:
            return False  # unresolvable now: connecting will fail anyway
        addrs = [ipaddress.ip_address(i[4][0]) for i in infos if i[0] in (socket.AF_INET, socket.AF_INET6)]
    return any(
        a.is_private or a.is_loopback or a.is_link_local or a.is_reserved or a.is_multicast or a.is_unspecified
        for a in addrs
    )
