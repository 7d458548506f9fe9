"""The client shells: the seed constructor, env defaults, headers, lifecycle, lazy imports, exports."""

from __future__ import annotations

import asyncio
import inspect
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import httpx
import installed
import pytest
from ai_memory_support import Daemon, memory

import agent_memory_sdk
import ai_memory
from ai_memory import AiMemoryClient, AsyncAiMemoryClient

ID = "5f0c6b1e-0000-4000-8000-000000000001"


def test_seed_constructor_signature() -> None:
    for cls in (AiMemoryClient, AsyncAiMemoryClient):
        params = inspect.signature(cls.__init__).parameters
        names = list(params)[1:]
        assert names[:10] == [
            "base_url",
            "api_key",
            "agent_id",
            "timeout",
            "verify",
            "cert",
            "headers",
            "max_retries",
            "http_client",
            "validate_requests",
        ]
        assert params["base_url"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        assert all(params[n].kind is inspect.Parameter.KEYWORD_ONLY for n in names[1:])
        assert params["verify"].default is None and params["cert"].default is None


def test_defaults() -> None:
    client = AiMemoryClient()
    assert client.base_url == "http://localhost:9077"
    assert client.api_key is None and client.agent_id is None
    assert client.max_retries == 2
    assert client.timeout.read == 60 and client.timeout.connect == 5
    client.close()


def test_positional_base_url_and_trailing_slash() -> None:
    with AiMemoryClient("http://example.test:9077/") as client:
        assert client.base_url == "http://example.test:9077"


def test_env_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AI_MEMORY_BASE_URL", "http://env.test:1")
    monkeypatch.setenv("AI_MEMORY_API_KEY", "sk-env")
    monkeypatch.setenv("AI_MEMORY_AGENT_ID", "ai:env")
    with AiMemoryClient() as client:
        assert (client.base_url, client.api_key, client.agent_id) == ("http://env.test:1", "sk-env", "ai:env")
    with AiMemoryClient("http://arg.test", api_key="sk-arg", agent_id="ai:arg") as client:
        assert (client.base_url, client.api_key, client.agent_id) == ("http://arg.test", "sk-arg", "ai:arg")


def test_default_headers_and_custom_headers(daemon: Daemon) -> None:
    daemon.reply(200, {"memory": memory(1), "links": []})
    daemon.run(lambda c: c.get(ID), headers={"X-Trace": "t1"}, api_key="k", agent_id="ai:a")
    headers = daemon.last.headers
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith(installed.distribution().metadata["Name"] + "/")
    assert (headers["x-trace"], headers["x-api-key"], headers["x-agent-id"]) == ("t1", "k", "ai:a")


def test_per_call_options(daemon: Daemon) -> None:
    daemon.reply(500, {"error": "internal server error"}, times=1)
    with pytest.raises(ai_memory.ServerError):
        daemon.run(
            lambda c: c.get(ID, max_retries=0, extra_headers={"X-Extra": "1"}, extra_query={"debug": "1"})
        )
    assert daemon.last.headers["x-extra"] == "1" and daemon.last.params == {"debug": "1"}
    assert len(daemon.sent) == 1


def test_timeout_argument() -> None:
    with AiMemoryClient(timeout=3.5) as client:
        assert client.timeout.read == 3.5 and client.timeout.connect == 3.5
    with AiMemoryClient(timeout=httpx.Timeout(10, connect=1)) as client:
        assert client.timeout.connect == 1


def test_injected_http_client_is_not_closed_and_refuses_tls_args() -> None:
    http = httpx.Client()
    with AiMemoryClient(http_client=http) as client:
        assert client.http_client is http
    assert not http.is_closed
    with pytest.raises(ai_memory.ValidationError, match="http_client"):
        AiMemoryClient(http_client=http, verify=False)
    http.close()


def test_sync_client_closes_its_pool() -> None:
    client = AiMemoryClient()
    with client:
        assert not client.is_closed
    assert client.is_closed


def test_async_client_lifecycle_and_aclose() -> None:
    async def run() -> None:
        async with AsyncAiMemoryClient() as client:
            assert not client.is_closed
        assert client.is_closed
        other = AsyncAiMemoryClient()
        await other.aclose()
        assert other.is_closed

    asyncio.run(run())


def test_with_options_copy_does_not_close_the_shared_pool() -> None:
    client = AiMemoryClient(agent_id="ai:a")
    copy = client.with_options(agent_id="ai:b", max_retries=0, timeout=1.0)
    assert isinstance(copy, AiMemoryClient) and copy.max_retries == 0 and copy.timeout.read == 1.0
    copy.close()
    assert not client.is_closed
    client.close()


def test_clients_subclass_the_engine_and_the_generated_facade() -> None:
    from _ai_memory_api.client import AsyncMethods, Methods

    assert issubclass(AiMemoryClient, agent_memory_sdk.SyncAPIClient) and issubclass(AiMemoryClient, Methods)
    assert issubclass(AsyncAiMemoryClient, agent_memory_sdk.AsyncAPIClient)
    assert issubclass(AsyncAiMemoryClient, AsyncMethods)


def test_item_access_on_results(daemon: Daemon) -> None:
    daemon.reply(201, {"id": ID, "tier": "long", "namespace": "global", "title": "t", "agent_id": "a"})
    created = daemon.run(lambda c: c.store(title="t", content="c"))
    assert created["id"] == ID and created["tier"] == "long" and "id" in created
    assert created.get("potential_contradictions") is None
    with pytest.raises(KeyError):
        created["nope"]


def test_import_is_lazy() -> None:
    code = textwrap.dedent(
        """
        import sys
        import ai_memory
        assert "httpx" not in sys.modules and "pydantic" not in sys.modules, "eager import"
        from ai_memory import verify_webhook_signature, AiMemoryError, ValidationError
        assert "httpx" not in sys.modules and "pydantic" not in sys.modules, "webhooks/errors pulled deps"
        from ai_memory import AiMemoryClient, Tier
        assert "httpx" in sys.modules and "pydantic" in sys.modules
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_public_names_resolve() -> None:
    for name in ai_memory.__all__:
        assert getattr(ai_memory, name) is not None, name
    namespace: dict[str, object] = {}
    exec("from ai_memory import *", namespace)
    assert "AiMemoryClient" in namespace and "verify_webhook_signature" in namespace
    assert set(ai_memory.__all__) <= set(dir(ai_memory))


def test_every_model_is_importable_from_the_top_and_from_types() -> None:
    from _ai_memory_api import models

    for name in models.__all__:
        assert getattr(ai_memory.types, name) is getattr(models, name)
        if name != "ConflictError":  # the exception wins at the top level
            assert getattr(ai_memory, name) is getattr(models, name)
    assert ai_memory.ConflictError is not models.ConflictError
    assert ai_memory.types.ConflictError is models.ConflictError
    assert ai_memory.SubscriptionRequest is models.SubscribeRequest
    with pytest.raises(AttributeError):
        _ = ai_memory.NoSuchModel
    with pytest.raises(AttributeError):
        _ = ai_memory.types.NoSuchModel


def test_seed_model_names_exist() -> None:
    """§13.1: every model name the published SDK exports is importable."""
    for name in (
        "Tier",
        "GovernanceLevel",
        "ApproverType",
        "GovernancePolicy",
        "Memory",
        "MemoryLink",
        "CreateMemory",
        "UpdateMemory",
        "RecallRequest",
        "RecallResponse",
        "AgentRegistration",
        "PendingAction",
        "Stats",
        "SubscriptionRequest",
        "Subscription",
        "NotifyRequest",
        "InboxMessage",
        "BulkCreateResponse",
    ):
        assert getattr(ai_memory, name) is not None, name
    assert ai_memory.Tier.LONG.value == "long" and ai_memory.Tier("short") is ai_memory.Tier.SHORT


def test_pytest_plugin_fixtures(ai_memory_client: AiMemoryClient) -> None:
    """The ``ai_memory.testing`` plugin hands out a working client (agent ``test-agent``)."""
    created = ai_memory_client.store(title="from the plugin", content="fixture")
    assert created.agent_id == "test-agent"
    assert ai_memory_client.get(created["id"]).title == "from the plugin"


async def test_pytest_plugin_async_fixture(async_ai_memory_client: AsyncAiMemoryClient) -> None:
    created = await async_ai_memory_client.store(title="async plugin", content="fixture")
    assert (await async_ai_memory_client.get(created["id"])).content == "fixture"


@pytest.fixture
def closed_after_the_test() -> Iterator[list[AsyncAiMemoryClient]]:
    """Set up before the plugin's client fixture, so torn down after it: checks it was closed."""
    clients: list[AsyncAiMemoryClient] = []
    yield clients
    assert clients and all(client.is_closed for client in clients)


async def test_pytest_plugin_async_client_is_closed_at_teardown(
    closed_after_the_test: list[AsyncAiMemoryClient], async_ai_memory_client: AsyncAiMemoryClient
) -> None:
    await async_ai_memory_client.store(title="closed later", content="fixture")
    assert not async_ai_memory_client.is_closed
    closed_after_the_test.append(async_ai_memory_client)
