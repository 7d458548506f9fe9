"""``request(..., raw=True)``: the APIResponse object and its lazy ``parse()``."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest
from engine_support import (
    ENV_LIST,
    ENVELOPE_PROFILE,
    GET_MEMORY,
    LIST,
    Harness,
    Memory,
    MemoryList,
    Script,
    TNotFound,
    TResponseValidation,
    envelope,
    memory_json,
)

from agent_memory_sdk import APIResponse


def test_raw_response_fields(mode: str) -> None:
    ok = httpx.Response(200, json=memory_json(), headers={"x-request-id": "rid-7"})
    h = Harness(mode, Script([httpx.Response(503), ok]))
    raw = h.call(GET_MEMORY, path={"id": "m1"}, raw=True)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "rid-7"
    assert raw.request_id == "rid-7"
    assert raw.retries_taken == 1
    assert isinstance(raw.elapsed, dt.timedelta) and raw.elapsed.total_seconds() >= 0
    assert raw.content == ok.content
    assert raw.http_request.url == "http://testserver/v1/items/m1"
    assert raw.http_response.status_code == 200
    assert raw.json()["id"] == "m1"
    parsed = raw.parse()
    assert isinstance(parsed, Memory) and parsed.id == "m1"
    assert raw.parse() is parsed
    assert "get_memory" in repr(raw)


def test_raw_parse_equals_non_raw(mode: str) -> None:
    h = Harness(
        mode, Script([httpx.Response(200, json=memory_json()), httpx.Response(200, json=memory_json())])
    )
    assert h.call(GET_MEMORY, path={"id": "m1"}, raw=True).parse() == h.call(GET_MEMORY, path={"id": "m1"})


def test_raw_error_status_still_raises(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(404, json={"error": "not found"})]))
    with pytest.raises(TNotFound):
        h.call(GET_MEMORY, path={"id": "m1"}, raw=True)


def test_raw_malformed_body_raises_on_parse(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, text="<html>")]))
    raw = h.call(GET_MEMORY, path={"id": "m1"}, raw=True)
    assert raw.content == b"<html>"
    with pytest.raises(TResponseValidation):
        raw.parse()


def test_raw_paginated_operation_is_one_exchange(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, json={"memories": [memory_json(1)], "count": 1})]))
    raw = h.call(LIST, query={"limit": 1}, raw=True)
    assert isinstance(raw.parse(), MemoryList)
    assert len(h.requests) == 1


def test_raw_request_id_from_body_hook(mode: str) -> None:
    body = envelope({"memories": [], "count": 0}, "rid-body")
    h = Harness(mode, Script([httpx.Response(200, json=body)]), profile=ENVELOPE_PROFILE)
    raw = h.call(ENV_LIST, body={}, raw=True)
    assert raw.request_id == "rid-body"
    result, meta = raw.parse()
    assert result.count == 0 and meta["requestId"] == "rid-body"


def test_raw_request_id_absent(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(200, text="not json")]), profile=ENVELOPE_PROFILE)
    assert h.call(ENV_LIST, body={}, raw=True).request_id is None
