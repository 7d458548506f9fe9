"""End to end against the local server (``memories_sh.testing``), over both transports."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from memories_sh import MemoriesClient, NotFoundError, meta_of
from memories_sh.testing import LocalServer, ServerConfig, run_server


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with run_server(ServerConfig()) as local:
        yield local


@pytest.mark.parametrize("transport", ["sdk_http", "mcp"])
def test_round_trip(server: LocalServer, transport: str) -> None:
    project = f"github.com/acme/{transport}"
    with MemoriesClient(
        server.api_key, base_url=server.base_url, transport=transport, user_id="u1"
    ) as client:
        added = client.memories.add(content="Always run smoke tests", type="rule", project_id=project)
        assert meta_of(added) is not None and meta_of(added).request_id
        assert client.memories.search("smoke", project_id=project).memories[0].id == added.id
        context = client.context.get(query="smoke", project_id=project)
        assert [rule.id for rule in context.rules] == [added.id]
        assert client.memories.edit(added.id, content="Run smoke tests first").updated
        assert client.memories.forget(added.id).deleted
        with pytest.raises(NotFoundError) as info:
            client.skills.delete_file("missing.md")
        assert info.value.code == "SKILL_FILE_NOT_FOUND" and info.value.request_id


def test_strategies_and_sessions_through_the_client(server: LocalServer) -> None:
    project = "github.com/acme/strategies"
    with MemoriesClient(server.api_key, base_url=server.base_url, user_id="u2") as client:
        added = client.memories.add(content="Deployments use a blue-green rollout", project_id=project)
        # what a current @memories.sh/core client sends by default
        context = client.context.get(query="blue-green", strategy="lexical", project_id=project)
        assert [m.id for m in context.memories] == [added.id]
        assert client.memories.search("deploying", strategy="lexical", project_id=project).memories == []
        found = client.memories.search("deploying", strategy="semantic", project_id=project)
        assert [m.id for m in found.memories] == [added.id]
        assert found.trace is not None and found.trace.applied_strategy == "semantic"
