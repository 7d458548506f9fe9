"""Issue item 3: every route of the spec is a typed method on both clients; a sample beyond the seed's
table works against the local server or against the reference's payloads."""

from __future__ import annotations

import importlib
import inspect
import keyword
import pkgutil

import pytest
import yaml
from ai_memory_support import Daemon

import ai_memory
from agent_memory_sdk._specs import spec_path
from ai_memory.testing import LocalServer, ServerConfig

ID = "5f0c6b1e-0000-4000-8000-000000000001"


def _operations() -> list[str]:
    import _ai_memory_api.api as api

    names = []
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for module in pkgutil.iter_modules(package.__path__):
            op = importlib.import_module(f"{package.__name__}.{module.name}").OPERATION
            names.append(op.name + "_" if keyword.iskeyword(op.name) else op.name)
    return sorted(names)


def _spec_operation_ids() -> list[str]:
    """The operationIds of the spec itself, read independently of the generated code."""
    spec = yaml.safe_load(spec_path("ai_memory", "ai-memory.openapi.yaml").read_text(encoding="utf-8"))
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    ids = [op["operationId"] for item in spec["paths"].values() for m, op in item.items() if m in methods]
    return sorted(i + "_" if keyword.iskeyword(i) else i for i in ids)


def test_every_operation_is_a_method_on_both_clients_and_raw() -> None:
    operations = _operations()
    assert operations == _spec_operation_ids()  # one generated operation per operation of the spec
    client = ai_memory.AiMemoryClient()
    for name in operations:
        sync = getattr(ai_memory.AiMemoryClient, name)
        method = getattr(ai_memory.AsyncAiMemoryClient, name)
        # a coroutine function, or (paginated operations) a function returning an AsyncPaginator
        returns = str(inspect.signature(method).return_annotation)
        assert inspect.iscoroutinefunction(method) or returns.startswith("AsyncPaginator["), name
        assert sync.__doc__ and "``" in sync.__doc__, name  # documented with its route
        assert callable(getattr(client.with_raw_response, name))
    client.close()


def test_governed_namespace_pending_approve_reject() -> None:
    config = ServerConfig(visibility="owner", governance={"secure": {"write": "approve"}})
    with LocalServer(config) as url, ai_memory.AiMemoryClient(url, agent_id="ai:writer") as client:
        first = client.store(title="needs approval", content="x", namespace="secure")
        second = client.store(title="also pending", content="y", namespace="secure")
        assert isinstance(first, ai_memory.GovernancePending) and first.action == "store"
        listed = client.pending(status="pending")
        assert {p.id for p in listed.pending} == {first.pending_id, second.pending_id}
        approved = client.approve_pending(id=first.pending_id)
        assert approved.approved is True and approved.memory_id
        assert client.get(approved.memory_id).namespace == "secure"
        rejected = client.reject_pending(id=second.pending_id)
        assert rejected.rejected is True


def test_consolidate_archive_capabilities_session_duplicate() -> None:
    config = ServerConfig(visibility="owner", admin_agent_ids=["ai:admin"])
    with LocalServer(config) as url, ai_memory.AiMemoryClient(url, agent_id="ai:admin") as client:
        a = client.store(title="part one", content="alpha")
        b = client.store(title="part two", content="beta")
        merged = client.consolidate(ids=[a["id"], b["id"]], title="both parts", summary="alpha and beta")
        assert merged.consolidated == 2 and merged.memory.title == "both parts"
        c = client.store(title="old", content="to archive")
        archived = client.archive(ids=[c["id"], "missing-id"], reason="cleanup")
        assert archived.archived == [c["id"]] and archived.missing == ["missing-id"]
        assert [m.id for m in client.list_archive().archived] == [c["id"]]
        assert client.archive_stats().archived_total == 1
        assert client.restore_archive(id=c["id"]).restored is True
        capabilities = client.capabilities()
        assert capabilities.to_dict()
        session = client.session_start(namespace="global")
        assert session.session_id
        duplicate = client.check_duplicate(title="both parts", content="alpha and beta")
        assert duplicate.threshold == 0.85


def test_kg_query_request_and_parse(daemon: Daemon) -> None:
    daemon.reply(200, {"source_id": ID, "max_depth": 2, "memories": [], "paths": [], "count": 0})
    result = daemon.run(lambda c: c.kg_query(source_id=ID, max_depth=2, rel_types=["supersedes"]))
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/kg/query")
    assert daemon.last.json == {"source_id": ID, "max_depth": 2, "rel_types": ["supersedes"]}
    assert result.count == 0 and result.max_depth == 2


def test_contradictions_and_taxonomy(daemon: Daemon) -> None:
    daemon.reply(200, {"memories": [], "links": []})
    daemon.run(lambda c: c.contradictions(topic="dns", limit=5))
    assert (daemon.last.method, daemon.last.path, daemon.last.params) == (
        "GET",
        "/api/v1/contradictions",
        {"topic": "dns", "limit": "5"},
    )
    tree = {"namespace": "", "name": "", "count": 0, "subtree_count": 3, "children": []}
    daemon.reply(200, {"tree": tree, "total_count": 3, "truncated": False})
    result = daemon.run(lambda c: c.taxonomy(prefix="team", depth=2))
    assert daemon.last.params == {"prefix": "team", "depth": "2"}
    assert result.total_count == 3 and result.truncated is False


@pytest.mark.parametrize("status", [201, 200])
def test_register_entity(daemon: Daemon, status: int) -> None:
    body = {"entity_id": "e1", "canonical_name": "BIND9", "namespace": "dns", "aliases": ["named"]}
    daemon.reply(status, {**body, "created": status == 201})
    result = daemon.run(
        lambda c: c.register_entity(canonical_name="BIND9", namespace="dns", aliases=["named"])
    )
    assert daemon.last.json == {"canonical_name": "BIND9", "namespace": "dns", "aliases": ["named"]}
    assert result.entity_id == "e1" and result.created is (status == 201)
