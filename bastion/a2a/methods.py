"""A2A operations and their names in each version and binding."""

from __future__ import annotations

import enum
import re
from typing import Any


class Op(enum.Enum):
    SEND = "send"
    STREAM = "stream"
    GET = "get"
    LIST = "list"
    CANCEL = "cancel"
    SUBSCRIBE = "subscribe"
    PUSH_SET = "push_set"
    PUSH_GET = "push_get"
    PUSH_LIST = "push_list"
    PUSH_DELETE = "push_delete"
    EXT_CARD = "extended_card"


METHODS_10: dict[str, Op] = {
    "SendMessage": Op.SEND,
    "SendStreamingMessage": Op.STREAM,
    "GetTask": Op.GET,
    "ListTasks": Op.LIST,
    "CancelTask": Op.CANCEL,
    "SubscribeToTask": Op.SUBSCRIBE,
    "CreateTaskPushNotificationConfig": Op.PUSH_SET,
    "GetTaskPushNotificationConfig": Op.PUSH_GET,
    "ListTaskPushNotificationConfigs": Op.PUSH_LIST,
    "DeleteTaskPushNotificationConfig": Op.PUSH_DELETE,
    "GetExtendedAgentCard": Op.EXT_CARD,
}
METHODS_03: dict[str, Op] = {
    "message/send": Op.SEND,
    "message/stream": Op.STREAM,
    "tasks/get": Op.GET,
    "tasks/cancel": Op.CANCEL,
    "tasks/resubscribe": Op.SUBSCRIBE,
    "tasks/pushNotificationConfig/set": Op.PUSH_SET,
    "tasks/pushNotificationConfig/get": Op.PUSH_GET,
    "tasks/pushNotificationConfig/list": Op.PUSH_LIST,
    "tasks/pushNotificationConfig/delete": Op.PUSH_DELETE,
    "agent/getAuthenticatedExtendedCard": Op.EXT_CARD,
}

STREAMING_OPS = frozenset({Op.STREAM, Op.SUBSCRIBE})
#: Operations on an existing task: the caller must own it.
TASK_OPS = frozenset({Op.GET, Op.CANCEL, Op.SUBSCRIBE, Op.PUSH_SET, Op.PUSH_GET, Op.PUSH_LIST, Op.PUSH_DELETE})
PUSH_OPS = frozenset({Op.PUSH_SET, Op.PUSH_GET, Op.PUSH_LIST, Op.PUSH_DELETE})


_CAMEL = re.compile(r"([A-Z])")


def field_of(obj: dict[str, Any], camel: str) -> Any:
    """A request field under its JSON name (``taskId``) or its proto name (``task_id``): the SDK
    parses requests with protobuf's JSON mapping, which accepts both."""
    value = obj.get(camel)
    if value is None:
        value = obj.get(_CAMEL.sub(lambda m: "_" + m.group(1).lower(), camel))
    return value
