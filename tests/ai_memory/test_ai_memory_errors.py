"""Every error status of reference §2 (and axum's text/plain rejections, §1.3) maps to its class;
transport failures and unparseable answers raise typed SDK errors; retries follow the profile."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from ai_memory_support import Daemon

import agent_memory_sdk
import ai_memory

ID = "5f0c6b1e-0000-4000-8000-000000000001"


def _store(c: Any) -> Any:
    return c.store(title="BIND9", content="notes")


CASES: list[tuple[str, int, dict[str, Any], type[Exception], type[Exception], str]] = [
    # (name, status, reply kwargs, ai_memory class, engine class, message fragment)
    (
        "400 json",
        400,
        {"body": {"error": "priority must be between 1 and 10 (got 11)"}},
        ai_memory.BadRequestError,
        agent_memory_sdk.BadRequestError,
        "priority must be between 1 and 10",
    ),
    (
        "400 R7 JsonOrBadRequest",
        400,
        {"body": {"error": "missing required field: title", "fields": ["title"]}},
        ai_memory.BadRequestError,
        agent_memory_sdk.BadRequestError,
        "missing required field: title",
    ),
    (
        "400 text query rejection",
        400,
        {"text": "Failed to deserialize query string: unknown variant `bogus`"},
        ai_memory.BadRequestError,
        agent_memory_sdk.BadRequestError,
        "Failed to deserialize query string",
    ),
    (
        "401",
        401,
        {"body": {"error": "missing or invalid API key"}},
        ai_memory.AuthError,
        agent_memory_sdk.AuthenticationError,
        "missing or invalid API key",
    ),
    (
        "403 admin",
        403,
        {"body": {"error": "admin role required"}},
        ai_memory.ForbiddenError,
        agent_memory_sdk.PermissionDeniedError,
        "admin role required",
    ),
    (
        "403 ownership",
        403,
        {"body": {"error": "caller does not own this memory", "owner": "a", "caller": "b"}},
        ai_memory.ForbiddenError,
        agent_memory_sdk.PermissionDeniedError,
        "does not own",
    ),
    (
        "403 governance refused",
        403,
        {"body": {"code": "GOVERNANCE_REFUSED", "error": "store denied by governance: policy"}},
        ai_memory.ForbiddenError,
        agent_memory_sdk.PermissionDeniedError,
        "denied by governance",
    ),
    (
        "404 json",
        404,
        {"body": {"error": "not found"}},
        ai_memory.NotFoundError,
        agent_memory_sdk.NotFoundError,
        "not found",
    ),
    (
        "405 empty",
        405,
        {"headers": {"allow": "GET"}},
        ai_memory.MethodNotAllowedError,
        agent_memory_sdk.MethodNotAllowedError,
        "405",
    ),
    (
        "409 duplicate title",
        409,
        {
            "body": {
                "code": "CONFLICT",
                "error": "memory with title 'BIND9' already exists in namespace 'global'",
                "existing_id": ID,
            }
        },
        ai_memory.ConflictError,
        agent_memory_sdk.ConflictError,
        "already exists",
    ),
    (
        "413 text",
        413,
        {"text": "Failed to buffer the request body: length limit exceeded"},
        ai_memory.PayloadTooLargeError,
        agent_memory_sdk.APIStatusError,
        "length limit exceeded",
    ),
    (
        "415 text",
        415,
        {"text": "Expected request with `Content-Type: application/json`"},
        ai_memory.UnsupportedMediaTypeError,
        agent_memory_sdk.APIStatusError,
        "Content-Type: application/json",
    ),
    (
        "422 text",
        422,
        {"text": "Failed to deserialize the JSON body into the target type: tier: unknown variant `x`"},
        ai_memory.UnprocessableEntityError,
        agent_memory_sdk.UnprocessableEntityError,
        "unknown variant",
    ),
    (
        "429 quota",
        429,
        {
            "body": {
                "code": "QUOTA_EXCEEDED",
                "error": "QUOTA_EXCEEDED: agent a namespace global hit memories_per_day "
                "(current=1000, max=1000)",
                "limit": "memories_per_day",
                "current": 1000,
                "max": 1000,
                "agent_id": "a",
            }
        },
        ai_memory.RateLimitError,
        agent_memory_sdk.RateLimitError,
        "QUOTA_EXCEEDED",
    ),
    (
        "500",
        500,
        {"body": {"error": "internal server error"}},
        ai_memory.ServerError,
        agent_memory_sdk.InternalServerError,
        "internal server error",
    ),
    (
        "501",
        501,
        {"body": {"error": "verify_link requires --features sal"}},
        ai_memory.ServerError,
        agent_memory_sdk.InternalServerError,
        "requires --features sal",
    ),
    (
        "502 html",
        502,
        {"text": "<html><body><h1>502 Bad Gateway</h1></body></html>", "content_type": "text/html"},
        ai_memory.ServerError,
        agent_memory_sdk.InternalServerError,
        "an HTML page",
    ),
    (
        "503 quorum",
        503,
        {
            "body": {"error": "quorum_not_met", "got": 1, "needed": 2, "reason": "timeout"},
            "headers": {"retry-after": "2"},
        },
        ai_memory.ServiceUnavailableError,
        agent_memory_sdk.ServiceUnavailableError,
        "quorum_not_met",
    ),
    (
        "504",
        504,
        {"body": {"error": "request timed out"}},
        ai_memory.ServerError,
        agent_memory_sdk.InternalServerError,
        "request timed out",
    ),
    (
        "520",
        520,
        {"text": "", "content_type": "text/plain"},
        ai_memory.ServerError,
        agent_memory_sdk.InternalServerError,
        "520",
    ),
]


@pytest.mark.parametrize(
    ("name", "status", "reply", "cls", "engine_cls", "fragment"), CASES, ids=[c[0] for c in CASES]
)
def test_status_maps_to_class(
    daemon: Daemon,
    name: str,
    status: int,
    reply: dict[str, Any],
    cls: type[Exception],
    engine_cls: type[Exception],
    fragment: str,
) -> None:
    daemon.reply(status, times=3, **reply)
    with pytest.raises(cls) as info:
        daemon.run(_store, max_retries=2)
    error = info.value
    assert isinstance(error, ai_memory.AiMemoryError)
    assert isinstance(error, engine_cls) and isinstance(error, agent_memory_sdk.APIStatusError)
    assert error.status_code == status
    assert fragment in str(error)
    assert str(error).startswith(f"ai-memory {status}:")
    assert error.request.url.path == "/api/v1/memories"


@pytest.mark.parametrize("status", [400, 413, 415, 422])
def test_validation_statuses_are_validation_errors(daemon: Daemon, status: int) -> None:
    daemon.reply(status, text="bad")
    with pytest.raises(ai_memory.ValidationError) as info:
        daemon.run(_store)
    assert info.value.status_code == status and info.value.payload == "bad"


def test_conflict_carries_existing_id_and_code(daemon: Daemon) -> None:
    daemon.reply(
        409, {"code": "CONFLICT", "error": "memory with title 'x' already exists", "existing_id": ID}
    )
    with pytest.raises(ai_memory.ConflictError) as info:
        daemon.run(_store)
    assert info.value.existing_id == ID and info.value.code == "CONFLICT"
    assert info.value.payload["existing_id"] == ID


def test_version_conflict_has_no_existing_id(daemon: Daemon) -> None:
    body = {"status": "conflict", "id": ID, "expected_version": 1, "current_version": 2, "error": "version"}
    daemon.reply(409, body)
    with pytest.raises(ai_memory.ConflictError) as info:
        daemon.run(lambda c: c.update(ID, {"content": "x"}, if_match="1"))
    assert info.value.existing_id is None and info.value.body["current_version"] == 2


def test_quota_429_is_not_retried(daemon: Daemon) -> None:
    daemon.reply(429, {"code": "QUOTA_EXCEEDED", "error": "QUOTA_EXCEEDED: …"})
    with pytest.raises(ai_memory.RateLimitError):
        daemon.run(_store, max_retries=3)
    assert len(daemon.sent) == 1


def test_quorum_503_is_retried_after_retry_after(daemon: Daemon) -> None:
    daemon.reply(
        503,
        {"error": "quorum_not_met", "got": 1, "needed": 2, "reason": "timeout"},
        headers={"retry-after": "2"},
    )
    daemon.reply(201, {"id": ID, "tier": "mid", "namespace": "global", "title": "BIND9", "agent_id": "a"})
    created = daemon.run(_store)
    assert created.id == ID and len(daemon.sent) == 2


def test_get_404_is_retried_never_and_not_unsupported(daemon: Daemon) -> None:
    daemon.reply(404, {"error": "not found"})
    with pytest.raises(ai_memory.NotFoundError) as info:
        daemon.run(lambda c: c.get(ID))
    assert not isinstance(info.value, ai_memory.UnsupportedEndpointError)
    assert len(daemon.sent) == 1


@pytest.mark.parametrize(
    "call",
    [lambda c: c.grant(ID, "ai:bob"), lambda c: c.revoke(ID, "ai:bob"), lambda c: c.cluster()],
    ids=["grant", "revoke", "cluster"],
)
def test_unserved_route_empty_404_is_unsupported(daemon: Daemon, call: Any) -> None:
    daemon.reply(404)
    with pytest.raises(ai_memory.UnsupportedEndpointError) as info:
        daemon.run(call)
    assert isinstance(info.value, agent_memory_sdk.UnsupportedEndpointError)
    assert "daemon has no such route" in str(info.value)


def test_unserved_route_with_api_key_401_is_auth_error(daemon: Daemon) -> None:
    """With a key configured the daemon's auth layer answers unknown paths with 401 first (§1.1)."""
    daemon.reply(401, {"error": "missing or invalid API key"})
    with pytest.raises(ai_memory.AuthError):
        daemon.run(lambda c: c.grant(ID, "ai:bob"))


