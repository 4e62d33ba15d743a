"""Push notifications through the gateway.

When a client gives an agent a webhook (``CreateTaskPushNotificationConfig`` or a push config in
``SendMessage``), the gateway checks the client's URL against SSRF rules, stores it, and gives the
agent its **own** webhook instead: ``/a2a/_push/{key}`` with a random per-config token. The agent
never learns the client's URL or credentials. A delivery to the gateway's webhook must carry that
token (only its hash is stored) and name a task the same caller owns at the same agent; it is then
re-checked against SSRF rules (DNS may have changed) and POSTed unchanged to the client's webhook
with the client's own token and authentication. Config reads (get/list) show the client its own
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

from bastion.a2a.content import result_items
from bastion.a2a.methods import Op
from bastion.a2a.router import Exchange, PushHooks, task_facts
from bastion.a2a.settings import PushSettings
from bastion.a2a.ssrf import UnsafeURL, check_url
from bastion.a2a.tasks import TaskMap
from bastion.a2a.upstream import UpstreamError, UpstreamHTTP
from bastion.gateway.call import Call, Refusal
from bastion.gateway.kv import KVStore

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
    def __init__(self, settings: PushSettings, kv: KVStore, http: UpstreamHTTP, tasks: TaskMap) -> None:
        self.enabled = settings.enabled
        self.settings = settings
        self.kv = kv
        self.http = http
        self.tasks = tasks

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
        call.attrs["push_relay"] = True
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
        """``POST /a2a/_push/{key}``: verify, then relay to the client's webhook."""
        key = request.path_params["key"]
        raw = await self.kv.get(f"a2a:push:{key}")
        presented = request.headers.get(TOKEN_HEADER.lower(), "")
        if raw is None:
            return JSONResponse({"error": "unknown push config"}, status_code=404)
        rec = orjson.loads(raw)
        if not presented or not hmac.compare_digest(_digest(presented), rec["digest"]):
            return JSONResponse({"error": "invalid notification token"}, status_code=401)
        body = await request.body()
        if len(body) > MAX_DELIVERY_BYTES:
            return JSONResponse({"error": "notification too large"}, status_code=413)
        try:
            event = orjson.loads(body)
        except orjson.JSONDecodeError:
            return JSONResponse({"error": "notification is not JSON"}, status_code=400)
        task_ids = {t for kind, obj in result_items(event) if (t := task_facts(kind, obj)[0])}
        if not task_ids:
            return JSONResponse({"error": "notification names no task"}, status_code=400)
        if len(task_ids) > 1 or (rec.get("task_id") and rec["task_id"] not in task_ids):
            return JSONResponse({"error": "notification is for another task"}, status_code=403)
        tid = task_ids.pop()
        owner = await self.tasks.get(tid)
        if owner is None:
            # A config given in SendMessage names no task yet, and the agent may push before
            # the gateway has seen the task in its answer. The token proves the sender is the
            # agent this config was given to, so the task becomes the config owner's.
            self.tasks.remember(tid, rec["agent"], rec["owner"], None, None)
        elif owner.agent != rec["agent"] or owner.owner != rec["owner"]:
            return JSONResponse({"error": "notification is for an unknown task"}, status_code=403)
        if not rec.get("task_id"):
            rec["task_id"] = tid
            await self.kv.set(f"a2a:push:{key}", orjson.dumps(rec), self.settings.ttl_s)
        try:
            await check_url(rec["url"], self.settings.ssrf)
        except UnsafeURL as e:
            return JSONResponse({"error": f"client webhook refused: {e}"}, status_code=502)
        headers = {"Content-Type": request.headers.get("content-type", "application/a2a+json")}
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
            return JSONResponse({"error": f"client webhook: {e}"}, status_code=502)
        if reply.status >= 300:
            return JSONResponse({"error": f"client webhook answered HTTP {reply.status}"}, status_code=502)
        return Response(status_code=200)


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
