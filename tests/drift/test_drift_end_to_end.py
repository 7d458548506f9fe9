"""Drift end to end: the real local servers answer, a transport changes their JSON on the way
back (as a newer or older server would send it), and the SDK reads what it can — sync and
async, HTTP and MCP. Also: per-call strictness, and what still raises a typed error."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import agent_memory_sdk
import ai_memory
import memories_sh
from agent_memory_sdk import _response

Mutate = Callable[[httpx.Request, Any], None]


class Drifting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends to the real server, then lets ``mutate`` change the JSON body it answered."""

    def __init__(self, mutate: Mutate) -> None:
        self.mutate = mutate

    def _changed(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        data = json.loads(response.content)
        self.mutate(request, data)
        return httpx.Response(response.status_code, json=data, request=request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with httpx.HTTPTransport() as inner:
            response = inner.handle_request(request)
            response.read()
        return self._changed(request, response)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        async with httpx.AsyncHTTPTransport() as inner:
            response = await inner.handle_async_request(request)
            await response.aread()
        return self._changed(request, response)


@pytest.fixture(autouse=True)
def _fresh_warnings(caplog: pytest.LogCaptureFixture) -> None:
    _response._warned.clear()
    caplog.set_level(logging.WARNING, logger="agent_memory_sdk")


def _warned(caplog: pytest.LogCaptureFixture, operation: str, path: str) -> bool:
    return any(
        operation in r.getMessage() and f" {path}: " in r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING
    )


def _drop_title_and_retype_priority(request: httpx.Request, body: Any) -> None:
    memory = body["memory"]
    del memory["title"]
    memory["priority"] = "high"


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_ai_memory_get_from_a_drifted_daemon(
    mode: str, ai_memory_client: Any, ai_memory_server: str, ai_memory_server_config: Any, caplog: Any
) -> None:
    stored = ai_memory_client.store(title="drift", content="the server changed", tags=["t"])
    expected = ai_memory_client.get(stored.id)
    settings = {
        "base_url": ai_memory_server,
        "api_key": ai_memory_server_config.api_key,
        "agent_id": ai_memory_client.agent_id,
    }
    drifting = Drifting(_drop_title_and_retype_priority)
    if mode == "sync":
        client: Any = ai_memory.AiMemoryClient(**settings, http_client=httpx.Client(transport=drifting))
        got = client.get(stored.id)
    else:
        client = ai_memory.AsyncAiMemoryClient(**settings, http_client=httpx.AsyncClient(transport=drifting))
        got = asyncio.run(client.get(stored.id))
    assert type(got) is type(expected)
    assert got.title is None and "title" not in got.model_fields_set
    assert got.priority is None and got["priority"] == "high" and got.model_extra == {"priority": "high"}
    assert (got.id, got.content, got.tags, got.created_at) == (
        expected.id,
        expected.content,
        ["t"],
        expected.created_at,
    )
    assert _warned(caplog, "get", "title") and _warned(caplog, "get", "priority")
    with pytest.raises(ai_memory.ResponseValidationError, match=r"title: missing") as info:
        ai_memory.AiMemoryClient(
            **settings, http_client=httpx.Client(transport=drifting), strict_responses=True
        ).get(stored.id)
    assert "priority: wrong type" in str(info.value)


def _first_row_loses_content(request: httpx.Request, body: Any) -> None:
    data = body["result"]["structuredContent"]["data"] if "result" in body else body["data"]
    del data["memories"][0]["content"]
    data["memories"][0]["type"] = "hunch"


@pytest.mark.parametrize("transport", ["sdk_http", "mcp"])
def test_memories_sh_search_from_a_drifted_server(
    transport: str, memories_client: Any, memories_server: str, memories_api_key: str, caplog: Any
) -> None:
    for n in range(3):
        memories_client.memories.add(content=f"canary rollout step {n}", type="rule")
    expected = memories_client.memories.search("canary")
    assert len(expected.memories) == 3
    url = memories_server + ("/api/mcp" if transport == "mcp" else "")
    drifting = httpx.Client(transport=Drifting(_first_row_loses_content))
    client = memories_sh.MemoriesClient(memories_api_key, base_url=url, http_client=drifting)
    got = client.memories.search("canary")
    first, rest = got.memories[0], got.memories[1:]
    assert first.content is None and "content" not in first.model_fields_set
    assert first.type.value == "hunch" and not first.type.is_known
    assert first.id == expected.memories[0].id
    assert [m.content for m in rest] == [m.content for m in expected.memories[1:]]
    assert _warned(caplog, "memories_search", "data.memories[].content")
    with pytest.raises(memories_sh.APIResponseValidationError, match=r"data\.memories\[\]\.content: missing"):
        client.with_options(strict_responses=True).memories.search("canary")


def test_strict_responses_per_call_overrides_the_client(caplog: Any) -> None:
    body = {"status": "ok", "version": "0.7.0", "surprise": 1}
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)))
    lenient = ai_memory.AiMemoryClient(base_url="http://d.local", http_client=http)
    strict = lenient.with_options(strict_responses=True)
    operation = next(op for op in _operations() if op.sdk.get("method", op.name) == "health")
    assert lenient.request(operation)["surprise"] == 1
    with pytest.raises(agent_memory_sdk.APIResponseValidationError, match="surprise: unknown field"):
        lenient.request(operation, options={"strict_responses": True})
    with pytest.raises(ai_memory.ResponseValidationError):
        strict.health()
    assert strict.request(operation, options={"strict_responses": False})["surprise"] == 1


def _operations() -> list[Any]:
    from drift_support import operations

    return list(operations("_ai_memory_api").values())


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"<html><body>Bad gateway</body></html>", "invalid JSON"),
        (b'{"ok": true, "data": {"memories": [', "invalid JSON"),
        (b"[]", "expected an object, got an array"),
        (b'{"ok": true, "data": [], "error": null, "meta": {}}', "data"),
    ],
    ids=["html", "truncated", "list-for-object", "list-for-data"],
)
def test_what_is_not_drift_still_raises_a_typed_error(content: bytes, reason: str) -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=content)))
    client = memories_sh.MemoriesClient("mem_" + "0" * 64, base_url="http://m.local", http_client=http)
    with pytest.raises(memories_sh.APIResponseValidationError, match=reason) as info:
        client.memories.search("x")
    assert info.value.status_code == 200