def test_served_route_empty_404_is_plain_not_found(daemon: Daemon) -> None:
    daemon.reply(404)
    with pytest.raises(ai_memory.NotFoundError) as info:
        daemon.run(lambda c: c.get(ID))
    assert not isinstance(info.value, ai_memory.UnsupportedEndpointError)


def test_connect_error_is_transport_error(daemon: Daemon) -> None:
    daemon.fail(httpx.ConnectError, times=3)
    with pytest.raises(ai_memory.TransportError) as info:
        daemon.run(_store, max_retries=2)
    assert not isinstance(info.value, ai_memory.TransportTimeoutError)
    assert isinstance(info.value, agent_memory_sdk.APIConnectionError)
    assert len(daemon.sent) == 3  # never reached the daemon: retried even for POST


def test_read_timeout_on_post_is_not_retried(daemon: Daemon) -> None:
    daemon.fail(httpx.ReadTimeout)
    with pytest.raises(ai_memory.TransportTimeoutError) as info:
        daemon.run(_store, max_retries=2)
    assert isinstance(info.value, ai_memory.TransportError)
    assert isinstance(info.value, agent_memory_sdk.APITimeoutError)
    assert ai_memory.APITimeoutError is ai_memory.TransportTimeoutError
    assert len(daemon.sent) == 1


