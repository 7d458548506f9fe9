"""POST /api/mcp JSON-RPC and its three error shapes."""

from __future__ import annotations

from collections.abc import Callable

from memories_sh.testing import generate_api_key

from .conftest import Api, Clock


def test_get_status_and_options(api: Api) -> None:
    assert api.http.get("/api/mcp").json() == {
        "status": "ok",
        "name": "memories.sh MCP Server",
        "version": "0.6.0",
        "transport": "sse",
    }
    assert api.http.options("/api/mcp").status_code == 204


def test_initialize_list_ping_unknown(api: Api) -> None:
    r = api.mcp("initialize", rid="a")
    assert r.json() == {
        "jsonrpc": "2.0",
        "id": "a",
        "result": {
            "protocolVersion": "2024-11-05",
            "serverInfo": {"name": "memories.sh", "version": "0.6.0"},
            "capabilities": {"tools": {}},
        },
    }
    r = api.mcp("notifications/initialized")
    assert r.status_code == 204 and r.content == b""
    tools = api.mcp("tools/list").json()["result"]["tools"]
    assert [t["name"] for t in tools] == [
        "get_context",
        "get_rules",
        "add_memory",
        "edit_memory",
        "forget_memory",
        "search_memories",
        "list_memories",
        "bulk_forget_memories",
        "vacuum_memories",
    ]
    assert all(t["inputSchema"]["type"] == "object" for t in tools)
    assert tools[2]["inputSchema"]["required"] == ["content"]
    assert api.mcp("ping", rid=7).json() == {"jsonrpc": "2.0", "id": 7, "result": {}}
    r = api.mcp("resources/list")
    assert r.status_code == 200
    err = r.json()["error"]
    assert (
        err["code"] == -32601
        and err["data"]["code"] == "METHOD_NOT_FOUND"
        and err["data"]["type"] == "method_error"
    )


def test_tools_call_roundtrip(api: Api) -> None:
    res = api.tool(
        "add_memory",
        {
            "content": "Always run smoke tests",
            "type": "rule",
            "user_id": "u1",
            "project_id": "github.com/acme/platform",
        },
    )["result"]
    sc = res["structuredContent"]
    assert res["content"][0]["type"] == "text" and res["content"][0]["text"].startswith(
        "Stored rule (project:platform)"
    )
    assert sc["ok"] is True and sc["error"] is None and sc["meta"]["version"] == "2026-02-10"
    assert (
        sc["meta"]["tool"] == "add_memory"
        and sc["id"] == sc["data"]["id"]
        and sc["memory"] == sc["data"]["memory"]
    )
    mid = sc["id"]
    rules = api.tool("get_rules", {"user_id": "u1", "project_id": "github.com/acme/platform"})["result"]
    assert [r["id"] for r in rules["structuredContent"]["rules"]] == [mid]
    ctx = api.tool("get_context", {"user_id": "u1", "project_id": "github.com/acme/platform"})["result"]
    assert set(ctx["structuredContent"]["data"]) == {
        "rules",
        "workingMemories",
        "longTermMemories",
        "memories",
        "trace",
        "conflicts",
    }
    api.tool("add_memory", {"content": "note about smoke", "tenant_id": "t1"})
    found = api.tool("search_memories", {"query": "smoke", "tenant_id": "t1"})["result"]["structuredContent"]
    assert found["count"] == 1
    assert api.tool("list_memories", {"tenant_id": "t1"})["result"]["structuredContent"]["count"] == 1
    edited = api.tool("edit_memory", {"id": mid, "content": "changed", "user_id": "u1"})["result"]
    assert edited["structuredContent"]["data"] == {
        "id": mid,
        "updated": True,
        "message": f"Updated memory {mid}",
    }
    gone = api.tool("forget_memory", {"id": mid, "user_id": "u1"})["result"]["structuredContent"]
    assert gone["deleted"] is True
    # the MCP-only validation codes
    r = api.tool("search_memories", {"query": "  "})
    assert r["error"]["code"] == -32602 and r["error"]["data"]["code"] == "QUERY_REQUIRED"
    r = api.tool("list_memories", {"tenant_id": ""})
    assert r["error"]["data"]["code"] == "TENANT_ID_INVALID" and r["error"]["data"]["details"] == {
        "field": "tenant_id"
    }
    r = api.tool("add_memory", {"content": "x", "layer": "bogus"})
    assert r["error"]["data"]["code"] == "MEMORY_LAYER_INVALID"
    r = api.tool("nope", {})
    assert r["error"]["code"] == -32601 and r["error"]["data"]["code"] == "TOOL_NOT_FOUND"


def test_tenant_errors_as_rpc(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, auto_provision_tenants=False, tenants={"busy": "provisioning"})
    r = api.tool("list_memories", {"tenant_id": "ghost"})
    assert r["error"]["code"] == -32004 and r["error"]["data"]["code"] == "TENANT_DATABASE_NOT_CONFIGURED"
    r = api.tool("list_memories", {"tenant_id": "busy"})
    assert r["error"]["code"] == -32009 and r["error"]["data"]["status"] == 409


def test_protocol_errors(api: Api) -> None:
    h = {**api.auth(), "Content-Type": "application/json"}
    r = api.http.post("/api/mcp", content=b"{oops", headers=h)
    assert r.status_code == 400 and r.json()["error"]["code"] == -32700 and r.json()["id"] is None
    r = api.http.post("/api/mcp", json=[{"jsonrpc": "2.0", "method": "ping", "id": 1}], headers=h)
    assert r.status_code == 400 and r.json()["error"]["code"] == -32600
    r = api.http.post("/api/mcp", json={"jsonrpc": "2.0", "id": 3}, headers=h)
    assert r.status_code == 400 and r.json()["error"]["code"] == -32600 and r.json()["id"] == 3
    r = api.mcp("tools/call", {"arguments": {}})
    assert r.status_code == 400 and r.json()["error"]["data"]["code"] == "INVALID_TOOL_NAME"


def test_pre_dispatch_auth_shape(api: Api) -> None:
    r = api.http.post("/api/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "ping"})
    assert r.status_code == 401
    body = r.json()
    assert body["error"] == "Missing API key" and body["errorDetail"]["code"] == "MISSING_API_KEY"
    assert body["meta"]["version"] == "2026-02-10" and body["meta"]["endpoint"] == "/api/mcp"
    assert set(body["meta"]) == {"version", "endpoint", "timestamp"}
    for key, code in (("mem_bad", "INVALID_API_KEY_FORMAT"), (generate_api_key(), "INVALID_API_KEY")):
        r = api.mcp("ping", key=key)
        assert r.status_code == 401 and r.json()["errorDetail"]["code"] == code


def test_raw_limiter_429(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, rate_limit=2)
    assert api.mcp("ping").status_code == 200
    assert api.post("/memories/list", {}).status_code == 200  # shared limiter
    r = api.mcp("ping")
    assert r.status_code == 429 and r.json() == {"error": "Too many requests"}
    assert r.headers["x-ratelimit-limit"] == "2" and r.headers["x-ratelimit-remaining"] == "0"
    assert int(r.headers["retry-after"]) >= 1 and "x-ratelimit-reset" in r.headers
