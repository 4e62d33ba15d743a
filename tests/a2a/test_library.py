"""SSRF checks, content adapters and the task map, at library level."""

from __future__ import annotations

import pytest

from bastion.a2a.content import A2AContent, result_items
from bastion.a2a.router import EVENT_END, parse_event
from bastion.a2a.settings import SSRFSettings
from bastion.a2a.ssrf import UnsafeURL, check_url
from bastion.a2a.tasks import TaskMap

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://10.1.2.3/",
        "http://192.168.0.9/",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://metadata.google.internal/",
        "ftp://example.com/",
        "http://user:pw@example.com/",
        "http://0.0.0.0/",
    ],
)
async def test_ssrf_refuses_internal_destinations(url: str) -> None:
    with pytest.raises(UnsafeURL):
        await check_url(url, SSRFSettings())


async def test_ssrf_allowances() -> None:
    await check_url("http://127.0.0.1:9/hook", SSRFSettings(allow_loopback=True))
    await check_url("http://10.0.0.1/hook", SSRFSettings(allow_private=True))
    await check_url("http://93.184.216.34/hook", SSRFSettings())
    await check_url("http://hooks.internal/x", SSRFSettings(allowed_hosts=["hooks.internal"]))
    # Allowing loopback does not open the metadata service.
    with pytest.raises(UnsafeURL, match="metadata"):
        await check_url("http://169.254.169.254/", SSRFSettings(allow_loopback=True, allow_link_local=True))


def test_content_reads_and_redacts_text_and_data_parts() -> None:
    params = {
        "message": {
            "role": "ROLE_USER",
            "parts": [
                {"text": "card 4111"},
                {"data": {"note": "call 555", "n": 3, "list": ["a"]}},
                {"url": "http://x"},
            ],
        }
    }
    c = A2AContent.of_params(params)
    assert c.texts() == ["card 4111", "call 555", "a"]
    red = c.with_texts(["card [X]", "call [Y]", "a"])
    assert red.changed and red.doc["message"]["parts"][1]["data"]["note"] == "call [Y]"
    assert params["message"]["parts"][0]["text"] == "card 4111"  # the original is untouched


def test_result_items_understand_both_versions() -> None:
    v10 = {
        "task": {
            "id": "t",
            "status": {"state": "TASK_STATE_COMPLETED", "message": {"parts": [{"text": "done"}]}},
            "artifacts": [{"artifactId": "a", "parts": [{"text": "out"}]}],
            "history": [{"parts": [{"text": "in"}]}],
        }
    }
    assert A2AContent.of_result(v10).texts() == ["done", "out"]
    v03 = {"kind": "artifact-update", "taskId": "t", "artifact": {"parts": [{"kind": "text", "text": "chunk"}]}}
    assert [k for k, _ in result_items(v03)] == ["artifactUpdate"]
    assert A2AContent.of_result(v03).texts() == ["chunk"]
    bare = {"id": "t", "status": {"state": "TASK_STATE_WORKING"}}
    assert [k for k, _ in result_items(bare)] == ["task"]
    assert [k for k, _ in result_items({"tasks": [bare, bare]})] == ["task", "task"]


def test_sse_events_split_on_crlf_and_lf() -> None:
    buf = b'data: {"a":1}\r\n\r\ndata: {"b":2}\n\n: keepalive\n\n'
    events = []
    while (m := EVENT_END.search(buf)) is not None:
        events.append(parse_event(buf[: m.end()], m.start()))
        buf = buf[m.end() :]
    assert [e.payload for e in events] == [{"a": 1}, {"b": 2}, None]
    assert events[0].raw == b'data: {"a":1}\r\n\r\n'


async def test_task_map_first_owner_wins() -> None:
    tm = TaskMap(None)
    tm.remember("t1", "echo", "alice", "c1", "TASK_STATE_WORKING")
    tm.remember("t1", "echo", "bob", "c1", "TASK_STATE_WORKING")
    assert (await tm.lookup("t1", "echo", "alice")) is not None
    assert (await tm.lookup("t1", "echo", "bob")) is None
    assert (await tm.lookup("t1", "other", "alice")) is None
    assert (await tm.lookup("nope", "echo", "alice")) is None


def test_admin_agents_only_read_a2a_prefixed_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    from bastion.a2a.settings import AgentCredentials
    from bastion.gateway.sections import SettingsError

    monkeypatch.setenv("A2A_WEATHER_TOKEN", "w-token")
    monkeypatch.setenv("DATABASE_PASSWORD", "db-secret")
    creds = AgentCredentials(bearer_token="${A2A_WEATHER_TOKEN}", headers={"X-Leak": "${DATABASE_PASSWORD}"})
    # An agent registered through the admin API may not reach other variables: an error that
    # names the field, never an empty header sent upstream.
    with pytest.raises(SettingsError, match=r"credentials\.headers\.X-Leak: only variables named A2A_\*"):
        creds.resolved_headers("A2A_")
    assert AgentCredentials(bearer_token="${A2A_WEATHER_TOKEN}").resolved_headers("A2A_") == {
        "Authorization": "Bearer w-token"
    }
    assert creds.resolved_headers()["X-Leak"] == "db-secret"  # settings-file agents: any variable
