"""Routing one A2A request to its agent as one governed pipeline call (both bindings).

The binding modules (``jsonrpc.py``, ``rest.py``) parse the wire request into an
:class:`Exchange` and render results and refusals in their own shapes; this module does what
they share: choose the upstream interface, check task ownership, apply input redactions,
forward with the agent's credentials (never the client's), record task ownership from results
and stream events, and relay SSE streams event by event.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import orjson

from bastion.a2a.content import A2AContent, item_slots, result_items
from bastion.a2a.facts import agent_facts
from bastion.a2a.methods import PUSH_OPS, STREAMING_OPS, TASK_OPS, Op
from bastion.a2a.registry import Agent, Registry
from bastion.a2a.tasks import TaskMap
from bastion.a2a.upstream import UpstreamError, UpstreamHTTP
from bastion.gateway.call import Call, Content, Refusal, UpstreamFailure
from bastion.gateway.outbound import Caller, CredentialError
from bastion.gateway.pipeline import Pipeline

JSONRPC = "JSONRPC"
REST = "HTTP+JSON"
EVENT_END = re.compile(rb"\r?\n\r?\n")
TERMINAL_STATES = frozenset(
    {
        "TASK_STATE_COMPLETED",
        "TASK_STATE_FAILED",
        "TASK_STATE_CANCELED",
        "TASK_STATE_REJECTED",
        "completed",
        "failed",
        "canceled",
        "rejected",
    }
)


@dataclass(slots=True)
class Exchange:
    """One A2A request on its way to an agent and back (``call.request``)."""

    agent: str
    op: Op
    version: str
    binding: str
    #: JSON-RPC ``params`` or the REST JSON body (``{}`` when there is none).
    params: dict[str, Any]
    base_url: str
    #: Headers forwarded as they are (A2A-Version, A2A-Extensions).
    forward: dict[str, str]
    task_id: str | None = None
    #: JSON-RPC only: the request envelope and its id.
    envelope: dict[str, Any] | None = None
    rid: Any = None
    #: REST only: method and path below the interface URL (with the query string).
    http_method: str = "POST"
    rest_path: str = ""
    raw_body: bytes = b""
    # Filled in by the route:
    reply_doc: Any = None
    reply_body: bytes = b""
    reply_status: int = 200
    reply_ctype: str = "application/json"
    reply_changed: bool = False

    def result_of(self, doc: Any) -> Any:
        if self.binding == JSONRPC:
            return doc.get("result") if isinstance(doc, dict) else None
        return doc

    def with_result(self, doc: dict[str, Any], result: Any) -> dict[str, Any]:
        if self.binding == JSONRPC:
            return {**doc, "result": result}
        return result


@dataclass(slots=True)
class SSEEvent:
    """One SSE event as received (``raw`` includes its blank-line terminator) and its parsed
    ``data`` payload (``None`` for comments, keep-alives or non-JSON data)."""

    raw: bytes
    payload: Any = None
    #: Carries a terminal task state (the stream's last word).
    terminal: bool = False
    #: Made by the gateway (text an output-policy window held back until the end).
    synthetic: bool = False


def parse_event(raw: bytes, body_end: int) -> SSEEvent:
    body = raw[:body_end]
    if body.startswith(b"data:") and b"\n" not in body:
        data = body[5:]
    else:
        lines = [ln[5:].removeprefix(b" ") for ln in body.splitlines() if ln.startswith(b"data:")]
        if not lines:
            return SSEEvent(raw)
        data = b"\n".join(lines)
    try:
        return SSEEvent(raw, orjson.loads(data))
    except orjson.JSONDecodeError:
        return SSEEvent(raw)


def task_facts(kind: str, obj: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    """(task id, context id, state) of one A2A object."""
    tid = obj.get("id") if kind == "task" else obj.get("taskId")
    status = obj.get("status")
    state = status.get("state") if isinstance(status, dict) else None
    return (tid if isinstance(tid, str) else None, obj.get("contextId"), state)


class EventText:
    """``StreamText`` over SSE events: lets output policy see (and redact) the text parts of
    streamed messages, status updates and artifact chunks. Events whose text is unchanged are
    relayed as the exact bytes received; changed ones are re-serialised."""

    def __init__(self, ex: Exchange) -> None:
        self.ex = ex
        self.last: tuple[str | None, str | None, str | None] = (None, None, None)

    def _slots(self, ev: SSEEvent) -> list[tuple[Any, Any]]:
        # Only artifact chunks form the continuous text the policy window slides over; status
        # messages, messages and task snapshots are whole texts the output stage inspects one
        # event at a time (``whole``), so the window never moves text between them.
        out: list[tuple[Any, Any]] = []
        for kind, obj in result_items(self.ex.result_of(ev.payload)):
            if kind == "artifactUpdate":
                art = obj.get("artifact") or {}
                self.last = (obj.get("taskId"), obj.get("contextId"), art.get("artifactId"))
                item_slots(kind, obj, out)
        return out

    def get_text(self, chunk: SSEEvent) -> str | None:
        if chunk.payload is None:
            return None
        slots = self._slots(chunk)
        if not slots:
            return None
        return "".join(c[k] for c, k in slots)

    def with_text(self, chunk: SSEEvent, text: str) -> SSEEvent:
        if chunk.payload is None or text == self.get_text(chunk):
            return chunk
        payload = orjson.loads(orjson.dumps(chunk.payload))
        slots: list[tuple[Any, Any]] = []
        for kind, obj in result_items(self.ex.result_of(payload)):
            if kind == "artifactUpdate":
                item_slots(kind, obj, slots)
        for i, (c, k) in enumerate(slots):
            c[k] = text if i == 0 else ""
        return SSEEvent(b"data: " + orjson.dumps(payload) + b"\r\n\r\n", payload, chunk.terminal)

    def whole(self, chunk: SSEEvent) -> A2AContent | None:
        """Status messages, messages and task snapshots: whole texts (``WholeTexts``)."""
        if chunk.payload is None:
            return None
        content = A2AContent(self.ex.result_of(chunk.payload), _whole_slots)
        return content if content.texts() else None

    def with_whole(self, chunk: SSEEvent, content: Content) -> SSEEvent:
        assert isinstance(content, A2AContent)
        payload = self.ex.with_result(chunk.payload, content.doc)
        return SSEEvent(b"data: " + orjson.dumps(payload) + b"\r\n\r\n", payload, chunk.terminal)

    def text_chunk(self, text: str) -> SSEEvent:
        tid, ctx, aid = self.last
        if self.ex.version == "0.3":
            result: dict[str, Any] = {
                "kind": "artifact-update",
                "taskId": tid,
                "contextId": ctx,
                "append": True,
                "lastChunk": True,
                "artifact": {"artifactId": aid or "bastion-tail", "parts": [{"kind": "text", "text": text}]},
            }
        else:
            result = {
                "artifactUpdate": {
                    "taskId": tid,
                    "contextId": ctx,
                    "append": True,
                    "lastChunk": True,
                    "artifact": {"artifactId": aid or "bastion-tail", "parts": [{"text": text}]},
                }
            }
        payload = {"jsonrpc": "2.0", "id": self.ex.rid, "result": result} if self.ex.binding == JSONRPC else result
        return SSEEvent(b"data: " + orjson.dumps(payload) + b"\r\n\r\n", payload, synthetic=True)


class PushHooks:
    """What the router needs from the push relay (``push.PushRelay``)."""

    #: Whether the gateway relays push notifications at all (its card claims them only then).
    enabled: bool = False

    async def rewrite_request(self, call: Call, ex: Exchange) -> bool:  # pragma: no cover - protocol
        return False

    async def restore_result(self, ex: Exchange, result: Any) -> bool:  # pragma: no cover - protocol
        return False


@dataclass(slots=True)
class Router:
    registry: Registry
    tasks: TaskMap
    http: UpstreamHTTP
    pipeline: Pipeline
    push: PushHooks = field(default_factory=PushHooks)

    async def run(self, call: Call) -> Call:
        """Run the call through the pipeline with :meth:`route` (raises ``Refusal``)."""
        return await self.pipeline.run(call, self.route)

    # -- the route stage ----------------------------------------------------------------------

    async def route(self, call: Call) -> None:
        ex: Exchange = call.request
        agent = self.registry.get(ex.agent)
        if agent is None:
            raise Refusal(404, "agent_not_found", f"no agent named '{ex.agent}' is available")
        if agent.card is None:
            raise Refusal(
                502, "upstream_error", f"agent '{ex.agent}' is unavailable: {agent.last_error or 'no card yet'}"
            )
        iface = agent.card.interface(ex.binding, ex.version)
        if iface is None:
            raise Refusal(
                400,
                "version_not_supported",
                f"agent '{ex.agent}' does not offer A2A {ex.version} over "
                f"{'JSON-RPC' if ex.binding == JSONRPC else 'HTTP+JSON'}",
            )
        if ex.op in PUSH_OPS and not (agent.card.push and self.push.enabled):
            # Checked before the task lookup, as the SDK's own handler does: the capability is
            # the agent's (as the gateway serves it), whatever task id the call names.
            raise Refusal(
                400, "push_not_supported", f"agent '{ex.agent}' does not support push notifications (see its card)"
            )
        owner = call.principal.user_id  # type: ignore[union-attr]
        if ex.op in TASK_OPS or (ex.op in (Op.SEND, Op.STREAM) and ex.task_id):
            if not ex.task_id or await self.tasks.lookup(ex.task_id, ex.agent, owner) is None:
                raise Refusal(404, "task_not_found", "Task not found")
        if ex.op == Op.EXT_CARD:
            raise Refusal(400, "extended_card_not_configured", "the gateway does not relay extended agent cards")
        changed = isinstance(call.input, A2AContent) and call.input.changed
        if changed:
            ex.params = call.input.doc  # type: ignore[union-attr]
        if ex.op in PUSH_OPS or ex.op in (Op.SEND, Op.STREAM):
            changed = await self.push.rewrite_request(call, ex) or changed
        body = self._body(ex, changed)
        url = iface.url if ex.binding == JSONRPC else iface.url + ex.rest_path
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json, text/event-stream",
            **ex.forward,
            **agent.headers,
        }
        if agent.credential is not None:
            # The user's own token for this agent: set on this request only (each A2A call is
            # its own HTTP request, so nothing is shared between users).
            headers.update(await self._user_headers(call, agent))
        s = agent.settings
        if ex.op in STREAMING_OPS:
            await self._open_stream(call, ex, agent, url, headers, body)
            return
        try:
            reply = await self.http.request(
                ex.http_method,
                url,
                headers=headers,
                body=body,
                timeout_s=s.timeout_s,
                connect_s=s.connect_timeout_s,
            )
        except UpstreamError as e:
            raise self._upstream_refusal(agent, e) from None
        if agent.health != "ok":
            agent.health, agent.last_error = "ok", None
        self._take_reply(call, ex, reply.status, reply.content_type, reply.body)
        await self._after_reply(call, ex, owner)

    async def _user_headers(self, call: Call, agent: Agent) -> dict[str, str]:
        p = call.principal
        assert p is not None and agent.credential is not None
        subject = call.credentials.api_key if p.auth_method == "oidc" else None
        try:
            return await agent.credential.headers(Caller(p, subject))
        except CredentialError as e:
            raise Refusal(502, "upstream_auth", f"agent '{agent.name}': {e}") from None

    def _body(self, ex: Exchange, changed: bool) -> bytes | None:
        if ex.binding == JSONRPC:
            if not changed:
                return ex.raw_body
            return orjson.dumps({**(ex.envelope or {}), "params": ex.params})
        if ex.http_method in ("GET", "DELETE"):
            return None
        return orjson.dumps(ex.params) if changed else ex.raw_body

    def _upstream_refusal(self, agent: Agent, e: UpstreamError) -> Refusal:
        if not e.timeout:
            agent.health, agent.last_error = "unreachable", str(e)
        code = "upstream_timeout" if e.timeout else "upstream_error"
        return Refusal(504 if e.timeout else 502, code, f"agent '{agent.name}': {e}")

    def _take_reply(self, call: Call, ex: Exchange, status: int, ctype: str, body: bytes) -> None:
        ex.reply_status, ex.reply_body, ex.reply_ctype = status, body, ctype
        if "json" not in ctype:
            raise Refusal(
                502, "upstream_error", f"agent '{ex.agent}' answered HTTP {status} ({ctype or 'no content type'})"
            )
        try:
            ex.reply_doc = orjson.loads(body) if body else None
        except orjson.JSONDecodeError:
            raise Refusal(502, "upstream_error", f"agent '{ex.agent}' answered invalid JSON") from None
        # The agent's own error is relayed to the caller as it is, and is the route's outcome.
        if ex.binding == JSONRPC:
            if isinstance(ex.reply_doc, dict) and "error" in ex.reply_doc:
                err = ex.reply_doc.get("error")
                code = err.get("code") if isinstance(err, dict) else None
                message = err.get("message") if isinstance(err, dict) else None
                call.fail(
                    UpstreamFailure(
                        "upstream_error",
                        f"agent '{ex.agent}' answered an error: {message if isinstance(message, str) else code}"[:500],
                        code if isinstance(code, int | str) else None,
                    )
                )
        elif status >= 400:
            call.fail(UpstreamFailure("upstream_error", f"agent '{ex.agent}' answered HTTP {status}", status))

    async def _after_reply(self, call: Call, ex: Exchange, owner: str) -> None:
        if call.outcome is not None or ex.reply_doc is None:
            return
        result = ex.result_of(ex.reply_doc)
        if ex.op == Op.LIST and isinstance(result, dict) and isinstance(result.get("tasks"), list):
            mine = [
                t
                for t in result["tasks"]
                if isinstance(t, dict)
                and isinstance(t.get("id"), str)
                and await self.tasks.lookup(t["id"], ex.agent, owner) is not None
            ]
            if len(mine) != len(result["tasks"]):
                result = {**result, "tasks": mine}
                if "totalSize" in result:
                    result["totalSize"] = len(mine)
                ex.reply_changed = True
        else:
            self.record(call, ex, result, owner)
        if ex.op in PUSH_OPS:
            ex.reply_changed = await self.push.restore_result(ex, result) or ex.reply_changed
        call.output = A2AContent.of_result(result)

    def record(self, call: Call, ex: Exchange, result: Any, owner: str) -> None:
        """Remember task ownership and put task facts on the trace."""
        facts = agent_facts(call)
        for kind, obj in result_items(result):
            tid, ctx, state = task_facts(kind, obj)
            if tid:
                # A direct message reply may name a task id the agent never stored: only
                # tasks and task events make the caller an owner.
                if kind != "message":
                    self.tasks.remember(tid, ex.agent, owner, ctx if isinstance(ctx, str) else None, state)
                facts.task_id = tid
            if isinstance(ctx, str):
                facts.context_id = ctx
            if state:
                facts.state = state

    def response_body(self, call: Call, ex: Exchange) -> bytes:
        """The bytes to send back: the agent's own unless policy or filtering changed them."""
        out = call.output
        if isinstance(out, A2AContent) and (out.changed or ex.reply_changed):
            return orjson.dumps(ex.with_result(ex.reply_doc, out.doc))
        return ex.reply_body

    # -- streams ------------------------------------------------------------------------------

    async def _open_stream(
        self, call: Call, ex: Exchange, agent: Agent, url: str, headers: dict[str, str], body: bytes | None
    ) -> None:
        s = agent.settings
        headers = {**headers, "Accept": "text/event-stream"}
        try:
            resp = await self.http.open_stream(
                ex.http_method,
                url,
                headers=headers,
                body=body,
                connect_s=s.connect_timeout_s,
                first_byte_s=s.timeout_s,
                idle_s=s.stream_idle_timeout_s,
            )
        except UpstreamError as e:
            raise self._upstream_refusal(agent, e) from None
        ctype = resp.headers.get("Content-Type", "")
        if resp.status != 200 or "text/event-stream" not in ctype:
            # An error (or a plain JSON answer) instead of a stream.
            try:
                data = await resp.read()
            finally:
                resp.release()
            self._take_reply(call, ex, resp.status, ctype, data)
            await self._after_reply(call, ex, call.principal.user_id)  # type: ignore[union-attr]
            return
        call.stream_text = EventText(ex)
        call.stream = self._relay(call, ex, resp)

    async def _relay(self, call: Call, ex: Exchange, resp: aiohttp.ClientResponse) -> AsyncIterator[SSEEvent]:
        """Yield upstream events one by one, as received, recording task facts on the way.
        The upstream response is closed when the stream ends or the client goes away (the task
        itself keeps running: clients cancel with CancelTask)."""
        owner = call.principal.user_id  # type: ignore[union-attr]
        buf = b""
        complete = False
        #: The last event carrying a payload said the stream is over (see ``ends_stream``).
        final = False
        try:
            async for chunk in resp.content.iter_any():
                buf = buf + chunk if buf else chunk
                while (m := EVENT_END.search(buf)) is not None:
                    raw, buf = buf[: m.end()], buf[m.end() :]
                    ev = parse_event(raw, m.start())
                    if ev.payload is not None:
                        final = ends_stream(ev.payload, ex.result_of(ev.payload))
                        self.record(call, ex, ex.result_of(ev.payload), owner)
                        ev.terminal = is_terminal(agent_facts(call).state)
                    yield ev
            if buf.strip():
                ev = parse_event(buf, len(buf))
                if ev.payload is not None:
                    final = ends_stream(ev.payload, ex.result_of(ev.payload))
                yield ev
            complete = True
        except aiohttp.ClientError as e:
            raise Refusal(502, "upstream_error", f"agent '{ex.agent}' stream broke: {type(e).__name__}") from None
        except TimeoutError:
            raise Refusal(504, "upstream_timeout", f"agent '{ex.agent}' stream was idle too long") from None
        finally:
            if complete:
                resp.release()
            else:
                resp.close()
        if not final:
            # The body ended in order, but the agent never said the task stopped (terminal or
            # interrupted state, a final status update, a direct message or an error): a
            # crashed agent behind a proxy looks like this. Not relayed as a finished stream.
            raise Refusal(502, "upstream_error", f"agent '{ex.agent}' stream ended before a final event")


