"""Configuration: defaults, auth, env vars, headers, timeouts, injection, with_options/copy."""

from __future__ import annotations

import asyncio
import platform
import re

import httpx
import installed
import pytest
from engine_support import (
    CREATE,
    GET_MEMORY,
    HEALTH,
    PROFILE,
    SECRET,
    WEBHOOK_SECRET,
    Harness,
    Script,
    TClientValidation,
    memory_json,
)

from agent_memory_sdk import NOT_GIVEN
from agent_memory_sdk._client import AsyncAPIClient, SyncAPIClient
from agent_memory_sdk._profile import APIProfile
from agent_memory_sdk._runtime import SyncResource

OK = httpx.Response(200, json=memory_json())


def test_defaults() -> None:
    client = SyncAPIClient(profile=PROFILE)
    assert client.timeout == httpx.Timeout(60, connect=5)
    assert client.max_retries == 2
    assert client.base_url == "http://testserver"
    assert client.api_key is None
    assert isinstance(client.http_client, httpx.Client)
    client.close()
    assert client.is_closed


def test_user_agent_and_accept(mode: str) -> None:
    h = Harness(mode, Script([OK]))
    h.call(GET_MEMORY, path={"id": "m1"})
    headers = h.requests[0].headers
    dist = installed.distribution()  # the name and version users see in their pip list
    expected = f"{dist.metadata['Name']}/{dist.version} python/{platform.python_version()}"
    assert headers["user-agent"] == expected
    assert re.fullmatch(r"\S+/\S+ python/\d+\.\d+\.\d+\S*", headers["user-agent"])
    assert headers["accept"] == "application/json"
    assert "content-type" not in headers


def test_auth_applies_only_to_secured_operations(mode: str) -> None:
    h = Harness(mode, Script([OK, OK]), api_key=SECRET)
    h.call(GET_MEMORY, path={"id": "m1"})
    h.call(HEALTH)
    assert h.requests[0].headers["x-api-key"] == SECRET
    assert "x-api-key" not in h.requests[1].headers


def test_no_key_no_auth_header(mode: str) -> None:
    h = Harness(mode, Script([OK]))
    h.call(GET_MEMORY, path={"id": "m1"})
    assert "x-api-key" not in h.requests[0].headers


def test_env_defaults_and_argument_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_API_KEY", "env-key-123")
    monkeypatch.setenv("TEST_BASE_URL", "http://env.example:9077/")
    monkeypatch.setenv("TEST_AGENT_ID", "env-agent")
    client = SyncAPIClient(profile=PROFILE)
    assert (client.api_key, client.base_url, client.options["agent_id"]) == (
        "env-key-123",
        "http://env.example:9077",
        "env-agent",
    )
    client2 = SyncAPIClient(profile=PROFILE, api_key="arg-key", base_url="http://arg", agent_id="arg-agent")
    assert (client2.api_key, client2.base_url, client2.options["agent_id"]) == (
        "arg-key",
        "http://arg",
        "arg-agent",
    )


def test_missing_base_url_and_required_key() -> None:
    with pytest.raises(TClientValidation, match="base_url"):
        SyncAPIClient(profile=APIProfile(client_validation_error=TClientValidation))
    with pytest.raises(TClientValidation, match="TEST_API_KEY"):
        SyncAPIClient(
            profile=APIProfile(
                default_base_url="http://x",
                api_key_env="TEST_API_KEY",
                api_key_required=True,
                client_validation_error=TClientValidation,
            )
        )


def test_unknown_client_option_rejected() -> None:
    with pytest.raises(TypeError, match="bogus"):
        SyncAPIClient(profile=PROFILE, bogus=1)
    client = SyncAPIClient(profile=PROFILE)
    with pytest.raises(TypeError, match="bogus"):
        client.with_options(bogus=1)


def test_header_options_and_precedence(mode: str) -> None:
    h = Harness(mode, Script(default=lambda r: httpx.Response(201, json=memory_json())), agent_id="agent-a")
    h.call(CREATE, body={"title": "t"})
    h.call(CREATE, headers={"X-Agent-Id": "agent-b"}, body={"title": "t"})
    h.call(
        CREATE,
        headers={"X-Agent-Id": NOT_GIVEN},
        body={"title": "t"},
        options={"extra_headers": {"x-agent-id": "c"}},
    )
    h.call(CREATE, body={"title": "t"}, options={"extra_headers": {"X-Agent-Id": None}})
    got = [r.headers.get("x-agent-id") for r in h.requests]
    assert got == ["agent-a", "agent-b", "c", None]
    assert h.requests[0].headers["content-type"] == "application/json"


def test_custom_headers_and_extra_headers(mode: str) -> None:
    h = Harness(mode, Script([OK, OK]), headers={"X-Team": "core", "User-Agent": "mine/1"})
    h.call(GET_MEMORY, path={"id": "m1"})
    h.call(GET_MEMORY, path={"id": "m1"}, options={"extra_headers": {"X-Team": "other", "X-Trace": "t"}})
    assert h.requests[0].headers["x-team"] == "core"
    assert h.requests[0].headers["user-agent"] == "mine/1"
    assert (h.requests[1].headers["x-team"], h.requests[1].headers["x-trace"]) == ("other", "t")


