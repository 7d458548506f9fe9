"""Every error of reference §4 to its class; non-envelope bodies; transport failures; retries."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from memories_support import Harness, fail, ok, success_example

import agent_memory_sdk as engine
from memories_sh import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthError,
    InternalError,
    MemoriesError,
    MethodError,
    NotFoundError,
    RateLimitError,
    ToolError,
    UnknownError,
    ValidationError,
    meta_of,
)

# code, type, status, retryable, details  (reference §4)
CATALOGUE: list[tuple[str, str, int, bool, dict[str, Any] | None]] = [
    ("MISSING_API_KEY", "auth_error", 401, False, None),
    ("INVALID_API_KEY_FORMAT", "auth_error", 401, False, None),
    ("RATE_LIMITED", "rate_limit_error", 429, True, {"retryAfterSeconds": 7}),
    ("INVALID_API_KEY", "auth_error", 401, False, None),
    ("API_KEY_EXPIRED", "auth_error", 401, False, None),
    ("INVALID_REQUEST", "validation_error", 400, False, None),
    ("DATABASE_NOT_CONFIGURED", "not_found_error", 400, False, None),
    ("TENANT_DATABASE_NOT_CONFIGURED", "not_found_error", 404, False, {"tenant_id": "acme"}),
    ("TENANT_DATABASE_NOT_READY", "tool_error", 409, True, {"tenant_id": "acme", "status": "provisioning"}),
    ("TENANT_DATABASE_CREDENTIALS_MISSING", "not_found_error", 404, False, {"tenant_id": "acme"}),
    ("TENANT_MAPPING_LOOKUP_FAILED", "internal_error", 500, True, {"tenant_id": "acme", "error": "x"}),
    ("TENANT_ID_INVALID", "validation_error", 400, False, {"field": "tenant_id"}),
    ("USER_ID_INVALID", "validation_error", 400, False, {"field": "user_id"}),
    ("QUERY_REQUIRED", "validation_error", 400, False, {"field": "query"}),
    ("MEMORY_LAYER_INVALID", "validation_error", 400, False, {"field": "layer"}),
    ("MEMORY_CONTENT_REQUIRED", "validation_error", 400, False, {"field": "content"}),
    ("MEMORY_ID_REQUIRED", "validation_error", 400, False, {"field": "id"}),
    ("SKILL_FILE_PATH_REQUIRED", "validation_error", 400, False, {"field": "path"}),
    ("SKILL_FILE_CONTENT_REQUIRED", "validation_error", 400, False, {"field": "content"}),
    ("MEMORY_NOT_FOUND", "not_found_error", 404, False, {"id": "3f9a1c0d2b7e"}),
    (
        "SKILL_FILE_NOT_FOUND",
        "not_found_error",
        404,
        False,
        {"path": "a.md", "scope": "global", "projectId": None, "userId": None},
    ),
    ("SKILL_FILE_UPSERT_READBACK_FAILED", "internal_error", 500, True, None),
    (
        "CANARY_ROLLOUT_BLOCKED",
        "validation_error",
        409,
        False,
        {"reasonCodes": ["FALLBACK_RATE_ABOVE_LIMIT"], "qualityStatus": "fail", "windowHours": 24},
    ),
    ("INTERNAL_ERROR", "internal_error", 500, True, None),
    ("LEGACY_MCP_KEY_ERROR", "auth_error", 401, False, {"error": "Unauthorized"}),
    ("LEGACY_MCP_KEY_ERROR", "unknown_error", 409, False, {"error": "conflict"}),
    ("LEGACY_MCP_TENANTS_ERROR", "validation_error", 400, False, {"error": "tenantId is required"}),
    ("BILLING_PAST_DUE", "auth_error", 403, False, None),
    ("GROWTH_PLAN_REQUIRED", "auth_error", 403, False, None),
    ("SDK_PROJECT_LIMIT_REACHED", "auth_error", 429, False, None),
    ("SDK_BILLING_CONTEXT_UNAVAILABLE", "auth_error", 500, False, None),
    ("METHOD_NOT_FOUND", "method_error", 404, False, {"method": "x"}),
    ("TOOL_NOT_FOUND", "tool_error", 404, False, None),
    ("SOMETHING_NEW", "brand_new_error", 418, False, None),
]

CLASSES: dict[str, type[MemoriesError]] = {
    "auth_error": AuthError,
    "validation_error": ValidationError,
    "not_found_error": NotFoundError,
    "rate_limit_error": RateLimitError,
    "tool_error": ToolError,
    "method_error": MethodError,
    "internal_error": InternalError,
    "unknown_error": UnknownError,
}


@pytest.mark.parametrize(("code", "type_", "status", "retryable", "details"), CATALOGUE)
def test_catalogue_maps_to_class(
    mode: str, code: str, type_: str, status: int, retryable: bool, details: dict[str, Any] | None
) -> None:
    response = fail(status, code, type_, retryable=retryable, details=details, request_id="rid-42")
    h = Harness(mode, [response], max_retries=0)
    with pytest.raises(MemoriesError) as info:
        h.call("memories.list")
    error = info.value
    assert type(error) is CLASSES.get(type_, UnknownError)
    assert (error.type, error.code, error.status, error.retryable) == (type_, code, status, retryable)
    assert error.details == details
    assert error.request_id == "rid-42"
    assert error.meta is not None
    assert error.meta.request_id == "rid-42"
    assert error.meta.version == "2026-02-11"
    assert isinstance(error, engine.APIStatusError)
    assert error.status_code == status
    assert "boom" in str(error)
    assert code in str(error)


def test_engine_classes_are_inherited(mode: str) -> None:
    assert issubclass(AuthError, engine.AuthenticationError)
    assert issubclass(ValidationError, engine.BadRequestError)
    assert issubclass(NotFoundError, engine.NotFoundError)
    assert issubclass(RateLimitError, engine.RateLimitError)
    assert issubclass(InternalError, engine.InternalServerError)
    assert issubclass(MethodError, engine.MethodNotAllowedError)
    assert issubclass(APITimeoutError, engine.APITimeoutError)
    assert issubclass(APITimeoutError, APIConnectionError)


def test_rate_limit_retry_after(mode: str) -> None:
    h = Harness(
        mode,
        [fail(429, "RATE_LIMITED", "rate_limit_error", retryable=True, details={"retryAfterSeconds": 90})],
    )
    with pytest.raises(RateLimitError) as info:
        h.call("memories.list")  # 90 s is above the 60 s cap: raised, not slept
    assert info.value.retry_after == 90.0
    assert h.sleeps == []


def test_canary_reason_codes(mode: str) -> None:
    details = {
        "reasonCodes": ["FALLBACK_RATE_ABOVE_LIMIT", "EXPANSION_COVERAGE_TOO_LOW"],
        "qualityStatus": "fail",
    }
    h = Harness(mode, [fail(409, "CANARY_ROLLOUT_BLOCKED", "validation_error", details=details)])
    with pytest.raises(ValidationError) as info:
        h.call("graph.set_rollout", "canary")
    assert info.value.is_canary_blocked
    assert info.value.reason_codes == ["FALLBACK_RATE_ABOVE_LIMIT", "EXPANSION_COVERAGE_TOO_LOW"]
    assert len(h.requests) == 1


def test_tenant_not_ready_is_retried_then_succeeds(mode: str) -> None:
    status, example = success_example("memories_list")
    not_ready = fail(
        409, "TENANT_DATABASE_NOT_READY", "tool_error", retryable=True, details={"tenant_id": "t"}
    )
    h = Harness(mode, [not_ready, httpx.Response(status, json=example)], tenant_id="t")
    result = h.call("memories.list")
    assert result.count == example["data"]["count"]
    assert len(h.requests) == 2
    assert len(h.sleeps) == 1


def test_retry_after_seconds_is_honoured_for_post(mode: str) -> None:
    limited = fail(429, "RATE_LIMITED", "rate_limit_error", retryable=True, details={"retryAfterSeconds": 3})
    h = Harness(mode, [limited, ok({"memories": [], "count": 0})])
    h.call("memories.search", "q")
    assert h.sleeps == [3.0]


def test_not_retryable_is_not_retried(mode: str) -> None:
    h = Harness(mode, [fail(500, "INTERNAL_ERROR", "internal_error", retryable=False)])
    with pytest.raises(InternalError):
        h.call("memories.list")
    assert len(h.requests) == 1


def test_retryable_internal_error_is_retried_up_to_the_budget(mode: str) -> None:
    h = Harness(mode, [fail(500, "INTERNAL_ERROR", "internal_error", retryable=True)] * 3, max_retries=2)
    with pytest.raises(InternalError):
        h.call("memories.add", content="x")
    assert len(h.requests) == 3


@pytest.mark.parametrize(
    ("response", "cls", "type_"),
    [
        (httpx.Response(405), MethodError, "method_error"),
        (
            httpx.Response(
                404, text="<!DOCTYPE html><html>404</html>", headers={"content-type": "text/html"}
            ),
            NotFoundError,
            "not_found_error",
        ),
        (httpx.Response(500, text="Internal Server Error"), InternalError, "internal_error"),
        (httpx.Response(502, text="<html>bad gateway</html>"), InternalError, "internal_error"),
        (httpx.Response(401, json={"message": "nope"}), AuthError, "auth_error"),
        (httpx.Response(418, json={"weird": True}), UnknownError, "unknown_error"),
    ],
)
def test_non_envelope_bodies_are_typed(
    mode: str, response: httpx.Response, cls: type[MemoriesError], type_: str
) -> None:
    h = Harness(mode, [response], max_retries=0)
    with pytest.raises(cls) as info:
        h.call("memories.list")
    error = info.value
    assert error.type == type_
    assert error.code == f"HTTP_{response.status_code}"
    assert error.status == response.status_code
    assert error.retryable == (response.status_code >= 500)
    assert error.meta is None and error.request_id is None


def test_success_status_with_failed_envelope_raises(mode: str) -> None:
    body = fail(400, "INVALID_REQUEST", "validation_error").json()
    h = Harness(mode, [httpx.Response(200, json=body)])
    with pytest.raises(ValidationError) as info:
        h.call("memories.list")
    assert info.value.code == "INVALID_REQUEST"


@pytest.mark.parametrize("data", [[{"nope": 1}], "nope", None], ids=["list", "string", "absent"])
def test_wrong_shaped_success_is_a_response_validation_error(mode: str, data: Any) -> None:
    envelope = {"ok": True, "error": None, "meta": {}} | ({} if data is None else {"data": data})
    h = Harness(mode, [httpx.Response(200, json=envelope)])
    with pytest.raises(APIResponseValidationError, match="data"):
        h.call("memories.list")


def test_connection_and_timeout_errors_are_typed(mode: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    h = Harness(mode, refuse, max_retries=1)
    with pytest.raises(APIConnectionError) as info:
        h.call("memories.list")
    assert info.value.retryable and info.value.type == "connection_error"
    assert len(h.requests) == 2  # never reached the server: retried even for POST

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    h = Harness(mode, slow, max_retries=2)
    with pytest.raises(APITimeoutError):
        h.call("memories.add", content="x")
    assert len(h.requests) == 1  # a POST that may have been applied is not repeated


def test_error_meta_and_result_meta_differ(mode: str) -> None:
    h = Harness(
        mode, [ok({"memories": [], "count": 0}, request_id="good"), fail(404, "X", "not_found_error")]
    )
    result = h.call("memories.list")
    assert meta_of(result) is not None and meta_of(result).request_id == "good"
    with pytest.raises(NotFoundError) as info:
        h.call("memories.list")
    assert info.value.request_id == "rid-err"
