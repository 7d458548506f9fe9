"""Construction (key, env, base URL, transport), scope merging, wire rules and validation."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx
import pytest
from memories_support import KEY, Harness, ok, success_example

from memories_sh import AsyncMemoriesClient, ClientValidationError, MemoriesClient

LIST_OK = {"memories": [], "count": 0}


def test_missing_key_is_a_clear_error() -> None:
    with pytest.raises(ClientValidationError, match="MEMORIES_API_KEY") as info:
        MemoriesClient()
    assert info.value.param == "api_key"
    with pytest.raises(ClientValidationError):
        AsyncMemoriesClient()


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        ("mem_" + "A" * 64, "lower case"),
        ("mcp_" + "a" * 64, "mcp_"),
        ("mem_" + "a" * 63, "67-character"),
        (" mem_" + "a" * 64, "white space"),
        ("sk-secret-value-123", "19-character"),
    ],
)
def test_key_format_is_checked_without_echoing_it(key: str, hint: str) -> None:
    with pytest.raises(ClientValidationError) as info:
        MemoriesClient(key)
    message = str(info.value)
    assert "mem_' followed by 64 lowercase hex" in message
    assert hint in message
    assert key.strip() not in message


def test_env_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEMORIES_API_KEY", KEY)
    monkeypatch.setenv("MEMORIES_BASE_URL", "https://env.test/api/sdk/v1/")
    monkeypatch.setenv("MEMORIES_TENANT_ID", "t-env")
    monkeypatch.setenv("MEMORIES_USER_ID", "u-env")
    monkeypatch.setenv("MEMORIES_PROJECT_ID", "p-env")
    client = MemoriesClient()
    assert client.api_key == KEY
    assert client.base_url == "https://env.test"
    assert client.transport == "sdk_http"
    assert client.options["tenant_id"] == "t-env"
    assert client.options["user_id"] == "u-env"
    assert client.options["project_id"] == "p-env"
    assert KEY not in repr(client)


@pytest.mark.parametrize(
    ("given", "base", "transport"),
    [
        ("https://memories.sh", "https://memories.sh", "sdk_http"),
        ("https://memories.sh/", "https://memories.sh", "sdk_http"),
        ("https://memories.sh/api/sdk/v1", "https://memories.sh", "sdk_http"),
        ("https://memories.sh/api/sdk/v1/", "https://memories.sh", "sdk_http"),
        ("https://memories.sh/api/mcp", "https://memories.sh", "mcp"),
        ("https://memories.sh/api/mcp/", "https://memories.sh", "mcp"),
        ("http://localhost:3000/prefix/api/mcp", "http://localhost:3000/prefix", "mcp"),
    ],
)
def test_base_url_normalised_and_auto_transport(given: str, base: str, transport: str) -> None:
    client = MemoriesClient(KEY, base_url=given)
    assert client.base_url == base
    assert client.transport == transport


def test_explicit_transport_wins_and_is_checked() -> None:
    assert (
        MemoriesClient(KEY, base_url="https://x.test/api/mcp", transport="sdk_http").transport == "sdk_http"
    )
    assert MemoriesClient(KEY, transport="mcp").transport == "mcp"
    with pytest.raises(ClientValidationError, match="transport"):
        MemoriesClient(KEY, transport="grpc")  # type: ignore[arg-type]


def test_default_base_url() -> None:
    assert MemoriesClient(KEY).base_url == "https://memories.sh"


def test_management_only_client_needs_no_key(mode: str) -> None:
    status, example = success_example("management_keys_get")
    h = Harness(
        mode, [httpx.Response(status, json=example)], api_key=None, session_cookie="sb-x-auth-token=abc"
    )
    h.call("management.keys.get")
    assert h.last.headers["cookie"] == "sb-x-auth-token=abc"
    assert "authorization" not in h.last.headers


def test_management_keys_never_gets_the_mem_key(mode: str) -> None:
    status, example = success_example("management_keys_get")
    h = Harness(mode, [httpx.Response(status, json=example)])
    h.call("management.keys.get")
    assert "authorization" not in h.last.headers


@pytest.mark.parametrize("method", ["management.tenant_overrides.list", "management.tenants.list"])
def test_key_or_session_routes_take_the_key_else_the_cookie(mode: str, method: str) -> None:
    status, example = success_example("management_tenant_overrides_list")
    keyed = Harness(mode, [httpx.Response(status, json=example)], session_cookie="sb-x-auth-token=abc")
    keyed.call(method)
    assert keyed.last.headers["authorization"] == f"Bearer {KEY}" and "cookie" not in keyed.last.headers
    cookie_only = Harness(
        mode, [httpx.Response(status, json=example)], api_key=None, session_cookie="sb-x-auth-token=abc"
    )
    cookie_only.call(method)
    assert cookie_only.last.headers["cookie"] == "sb-x-auth-token=abc"
    assert "authorization" not in cookie_only.last.headers


def test_scope_defaults_merged_overridden_and_omitted(mode: str) -> None:
    rollout = success_example("graph_rollout_get")[1]
    h = Harness(
        mode,
        [ok(LIST_OK), ok(LIST_OK), httpx.Response(200, json=rollout)],
        tenant_id="t-default",
        user_id="u-default",
    )
    h.call("memories.list")
    assert h.body() == {"scope": {"tenantId": "t-default", "userId": "u-default"}}
    h.call("memories.list", user_id="u-call", project_id="p-call")
    assert h.body() == {"scope": {"tenantId": "t-default", "userId": "u-call", "projectId": "p-call"}}
    h.call("graph.get_rollout", project_id="p")
    assert dict(h.last.url.params) == {"tenantId": "t-default", "userId": "u-default", "projectId": "p"}
    bare = Harness(mode, [ok(LIST_OK)])
    bare.call("memories.list", limit=3)
    assert bare.body() == {"limit": 3}  # no scope key at all


def test_scope_defaults_are_validated_at_construction() -> None:
    with pytest.raises(ClientValidationError) as info:
        MemoriesClient(KEY, tenant_id="   ")
    assert info.value.param == "tenant_id"
    with pytest.raises(ClientValidationError):
        MemoriesClient(KEY, project_id="p" * 241)


def test_null_is_never_sent(mode: str) -> None:
    h = Harness(mode, [ok({"id": "x", "updated": True, "message": "m"})] * 2)
    h.call("memories.edit", "abc", content="x", category=None, user_id=None)
    assert h.body() == {"id": "abc", "content": "x"}
    assert b"null" not in h.last.content
    h.call("memories.edit", "abc", metadata={"a": None, "b": 1})
    assert h.body() == {"id": "abc", "metadata": {"b": 1}}


# (method, args, kwargs, field named in the error) — every constraint of the seed's table
INVALID: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("context.get", (), {"query": "q" * 501}, "query"),
    ("memories.search", ("q" * 501,), {}, "query"),
    ("memories.search", ("   ",), {}, "query"),
    ("memories.add", (), {"content": ""}, "content"),
    ("memories.add", (), {"content": "   "}, "content"),
    ("memories.add", (), {"content": "c" * 8001}, "content"),
    ("memories.edit", ("id",), {"content": "c" * 8001}, "content"),
    ("memories.edit", ("   ",), {"content": "x"}, "id"),
    ("context.get", (), {"limit": 0}, "limit"),
    ("context.get", (), {"limit": 51}, "limit"),
    ("memories.search", ("q",), {"limit": 51}, "limit"),
    ("graph.trace", (), {"limit": 51}, "limit"),
    ("memories.list", (), {"limit": 101}, "limit"),
    ("memories.list", (), {"limit": 0}, "limit"),
    ("context.get", (), {"graph_depth": 3}, "graphDepth"),
    ("graph.trace", (), {"graph_depth": -1}, "graphDepth"),
    ("context.get", (), {"graph_limit": 0}, "graphLimit"),
    ("context.get", (), {"graph_limit": 51}, "graphLimit"),
    ("memories.add", (), {"content": "x", "tags": ["t"] * 51}, "tags"),
    ("memories.add", (), {"content": "x", "tags": ["t" * 121]}, "tags[0]"),
    ("memories.add", (), {"content": "x", "tags": ["ok", "  "]}, "tags[1]"),
    ("memories.add", (), {"content": "x", "paths": ["p"] * 101}, "paths"),
    ("memories.add", (), {"content": "x", "paths": ["p" * 301]}, "paths[0]"),
    ("memories.add", (), {"content": "x", "category": ""}, "category"),
    ("memories.add", (), {"content": "x", "category": "c" * 121}, "category"),
    ("skills.upsert_file", (), {"path": "", "content": "x"}, "path"),
    ("skills.upsert_file", (), {"path": "p" * 401, "content": "x"}, "path"),
    ("skills.delete_file", ("p" * 401,), {}, "path"),
    ("skills.upsert_file", (), {"path": "p", "content": "c" * 120001}, "content"),
    ("skills.upsert_file", (), {"path": "p", "content": " "}, "content"),
    ("memories.list", (), {"tenant_id": " "}, "scope.tenantId"),
    ("memories.list", (), {"user_id": "u" * 121}, "scope.userId"),
    ("memories.list", (), {"project_id": "p" * 241}, "scope.projectId"),
    ("memories.add", (), {"content": "x", "type": "bogus"}, "type"),
    ("graph.set_rollout", ("full",), {}, "mode"),
]


@pytest.mark.parametrize(("method", "args", "kwargs", "field"), INVALID)
@pytest.mark.parametrize("transport", ["sdk_http", "mcp"])
def test_validation_names_the_field_before_any_request(
    mode: str, transport: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any], field: str
) -> None:
    h = Harness(mode, [], transport=transport)
    with pytest.raises(ClientValidationError) as info:
        h.call(method, *args, **kwargs)
    assert info.value.param == field
    assert field in str(info.value)
    assert isinstance(info.value, ValueError)
    assert h.requests == []


def test_trim_aware_limits_accept_padded_values(mode: str) -> None:
    h = Harness(mode, [ok({"memories": [], "count": 0})])
    h.call("memories.search", "  q  " + " " * 600, limit=50)
    assert h.body()["query"].strip() == "q"  # sent as given; only measured trimmed


def test_validation_can_be_switched_off(mode: str) -> None:
    h = Harness(mode, [ok(LIST_OK), ok(LIST_OK)], validate_requests=False)
    h.call("memories.list", limit=1000)
    assert h.body() == {"limit": 1000}
    strict = Harness(mode, [ok(LIST_OK)])
    relaxed = strict.client.copy(validate_requests=False)
    result = relaxed.memories.list(limit=1000)
    if mode == "async":
        import asyncio

        asyncio.run(result)
    assert strict.body() == {"limit": 1000}


def test_newer_strategy_names_accepted(mode: str) -> None:
    status, example = success_example("context_get")
    h = Harness(mode, [httpx.Response(status, json=example)] * 3)
    for strategy in ("lexical", "semantic", "hybrid"):
        h.call("context.get", strategy=strategy)
        assert h.body()["strategy"] == strategy


def test_import_is_lazy() -> None:
    code = (
        "import sys, memories_sh\n"
        "assert 'httpx' not in sys.modules and 'pydantic' not in sys.modules, sorted(sys.modules)\n"
        "memories_sh.MemoriesClient\n"
        "assert 'httpx' in sys.modules\n"
        "assert memories_sh.Memory.__name__ == 'Memory'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
