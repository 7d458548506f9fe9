"""Spec conformance: schemathesis fuzzes ``specs/memories-sh.openapi.yaml`` against the local server.

Every operation of the spec (the ``/api/sdk/v1`` envelope routes, the management routes and
``POST /api/mcp``) runs with a bounded number of generated requests (derandomised, so CI is stable
and the run stops by itself) over real HTTP against one in-process server, and every response must
pass: no 5xx, a status code the spec documents, the documented content type, a body that
validates against the documented schema, and the documented response headers.

Both generation modes run: valid requests (``positive``) and requests that break the schema
(``negative``), since the zod rejections (``400 INVALID_REQUEST``) are part of the spec too.
Besides the explicit examples and the coverage phase's boundary values, the fuzzing phase draws at
most ``MAX_EXAMPLES`` cases per operation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from strict_responses import schemathesis_check, strict_checker

from memories_sh.testing import ApiKey, LocalServer, ServerConfig, generate_api_key, run_server

SPEC = Path(__file__).resolve().parents[2] / "specs" / "memories-sh.openapi.yaml"
MAX_EXAMPLES = 20

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
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
        return _session_cookie(server)
    # BearerApiKey; the [H] management routes take the key or the session: the key here
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
