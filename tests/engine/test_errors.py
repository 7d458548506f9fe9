"""Error mapping to the API's classes, and malformed bodies that must become typed errors."""

from __future__ import annotations

import json

import httpx
import pytest
from engine_support import (
    CREATE,
    ENV_LIST,
    ENVELOPE_PROFILE,
    GET_MEMORY,
    HEALTH,
    UNSERVED,
    Harness,
    Script,
    TAuthError,
    TBadRequest,
    TClientValidation,
    TConflict,
    TestAPIError,
    TNotFound,
    TRateLimit,
    TResponseValidation,
    TServerError,
    TStatusError,
    TUnsupported,
    envelope,
    memory_json,
)

from agent_memory_sdk import _exceptions as E


@pytest.mark.parametrize(
    ("status", "cls", "engine_cls"),
    [
        (400, TBadRequest, E.BadRequestError),
        (401, TAuthError, E.AuthenticationError),
        (404, TNotFound, E.NotFoundError),
        (409, TConflict, E.ConflictError),
        (429, TRateLimit, E.RateLimitError),
        (500, TServerError, E.InternalServerError),
        (520, TServerError, E.InternalServerError),
        (422, TStatusError, E.APIStatusError),
        (499, TStatusError, E.APIStatusError),
        (302, TStatusError, E.APIStatusError),
    ],
)
def test_status_mapping_to_the_apis_classes(mode: str, status: int, cls: type, engine_cls: type) -> None:
    body = {"error": "nope", "code": "X"}
    h = Harness(mode, Script([httpx.Response(status, json=body, headers={"x-request-id": "rid-1"})]))
    with pytest.raises(cls) as info:
        h.call(GET_MEMORY, path={"id": "m1"}, options={"max_retries": 0})
    error = info.value
    assert isinstance(error, TestAPIError) and isinstance(error, engine_cls) and isinstance(error, E.SDKError)
    assert error.status_code == status
    assert error.body == body
    assert error.request.url == "http://testserver/v1/items/m1"
    assert error.response.status_code == status
    assert error.request_id == "rid-1"
    assert str(error).startswith(f"Error code: {status}")


def test_auth_error_catchable_as_api_base(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(401, json={"error": "missing or invalid API key"})]))
    with pytest.raises(TestAPIError):
        h.call(GET_MEMORY, path={"id": "m1"})


def test_text_error_body(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(422, text="Failed to deserialize the JSON body")]))
    with pytest.raises(TStatusError) as info:
        h.call(CREATE, body={"title": "t"})
    assert info.value.body == "Failed to deserialize the JSON body"
    assert info.value.request_id is None


def test_html_502_from_proxy_after_retries(mode: str) -> None:
    html = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    h = Harness(mode, Script([httpx.Response(502, html=html)] * 3))
    with pytest.raises(TServerError) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    assert info.value.body == html
    assert len(h.requests) == 3


def test_empty_error_body(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(405)]))
    with pytest.raises(TStatusError) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    assert info.value.body is None
    assert str(info.value) == "Error code: 405"


def test_unsupported_endpoint(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(404)]))
    with pytest.raises(TUnsupported) as info:
        h.call(UNSERVED, path={"id": "x"})
    assert isinstance(info.value, TNotFound) and isinstance(info.value, E.UnsupportedEndpointError)
    assert "no such route" in str(info.value)


def test_unserved_404_with_body_is_plain_not_found(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(404, json={"error": "not found"})]))
    with pytest.raises(TNotFound) as info:
        h.call(UNSERVED, path={"id": "x"})
    assert not isinstance(info.value, TUnsupported)


def test_served_404_empty_is_plain_not_found(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(404)]))
    with pytest.raises(TNotFound) as info:
        h.call(GET_MEMORY, path={"id": "x"})
    assert not isinstance(info.value, TUnsupported)


