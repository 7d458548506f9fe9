"""Spec conformance: schemathesis fuzzes ``specs/memories-sh.openapi.yaml`` against the local server.

Every operation of the spec (the ``/api/sdk/v1`` envelope routes, the management routes and
``POST /api/mcp``) runs with a bounded number of generated requests (derandomised, so CI is stable
and the run stops by itself) over real HTTP against one in-process server, and every response must
pass: no 5xx, a status code the spec documents, the documented content type, a body that
validates against the documented schema, and the documented response headers.

Both generation modes run: valid requests (``positive``) and requests that break the schema
(``negative``), since the zod rejections (``400 INVALID_REQUEST``) are part of the spec too, and
the two data checks hold the spec and the server to each other: a valid request is not refused
(``positive_data_acceptance``), an invalid one is not accepted (``negative_data_rejection``). The
few answers of the service they cannot judge are excused per operation, each naming its source
(``POSITIVE_EXCEPTIONS``/``NEGATIVE_EXCEPTIONS``; ``docs/fidelity/memories-sh.md`` lists them).
Besides the explicit examples and the coverage phase's boundary values, the fuzzing phase draws at
most ``MAX_EXAMPLES`` cases per operation.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from jsonschema import Draft202012Validator
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    positive_data_acceptance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from strict_responses import schemathesis_check, strict_checker

from memories_sh.testing import ApiKey, LocalServer, ServerConfig, generate_api_key, run_server
from memories_sh.testing._common import js_trim

SPEC = Path(__file__).resolve().parents[2] / "specs" / "memories-sh.openapi.yaml"
MAX_EXAMPLES = 20

SPEC_DATA = yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def _route(case: schemathesis.Case) -> str:
    return f"{case.operation.method.upper()} {case.operation.path}"


def _json(response: Any) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        return None


def _error_code(body: Any) -> str | None:
    """``error.code`` of an envelope, or ``error.data.code`` of a JSON-RPC error."""
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return None
    code = error.get("code")
    data = error.get("data")
    if not isinstance(code, str) and isinstance(data, dict):
        code = data.get("code")
    return code if isinstance(code, str) else None


def _request_validator(route: str) -> Draft202012Validator:
    """A validator of the JSON request body of ``route`` as the spec documents it."""
    method, path = route.split(" ", 1)
    pointer = f"#/paths/{path.replace('~', '~0').replace('/', '~1')}/{method.lower()}"
    pointer += "/requestBody/content/application~1json/schema"
    return Draft202012Validator({**SPEC_DATA, "$ref": pointer})


MCP_REQUEST = _request_validator("POST /api/mcp")


def _mcp_negative_accepted_by_design(case: schemathesis.Case, response: Any) -> bool:
    """``POST /api/mcp`` reads only ``method`` and, for ``tools/call``, ``params.name`` (400 when
    they are wrong); it never reads ``jsonrpc``, echoes any ``id``, takes a non-object ``params``
    as ``{}`` and reports every other problem as a JSON-RPC error in an HTTP 200 body
    (packages/web/src/app/api/mcp/route.ts, mcp-route-helpers.ts ``jsonRpcErrorResponse``)."""
    body = _json(response)
    if isinstance(body, dict) and "error" in body:
        return True  # rejected, the JSON-RPC way
    sent = case.body
    if not isinstance(sent, dict):
        return False
    repaired = {**sent, "jsonrpc": "2.0", "id": 1}
    if "params" in sent and not isinstance(sent["params"], dict):
        repaired["params"] = {}
    return MCP_REQUEST.is_valid(repaired)


def _blank_key_id(case: schemathesis.Case, response: Any) -> bool:
    """A blank ``keyId`` is read as no ``keyId`` (revoke every key): ``searchParams.get("keyId")
    ?.trim() || null`` in packages/web/src/app/api/mcp/key/route.ts. The spec keeps it non-blank
    so that an SDK caller's empty variable cannot revoke every key."""
    key_id = (case.query or {}).get("keyId")
    return isinstance(key_id, str) and not js_trim(key_id)