def test_per_call_timeout(mode: str) -> None:
    h = Harness(mode, Script([OK, OK, OK, OK]), timeout=httpx.Timeout(30, connect=2))
    h.call(GET_MEMORY, path={"id": "m1"})
    h.call(GET_MEMORY, path={"id": "m1"}, options={"timeout": 7})
    h.call(GET_MEMORY, path={"id": "m1"}, options={"timeout": httpx.Timeout(9, connect=1)})
    h.call(GET_MEMORY, path={"id": "m1"}, options={"timeout": None})
    timeouts = [r.extensions["timeout"] for r in h.requests]
    assert timeouts[0] == {"connect": 2, "read": 30, "write": 30, "pool": 30}
    assert timeouts[1] == {"connect": 7, "read": 7, "write": 7, "pool": 7}
    assert timeouts[2] == {"connect": 1, "read": 9, "write": 9, "pool": 9}
    assert timeouts[3] == {"connect": None, "read": None, "write": None, "pool": None}


def test_number_timeout_and_injected_client_timeout() -> None:
    assert SyncAPIClient(profile=PROFILE, timeout=12).timeout == httpx.Timeout(12)
    http = httpx.Client(timeout=httpx.Timeout(3))
    assert SyncAPIClient(profile=PROFILE, http_client=http).timeout == httpx.Timeout(3)


def test_injected_client_is_not_closed() -> None:
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with SyncAPIClient(profile=PROFILE, http_client=http) as client:
        assert client.http_client is http
    assert not http.is_closed
    ahttp = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200)))

    async def run() -> None:
        async with AsyncAPIClient(profile=PROFILE, http_client=ahttp) as aclient:
            assert aclient.http_client is ahttp
        assert not ahttp.is_closed

    asyncio.run(run())


def test_owned_client_is_closed() -> None:
    with SyncAPIClient(profile=PROFILE) as client:
        pass
    assert client.http_client.is_closed

    async def run() -> AsyncAPIClient:
        async with AsyncAPIClient(profile=PROFILE) as aclient:
            return aclient

    assert asyncio.run(run()).http_client.is_closed


def test_the_owned_pool_is_built_on_first_use_and_shared_by_copies(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[httpx.Client] = []
    real = SyncAPIClient._make_http_client

    def counting(self: SyncAPIClient, verify: object, timeout: httpx.Timeout) -> httpx.Client:
        built.append(real(self, verify, timeout))
        return built[-1]

    monkeypatch.setattr(SyncAPIClient, "_make_http_client", counting)
    client = SyncAPIClient(profile=PROFILE, timeout=7)
    copy = client.with_options(max_retries=0)
    assert built == [] and not client.is_closed  # creating a client builds no connection pool
    assert copy.http_client is client.http_client is built[0] and len(built) == 1
    assert built[0].timeout == httpx.Timeout(7)
    client.close()
    assert copy.is_closed and client.is_closed and len(built) == 1


def test_tls_options() -> None:
    http = httpx.Client()
    with pytest.raises(TClientValidation, match="http_client"):
        SyncAPIClient(profile=PROFILE, http_client=http, verify=False)
    SyncAPIClient(profile=PROFILE, verify=False).close()


def test_with_options_shares_the_pool(mode: str) -> None:
    h = Harness(mode, Script(default=lambda r: httpx.Response(503)), api_key=SECRET, agent_id="a1")
    copy = h.client.with_options(max_retries=0, timeout=5, agent_id="a2", headers={"X-Extra": "1"})
    assert copy.http_client is h.client.http_client is h.http
    assert type(copy) is type(h.client)
    assert (copy.max_retries, copy.timeout, copy.options["agent_id"]) == (0, httpx.Timeout(5), "a2")
    assert (h.client.max_retries, h.client.options["agent_id"]) == (2, "a1")
    assert copy.api_key == SECRET
    with pytest.raises(Exception):  # noqa: B017 - any API error; we count requests
        h.run(copy.request(GET_MEMORY, path={"id": "m1"}))
    assert len(h.requests) == 1
    assert h.requests[0].headers["x-extra"] == "1"


def test_copy_set_headers_replaces_and_copy_never_closes_shared_pool() -> None:
    client = SyncAPIClient(profile=PROFILE, headers={"A": "1"})
    copy = client.copy(set_headers={"B": "2"}, api_key="other-key")
    assert copy._custom_headers == {"B": "2"}
    assert client._custom_headers == {"A": "1"}
    with copy:
        pass
    assert not client.http_client.is_closed
    client.close()
    assert client.http_client.is_closed


class _Items(SyncResource):
    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self.sub = _Sub(client)


class _Sub(SyncResource):
    pass


class _FacadeClient(SyncAPIClient):
    api_profile = PROFILE

    def __init__(self, **kw: object) -> None:
        super().__init__(**kw)  # type: ignore[arg-type]
        self.items = _Items(self)


def test_copy_rebinds_facade_resources() -> None:
    client = _FacadeClient(api_key="k1k1k1")
    copy = client.with_options(api_key="k2k2k2")
    assert copy.items._client is copy
    assert copy.items.sub._client is copy
    assert client.items._client is client
    assert client.items.sub._client is client
    assert copy._client is copy and client._client is client


def test_repr_redacts_secrets() -> None:
    client = SyncAPIClient(profile=PROFILE, api_key=SECRET, webhook_secret=WEBHOOK_SECRET, agent_id="bob")
    text = repr(client)
    assert SECRET not in text and WEBHOOK_SECRET not in text
    assert "[REDACTED]" in text and "agent_id='bob'" in text
    assert SECRET not in repr(client.with_options(max_retries=1))
