"""/api/mcp: the legacy HTTP+SSE transport (driven as a standard MCP SSE client does) and argument types."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _memories_sh_api.models import McpToolName

from memories_sh.testing import _sse

from .conftest import Api, Clock


def _events(lines: Iterator[str]) -> Iterator[tuple[str, Any]]:
    event = None
    for line in lines:
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            yield str(event), json.loads(line[6:])


def _rpc(method: str, rid: int | None = None, params: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"jsonrpc": "2.0", "method": method}
    if rid is not None:
        body["id"] = rid
    if params is not None:
        body["params"] = params
    return body


def test_sse_session_like_a_standard_client(api: Api) -> None:
    timeout = httpx.Timeout(10.0)
    with (
        httpx.Client(base_url=api.base_url, timeout=timeout) as stream_client,
        httpx.Client(base_url=api.base_url, timeout=timeout) as post_client,
        stream_client.stream("GET", "/api/mcp", headers=api.auth()) as stream,
    ):
        assert stream.status_code == 200 and stream.headers["content-type"] == "text/event-stream"
        events = _events(stream.iter_lines())
        kind, endpoint = next(events)
        assert kind == "endpoint" and endpoint.startswith("/api/mcp?session=")
        # POSTs to the announced endpoint need no Authorization header
        r = post_client.post(endpoint, json=_rpc("initialize", 1, {"protocolVersion": "2024-11-05"}))
        assert r.status_code == 200 and r.json()["result"]["serverInfo"]["name"] == "memories.sh"
        assert next(events) == ("message", r.json())
        assert post_client.post(endpoint, json=_rpc("notifications/initialized")).status_code == 204
        tools = post_client.post(endpoint, json=_rpc("tools/list", 2)).json()
        kind, pushed = next(events)
        assert kind == "message" and pushed == tools
        assert {tool["name"] for tool in tools["result"]["tools"]} == {name.value for name in McpToolName}
        call = {"name": "add_memory", "arguments": {"content": "over sse"}}
        added = post_client.post(endpoint, json=_rpc("tools/call", 3, call)).json()
        assert next(events)[1]["result"]["structuredContent"]["memory"]["content"] == "over sse"
        assert added["id"] == 3
        # errors are answered in the POST body only (as the service does), never pushed
        bad = post_client.post(endpoint, json=_rpc("tools/call", 4, {"name": "add_memory", "arguments": {}}))
        assert bad.json()["error"]["data"]["code"] == "MEMORY_CONTENT_REQUIRED"
        ping = post_client.post(endpoint, json=_rpc("ping", 5)).json()
        assert next(events) == ("message", ping)
    # a stateless POST still needs its key
    assert api.http.post("/api/mcp?session=unknown", json=_rpc("ping", 1)).status_code == 401


def test_sse_session_caps_and_auth(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock)
    r = api.http.get("/api/mcp", headers=api.auth("mem_bad"))
    assert r.status_code == 401 and r.json()["errorDetail"]["code"] == "INVALID_API_KEY_FORMAT"
    clients = [httpx.Client(base_url=api.base_url, timeout=10) for _ in range(_sse.MAX_PER_KEY)]
    streams = [c.stream("GET", "/api/mcp", headers=api.auth()) for c in clients]
    try:
        for s in streams:
            assert s.__enter__().status_code == 200
        r = api.http.get("/api/mcp", headers=api.auth())
        assert r.status_code == 429 and r.headers["retry-after"] == "60"
        assert r.json()["errorDetail"]["code"] == "TOO_MANY_KEY_SESSIONS"
    finally:
        for s, c in zip(streams, clients, strict=True):
            s.__exit__(None, None, None)
            c.close()


def test_sse_idle_timeout(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_sse, "IDLE_SECONDS", 0.2)
    with (
        httpx.Client(base_url=api.base_url, timeout=10) as client,
        client.stream("GET", "/api/mcp", headers=api.auth()) as stream,
    ):
        events = list(_events(stream.iter_lines()))
    assert [e[0] for e in events] == ["endpoint", "session_closed"]
    assert events[1][1] == {"reason": "idle_timeout"}


@pytest.mark.parametrize(
    ("tool", "arguments", "rpc_code", "code"),
    [
        ("add_memory", {"content": 42}, -32602, "MEMORY_CONTENT_REQUIRED"),
        ("add_memory", {"content": "x", "layer": 1}, -32602, "MEMORY_LAYER_INVALID"),
        ("add_memory", {"content": "x", "tenant_id": 7}, -32602, "TENANT_ID_INVALID"),
        ("search_memories", {"query": ["deploy"]}, -32602, "QUERY_REQUIRED"),
        ("list_memories", {"user_id": True}, -32602, "USER_ID_INVALID"),
        ("list_memories", {"tags": ["ops"]}, -32603, "TOOL_EXECUTION_FAILED"),
        ("edit_memory", {"id": "abc", "content": 5}, -32602, "MEMORY_CONTENT_REQUIRED"),
        ("edit_memory", {"id": 12345, "content": "x"}, -32004, "MEMORY_NOT_FOUND"),
        ("forget_memory", {"id": {"nested": 1}}, -32603, "TOOL_EXECUTION_FAILED"),
        ("forget_memory", {"id": 0}, -32602, "MEMORY_ID_REQUIRED"),
        ("bulk_forget_memories", {"types": "note"}, -32602, "BULK_FORGET_NO_FILTERS"),
        ("bulk_forget_memories", {"all": True, "pattern": "x"}, -32602, "BULK_FORGET_INVALID_FILTERS"),
        ("vacuum_memories", {"tenant_id": ""}, -32602, "TENANT_ID_INVALID"),
    ],
)
def test_wrong_typed_arguments_are_rpc_errors(
    api: Api, tool: str, arguments: dict[str, Any], rpc_code: int, code: str
) -> None:
    r = api.tool(tool, arguments)
    assert "result" not in r, r
    assert (r["error"]["code"], r["error"]["data"]["code"]) == (rpc_code, code)


def test_mcp_limits_are_clamped(api: Api) -> None:
    for i in range(3):
        api.tool("add_memory", {"content": f"m{i}"})
    assert api.tool("list_memories", {"limit": 2})["result"]["structuredContent"]["count"] == 2
    assert (
        api.tool("list_memories", {"limit": "2"})["result"]["structuredContent"]["count"] == 3
    )  # default 20
    assert api.tool("list_memories", {"limit": -1})["result"]["structuredContent"]["count"] == 3
    bulk = api.tool("bulk_forget_memories", {"pattern": "m*", "dry_run": True})["result"]["structuredContent"]
    assert bulk["count"] == 3 and bulk["meta"]["tool"] == "bulk_forget_memories"