def _uncatalogued_embedding_model(case: schemathesis.Case, response: Any) -> bool:
    """An embedding model must be in the AI Gateway catalogue the service reads at run time
    (packages/web/src/lib/sdk-embeddings/models.ts, ``resolveEmbeddingModelSelection``): no request
    schema can list it, so a generated model id answers 400 UNSUPPORTED_EMBEDDING_MODEL."""
    return response.status_code == 400 and _error_code(_json(response)) == "UNSUPPORTED_EMBEDDING_MODEL"


def _key_expiry_refused(case: schemathesis.Case, response: Any) -> bool:
    """``expiresAt`` is whatever ``new Date()`` parses, more than 1 minute and at most 365 days
    after the server's clock (packages/web/src/lib/api-key-expiry.ts,
    ``parseRequestedApiKeyExpiry``): a generated string is almost never such a date. The legacy
    error rides as 400 LEGACY_MCP_KEY_ERROR with the route's message in ``details.error``."""
    body = _json(response)
    error = body.get("error") if isinstance(body, dict) else None
    details = error.get("details") if isinstance(error, dict) else None
    return (
        response.status_code == 400
        and _error_code(body) == "LEGACY_MCP_KEY_ERROR"
        and isinstance(details, dict)
        and str(details.get("error", "")).startswith("expiresAt ")
    )


# Documented answers of the service that the two data checks cannot tell apart from a wrong one,
# by operation: each predicate names one refusal (status and error) of a schema-valid request, or
# one acceptance of a schema-breaking request; any other answer is still checked.
POSITIVE_EXCEPTIONS: dict[str, Callable[[schemathesis.Case, Any], bool]] = {
    "POST /api/sdk/v1/memories/add": _uncatalogued_embedding_model,
    "POST /api/sdk/v1/memories/edit": _uncatalogued_embedding_model,
    "GET /api/sdk/v1/embeddings/models": _uncatalogued_embedding_model,
    "POST /api/sdk/v1/management/keys": _key_expiry_refused,
}
NEGATIVE_EXCEPTIONS: dict[str, Callable[[schemathesis.Case, Any], bool]] = {
    "POST /api/mcp": _mcp_negative_accepted_by_design,
    "DELETE /api/sdk/v1/management/keys": _blank_key_id,
}


def positive_data_acceptance_or_documented(ctx: Any, response: Any, case: schemathesis.Case) -> None:
    """``positive_data_acceptance``, except the refusals of ``POSITIVE_EXCEPTIONS``."""
    excused = POSITIVE_EXCEPTIONS.get(_route(case))
    if excused is None or not excused(case, response):
        positive_data_acceptance(ctx, response, case)


def negative_data_rejection_or_documented(ctx: Any, response: Any, case: schemathesis.Case) -> None:
    """``negative_data_rejection``, except the acceptances of ``NEGATIVE_EXCEPTIONS`` (2xx only)."""
    excused = NEGATIVE_EXCEPTIONS.get(_route(case))
    if excused is None or not (200 <= response.status_code < 300 and excused(case, response)):
        negative_data_rejection(ctx, response, case)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    # Valid requests are accepted, invalid ones rejected (statuses: schemathesis's defaults).
    positive_data_acceptance_or_documented,
    negative_data_rejection_or_documented,
    # No undocumented response field (``additionalProperties: false`` on documented objects).
    schemathesis_check(strict_checker(SPEC)),
]

schema = schemathesis.openapi.from_path(SPEC)
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES, deterministic=True
)

# The key used for the runtime routes and /api/mcp belongs to its own owner: the management
# operations (run with the dashboard owner's credentials) rotate and revoke *their* owner's key,
# which must not turn every later runtime case into a 401.
FUZZ_KEY = generate_api_key()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    config = ServerConfig(
        keys=[generate_api_key(), ApiKey(FUZZ_KEY, owner_id="schemathesis-owner")],
        db=str(tmp_path_factory.mktemp("memories-sh-schemathesis")),
        # The service's limiter (120 requests / 60 s per key, 60 / 5 per minute on management
        # routes) would answer 429 to nearly every generated case after the first few seconds;
        # 429 is documented, but the run would then test little else.
        rate_limit=None,
        management_rate_limit=None,
        management_strict_rate_limit=None,
    )
    with run_server(config) as srv:
        yield srv


