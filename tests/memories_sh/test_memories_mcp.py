"""The MCP transport: the memory tools over stateless JSON-RPC ``tools/call`` with snake_case
arguments, ``structuredContent`` read into the same typed data, errors to the same classes."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from memories_support import KEY, Harness, rpc_result, success_example, tool_content, values

from memories_sh import (
    AuthError,
    InternalError,
    MemoriesError,
    MethodError,
    NotFoundError,
    RateLimitError,
    ToolError,
    ValidationError,
    meta_of,
)

SCOPE = {"tenant_id": "acme-prod", "user_id": "user_123", "project_id": "github.com/acme/platform"}

# (method, args, kwargs, operationId of the HTTP twin, tool, arguments)
TOOLS: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str, dict[str, Any]]] = [
    (
        "context.get",
        (),
        {"query": "deploy", "limit": 5, "strategy": "hybrid", "graph_depth": 2, "graph_limit": 8, **SCOPE},
        "context_get",
        "get_context",
        {
            "query": "deploy",
            "limit": 5,
            "retrieval_strategy": "hybrid_graph",
            "graph_depth": 2,
            "graph_limit": 8,
            **SCOPE,
        },
    ),
    (
        "memories.add",
        (),
        {"content": "Always run smoke tests", "type": "rule", "tags": ["a"], "metadata": {"k": 1}, **SCOPE},
        "memories_add",
        "add_memory",
        {"content": "Always run smoke tests", "type": "rule", "tags": ["a"], "metadata": {"k": 1}, **SCOPE},
    ),
    (
        "memories.search",
        ("rollout",),
        {"layer": "rule", "limit": 10, "user_id": "user_123"},
        "memories_search",
        "search_memories",
        {"query": "rollout", "layer": "rule", "limit": 10, "user_id": "user_123"},
    ),
    (
        "memories.list",
        (),
        {"tags": "rollout", "limit": 20},
        "memories_list",
        "list_memories",
        {"tags": "rollout", "limit": 20},
    ),
    (
        "memories.edit",
        ("3f9a1c0d2b7e",),
        {"content": "new", "tenant_id": "acme-prod"},
        "memories_edit",
        "edit_memory",
        {"id": "3f9a1c0d2b7e", "content": "new", "tenant_id": "acme-prod"},
    ),
    (
        "memories.forget",
        ("3f9a1c0d2b7e",),
        {},
        "memories_forget",
        "forget_memory",
        {"id": "3f9a1c0d2b7e"},
    ),
    (  # the filters object is flattened; filters.projectId wins over the scope's project_id
        "memories.bulk_forget",
        ({"types": ["note"], "olderThanDays": 30, "projectId": "github.com/acme/other"},),
        {"dry_run": True, **SCOPE},
        "memories_bulk_forget",
        "bulk_forget_memories",
        {
            "types": ["note"],
            "older_than_days": 30,
            "project_id": "github.com/acme/other",
            "dry_run": True,
            "tenant_id": "acme-prod",
            "user_id": "user_123",
        },
    ),
    (
        "memories.vacuum",
        (),
        {"user_id": "user_123"},
        "memories_vacuum",
        "vacuum_memories",
        {"user_id": "user_123"},
    ),
]


def _answer_with(data: dict[str, Any], tool: str) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        return httpx.Response(200, json=rpc_result(tool_content(data, tool), body["id"]))

    return answer


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "twin", "tool", "arguments"), TOOLS, ids=[t[4] for t in TOOLS]
)
def test_tool_call_request_and_typed_result(
    mode: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    twin: str,
    tool: str,
    arguments: dict[str, Any],
) -> None:
    data = dict(success_example(twin)[1]["data"])
    if tool == "get_context":  # the tool sends no mode, query nor skillFiles
        for key in ("mode", "query", "skillFiles"):
            data.pop(key)
    h = Harness(mode, _answer_with(data, tool), base_url="https://memories.test/api/mcp")
    assert h.client.transport == "mcp"
    result = h.call(method, *args, **kwargs)
    request = h.last
    assert request.method == "POST"
    assert request.url.path == "/api/mcp"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    sent = h.body()
    assert set(sent) == {"jsonrpc", "id", "method", "params"}
    assert sent["jsonrpc"] == "2.0" and sent["method"] == "tools/call"
    assert sent["params"] == {"name": tool, "arguments": arguments}
    http_type = type(result).__name__
    assert (
        http_type
        == {
            "get_context": "ContextGetData",
            "add_memory": "MemoriesAddData",
            "search_memories": "MemoriesSearchData",
            "list_memories": "MemoriesListData",
            "edit_memory": "MemoriesEditData",
            "forget_memory": "MemoriesForgetData",
            "bulk_forget_memories": "MemoriesBulkForgetData",
            "vacuum_memories": "MemoriesVacuumData",
        }[tool]
    )
    meta = meta_of(result)
    assert meta is not None
    assert meta.request_id == sent["id"]
    assert meta.endpoint == "/api/mcp"
    assert meta.version == "2026-02-10"
    assert meta["tool"] == tool
    if tool == "get_context":
        assert result.mode == "all" and result.query == "deploy" and result.skill_files == []
        assert values(result.to_dict()["rules"]) == values(data["rules"])
    else:
        assert values(result.to_dict()) == values(data)


def test_scope_defaults_become_snake_case_arguments(mode: str) -> None:
    data = success_example("memories_list")[1]["data"]
    h = Harness(mode, _answer_with(data, "list_memories"), transport="mcp", tenant_id="t", user_id="u")
    h.call("memories.list")
    assert h.body()["params"]["arguments"] == {"tenant_id": "t", "user_id": "u"}


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "twin"),
    [
        ("skills.list_files", (), {}, "skills_list_files"),
        ("graph.status", (), {}, "graph_status"),
        ("graph.get_rollout", (), {}, "graph_rollout_get"),
        ("health", (), {}, "health"),
        ("memories.consolidate", (), {}, "memories_consolidate"),
        ("sessions.start", (), {}, "sessions_start"),
        ("skills.promote_from_session", ("9a8b7c6d5e4f",), {"path": "p.md"}, "skills_promote_file"),
        ("management.tenants.list", (), {}, "management_tenant_overrides_list"),
    ],
)
def test_skills_graph_health_stay_on_http(
    mode: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], twin: str
) -> None:
    status, example = success_example(twin)
    h = Harness(mode, [httpx.Response(status, json=example)], transport="mcp")
    h.call(method, *args, **kwargs)
    assert h.last.url.path.startswith("/api/sdk/v1/")


def _rpc_error(
    code: int, detail: dict[str, Any] | None, status: int = 200, message: str = "bad"
) -> httpx.Response:
    error: dict[str, Any] = {"code": code, "message": message}
    if detail is not None:
        error["data"] = detail
    return httpx.Response(status, json={"jsonrpc": "2.0", "id": "1", "error": error})


def _detail(code: str, type_: str, status: int, retryable: bool = False) -> dict[str, Any]:
    return {"type": type_, "code": code, "message": "m", "status": status, "retryable": retryable}


@pytest.mark.parametrize(
    ("response", "cls", "code", "rpc_code"),
    [
        (
            _rpc_error(-32602, _detail("QUERY_REQUIRED", "validation_error", 400)),
            ValidationError,
            "QUERY_REQUIRED",
            -32602,
        ),
        (
            _rpc_error(-32602, _detail("TENANT_ID_INVALID", "validation_error", 400)),
            ValidationError,
            "TENANT_ID_INVALID",
            -32602,
        ),
        (
            _rpc_error(-32004, _detail("TENANT_DATABASE_NOT_CONFIGURED", "not_found_error", 404)),
            NotFoundError,
            "TENANT_DATABASE_NOT_CONFIGURED",
            -32004,
        ),
        (
            _rpc_error(-32004, _detail("MEMORY_NOT_FOUND", "not_found_error", 404)),
            NotFoundError,
            "MEMORY_NOT_FOUND",
            -32004,
        ),
        (
            _rpc_error(-32601, _detail("TOOL_NOT_FOUND", "tool_error", 404)),
            ToolError,
            "TOOL_NOT_FOUND",
            -32601,
        ),
        (
            _rpc_error(-32601, _detail("METHOD_NOT_FOUND", "method_error", 404)),
            MethodError,
            "METHOD_NOT_FOUND",
            -32601,
        ),
        (
            _rpc_error(-32603, _detail("TOOL_EXECUTION_FAILED", "internal_error", 500)),
            InternalError,
            "TOOL_EXECUTION_FAILED",
            -32603,
        ),
        (
            _rpc_error(-32700, _detail("PARSE_ERROR", "validation_error", 400), status=400),
            ValidationError,
            "PARSE_ERROR",
            -32700,
        ),
        (_rpc_error(-32603, None, status=500, message="Internal error"), InternalError, "RPC_ERROR", -32603),
        (
            httpx.Response(
                401,
                json={
                    "ok": False,
                    "data": None,
                    "error": "Invalid API key",
                    "errorDetail": _detail("INVALID_API_KEY", "auth_error", 401),
                    "meta": {"version": "2026-02-10", "endpoint": "/api/mcp", "timestamp": "t"},
                },
            ),
            AuthError,
            "INVALID_API_KEY",
            None,
        ),
        (
            httpx.Response(429, json={"error": "Too many requests"}, headers={"Retry-After": "90"}),
            RateLimitError,
            "HTTP_429",
            None,
        ),
    ],
)
def test_mcp_errors_map_to_the_same_classes(
    mode: str, response: httpx.Response, cls: type[MemoriesError], code: str, rpc_code: int | None
) -> None:
    h = Harness(mode, [response], transport="mcp", max_retries=0)
    with pytest.raises(cls) as info:
        h.call("memories.search", "q")
    assert info.value.code == code
    assert getattr(info.value, "rpc_code", None) == rpc_code
    if isinstance(info.value, RateLimitError):
        assert info.value.retry_after == 90.0


def test_retryable_tool_error_in_http_200_is_retried(mode: str) -> None:
    data = success_example("memories_list")[1]["data"]
    not_ready = _rpc_error(-32009, _detail("TENANT_DATABASE_NOT_READY", "tool_error", 409, retryable=True))
    success = httpx.Response(200, json=rpc_result(tool_content(data, "list_memories")))
    h = Harness(mode, [not_ready, success], transport="mcp")
    result = h.call("memories.list")
    assert result.count == data["count"]
    assert len(h.requests) == 2


def test_result_without_structured_content_is_a_response_error(mode: str) -> None:
    from memories_sh import APIResponseValidationError

    body = {"jsonrpc": "2.0", "id": "1", "result": {"content": [{"type": "text", "text": "1 memories"}]}}
    h = Harness(mode, [httpx.Response(200, json=body)], transport="mcp")
    with pytest.raises(APIResponseValidationError, match="structuredContent"):
        h.call("memories.list")


def test_structured_content_not_ok_raises_typed(mode: str) -> None:
    content = {
        "ok": False,
        "data": None,
        "error": _detail("MEMORY_NOT_FOUND", "not_found_error", 404),
        "meta": {},
    }
    h = Harness(mode, [httpx.Response(200, json=rpc_result(content))], transport="mcp")
    with pytest.raises(NotFoundError):
        h.call("memories.forget", "x")


def test_raw_response_over_mcp(mode: str) -> None:
    data = success_example("memories_search")[1]["data"]
    h = Harness(mode, _answer_with(data, "search_memories"), transport="mcp")
    raw = h.call("with_raw_response.memories.search", "q")
    assert raw.json()["jsonrpc"] == "2.0"
    assert raw.request_id == h.body()["id"]
    assert raw.parse().count == data["count"]
