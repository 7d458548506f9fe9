"""Profile hooks the memories.sh shell relies on: ``operation_auth`` (a credential per operation,
from an ``x-sdk.auth`` hint) and ``error_in_success`` (an error carried inside a 2xx body)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from engine_support import (
    ENVELOPE_PROFILE,
    HEALTH,
    PROFILE,
    SECRET,
    Harness,
    Script,
    TRateLimit,
    TStatusError,
    memory_json,
    op,
)

from agent_memory_sdk._runtime import Operation

MANAGE = op("manage", "GET", "/manage", {200: "models:Memory"}, sdk={"auth": "management"})
RUNTIME = op("runtime", "GET", "/runtime", {200: "models:Memory"})
RPC = op("rpc", "POST", "/rpc", {200: "models:Memory"}, content_type="application/json")


def _per_operation(
    operation: Operation, api_key: str | None, options: Mapping[str, Any]
) -> Mapping[str, str]:
    if operation.sdk.get("auth") == "management":
        return {"Authorization": f"Bearer {options.get('webhook_secret')}"}
    return {"X-API-Key": api_key} if api_key else {}


PER_OPERATION = dataclasses.replace(PROFILE, operation_auth=_per_operation)


def _rpc_error(operation: Operation, response: httpx.Response, body: Any) -> bool:
    return isinstance(body, dict) and "error" in body and "id" in body


RPC_PROFILE = dataclasses.replace(ENVELOPE_PROFILE, error_in_success=_rpc_error)
OK = httpx.Response(200, json=memory_json())


def test_operation_auth_picks_the_credential_per_operation(mode: str) -> None:
    h = Harness(mode, Script([OK, OK]), profile=PER_OPERATION, api_key=SECRET, webhook_secret="cli_token")
    h.call(MANAGE)
    h.call(RUNTIME)
    manage, runtime = h.requests
    assert manage.headers["Authorization"] == "Bearer cli_token" and "X-API-Key" not in manage.headers
    assert runtime.headers["X-API-Key"] == SECRET and "Authorization" not in runtime.headers


def test_operation_auth_is_skipped_for_operations_without_security(mode: str) -> None:
    h = Harness(mode, Script([OK]), profile=PER_OPERATION, api_key=SECRET)
    h.call(HEALTH)
    assert "X-API-Key" not in h.requests[0].headers and "Authorization" not in h.requests[0].headers


def test_an_error_inside_a_2xx_body_raises_the_status_error(mode: str) -> None:
    body = {"jsonrpc": "2.0", "id": "1", "error": {"code": -32601, "message": "no such method"}}
    h = Harness(mode, Script([httpx.Response(200, json=body)]), profile=RPC_PROFILE)
    with pytest.raises(TStatusError) as caught:
        h.call(RPC, body={})
    assert caught.value.status_code == 200
    assert caught.value.body == body


def test_a_retryable_error_inside_a_2xx_body_is_retried(mode: str) -> None:
    not_ready = {
        "ok": False,
        "data": None,
        "error": {"retryable": True, "details": {"retryAfterSeconds": 3}},
        "id": "1",
    }
    ready = {"ok": True, "data": memory_json(), "error": None, "meta": {"requestId": "r"}}
    script = Script([httpx.Response(200, json=not_ready), httpx.Response(200, json=ready)])
    h = Harness(mode, script, profile=RPC_PROFILE)
    result = h.call(RPC, body={})
    assert len(h.requests) == 2
    assert h.sleeps == [3.0]
    assert result[0].id == "m1"


def test_a_2xx_without_an_error_parses_normally(mode: str) -> None:
    data = {"ok": True, "data": memory_json(), "error": None, "meta": {"requestId": "r"}}
    h = Harness(mode, Script([httpx.Response(200, json=data)]), profile=RPC_PROFILE)
    result = h.call(RPC, body={})
    assert result[0].id == "m1"


def test_a_broken_error_check_does_not_turn_success_into_failure(mode: str) -> None:
    def explode(operation: Operation, response: httpx.Response, body: Any) -> bool:
        raise KeyError("boom")

    profile = dataclasses.replace(PROFILE, error_in_success=explode)
    h = Harness(mode, Script([OK]), profile=profile)
    assert h.call(RUNTIME).id == "m1"


def test_rate_limit_inside_a_2xx_is_still_a_rate_limit_when_the_status_map_says_so(mode: str) -> None:
    profile = dataclasses.replace(
        PROFILE,
        error_in_success=lambda operation, response, body: body.get("limited") is True,
        status_error=lambda operation, response, body: TRateLimit("limited", response=response, body=body),
    )
    h = Harness(mode, Script([httpx.Response(200, json={"limited": True})]), profile=profile, max_retries=0)
    with pytest.raises(TRateLimit):
        h.call(RUNTIME)