@pytest.mark.parametrize(
    ("response", "fragment", "strict"),
    [
        (httpx.Response(200, html="<html>proxy page</html>"), "invalid JSON", False),
        (httpx.Response(200, content=b'{"id": "m1", "title": "tr'), "invalid JSON", False),
        (httpx.Response(200, content=b""), "empty body", False),
        (httpx.Response(200, json=[1, 2, 3]), "expected an object, got an array", False),
        (httpx.Response(200, content=b"\xff\xfe\x00garbage"), "", False),
        # drift (a wrong field) is read leniently by default (tests/drift); strict mode raises
        (httpx.Response(200, json={"unexpected": True}), "unexpected: unknown field", True),
        (httpx.Response(200, json={"id": 5, "title": None}), "id: wrong type", True),
    ],
)
def test_malformed_success_bodies_raise_typed_error(
    mode: str, response: httpx.Response, fragment: str, strict: bool
) -> None:
    h = Harness(mode, Script([response]), strict_responses=strict)
    with pytest.raises(TResponseValidation) as info:
        h.call(GET_MEMORY, path={"id": "m1"})
    error = info.value
    assert isinstance(error, E.APIResponseValidationError) and isinstance(error, TestAPIError)
    assert not isinstance(error, (KeyError, json.JSONDecodeError))
    assert error.status_code == 200
    assert error.response.status_code == 200
    assert error.request.method == "GET"
    assert isinstance(error.body, str)
    assert fragment in str(error)
    assert error.__cause__ is None or not isinstance(error.__cause__, KeyError)


def test_undocumented_success_status_does_not_crash(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(299, json={"a": 1}), httpx.Response(203, text="plain")]))
    assert h.call(GET_MEMORY, path={"id": "m1"}) == {"a": 1}
    assert h.call(GET_MEMORY, path={"id": "m1"}) == "plain"


def test_envelope_wrong_shape_is_typed(mode: str) -> None:
    h = Harness(
        mode,
        Script(
            [httpx.Response(200, json={"ok": True}), httpx.Response(200, json={"ok": False, "data": None})]
        ),
        profile=ENVELOPE_PROFILE,
    )
    with pytest.raises(TResponseValidation, match="missing key 'data'"):
        h.call(ENV_LIST, body={})
    with pytest.raises(TResponseValidation):
        h.call(ENV_LIST, body={})


def test_envelope_unwrapped_and_decorated(mode: str) -> None:
    data = {"memories": [memory_json(1)], "count": 1}
    h = Harness(mode, Script([httpx.Response(200, json=envelope(data, "rid-9"))]), profile=ENVELOPE_PROFILE)
    result, meta = h.call(ENV_LIST, body={})
    assert result.memories[0].id == "m1"
    assert meta["requestId"] == "rid-9"


def test_empty_path_param_is_a_client_validation_error(mode: str) -> None:
    h = Harness(mode)
    for value in ("", None):
        with pytest.raises(TClientValidation) as info:
            h.call(GET_MEMORY, path={"id": value})
        assert info.value.param == "id"
        assert "'id'" in str(info.value)
        assert isinstance(info.value, ValueError)
    with pytest.raises(TClientValidation):
        h.call(GET_MEMORY, path={})
    assert h.requests == []


def test_unserializable_body_is_a_client_validation_error(mode: str) -> None:
    h = Harness(mode)
    with pytest.raises(TClientValidation, match="not JSON-serialisable"):
        h.call(CREATE, body={"title": float("nan")})
    with pytest.raises(TClientValidation):
        h.call(CREATE, body={"title": object()})


def test_security_false_operation_still_maps_errors(mode: str) -> None:
    h = Harness(mode, Script([httpx.Response(503, json={"status": "degraded"})] * 3))
    with pytest.raises(TServerError) as info:
        h.call(HEALTH)
    assert info.value.body == {"status": "degraded"}


def test_exception_tree_docstring_lists_every_class() -> None:
    doc = E.__doc__ or ""
    for name in E.__all__:
        assert name in doc, name
