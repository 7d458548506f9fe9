"""Server drift never fails a call: the drift matrix of ``drift_support`` (generated from the specs)
through both SDKs, sync and async, HTTP and MCP, over ``httpx.MockTransport``.

Each case asserts: the typed result, the changed field's runtime value (``None``, the kept raw
value, the kept unknown enum value or extra field), that every other field and every other list
row is exactly what the unchanged example gives, one WARNING naming the operation and the field
(once, however often the call repeats), and that ``strict_responses=True`` raises the API's
``APIResponseValidationError`` naming the field.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
import pytest
from drift_support import UNKNOWN_VALUE, Case, Target, body_bytes, cases

import agent_memory_sdk
import ai_memory
import memories_sh
from agent_memory_sdk import _response

TARGETS = [
    *(Target("_ai_memory_api", method) for method in ("get", "list", "recall", "search")),
    *(
        Target("_memories_sh_api", method)
        for method in ("context.get", "memories.search", "graph.status", "management.keys.get")
    ),
    Target("_memories_sh_api", "context.get", "mcp"),
]
CASES = [case for target in TARGETS for case in cases(target)]
BASE = "http://drift.local"


def _client(target: Target, content: bytes, mode: str, **options: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    http: Any = httpx.Client(transport=transport)
    if mode == "async":
        http = httpx.AsyncClient(transport=transport)
    if target.package == "_ai_memory_api":
        cls: Any = ai_memory.AiMemoryClient if mode == "sync" else ai_memory.AsyncAiMemoryClient
        return cls(base_url=BASE, http_client=http, validate_requests=False, **options)
    cls = memories_sh.MemoriesClient if mode == "sync" else memories_sh.AsyncMemoriesClient
    url = f"{BASE}/api/mcp" if target.transport == "mcp" else BASE
    return cls(
        "mem_" + "0" * 64,
        base_url=url,
        management_token="cli_drift",
        http_client=http,
        validate_requests=False,
        **options,
    )


def call(target: Target, payload: Any, mode: str = "sync", **options: Any) -> Any:
    """The typed result of ``target``'s operation answered with ``payload``."""
    client = _client(target, body_bytes(payload, target), mode, **options)
    operation = target.operation
    names = [part[1:-1] for part in operation.path.split("/") if part.startswith("{")]
    body = {"query": "drift"} if operation.method == "POST" else None
    answer = client.request(operation, path={n: "x" for n in names}, body=body, raw=True)
    if mode == "async":
        answer = asyncio.run(answer)
    return answer.parse()


def _at(result: Any, location: tuple[Any, ...]) -> Any:
    for part in location:
        result = result[part]
    return result


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    _response._warned.clear()


def _drift_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "agent_memory_sdk" and r.levelno == logging.WARNING
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=str)
def test_drift_is_read_field_by_field(case: Case, mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="agent_memory_sdk")
    baseline = call(case.target, case.base, mode)
    result = call(case.target, case.payload, mode)
    assert type(result) is type(baseline)
    obj, expected = _at(result, case.location), _at(baseline, case.location)
    assert isinstance(obj, case.model)
    wire = {info.alias or n: n for n, info in case.model.model_fields.items()}
    name = wire.get(case.key, "")  # "" for the unknown field
    if case.kind == "missing":
        assert getattr(obj, name) is None and name not in obj.model_fields_set and case.key not in obj
    elif case.kind == "null":
        assert getattr(obj, name) is None and name in obj.model_fields_set
    elif case.kind == "wrong type":
        assert getattr(obj, name) is None and name not in obj.model_fields_set
        assert obj[case.key] == case.value and obj.model_extra[case.key] == case.value
    elif case.kind == "unknown enum value":
        value = getattr(obj, name)
        assert value.value == UNKNOWN_VALUE and not value.is_known and obj[case.key] is value
    else:
        assert obj[case.key] == case.value and obj.model_extra[case.key] == case.value
    # everything else is exactly what the unchanged example gives
    for other in case.model.model_fields:
        if other != name:
            assert getattr(obj, other) == getattr(expected, other), other
    if len(case.location) == 2:
        rows, base_rows = _at(result, case.location[:1]), _at(baseline, case.location[:1])
        assert len(rows) == len(base_rows) == 3 and rows[1:] == base_rows[1:]
    # one warning naming the operation and the field, once per (operation, field)
    call(case.target, case.payload, mode)
    named = [m for m in _drift_warnings(caplog) if f" {case.warning_path}: " in m]
    assert len(named) == 1, _drift_warnings(caplog)
    assert case.target.operation.name in named[0] and case.kind in named[0]
    # strict mode raises, naming the field
    with pytest.raises(agent_memory_sdk.APIResponseValidationError) as info:
        call(case.target, case.payload, mode, strict_responses=True)
    assert f"{case.warning_path}: {case.kind}" in str(info.value)


def test_the_matrix_covers_every_location_and_kind() -> None:
    seen = {(str(c.target), len(c.location), c.kind) for c in CASES}
    for target in TARGETS:
        kinds = {kind for t, _, kind in seen if t == str(target)}
        assert {"missing", "null", "wrong type", "unknown field"} <= kinds, target
    assert {depth for _, depth, _ in seen} == {0, 1, 2}
    assert any(kind == "unknown enum value" for _, _, kind in seen)
