"""Helpers of the memories_sh tests: a harness running every call through the sync or the async
client over ``httpx.MockTransport`` (recording requests and sleeps), and the spec's examples
(the reference's real payloads) by operationId."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml

from agent_memory_sdk._runtime import parse_timestamp
from memories_sh import AsyncMemoriesClient, MemoriesClient

KEY = "mem_" + "0123456789abcdef" * 4
ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "specs" / "memories-sh.openapi.yaml"

Responder = Callable[[httpx.Request], httpx.Response]


def meta(request_id: str = "3a4f3fc2-24ea-4e9e-ac61-6f2807f39584", endpoint: str = "/x") -> dict[str, Any]:
    """A ``meta`` object."""
    return {
        "version": "2026-02-11",
        "endpoint": endpoint,
        "requestId": request_id,
        "timestamp": "2026-02-11T12:00:00.000Z",
    }


def ok(data: Any, status: int = 200, request_id: str = "rid-1") -> httpx.Response:
    """A success envelope response."""
    return httpx.Response(status, json={"ok": True, "data": data, "error": None, "meta": meta(request_id)})


def fail(
    status: int,
    code: str,
    type_: str,
    *,
    retryable: bool = False,
    details: dict[str, Any] | None = None,
    message: str = "boom",
    request_id: str = "rid-err",
) -> httpx.Response:
    """A failure envelope response (``details`` omitted when None, as the server does)."""
    error: dict[str, Any] = {
        "type": type_,
        "code": code,
        "message": message,
        "status": status,
        "retryable": retryable,
    }
    if details is not None:
        error["details"] = details
    body = {"ok": False, "data": None, "error": error, "meta": meta(request_id)}
    return httpx.Response(status, json=body)


def rpc_result(structured: dict[str, Any], rid: Any = "1") -> dict[str, Any]:
    """A JSON-RPC ``tools/call`` result body carrying ``structuredContent``."""
    return {
        "jsonrpc": "2.0",
        "id": rid,
        "result": {"content": [{"type": "text", "text": "ok"}], "structuredContent": structured},
    }


def tool_content(data: dict[str, Any], tool: str) -> dict[str, Any]:
    """The hosted server's ``structuredContent``: the tool envelope plus the data spread again."""
    tool_meta = {"version": "2026-02-10", "tool": tool, "timestamp": "2026-02-11T12:00:00.000Z"}
    return {"ok": True, "data": data, "error": None, "meta": tool_meta, **data}


class Harness:
    """One client (sync or async) over a mock transport; ``call("memories.add", …)`` runs a method."""

    def __init__(
        self,
        mode: str,
        responses: Iterable[httpx.Response] | Responder = (),
        **client_kwargs: Any,
    ) -> None:
        self.mode = mode
        self.requests: list[httpx.Request] = []
        self.sleeps: list[float] = []
        queue = list(responses) if not callable(responses) else []
        responder = responses if callable(responses) else None

        def handle(request: httpx.Request) -> httpx.Response:
            request.read()
            self.requests.append(request)
            if responder is not None:
                return responder(request)
            if not queue:
                raise AssertionError(f"unexpected request {request.method} {request.url}")
            template = queue.pop(0)  # a fresh copy: the same template may be queued twice
            return httpx.Response(template.status_code, headers=template.headers, content=template.content)

        client_kwargs.setdefault("api_key", KEY)
        client_kwargs.setdefault("base_url", "https://memories.test")
        transport = httpx.MockTransport(handle)
        self.client: Any
        if mode == "sync":
            self.client = MemoriesClient(http_client=httpx.Client(transport=transport), **client_kwargs)
            self.client._sleep = self.sleeps.append
        else:
            self.client = AsyncMemoriesClient(
                http_client=httpx.AsyncClient(transport=transport), **client_kwargs
            )

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client._sleep = sleep

    def call(self, dotted: str, *args: Any, **kwargs: Any) -> Any:
        """Call the client method at ``dotted`` (``"memories.add"``, ``"with_raw_response.health"``)."""
        target: Any = self.client
        for part in dotted.split("."):
            target = getattr(target, part)
        result = target(*args, **kwargs)
        if self.mode == "async":
            return asyncio.run(result)
        return result

    @property
    def last(self) -> httpx.Request:
        """The last request sent."""
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        """The JSON body of a sent request."""
        return json.loads(self.requests[index].content)


@cache
def spec() -> dict[str, Any]:
    """The parsed memories.sh spec."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def operation_of(operation_id: str) -> dict[str, Any]:
    """The spec's operation object with this ``operationId``."""
    for item in spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise LookupError(operation_id)


def success_example(operation_id: str) -> tuple[int, Any]:
    """``(status, body)`` of the first success example of ``operation_id`` in the spec."""
    for item in spec()["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or operation.get("operationId") != operation_id:
                continue
            for status, response in sorted(operation["responses"].items(), key=lambda kv: str(kv[0])):
                if not str(status).startswith("2"):
                    continue
                media = (_resolve(response).get("content") or {}).get("application/json") or {}
                if "example" in media:
                    return int(status), media["example"]
                for example in (media.get("examples") or {}).values():
                    if "value" in _resolve(example):
                        return int(status), _resolve(example)["value"]
    raise LookupError(operation_id)


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")


def values(data: Any) -> Any:
    """JSON with every timestamp replaced by its instant: the models dump ``isoformat()``
    (``+00:00``, microseconds) where memories.sh writes ``.000Z`` — the same values."""
    if isinstance(data, dict):
        return {k: values(v) for k, v in data.items()}
    if isinstance(data, list):
        return [values(v) for v in data]
    if isinstance(data, str) and _TIMESTAMP.match(data):
        return parse_timestamp(data)
    return data
