"""Shared helpers of the engine tests: a test API profile with its own exception names, small
models, hand-built operations and a harness that runs every call through the sync or the async
client over ``httpx.MockTransport`` (recording requests and sleeps; nothing really sleeps)."""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import json
import sys
import types
from collections.abc import Callable, Iterable
from typing import Any

import httpx

from agent_memory_sdk import _exceptions as E
from agent_memory_sdk._client import AsyncAPIClient, SyncAPIClient
from agent_memory_sdk._profile import APIProfile, RetrySignal, StatusErrorMap, bearer_auth, header_auth
from agent_memory_sdk._runtime import BaseModel, Operation

SECRET = "sk-test-9f8e7d6c5b4a39281706"
BEARER_SECRET = "mem_" + "ab" * 32
WEBHOOK_SECRET = "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ="
PKG = "engine_test_pkg"


# -- the test API's exception names, combined with the engine bases the way an API does it ------
class TestAPIError(E.SDKError):
    """Base error of the test API."""

    __test__ = False


class TStatusError(TestAPIError, E.APIStatusError): ...


class TBadRequest(TStatusError, E.BadRequestError): ...


class TAuthError(TStatusError, E.AuthenticationError): ...


class TNotFound(TStatusError, E.NotFoundError): ...


class TUnsupported(TNotFound, E.UnsupportedEndpointError): ...


class TConflict(TStatusError, E.ConflictError): ...


class TRateLimit(TStatusError, E.RateLimitError): ...


class TServerError(TStatusError, E.InternalServerError): ...


class TConnectionError(TestAPIError, E.APIConnectionError): ...


class TTimeout(TConnectionError, E.APITimeoutError): ...


class TResponseValidation(TestAPIError, E.APIResponseValidationError): ...


class TClientValidation(TestAPIError, E.ClientValidationError): ...


STATUS_MAP = StatusErrorMap(
    by_status={400: TBadRequest, 401: TAuthError, 404: TNotFound, 409: TConflict, 429: TRateLimit},
    server_error=TServerError,
    fallback=TStatusError,
)

PROFILE = APIProfile(
    name="TestAPI",
    default_base_url="http://testserver",
    api_key_env="TEST_API_KEY",
    base_url_env="TEST_BASE_URL",
    auth=header_auth("X-API-Key"),
    client_options={"agent_id": "TEST_AGENT_ID", "webhook_secret": "TEST_WEBHOOK_SECRET"},
    secret_options=frozenset({"webhook_secret"}),
    status_error=STATUS_MAP,
    connection_error=TConnectionError,
    timeout_error=TTimeout,
    response_validation_error=TResponseValidation,
    unsupported_endpoint_error=TUnsupported,
    client_validation_error=TClientValidation,
)


def _envelope_data(op: Operation, response: httpx.Response, body: Any) -> Any:
    if body["ok"] is not True:
        raise ValueError("envelope not ok")
    return body["data"]


def _envelope_signal(response: httpx.Response, body: Any) -> RetrySignal | None:
    if not isinstance(body, dict) or not isinstance(body.get("error"), dict):
        return None
    error = body["error"]
    after = (error.get("details") or {}).get("retryAfterSeconds")
    return RetrySignal(retryable=error.get("retryable"), retry_after=None if after is None else float(after))


def _envelope_request_id(response: httpx.Response, body: Any) -> str | None:
    return body["meta"]["requestId"] if isinstance(body, dict) else None


ENVELOPE_PROFILE = APIProfile(
    name="EnvelopeAPI",
    default_base_url="http://envelope.test",
    auth=bearer_auth,
    send_null=False,
    status_error=STATUS_MAP,
    connection_error=TConnectionError,
    timeout_error=TTimeout,
    response_validation_error=TResponseValidation,
    unsupported_endpoint_error=TUnsupported,
    client_validation_error=TClientValidation,
    unwrap_success=_envelope_data,
    decorate_result=lambda result, op, response, body: (result, body["meta"]),
    retry_signal=_envelope_signal,
    request_id=_envelope_request_id,
)


# -- models ----------------------------------------------------------------------------------
class Tier(str, enum.Enum):
    SHORT = "short"
    LONG = "long"


class Memory(BaseModel):
    id: str
    title: str
    tier: Tier = Tier.SHORT
    tags: list[str] = []
    created_at: dt.datetime | None = None


class MemoryList(BaseModel):
    memories: list[Memory]
    count: int


class MemoryWithLinks(BaseModel):
    id: str
    title: str
    links: list[str] = []


class GetWrapper(BaseModel):
    memory: dict[str, Any]
    links: list[str] = []


class BulkResult(BaseModel):
    created: int
    errors: list[str] = []
    batch: str | None = None


class NewMemory(BaseModel):
    title: str
    content: str | None = None
    agent_id: str | None = None


_pkg = types.ModuleType(PKG)
_pkg.__path__ = []
sys.modules[PKG] = _pkg
sys.modules[f"{PKG}.models"] = sys.modules[__name__]


def op(
    name: str, method: str, path: str, responses: dict[int, str | None] | None = None, **kw: Any
) -> Operation:
    """A hand-built operation in the fake generated package."""
    return Operation(name=name, method=method, path=path, package=PKG, responses=responses or {}, **kw)


