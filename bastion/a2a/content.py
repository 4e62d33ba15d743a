"""``Content`` adapters: the text the policy stages see in A2A messages, tasks and artifacts.

Text parts contribute their ``text``; data parts contribute every string inside their JSON value
(so a redaction lands in the same place it came from). File parts carry no text. Both the 1.0
part shape (``{"text": ...}``, ``{"data": ...}``) and the 0.3 one (``{"kind": "text", ...}``)
are read. A task's ``history`` is not inspected on output: it repeats the caller's own messages.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

#: A place a string lives: ``container[key]``.
Slot = tuple[Any, Any]

_KIND_03 = {"task": "task", "message": "message", "status-update": "statusUpdate", "artifact-update": "artifactUpdate"}


def result_items(result: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """The A2A objects in a result or stream event, as (kind, object) pairs.

    Kinds are ``task``, ``message``, ``statusUpdate`` and ``artifactUpdate``. Accepts the 1.0
    wrappers (``{"task": {...}}``), 0.3 objects (``{"kind": "task", ...}``), a bare 1.0 Task
    (``GetTask``/``CancelTask`` results) and ``ListTasks`` pages.
    """
    if not isinstance(result, dict):
        return
    kind03 = result.get("kind")
    if isinstance(kind03, str) and kind03 in _KIND_03:
        yield _KIND_03[kind03], result
        return
    found = False
    for key in ("task", "message", "statusUpdate", "artifactUpdate"):
        obj = result.get(key)
        if isinstance(obj, dict):
            found = True
            yield key, obj
    if found:
        return
    if "id" in result and "status" in result:
        yield "task", result
    tasks = result.get("tasks")
    if isinstance(tasks, list):
        for t in tasks:
            if isinstance(t, dict):
                yield "task", t


def _part_slots(parts: Any, out: list[Slot]) -> None:
    if not isinstance(parts, list):
        return
    for part in parts:
        if not isinstance(part, dict):
            continue
        if isinstance(part.get("text"), str):
            out.append((part, "text"))
        if "data" in part:
            _json_slots(part, "data", out)


def _json_slots(container: Any, key: Any, out: list[Slot]) -> None:
    value = container[key]
    if isinstance(value, str):
        out.append((container, key))
    elif isinstance(value, dict):
        for k in value:
            _json_slots(value, k, out)
    elif isinstance(value, list):
        for i in range(len(value)):
            _json_slots(value, i, out)


def _status_slots(status: Any, out: list[Slot]) -> None:
    if isinstance(status, dict) and isinstance(status.get("message"), dict):
        _part_slots(status["message"].get("parts"), out)


def item_slots(kind: str, obj: dict[str, Any], out: list[Slot]) -> None:
    """Collect the text slots of one A2A object (see :func:`result_items`)."""
    if kind == "message":
        _part_slots(obj.get("parts"), out)
    elif kind == "task":
        _status_slots(obj.get("status"), out)
        for art in obj.get("artifacts") or ():
            if isinstance(art, dict):
                _part_slots(art.get("parts"), out)
    elif kind == "statusUpdate":
        _status_slots(obj.get("status"), out)
    elif kind == "artifactUpdate":
        art = obj.get("artifact")
        if isinstance(art, dict):
            _part_slots(art.get("parts"), out)


def result_slots(result: Any) -> list[Slot]:
    out: list[Slot] = []
    for kind, obj in result_items(result):
        item_slots(kind, obj, out)
    return out


def params_slots(params: Any) -> list[Slot]:
    """Text slots of a request: the message of ``SendMessage``/``message/send`` (and their
    streaming forms) and the REST ``message:send`` body."""
    out: list[Slot] = []
    if isinstance(params, dict) and isinstance(params.get("message"), dict):
        _part_slots(params["message"].get("parts"), out)
    return out


class A2AContent:
    """``Content`` over a JSON document (request params or a result), read through slots.

    ``with_texts`` copies the document before changing it, so the original (and the bytes it
    was parsed from) stay untouched and can be forwarded as they are when nothing changed.
    """

    __slots__ = ("doc", "_find", "_slots", "changed")

    def __init__(self, doc: Any, find: Any, changed: bool = False) -> None:
        self.doc = doc
        self._find = find
        self._slots: list[Slot] = find(doc)
        self.changed = changed

    @classmethod
    def of_params(cls, params: Any) -> A2AContent:
        return cls(params, params_slots)

    @classmethod
    def of_result(cls, result: Any) -> A2AContent:
        return cls(result, result_slots)

    def texts(self) -> list[str]:
        return [c[k] for c, k in self._slots]

    def with_texts(self, texts: list[str]) -> A2AContent:
        doc = orjson.loads(orjson.dumps(self.doc))
        new = A2AContent(doc, self._find, changed=True)
        for (c, k), t in zip(new._slots, texts, strict=True):
            c[k] = t
        return new
