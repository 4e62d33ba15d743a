"""Per-user upstream sessions for servers with a per-user credential on a stateful transport.

A handshake-era Streamable HTTP session (``Mcp-Session-Id``) or a legacy SSE connection is bound
to whoever opened it: servers tie the session to the authenticated principal (the MCP SDK
refuses a session id presented with another user's token), and whatever the server keeps in
the session belongs to that user. So a per-user token must never travel on a session another
user shares. For such servers the shared session only serves the catalog (as the gateway), and
each user gets a session of their own: opened on first use, supervised like any upstream
(reconnect with backoff), kept in a bounded LRU and closed after ``idle_s`` without calls.
2026-07-28 servers have no sessions: their calls stay on the shared lane, each request with
its user's token (see ``Upstream.for_caller``).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import anyio
import anyio.abc

from bastion.gateway.outbound import Caller

if TYPE_CHECKING:
    from bastion.mcp_bridge.upstream import Upstream

logger = logging.getLogger("bastion.mcp.upstream")


@dataclass(slots=True)
class _Entry:
    session: Upstream
    last_used: float = field(default_factory=time.monotonic)


class UserSessions:
    """The per-user sessions of one upstream server. Run :meth:`run` in the server's supervisor."""

    def __init__(
        self, make: Callable[[Caller], Upstream], max_sessions: int, idle_s: float, connect_timeout_s: float
    ) -> None:
        self._make = make
        self.max_sessions = max_sessions
        self.idle_s = idle_s
        self.connect_timeout_s = connect_timeout_s
        self._sessions: OrderedDict[tuple[object, ...], _Entry] = OrderedDict()
        self._tg: anyio.abc.TaskGroup | None = None

    def __len__(self) -> int:
        return len(self._sessions)

    def users(self) -> list[str]:
        return [e.session.owner.principal.user_id for e in self._sessions.values() if e.session.owner]

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        """Host the sessions' supervisors and close idle ones, until cancelled."""
        async with anyio.create_task_group() as tg:
            self._tg = tg
            task_status.started()
            try:
                while True:
                    await anyio.sleep(max(0.5, min(self.idle_s / 2, 30.0)))
                    await self._reap()
            finally:
                self._tg = None

    async def get(self, caller: Caller, key: tuple[object, ...] | None = None) -> Upstream:
        """The caller's ready session (opened now if needed); ``UpstreamUnavailable`` otherwise.

        ``key``: which session (default: one per user; era sessions key by client session)."""
        from bastion.mcp_bridge.upstream import UpstreamUnavailable

        key = key if key is not None else caller.identity
        entry = self._sessions.get(key)
        if entry is not None and _usable(entry.session):
            entry.session.owner = caller  # the newest subject token of this user
            entry.last_used = time.monotonic()
            self._sessions.move_to_end(key)
        else:
            if entry is not None:  # broken: start afresh rather than wait for its backoff
                await self._drop(key)
            if self._tg is None:
                raise UpstreamUnavailable("per-user sessions are not running")
            entry = _Entry(self._make(caller))
            self._sessions[key] = entry
            self._tg.start_soon(entry.session.run, name=f"mcp-user-session-{entry.session.name}")
            await self._evict()
        session = entry.session
        if session.status != "ready":
            with anyio.move_on_after(self.connect_timeout_s):
                await session.settled.wait()
            if session.status != "ready":
                why = session.last_error or "no answer while connecting"
                if self._sessions.get(key) is entry:
                    await self._drop(key)
                raise UpstreamUnavailable(
                    f"MCP server '{session.name}': could not open a session for user "
                    f"'{caller.principal.user_id}': {why}"
                )
        return session

    async def release(self, key: tuple[object, ...]) -> None:
        """Close the session under ``key`` now (its client session ended)."""
        await self._drop(key)

    def __contains__(self, key: tuple[object, ...]) -> bool:
        return key in self._sessions

    async def close(self) -> None:
        """Stop every session and wait (briefly) for them to shut down."""
        sessions = [e.session for e in self._sessions.values()]
        self._sessions.clear()
        for s in sessions:
            await s.stop()
        with anyio.move_on_after(5):
            while any(s.status != "stopped" and s.client is not None for s in sessions):
                await anyio.sleep(0.05)

    async def _evict(self) -> None:
        """Over the bound: close the least recently used sessions with no call in flight."""
        excess = len(self._sessions) - self.max_sessions
        for key in list(self._sessions):
            if excess <= 0:
                break
            if not self._sessions[key].session.inflight:
                await self._drop(key)
                excess -= 1

    async def _reap(self) -> None:
        cutoff = time.monotonic() - self.idle_s
        for key, entry in list(self._sessions.items()):
            if entry.last_used < cutoff and not entry.session.inflight:
                logger.info(
                    "mcp upstream %s: closing the idle session of user %s",
                    entry.session.name,
                    entry.session.owner.principal.user_id if entry.session.owner else "?",
                )
                await self._drop(key)

    async def _drop(self, key: tuple[object, ...]) -> None:
        entry: Any = self._sessions.pop(key, None)
        if entry is not None:
            await entry.session.stop()


def _usable(session: Upstream) -> bool:
    """Connected, or still on its first connection attempt (worth waiting for)."""
    return session.status == "ready" or (session.status == "starting" and not session.settled.is_set())