def test_read_timeout_on_get_is_retried(daemon: Daemon) -> None:
    daemon.fail(httpx.ReadTimeout)
    daemon.reply(200, {"deleted": True})
    assert daemon.run(lambda c: c.delete(ID)).deleted is True
    assert len(daemon.sent) == 2


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ({"text": "<html>oops</html>", "content_type": "text/html"}, "invalid JSON"),
        ({"text": '{"id": "x"', "content_type": "application/json"}, "invalid JSON"),
        ({"body": [{"unexpected": True}]}, "expected an object, got an array"),
        ({}, "empty body"),
    ],
    ids=["html", "truncated", "wrong-shape", "empty"],
)
def test_unparseable_success_is_response_validation_error(
    daemon: Daemon, reply: dict[str, Any], reason: str
) -> None:
    daemon.reply(201, **reply)
    with pytest.raises(ai_memory.ResponseValidationError) as info:
        daemon.run(_store)
    assert isinstance(info.value, agent_memory_sdk.APIResponseValidationError)
    assert info.value.status_code == 201 and reason in str(info.value)


def test_api_key_never_appears_in_errors(daemon: Daemon) -> None:
    daemon.reply(401, {"error": "missing or invalid API key sk-secret-123"})
    with pytest.raises(ai_memory.AuthError) as info:
        daemon.run(_store, api_key="sk-secret-123")
    assert "sk-secret-123" not in str(info.value)


def test_every_seed_error_class_derives_from_ai_memory_error() -> None:
    for name in (
        "ValidationError",
        "AuthError",
        "ForbiddenError",
        "NotFoundError",
        "ConflictError",
        "RateLimitError",
        "ServerError",
        "TransportError",
        "UnsupportedEndpointError",
        "TransportTimeoutError",
        "ResponseValidationError",
    ):
        assert issubclass(getattr(ai_memory, name), ai_memory.AiMemoryError), name
    assert issubclass(ai_memory.UnsupportedEndpointError, ai_memory.NotFoundError)
    assert issubclass(ai_memory.InvalidArgumentError, ValueError)
    assert not issubclass(ai_memory.TransportTimeoutError, TimeoutError)  # the builtin is not shadowed
