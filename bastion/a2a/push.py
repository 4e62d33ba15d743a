"""Push notifications through the gateway.

When a client gives an agent a webhook (``CreateTaskPushNotificationConfig`` or a push config in
``SendMessage``), the gateway checks the client's URL against SSRF rules, stores it, and gives the
agent its **own** webhook instead: ``/a2a/_push/{key}`` with a random per-config token. The agent
never learns the client's URL or credentials. A delivery to the gateway's webhook must carry that
token (only its hash is stored) and name a task the same caller owns at the same agent; it is then
re-checked against SSRF rules (DNS may have changed) and POSTed to the client's webhook with the
client's own token and authentication, as one pipeline call (input policy, audit; see ``deliver``). Config reads (get/list) show the client its own
URL again.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bastion.a2a.content import A2AContent, result_items
from bastion.a2a.facts import agent_facts
from bastion.a2a.methods import Op
from bastion.a2a.router import Exchange, PushHooks, task_facts
from bastion.a2a.settings import PushSettings
from bastion.a2a.ssrf import UnsafeURL, check_url
from bastion.a2a.tasks import TaskMap
from bastion.a2a.upstream import UpstreamError, UpstreamHTTP
from bastion.gateway.call import Call, Credentials, Refusal
from bastion.gateway.guard import trace_id_of
from bastion.gateway.kv import KVStore
from bastion.gateway.pipeline import Pipeline
from bastion.gateway.principal import Principal
from bastion.gateway.refusals import RefusalRecorder

PUSH_PATH = "/a2a/_push/"
TOKEN_HEADER = "X-A2A-Notification-Token"
MAX_DELIVERY_BYTES = 4 * 1024 * 1024


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _config_of(ex: Exchange) -> dict[str, Any] | None:
    """The push config dict inside the request, in whichever shape the version uses."""
    p = ex.params
    if ex.op in (Op.SEND, Op.STREAM):
        conf = p.get("configuration")
        if not isinstance(conf, dict):
            return None
        cfg = conf.get("taskPushNotificationConfig") or conf.get("pushNotificationConfig")
        return cfg if isinstance(cfg, dict) else None
    if ex.op == Op.PUSH_SET:
        inner = p.get("pushNotificationConfig")
        return inner if isinstance(inner, dict) else p
    return None


class PushRelay(PushHooks):
    def __init__(
        self,
        settings: PushSettings,
        kv: KVStore,
        http: UpstreamHTTP,
        tasks: TaskMap,
        pipeline: Pipeline,
        refusals: RefusalRecorder,
    ) -> None:
        self.enabled = settings.enabled
        self.settings = settings
        self.kv = kv
        self.http = http
        self.tasks = tasks
        #: Deliveries are calls (kind ``push``) through the A2A pipeline.
        self.pipeline = pipeline
        self.refusals = refusals

    # -- requests to agents ---------------------------------------------------------------------

    async def rewrite_request(self, call: Call, ex: Exchange) -> bool:
        cfg = _config_of(ex)
        if cfg is None:
            return False
        if not self.settings.enabled:
            raise Refusal(400, "push_not_supported", "push notifications are disabled on this gateway")
        url = cfg.get("url")
        if not isinstance(url, str) or not url:
            raise Refusal(400, "invalid_params", "the push notification config needs a 'url'")
        try:
            await check_url(url, self.settings.ssrf)
        except UnsafeURL as e:
            raise Refusal(400, "invalid_params", f"push notification URL refused: {e}") from None
        auth = cfg.get("authentication")
        scheme = creds = None
        if isinstance(auth, dict):
            schemes = auth.get("schemes")
            scheme = auth.get("scheme") or (schemes[0] if isinstance(schemes, list) and schemes else None)
            creds = auth.get("credentials")
        key = secrets.token_urlsafe(18)
        token = secrets.token_urlsafe(32)
        record = {
            "agent": ex.agent,
            "owner": call.principal.user_id,  # type: ignore[union-attr]
            "task_id": ex.task_id,
            "url": url,
            "token": cfg.get("token"),
            "scheme": scheme,
            "credentials": creds,
            "auth": auth,
            "digest": _digest(token),
        }
        await self.kv.set(f"a2a:push:{key}", orjson.dumps(record), self.settings.ttl_s)
        cfg["url"] = f"{ex.base_url.rstrip('/')}{PUSH_PATH}{key}"
        cfg["token"] = token
        cfg.pop("authentication", None)
        agent_facts(call).push_relay = True
        return True

    async def restore_result(self, ex: Exchange, result: Any) -> bool:
        """Show the client its own webhook URL (and token) in config results."""
        changed = False
        for cfg in _configs(result):
            url = cfg.get("url")
            if not isinstance(url, str) or PUSH_PATH not in url:
                continue
            raw = await self.kv.get(f"a2a:push:{url.rsplit('/', 1)[-1]}")
            if raw is None:
                continue
            rec = orjson.loads(raw)
            cfg["url"] = rec["url"]
            if rec.get("token"):
                cfg["token"] = rec["token"]
            else:
                cfg.pop("token", None)
            if rec.get("auth"):
                cfg["authentication"] = rec["auth"]
            changed = True
        return changed

    # -- deliveries from agents -----------------------------------------------------------------

    async def deliver(self, request: Request) -> Response:
        """``POST /a2a/_push/{key}``: verify, then relay to the client's webhook.

        Once the notification token is verified, the delivery is one pipeline call (kind
        ``push``) for the config's owner: the notification is the call's input, so the input
        policy sees its text (as ``agent_artifact``, the same rules as a streamed reply) before
        anything leaves, and the route re-checks the client's URL (SSRF) and POSTs it. Unknown
        configs and wrong tokens name no principal: they are refusals before a call."""
        key = request.path_params["key"]
        raw = await self.kv.get(f"a2a:push:{key}")
        presented = request.headers.get(TOKEN_HEADER.lower(), "")
        if raw is None:
            return self._refused(request, 404, "not_found", "unknown push config")
        rec = orjson.loads(raw)
        if not presented or not hmac.compare_digest(_digest(presented), rec["digest"]):
            return self._refused(request, 401, "unauthenticated", "invalid notification token")
        call = Call(
            front_door="a2a",
            kind="push",
            target=rec["agent"],
            credentials=Credentials(client_ip=request.client.host if request.client else None),
            method="PushDelivery",
            trace_id=trace_id_of(request.scope),
            principal=Principal(user_id=rec["owner"], auth_method="push_token"),
        )
        body = await request.body()
        problem: Refusal | None = None
        try:
            event, tid = await self._admit(key, rec, body)
        except Refusal as r:
            problem, event, tid = r, None, None
        if tid is not None:
            agent_facts(call).task_id = tid
            call.input = A2AContent.of_result(event)

        async def route(c: Call) -> None:
            if problem is not None:
                raise problem
            sent = body
            if isinstance(c.input, A2AContent) and c.input.changed:
                sent = orjson.dumps(c.input.doc)  # as the input policy left it (redactions)
            await self._post(c, rec, request.headers.get("content-type", "application/a2a+json"), sent)

        try:
            await self.pipeline.run(call, route)
        except Refusal as r:
            return JSONResponse({"error": r.message}, status_code=r.status)
        return Response(status_code=200)

    async def _admit(self, key: str, rec: dict[str, Any], body: bytes) -> tuple[Any, str]:
        """The notification and its task id, if it may be relayed (else a ``Refusal``)."""
        if len(body) > MAX_DELIVERY_BYTES:
            raise Refusal(413, "payload_too_large", "notification too large")
        try:
            event = orjson.loads(body)
        except orjson.JSONDecodeError:
            raise Refusal(400, "bad_request", "notification is not JSON") from None
        task_ids = {t for kind, obj in result_items(event) if (t := task_facts(kind, obj)[0])}
        if not task_ids:
            raise Refusal(400, "bad_request", "notification names no task")
        if len(task_ids) > 1 or (rec.get("task_id") and rec["task_id"] not in task_ids):
            raise Refusal(403, "forbidden", "notification is for another task")
        tid = task_ids.pop()
        owner = await self.tasks.get(tid)
        if owner is None:
            # A config given in SendMessage names no task yet, and the agent may push before
            # the gateway has seen the task in its answer. The token proves the sender is the
            # agent this config was given to, so the task becomes the config owner's.
            self.tasks.remember(tid, rec["agent"], rec["owner"], None, None)
        elif owner.agent != rec["agent"] or owner.owner != rec["owner"]:
            raise Refusal(403, "forbidden", "notification is for an unknown task")
        if not rec.get("task_id"):
            rec["task_id"] = tid
            await self.kv.set(f"a2a:push:{key}", orjson.dumps(rec), self.settings.ttl_s)
        return event, tid

    async def _post(self, call: Call, rec: dict[str, Any], content_type: str, body: bytes) -> None:
        """The route: re-check the client's webhook (DNS may have changed), then POST."""
        try:
            await check_url(rec["url"], self.settings.ssrf)
        except UnsafeURL as e:
            raise Refusal(502, "ssrf_refused", f"client webhook refused: {e}") from None
        headers = {"Content-Type": content_type}
        if rec.get("token"):
            headers[TOKEN_HEADER] = rec["token"]
        if rec.get("scheme") and rec.get("credentials"):
            headers["Authorization"] = f"{rec['scheme']} {rec['credentials']}"
        try:
            reply = await self.http.request(
                "POST",
                rec["url"],
                headers=headers,
                body=body,
                timeout_s=self.settings.timeout_s,
                connect_s=min(5.0, self.settings.timeout_s),
            )
        except UpstreamError as e:
            raise Refusal(502, "upstream_error", f"client webhook: {e}") from None
        agent_facts(call).webhook_status = reply.status
        if reply.status >= 300:
            raise Refusal(502, "upstream_error", f"client webhook answered HTTP {reply.status}")

    def _refused(self, request: Request, status: int, code: str, message: str) -> Response:
        trace_id_of(request.scope)
        self.refusals.record_scope("a2a", request.scope, status, code, message)
        return JSONResponse({"error": message}, status_code=status)


def _configs(node: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if isinstance(node.get("url"), str):
            out.append(node)
        for v in node.values():
            if isinstance(v, (dict, list)):
                out.extend(_configs(v))
    elif isinstance(node, list):
        for v in node:
            out.extend(_configs(v))
    return out
