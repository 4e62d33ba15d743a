"""The agent registry: agents from settings and from the admin API, their cards and health.

Cards are fetched at registration (a card that fails validation is refused with its reason),
revalidated every ``refresh_interval_s`` with ``If-None-Match``, and kept when a refresh fails
(the agent is then marked unhealthy, its last good card is still served). Agents added through
the admin API live in the store, so every replica sees them after its next refresh.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from bastion.a2a.cards import (
    CardError,
    ServedCard,
    UpstreamCard,
    parse_card,
    parse_card_bytes,
    rewrite_card,
    serve_card,
)
from bastion.a2a.settings import ADMIN_ENV_PREFIX, A2ASettings, AgentSettings, SSRFSettings, check_agent_name
from bastion.a2a.ssrf import UnsafeURL, check_url
from bastion.a2a.tables import a2a_agents
from bastion.a2a.upstream import UpstreamError, UpstreamHTTP
from bastion.gateway.authz import matches
from bastion.gateway.outbound import CredentialError, Outbound, OutboundSettings, UserCredential
from bastion.gateway.principal import Principal
from bastion.gateway.sections import SettingsError

Health = Literal["ok", "unreachable", "invalid_card", "unknown"]
CARD_PATHS = ("/.well-known/agent-card.json", "/.well-known/agent.json")


class RegistryError(Exception):
    """A registration problem a user can act on (bad name, duplicate, unusable card)."""


@dataclass(slots=True)
class Agent:
    name: str
    settings: AgentSettings
    source: Literal["settings", "admin"]
    card: UpstreamCard | None = None
    health: Health = "unknown"
    last_refresh: float | None = None
    last_error: str | None = None
    card_url: str | None = None
    #: Upstream credential headers, resolved once.
    headers: dict[str, str] = field(default_factory=dict)
    #: Rewritten cards by gateway base URL (a handful at most).
    served: dict[str, ServedCard] = field(default_factory=dict)
    #: Per-user credential (``identity_jwt``, ``token_exchange``): headers minted per call.
    credential: UserCredential | None = None

    def __post_init__(self) -> None:
        prefix = ADMIN_ENV_PREFIX if self.source == "admin" else ""
        self.headers = self.settings.credentials.resolved_headers(prefix)

    def set_card(self, card: UpstreamCard) -> None:
        self.card = card
        self.served = {}

    def may_call(self, p: Principal) -> bool:
        """The per-agent allow lists (key grants are checked by the authorize stage)."""
        s = self.settings
        if s.allowed_users is None and s.allowed_groups is None:
            return True
        if s.allowed_users is not None and (p.user_id in s.allowed_users or (p.email and p.email in s.allowed_users)):
            return True
        if s.allowed_groups is not None and any(g in s.allowed_groups for g in p.groups):
            return True
        return False

    def summary(self) -> dict[str, Any]:
        c = self.card
        return {
            "name": self.name,
            "description": self.settings.description or (c.card.description if c else None),
            "agent_name": c.card.name if c else None,
            "version": c.card.version if c else None,
            "skills": [
                {"id": s.id, "name": s.name, "description": s.description, "tags": list(s.tags)}
                for s in (c.card.skills if c else ())
            ],
            "streaming": c.streaming if c else None,
            "health": self.health,
            "last_refresh": self.last_refresh,
            "source": self.source,
        }


class Registry:
    def __init__(
        self, settings: A2ASettings, http: UpstreamHTTP, *, push_relayed: bool, outbound: Outbound | None = None
    ) -> None:
        self.settings = settings
        self.http = http
        self.push_relayed = push_relayed
        #: Per-user credentials come from here (a registry built without the core: its own).
        self.outbound = outbound
        self.engine: AsyncEngine | None = None
        self.agents: dict[str, Agent] = {name: self._agent(name, s, "settings") for name, s in settings.agents.items()}
        self._lock = asyncio.Lock()
        self.startup_wait_s = 5.0

    def get(self, name: str) -> Agent | None:
        return self.agents.get(name)

    def _agent(self, name: str, s: AgentSettings, source: Literal["settings", "admin"]) -> Agent:
        agent = Agent(name, s, source)
        cred = s.credentials
        if cred.per_user:
            if self.outbound is None:
                self.outbound = Outbound(OutboundSettings(), None, "bastion")
            prefix = ADMIN_ENV_PREFIX if source == "admin" else ""
            agent.credential = self.outbound.credential(cred.user_spec(prefix), name=name, default_audience=s.url)
        return agent

    async def service_headers(self, agent: Agent) -> dict[str, str]:
        """The per-user credential's header for the gateway itself (card fetches: no user)."""
        if agent.credential is None or self.outbound is None:
            return {}
        try:
            return await agent.credential.headers(self.outbound.service)
        except CredentialError as e:
            raise UpstreamError(str(e)) from None

    # -- cards ------------------------------------------------------------------------------

    async def fetch_card(self, agent: Agent, *, revalidate: bool) -> UpstreamCard | None:
        """Fetch and validate the card; ``None`` when a revalidation answered 304."""
        s = agent.settings
        headers = {"Accept": "application/json", **agent.headers, **await self.service_headers(agent)}
        if revalidate and agent.card is not None and agent.card.etag:
            headers["If-None-Match"] = agent.card.etag
        urls = [s.card_url] if s.card_url else ([agent.card_url] if agent.card_url else [s.url + p for p in CARD_PATHS])
        last = ""
        for url in urls:
            reply = await self.http.request(
                "GET",
                url,
                headers=headers,
                timeout_s=min(s.timeout_s, 30.0),
                connect_s=s.connect_timeout_s,
                max_bytes=self.settings.max_card_bytes,
            )
            if reply.status == 304 and agent.card is not None:
                return None
            if reply.status == 404:
                last = f"{url} answered 404"
                continue
            if reply.status != 200:
                raise CardError(f"{url} answered HTTP {reply.status}")
            card = parse_card_bytes(
                reply.body,
                agent_url=s.url,
                max_bytes=self.settings.max_card_bytes,
                trust_card_hosts=s.trust_card_hosts,
                card_origins=s.card_origins,
                etag=reply.etag,
            )
            agent.card_url = url
            return card
        raise CardError(f"no agent card found ({last}; also tried {', '.join(urls)})")

    async def refresh(self, agent: Agent, *, revalidate: bool = True) -> Agent:
        """Revalidate one agent's card and record its health (never raises)."""
        try:
            card = await self.fetch_card(agent, revalidate=revalidate)
        except UpstreamError as e:
            agent.health, agent.last_error = "unreachable", str(e)
        except CardError as e:
            agent.health, agent.last_error = "invalid_card", str(e)
        else:
            if card is not None:
                agent.set_card(card)
                await self._save_card(agent)
            agent.health, agent.last_error = "ok", None
        agent.last_refresh = time.time()
        return agent

    async def refresh_all(self) -> None:
        await self._load_stored()
        await asyncio.gather(*(self.refresh(a) for a in list(self.agents.values())))

    def served_card(self, agent: Agent, base_url: str) -> ServedCard | None:
        if agent.card is None:
            return None
        served = agent.served.get(base_url)
        if served is None:
            served = serve_card(
                rewrite_card(agent.card, name=agent.name, base_url=base_url, push_relayed=self.push_relayed)
            )
            if len(agent.served) < 8:
                agent.served[base_url] = served
        return served

    # -- admin ------------------------------------------------------------------------------

    async def add(self, name: str, s: AgentSettings) -> Agent:
        """Register an agent: its card must fetch and validate, or nothing is stored."""
        try:
            check_agent_name(name)
        except ValueError as e:
            raise RegistryError(str(e)) from None
        async with self._lock:
            if name in self.agents:
                raise RegistryError(f"an agent named '{name}' already exists")
            private = self.settings.allow_private_urls
            policy = SSRFSettings(allow_loopback=private, allow_private=private, allow_link_local=private)
            for url in filter(None, (s.url, s.card_url, s.credentials.token_endpoint)):
                try:
                    await check_url(url, policy)
                except UnsafeURL as e:
                    hint = "" if private else " (set a2a.allow_private_urls to register internal agents)"
                    raise RegistryError(f"agent URL refused: {e}{hint}") from None
            try:
                agent = self._agent(name, s, "admin")
            except SettingsError as e:
                raise RegistryError(str(e)) from None
            try:
                card = await self.fetch_card(agent, revalidate=False)
            except UpstreamError as e:
                raise RegistryError(f"cannot fetch the agent card: {e}") from None
            except CardError as e:
                raise RegistryError(f"the agent card was rejected: {e}") from None
            assert card is not None
            agent.set_card(card)
            agent.health, agent.last_refresh = "ok", time.time()
            if self.engine is not None:
                now = time.time()
                async with self.engine.begin() as conn:
                    await conn.execute(
                        a2a_agents.insert().values(
                            name=name,
                            config=s.model_dump(mode="json"),
                            card=card.as_dict(),
                            etag=card.etag,
                            created_at=now,
                            updated_at=now,
                        )
                    )
            self.agents[name] = agent
            return agent

    async def remove(self, name: str) -> bool:
        agent = self.agents.get(name)
        if agent is None:
            return False
        if agent.source == "settings":
            raise RegistryError(f"agent '{name}' comes from the settings file; remove it there")
        if self.engine is not None:
            async with self.engine.begin() as conn:
                await conn.execute(a2a_agents.delete().where(a2a_agents.c.name == name))
        self.agents.pop(name, None)
        return True

    async def _save_card(self, agent: Agent) -> None:
        if self.engine is None or agent.source != "admin" or agent.card is None:
            return
        async with self.engine.begin() as conn:
            await conn.execute(
                a2a_agents.update()
                .where(a2a_agents.c.name == agent.name)
                .values(card=agent.card.as_dict(), etag=agent.card.etag, updated_at=time.time())
            )

    async def _load_stored(self) -> None:
        """Pick up agents other replicas added or removed (and ours after a restart)."""
        if self.engine is None:
            return
        async with self.engine.connect() as conn:
            rows = (await conn.execute(sa.select(a2a_agents))).all()
        stored = {r.name for r in rows}
        for name in [n for n, a in self.agents.items() if a.source == "admin" and n not in stored]:
            self.agents.pop(name, None)
        for r in rows:
            if r.name in self.agents:
                continue
            try:
                s = AgentSettings.model_validate(r.config)
            except ValueError:
                continue
            try:
                agent = self._agent(r.name, s, "admin")
            except SettingsError:
                continue
            if r.card:
                with contextlib.suppress(CardError):
                    agent.set_card(
                        parse_card(
                            r.card,
                            agent_url=s.url,
                            trust_card_hosts=s.trust_card_hosts,
                            card_origins=s.card_origins,
                            etag=r.etag,
                        )
                    )
            self.agents[r.name] = agent

    # -- search -----------------------------------------------------------------------------

    def visible(self, p: Principal) -> list[Agent]:
        return [a for a in self.agents.values() if matches(a.name, p.grants.agents) and a.may_call(p)]

    def search(
        self,
        p: Principal,
        *,
        q: str | None = None,
        skill: str | None = None,
        tag: str | None = None,
        name: str | None = None,
    ) -> list[Agent]:
        out = []
        for a in self.visible(p):
            c = a.card
            if name and name.lower() not in a.name and (c is None or name.lower() not in c.card.name.lower()):
                continue
            if skill and (c is None or skill not in c.skill_ids):
                continue
            if tag and (c is None or tag.lower() not in c.tags):
                continue
            if q and (c is None or not all(w in c.search_text or w in a.name for w in q.lower().split())):
                continue
            out.append(a)
        return sorted(out, key=lambda a: a.name)

    # -- lifecycle --------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def running(self, engine: AsyncEngine | None) -> AsyncIterator[Registry]:
        self.engine = engine
        # Start serving after a few seconds even if a slow agent has not answered yet; its
        # card arrives in the background (calls meanwhile say the agent is unavailable).
        first = asyncio.create_task(self.refresh_all(), name="a2a-card-first-refresh")
        await asyncio.wait({first}, timeout=self.startup_wait_s)
        task = asyncio.create_task(self._loop(), name="a2a-card-refresh")
        try:
            yield self
        finally:
            for t in (first, task):
                t.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await t

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.settings.refresh_interval_s)
            with contextlib.suppress(Exception):
                await self.refresh_all()