GET_MEMORY = op("get_memory", "GET", "/v1/items/{id}", {200: "models:Memory"})
CREATE = op(
    "create",
    "POST",
    "/v1/items",
    {201: "models:Memory", 200: "models:Memory"},
    content_type="application/json",
    header_options={"X-Agent-Id": "agent_id"},
)
UPDATE = op("update", "PUT", "/v1/items/{id}", {200: "models:Memory"}, content_type="application/json")
DELETE = op("delete", "DELETE", "/v1/items/{id}", {204: None})
HEALTH = op("health", "GET", "/health", {200: "models:Memory"}, security=False)
METRICS = op("metrics", "GET", "/metrics", {200: "text"})
LIST = op(
    "list",
    "GET",
    "/v1/items",
    {200: "models:MemoryList"},
    sdk={"paginate": {"style": "offset", "items": "memories", "limit": "limit", "offset": "offset"}},
)
SEARCH = op("search", "GET", "/v1/search", {200: "models:MemoryList"}, sdk={"csv": ["tags"]})
GET_UNWRAP = op(
    "get_links",
    "GET",
    "/v1/items/{id}/links",
    {200: "models:GetWrapper"},
    sdk={"unwrap": {"field": "memory", "merge": ["links"]}},
    returns="models:MemoryWithLinks",
)
BULK = op(
    "bulk",
    "POST",
    "/v1/items/bulk",
    {200: "models:BulkResult"},
    content_type="application/json",
    request_array=True,
    sdk={"chunk": {"max_items": 1000, "sum": ["created"], "concat": ["errors"]}},
)
SUBSCRIBE = op(
    "subscribe", "POST", "/v1/subs", {200: None}, content_type="application/json", sdk={"csv": ["events"]}
)
UNSERVED = op("unserved", "GET", "/v1/ghost/{id}", {200: "models:Memory"}, served=False)
UNDOCUMENTED = op("loose", "GET", "/v1/loose", {})
ENV_LIST = op("env_list", "POST", "/sdk/list", {200: "models:MemoryList"}, content_type="application/json")


def memory_json(i: int | str = 1, **extra: Any) -> dict[str, Any]:
    return {"id": f"m{i}", "title": f"title {i}", "tier": "short", "tags": [], **extra}


def envelope(data: Any, request_id: str = "req-123") -> dict[str, Any]:
    meta = {
        "version": "2026-02-11",
        "endpoint": "/x",
        "requestId": request_id,
        "timestamp": "2026-01-01T00:00:00Z",
    }
    return {"ok": True, "data": data, "error": None, "meta": meta}


def envelope_error(
    status: int, code: str, retryable: bool, details: dict[str, Any] | None = None
) -> dict[str, Any]:
    error: dict[str, Any] = {
        "type": "x",
        "code": code,
        "message": code.lower(),
        "status": status,
        "retryable": retryable,
    }
    if details is not None:
        error["details"] = details
    meta = {
        "version": "2026-02-11",
        "endpoint": "/x",
        "requestId": "req-err",
        "timestamp": "2026-01-01T00:00:00Z",
    }
    return {"ok": False, "data": None, "error": error, "meta": meta}


Step = httpx.Response | BaseException | Callable[[httpx.Request], httpx.Response]


class Script:
    """A MockTransport handler replaying ``steps`` (responses, exceptions or callables) in order."""

    def __init__(
        self, steps: Iterable[Step] = (), default: Callable[[httpx.Request], httpx.Response] | None = None
    ):
        self.steps = list(steps)
        self.default = default
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        step: Step
        if self.steps:
            step = self.steps.pop(0)
        elif self.default is not None:
            step = self.default
        else:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        if isinstance(step, BaseException):
            if isinstance(step, httpx.RequestError):
                step.request = request
            raise step
        if callable(step) and not isinstance(step, httpx.Response):
            return step(request)
        # a fresh copy: a Response object must not be sent twice (tests reuse module constants)
        return httpx.Response(step.status_code, headers=step.headers, content=step.content)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


class Harness:
    """One client (sync or async) over a Script; ``call`` runs a request to completion."""

    def __init__(self, mode: str, script: Script | None = None, *, profile: APIProfile = PROFILE, **kw: Any):
        self.mode = mode
        self.script = script or Script()
        self.sleeps: list[float] = []
        transport = httpx.MockTransport(self.script)
        if mode == "sync":
            self.http: Any = httpx.Client(transport=transport)
            self.client: Any = SyncAPIClient(http_client=self.http, profile=profile, **kw)
            self.client._sleep = self.sleeps.append
        else:
            self.http = httpx.AsyncClient(transport=transport)
            self.client = AsyncAPIClient(http_client=self.http, profile=profile, **kw)

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            self.client._sleep = sleep
        self.client._random = lambda: 0.0

    @property
    def requests(self) -> list[httpx.Request]:
        return self.script.requests

    def run(self, value: Any) -> Any:
        return asyncio.run(value) if asyncio.iscoroutine(value) else value

    def call(self, operation: Operation, **kw: Any) -> Any:
        return self.run(self.client.request(operation, **kw))

    def all_items(self, page: Any) -> list[Any]:
        if self.mode == "sync":
            return list(page)

        async def collect() -> list[Any]:
            return [item async for item in page]

        return asyncio.run(collect())

    def pages(self, page: Any) -> list[Any]:
        if self.mode == "sync":
            return list(page.iter_pages())

        async def collect() -> list[Any]:
            return [p async for p in page.iter_pages()]

        return asyncio.run(collect())

    def next_page(self, page: Any) -> Any:
        return self.run(page.next_page())