#: States in which an A2A server ends a stream without the task being over (it waits for the
#: client); with ``TERMINAL_STATES`` the stream's legitimate last words.
INTERRUPTED_STATES = frozenset(
    {"TASK_STATE_INPUT_REQUIRED", "TASK_STATE_AUTH_REQUIRED", "input-required", "auth-required"}
)


def ends_stream(payload: Any, result: Any) -> bool:
    """Whether a stream event may be the last one: an error, a direct message, a final status
    update, or a task (update) in a terminal or interrupted state."""
    if isinstance(payload, dict) and "error" in payload and result is None:
        return True
    for kind, obj in result_items(result):
        if kind == "message" or (kind == "statusUpdate" and obj.get("final") is True):
            return True
        if kind in ("task", "statusUpdate"):
            _, _, state = task_facts(kind, obj)
            if state in TERMINAL_STATES or state in INTERRUPTED_STATES:
                return True
    return False


def _whole_slots(result: Any) -> list[tuple[Any, Any]]:
    slots: list[tuple[Any, Any]] = []
    for kind, obj in result_items(result):
        if kind != "artifactUpdate":
            item_slots(kind, obj, slots)
    return slots


def is_terminal(state: str | None) -> bool:
    return state in TERMINAL_STATES


EventSink = Callable[[SSEEvent], bytes]
