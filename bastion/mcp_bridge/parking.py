"""Bridging a handshake-era upstream's live requests to a 2026-07-28 client (MRTR parking).

A stateless client cannot be asked anything in the middle of a call: it gets an
``input_required`` result and retries the same request with ``inputResponses`` and the
``requestState`` it was given. A handshake-era upstream asks live instead (``elicitation/create``
or ``sampling/createMessage`` on its session) and waits for the answer before it returns. The
gateway joins the two: the upstream call runs in a task of its own (the *parked call*); when
the upstream asks, the client's request returns ``input_required`` carrying the question, with a
``requestState`` that names the parked call; the client's retry delivers the answer to the
waiting upstream request, and waits again, for the final result or the next question.

* ``requestState`` is ``bstp1.<id>.<round>.<mac>``: an unguessable id, the round, and an HMAC
  over them, the principal that started the call and what was called (server, tool,
  arguments). Each round has a new state; a retry by anyone else, for another call, or with a
  state of an earlier round is told the state is unknown; so is one that comes after the parked
  call timed out (the client starts again).
* A parked call ends with its result, its upstream error, or its deadline
  (``bridge_timeout_s``): then the upstream request is cancelled and the parked state dropped.
  A question the client never answers is covered by the same deadline.
* Parked calls live on the replica that parked them (modern traffic is otherwise stateless):
  behind several replicas, route on the ``requestState`` prefix or keep affinity.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import anyio
import anyio.abc
import mcp_types as types
from mcp import MCPError

logger = logging.getLogger("bastion.mcp.parking")

STATE_PREFIX = "bstp1."
INPUT_METHODS = ("elicitation/create", "sampling/createMessage", "roots/list")
#: What a 2026-07-28 client declares to be asked each kind of input.
CAPABILITY_OF = {"elicitation/create": "elicitation", "sampling/createMessage": "sampling", "roots/list": "roots"}
#: The answer to ``roots/list`` for a client without roots: what such a client itself answers.
#: Servers ask for roots on their own schedule (on connect, on list_changed), so a question that
#: lands while a call is in flight is rarely that call's need; the call goes on, unlike a
#: sampling or elicitation request the client cannot take.
NO_ROOTS = types.ErrorData(code=types.METHOD_NOT_FOUND, message="the client offers no roots")


@dataclass(eq=False)
class _Ask:
    key: str
    method: str
    params: dict[str, Any] | None
    answered: anyio.Event = field(default_factory=anyio.Event)
    answer: Any = None


@dataclass(eq=False)
class ParkedCall:
    """One upstream call in progress for a 2026-07-28 client, between its rounds."""

    id: str
    mac: str
    deadline: float
    #: Questions asked and not yet answered (key -> ask), in order.
    open: dict[str, _Ask] = field(default_factory=dict)
    changed: anyio.Event = field(default_factory=anyio.Event)
    done: bool = False
    result: dict[str, Any] | None = None
    error: BaseException | None = None
    scope: anyio.CancelScope = field(default_factory=anyio.CancelScope)
    counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    #: What the current round's state is bound to (owner, binding), and the round number.
    bound: str = ""
    round: int = 0

    def _wake(self) -> None:
        changed, self.changed = self.changed, anyio.Event()
        changed.set()


class ClientAsker:
    """The downstream side of a parked call (what the hub relays the upstream's requests to)."""

    legacy = False

    def __init__(self, parking: Parking, call: ParkedCall, capabilities: dict[str, Any] | None) -> None:
        self.parking = parking
        self.call = call
        self.capabilities = capabilities or {}
        self.session_key = call  # one parked call = one downstream "session" for the relay

    async def server_request(self, method: str, params: Any) -> Any:
        if method not in INPUT_METHODS:
            return types.ErrorData(code=types.METHOD_NOT_FOUND, message=f"{method} cannot be relayed")
        cap = CAPABILITY_OF[method]
        if cap == "roots" and cap not in self.capabilities:
            return NO_ROOTS
        if cap not in self.capabilities:
            # The upstream needs what this client did not declare: the call ends with
            # MissingRequiredClientCapability (HTTP 400), as a modern server would answer.
            self.call.error = MCPError(
                code=types.MISSING_REQUIRED_CLIENT_CAPABILITY,
                message=f"the tool needs the client capability '{cap}', which the request did not declare",
                data={"requiredCapabilities": {cap: {}}},
            )
            return types.ErrorData(code=types.INVALID_REQUEST, message=f"the client did not declare '{cap}'")
        dumped = params.model_dump(by_alias=True, mode="json", exclude_none=True) if params is not None else None
        ask = _Ask(f"{cap}-{next(self.call.counter)}", method, dumped)
        self.call.open[ask.key] = ask
        self.call._wake()
        await ask.answered.wait()
        return ask.answer


Step = Callable[[ClientAsker], Awaitable[dict[str, Any]]]


class Parking:
    """The parked calls of this gateway process. Run :meth:`run` in a long-lived task group."""

    def __init__(self, timeout_s: float, secret: bytes | None = None) -> None:
        self.timeout_s = timeout_s
        self._secret = secret or secrets.token_bytes(32)
        self._calls: dict[str, ParkedCall] = {}
        self._tg: anyio.abc.TaskGroup | None = None

    def __len__(self) -> int:
        return len(self._calls)

    async def run(self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED) -> None:
        async with anyio.create_task_group() as tg:
            self._tg = tg
            task_status.started()
            try:
                while True:
                    await anyio.sleep(1.0)
                    self._reap()
            finally:
                self._tg = None
                for call in list(self._calls.values()):
                    call.scope.cancel()

    # ------------------------------------------------------------------ rounds
    async def start(self, owner: str, binding: str, capabilities: dict[str, Any] | None, run: Step) -> dict[str, Any]:
        """Run ``run`` (the upstream call) parked; the first round's result for the client."""
        if self._tg is None:
            raise MCPError(code=types.INTERNAL_ERROR, message="the gateway is not ready to bridge this call")
        cid = secrets.token_urlsafe(18)
        call = ParkedCall(cid, "", time.monotonic() + self.timeout_s, bound=f"{owner}\x00{binding}")
        self._calls[cid] = call
        asker = ClientAsker(self, call, capabilities)
        self._tg.start_soon(self._drive, call, asker, run, name=f"mcp-parked-{cid[:6]}")
        return await self._round(call)

    async def resume(self, state: str, owner: str, binding: str, responses: dict[str, Any] | None) -> dict[str, Any]:
        """A retry: deliver ``responses`` to the parked call named by ``state``; the next round."""
        call = self._find(state, owner, binding)
        for key, ask in list(call.open.items()):
            answer = (responses or {}).get(key)
            if answer is None:
                continue
            ask.answer = _typed_answer(ask.method, answer)
            del call.open[key]
            ask.answered.set()
        return await self._round(call)

    def owns(self, state: str | None) -> bool:
        return isinstance(state, str) and state.startswith(STATE_PREFIX)

    async def _round(self, call: ParkedCall) -> dict[str, Any]:
        """Wait until the call is done or has a question the client has not seen answered."""
        while True:
            if call.error is not None and (call.done or isinstance(call.error, MCPError)):
                self._forget(call)
                call.scope.cancel()
                raise call.error
            if call.done:
                self._forget(call)
                assert call.result is not None
                return call.result
            if call.open:
                call.round += 1  # a new state each round: an earlier round's state is stale
                call.mac = self._mac(f"{call.id}.{call.round}", call.bound)
                return {
                    "resultType": "input_required",
                    "inputRequests": {
                        k: {"method": a.method, **({"params": a.params} if a.params is not None else {})}
                        for k, a in call.open.items()
                    },
                    "requestState": f"{STATE_PREFIX}{call.id}.{call.round}.{call.mac}",
                }
            remaining = call.deadline - time.monotonic()
            if remaining <= 0:
                self._expire(call)
                continue
            changed = call.changed
            with anyio.move_on_after(remaining):
                await changed.wait()

    async def _drive(self, call: ParkedCall, asker: ClientAsker, run: Step) -> None:
        with call.scope:
            try:
                call.result = await run(asker)
            except BaseException as e:  # noqa: BLE001 - handed to the client's round
                if isinstance(e, anyio.get_cancelled_exc_class()) and call.error is None:
                    call.error = MCPError(code=types.INTERNAL_ERROR, message="the bridged call was cancelled")
                elif call.error is None:
                    call.error = e
                if isinstance(e, anyio.get_cancelled_exc_class()):
                    call.done = True
                    call._wake()
                    raise
        call.done = True
        call._wake()

    # ------------------------------------------------------------------ state
    def _mac(self, handle: str, bound: str) -> str:
        msg = f"{handle}\x00{bound}".encode()
        return hmac.new(self._secret, msg, hashlib.sha256).hexdigest()[:32]

    def _find(self, state: str, owner: str, binding: str) -> ParkedCall:
        unknown = MCPError(
            code=types.INVALID_PARAMS,
            message="requestState is unknown or expired (the bridged call ended): send the request again "
            "without inputResponses and requestState",
        )
        body = state.removeprefix(STATE_PREFIX)
        handle, _, mac = body.rpartition(".")
        cid, _, rnd = handle.rpartition(".")
        call = self._calls.get(cid)
        if (
            call is None
            or rnd != str(call.round)
            or not hmac.compare_digest(mac, self._mac(handle, f"{owner}\x00{binding}"))
        ):
            raise unknown
        return call

    def _forget(self, call: ParkedCall) -> None:
        self._calls.pop(call.id, None)

    def _expire(self, call: ParkedCall) -> None:
        logger.info("mcp bridged call %s timed out after %.0f s; cancelled", call.id[:6], self.timeout_s)
        if call.error is None:
            call.error = MCPError(
                code=types.INTERNAL_ERROR,
                message=f"the bridged call got no answer within {self.timeout_s:g} s and was cancelled",
            )
        call.done = True
        call.scope.cancel()
        for ask in call.open.values():
            ask.answer = types.ErrorData(code=types.INTERNAL_ERROR, message="no answer from the client")
            ask.answered.set()
        call.open.clear()
        self._forget(call)

    def _reap(self) -> None:
        now = time.monotonic()
        for call in list(self._calls.values()):
            if call.deadline <= now:
                self._expire(call)


def _typed_answer(method: str, answer: Any) -> Any:
    """The client's answer as the SDK's result model (what the upstream request returns)."""
    model: Any = {
        "elicitation/create": types.ElicitResult,
        "sampling/createMessage": types.CreateMessageResult,
        "roots/list": types.ListRootsResult,
    }[method]
    try:
        return model.model_validate(answer)
    except Exception as e:  # noqa: BLE001 - a malformed answer fails the upstream's request, not us
        return types.ErrorData(code=types.INVALID_PARAMS, message=f"invalid answer to {method}: {e}"[:300])