SESSION_COOKIE = SPEC_DATA["components"]["securitySchemes"]["ManagementSession"]["name"]


def _session_cookie(server: LocalServer) -> dict[str, str]:
    config = server.config
    return {"Cookie": f"{config.session_cookie_name}={config.session_cookie_value}"}


def _credentials(case: schemathesis.Case, server: LocalServer) -> dict[str, str]:
    """The operation's own security scheme, with a valid credential."""
    path = case.operation.path
    if path == "/api/sdk/v1/health":  # security: []
        return {}
    if path == "/api/mcp" and case.method.upper() == "GET":
        # With a key, GET opens the never-ending SSE session stream (test_mcp_sse.py covers it);
        # without one it is the JSON status probe, which a bounded run can validate.
        return {}
    if path == "/api/sdk/v1/management/keys":  # ManagementSession only
        # A case that leaves the session cookie out tests the 401: send none of ours either.
        return _session_cookie(server) if SESSION_COOKIE in (case.cookies or {}) else {}
    # BearerApiKey; the [H] management routes take the key or the session: the key here. A case
    # that leaves the Authorization header out tests the 401: send none either.
    if not any(name.lower() == "authorization" for name in case.headers or {}):
        return {}
    return {"Authorization": f"Bearer {FUZZ_KEY}"}


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
def test_spec_conformance(case: schemathesis.Case, server: LocalServer) -> None:
    case.call_and_validate(
        base_url=server.base_url, headers=_credentials(case, server), checks=CHECKS, timeout=30
    )


def _answer(status: int, body: Any) -> SimpleNamespace:
    return SimpleNamespace(status_code=status, content=json.dumps(body).encode())


def _envelope_error(code: str, **details: Any) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, **({"details": details} if details else {})}
    return {"ok": False, "data": None, "error": error}


def test_each_exception_excuses_only_the_answer_it_names() -> None:
    case = SimpleNamespace(body=None, query={})
    assert _uncatalogued_embedding_model(case, _answer(400, _envelope_error("UNSUPPORTED_EMBEDDING_MODEL")))
    assert not _uncatalogued_embedding_model(case, _answer(400, _envelope_error("INVALID_REQUEST")))
    expiry = _envelope_error("LEGACY_MCP_KEY_ERROR", error="expiresAt is required")
    assert _key_expiry_refused(case, _answer(400, expiry))
    assert not _key_expiry_refused(
        case, _answer(400, _envelope_error("LEGACY_MCP_KEY_ERROR", error="Unauthorized"))
    )
    assert _blank_key_id(SimpleNamespace(query={"keyId": " \u3000"}), None)
    assert not _blank_key_id(SimpleNamespace(query={"keyId": "k"}), None)
    result = _answer(200, {"jsonrpc": "2.0", "id": {}, "result": {}})
    # the route never reads `jsonrpc` and echoes any `id` …
    ignored = SimpleNamespace(body={"jsonrpc": "1.0", "id": {}, "method": "tools/list"})
    assert _mcp_negative_accepted_by_design(ignored, result)
    # … but a `tools/call` without a name, or an empty method, must not be answered with a result
    nameless = SimpleNamespace(
        body={"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": {"name": ""}}
    )
    assert not _mcp_negative_accepted_by_design(nameless, result)
    assert not _mcp_negative_accepted_by_design(
        SimpleNamespace(body={"jsonrpc": "2.0", "method": ""}), result
    )
    rpc_error = _answer(
        200, {"jsonrpc": "2.0", "id": 1, "error": {"code": -32602, "message": "bad arguments"}}
    )
    assert _mcp_negative_accepted_by_design(nameless, rpc_error)
