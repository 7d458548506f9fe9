"""Every method of the seed's "All methods" table: the exact request, and the parse of the daemon's
real response payloads (reference §5, §7). Each test runs through the sync and the async client."""

from __future__ import annotations

import json
from typing import Any

import pytest
from ai_memory_support import Daemon, link, memory

import ai_memory
from ai_memory import (
    BulkCreateResponse,
    CreateMemoryResponse,
    GovernancePending,
    InboxResponse,
    Memory,
    MemoryWithLinks,
    RecallResponse,
    SearchResponse,
    SubscriptionCreated,
    SubscriptionsResponse,
    Tier,
)

ID = "5f0c6b1e-0000-4000-8000-000000000001"
AGENT = "ai:claude-opus-4.7@host"


def test_health(daemon: Daemon) -> None:
    body = {"status": "ok", "service": "ai-memory", "version": "0.7.0", "embedder_ready": False}
    daemon.reply(200, {**body, "federation_enabled": False})
    result = daemon.run(lambda c: c.health(), api_key="k")
    assert (daemon.last.method, daemon.last.path, daemon.last.query) == ("GET", "/api/v1/health", [])
    assert "x-api-key" not in daemon.last.headers  # exempt from auth
    assert result.status == "ok" and result.version == "0.7.0"


def test_metrics_is_prometheus_text(daemon: Daemon) -> None:
    text = "# HELP ai_memory_memories Memories\n# TYPE ai_memory_memories gauge\nai_memory_memories 3\n"
    daemon.reply(200, text=text, content_type="text/plain; version=0.0.4; charset=utf-8")
    result = daemon.run(lambda c: c.metrics(), api_key="k")
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/metrics")
    assert daemon.last.headers["x-api-key"] == "k"  # /metrics is not exempt
    assert result == text


def test_store_sends_create_body_and_parses_201(daemon: Daemon) -> None:
    daemon.reply(201, {"id": ID, "tier": "long", "namespace": "global", "title": "BIND9", "agent_id": AGENT})
    created = daemon.run(
        lambda c: c.store(title="BIND9", content="notes", tier=Tier.LONG, tags=["dns"], priority=7),
        agent_id=AGENT,
    )
    sent = daemon.last
    assert (sent.method, sent.path) == ("POST", "/api/v1/memories")
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["x-agent-id"] == AGENT
    assert sent.json == {"title": "BIND9", "content": "notes", "tier": "long", "tags": ["dns"], "priority": 7}
    assert isinstance(created, CreateMemoryResponse)
    assert created["id"] == ID and created.id == ID and created.agent_id == AGENT


@pytest.mark.parametrize("mode", ["error", "merge", "version"])
def test_store_on_conflict(daemon: Daemon, mode: str) -> None:
    title = "BIND9 (2)" if mode == "version" else "BIND9"
    daemon.reply(201, {"id": ID, "tier": "mid", "namespace": "global", "title": title, "agent_id": AGENT})
    created = daemon.run(lambda c: c.store(title="BIND9", content="x", on_conflict=mode))
    assert daemon.last.json["on_conflict"] == mode
    assert created.title == title


def test_store_none_is_not_sent(daemon: Daemon) -> None:
    daemon.reply(201, {"id": ID, "tier": "mid", "namespace": "global", "title": "t", "agent_id": AGENT})
    daemon.run(lambda c: c.store(title="t", content="c", namespace=None, metadata={"k": None}))
    assert daemon.last.json == {"title": "t", "content": "c", "metadata": {}}


def test_store_pending_approval_is_a_typed_result(daemon: Daemon) -> None:
    pending = {
        "status": "pending",
        "pending_id": "p-1",
        "reason": "governance requires approval",
        "action": "store",
        "namespace": "team/secure",
    }
    daemon.reply(202, pending)
    result = daemon.run(lambda c: c.store(title="t", content="c", namespace="team/secure"))
    assert isinstance(result, GovernancePending)
    assert result.status == "pending" and result.pending_id == "p-1" and result["action"] == "store"


@pytest.mark.parametrize("method", ["delete", "promote"])
def test_delete_and_promote_pending_approval(daemon: Daemon, method: str) -> None:
    daemon.reply(
        202,
        {
            "status": "pending",
            "pending_id": "p-2",
            "reason": "governance requires approval",
            "action": method,
            "memory_id": ID,
        },
    )
    result = daemon.run(lambda c: getattr(c, method)(ID))
    assert isinstance(result, GovernancePending) and result.memory_id == ID


def test_bulk_store_sends_a_bare_array_and_parses_string_errors(daemon: Daemon) -> None:
    daemon.reply(200, {"created": 1, "errors": ["validation failed"]})
    result = daemon.run(
        lambda c: c.bulk_store([{"title": "a", "content": "x"}, {"title": "b", "content": "y"}])
    )
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/memories/bulk")
    assert daemon.last.json == [{"title": "a", "content": "x"}, {"title": "b", "content": "y"}]
    assert isinstance(result, BulkCreateResponse)
    assert result.created == 1 and result.errors == ["validation failed"]


def test_bulk_store_splits_more_than_1000_and_sums(daemon: Daemon) -> None:
    rows = [{"title": f"t{i}", "content": "c"} for i in range(2500)]
    daemon.reply(200, {"created": 1000, "errors": []})
    daemon.reply(200, {"created": 999, "errors": ["conflict: already exists"]})
    daemon.reply(200, {"created": 500, "errors": []})
    result = daemon.run(lambda c: c.bulk_store(rows))
    assert [len(s.json) for s in daemon.sent] == [1000, 1000, 500]
    assert daemon.sent[1].json[0] == {"title": "t1000", "content": "c"}
    assert result.created == 2499 and result.errors == ["conflict: already exists"]


def test_get_unwraps_memory_and_keeps_links(daemon: Daemon) -> None:
    daemon.reply(200, {"memory": memory(1), "links": [link(ID, "other")]})
    got = daemon.run(lambda c: c.get(ID), agent_id=AGENT)
    assert (daemon.last.method, daemon.last.path) == ("GET", f"/api/v1/memories/{ID}")
    assert daemon.last.headers["x-agent-id"] == AGENT
    assert isinstance(got, MemoryWithLinks)
    assert got.id == ID and got.title == "memory 1" and got.tier is Tier.LONG
    assert [x.target_id for x in got.links] == ["other"]


def test_get_quotes_the_id(daemon: Daemon) -> None:
    daemon.reply(200, {"memory": memory(1), "links": []})
    daemon.run(lambda c: c.get("5f0c"))
    assert daemon.last.path == "/api/v1/memories/5f0c"


def test_update_accepts_a_model_or_dict_and_returns_the_memory(daemon: Daemon) -> None:
    updated = memory(1, content="new", version=2)
    daemon.reply(200, updated)
    daemon.reply(200, updated)
    result = daemon.run(lambda c: c.update(ID, ai_memory.UpdateMemory(content="new", priority=7)))
    assert (daemon.last.method, daemon.last.path) == ("PUT", f"/api/v1/memories/{ID}")
    assert daemon.last.json == {"content": "new", "priority": 7}
    assert result["content"] == "new"
    daemon.run(lambda c: c.update(ID, {"tags": ["a"]}, priority=3, if_match="2"))
    assert daemon.last.json == {"tags": ["a"], "priority": 3}
    assert daemon.last.headers["if-match"] == "2"


def test_delete(daemon: Daemon) -> None:
    daemon.reply(200, {"deleted": True})
    result = daemon.run(lambda c: c.delete(ID))
    assert (daemon.last.method, daemon.last.path, daemon.last.body) == (
        "DELETE",
        f"/api/v1/memories/{ID}",
        b"",
    )
    assert result.deleted is True


def test_promote(daemon: Daemon) -> None:
    daemon.reply(200, {"promoted": True, "id": ID, "tier": "long"})
    result = daemon.run(lambda c: c.promote(ID))
    assert (daemon.last.method, daemon.last.path) == ("POST", f"/api/v1/memories/{ID}/promote")
    assert result.promoted is True and result.tier is Tier.LONG


def test_list_filters_and_page(daemon: Daemon) -> None:
    daemon.reply(200, {"memories": [memory(1), memory(2)], "count": 2})
    page = daemon.run(
        lambda c: c.list(namespace="global", tier="long", tags="dns", agent_id=AGENT, limit=2, offset=4)
    )
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/memories")
    assert daemon.last.params == {
        "namespace": "global",
        "tier": "long",
        "tags": "dns",
        "agent_id": AGENT,
        "limit": "2",
        "offset": "4",
    }
    assert len(page) == 2 and isinstance(page[0], Memory) and page.body.count == 2
    assert page.has_next_page()


def test_list_iterates_all_pages_advancing_by_the_limit() -> None:
    """R7 drops invisible rows after LIMIT: a short page is not the end, and offset moves by limit."""
    daemon = Daemon("sync")
    daemon.reply(200, {"memories": [memory(1), memory(2)], "count": 2})
    daemon.reply(200, {"memories": [memory(3)], "count": 1})  # one row of this window was invisible
    daemon.reply(200, {"memories": [], "count": 0})
    client = daemon.client()
    titles = [m.title for m in client.list(limit=2)]
    assert titles == ["memory 1", "memory 2", "memory 3"]
    assert [s.params.get("offset") for s in daemon.sent] == [None, "2", "4"]


def test_list_without_limit_advances_by_the_daemon_default() -> None:
    daemon = Daemon("sync")
    daemon.reply(200, {"memories": [memory(i) for i in range(19)], "count": 19})
    daemon.reply(200, {"memories": [], "count": 0})
    assert len(list(daemon.client().list())) == 19
    assert [s.params.get("offset") for s in daemon.sent] == [None, "20"]


def test_async_list_iterates_all_pages() -> None:
    import asyncio

    daemon = Daemon("async")
    daemon.reply(200, {"memories": [memory(1)], "count": 1})
    daemon.reply(200, {"memories": [], "count": 0})

    async def walk() -> list[str]:
        client = daemon.client()
        page = await client.list(limit=1)
        return [m.title async for m in page]

    assert asyncio.run(walk()) == ["memory 1"]
    assert [s.params.get("offset") for s in daemon.sent] == [None, "1"]


def test_search_reads_results(daemon: Daemon) -> None:
    daemon.reply(200, {"results": [memory(1)], "count": 1, "query": "bind9"})
    result = daemon.run(lambda c: c.search("bind9", namespace="global", limit=5, as_agent="global"))
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/search")
    assert daemon.last.params == {"q": "bind9", "namespace": "global", "limit": "5", "as_agent": "global"}
    assert isinstance(result, SearchResponse)
    assert [m.id for m in result.results] == [ID] and result.count == 1 and result.query == "bind9"


def test_recall_posts_context_and_reads_score_tokens_mode_meta(daemon: Daemon) -> None:
    body = {
        "memories": [memory(1, score=0.873)],
        "count": 1,
        "tokens_used": 42,
        "mode": "hybrid",
        "budget_tokens": 100,
        "meta": {
            "budget_tokens_used": 42,
            "budget_tokens_remaining": 58,
            "memories_dropped": 0,
            "budget_overflow": False,
        },
    }
    daemon.reply(200, body)
    result = daemon.run(
        lambda c: c.recall(
            "how do I build BIND9?", namespace="global", tags=["dns", "bind9"], budget_tokens=100
        )
    )
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/recall")
    assert daemon.last.json == {
        "context": "how do I build BIND9?",
        "namespace": "global",
        "tags": "dns,bind9",
        "budget_tokens": 100,
    }
    assert isinstance(result, RecallResponse)
    assert result.memories[0].score == 0.873 and result.memories[0].confidence == 1.0
    assert result.tokens_used == 42 and result.mode == "hybrid"
    assert result.meta is not None and result.meta.budget_tokens_remaining == 58


def test_recall_keyword_mode_without_meta(daemon: Daemon) -> None:
    daemon.reply(200, {"memories": [], "count": 0, "tokens_used": 0, "mode": "keyword"})
    result = daemon.run(lambda c: c.recall(context="hello"))
    assert daemon.last.json == {"context": "hello"}  # no default limit is forced on the daemon
    assert result.mode == "keyword" and result.meta is None


def test_forget_sends_a_json_body(daemon: Daemon) -> None:
    daemon.reply(200, {"deleted": 3})
    result = daemon.run(lambda c: c.forget(namespace="scratch", pattern="tmp", tier="short"))
    sent = daemon.last
    assert (sent.method, sent.path, sent.query) == ("POST", "/api/v1/forget", [])
    assert sent.headers["content-type"] == "application/json"
    assert sent.json == {"namespace": "scratch", "pattern": "tmp", "tier": "short"}
    assert result.deleted == 3


def test_link_positional_and_default_relation(daemon: Daemon) -> None:
    daemon.reply(201, {"linked": True, "attest_level": "unsigned"})
    daemon.reply(201, {"linked": True, "attest_level": "unsigned"})
    result = daemon.run(lambda c: c.link("a", "b", "supersedes"))
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/links")
    assert daemon.last.json == {"source_id": "a", "target_id": "b", "relation": "supersedes"}
    assert result.linked is True and result.attest_level == "unsigned"
    daemon.run(lambda c: c.link("a", "b"))
    assert daemon.last.json == {"source_id": "a", "target_id": "b"}  # the daemon defaults to related_to


def test_get_links(daemon: Daemon) -> None:
    daemon.reply(200, {"links": [link("a", "b", "contradicts")]})
    result = daemon.run(lambda c: c.get_links("a"))
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/links/a")
    assert result.links[0].relation == "contradicts"


def test_stats(daemon: Daemon) -> None:
    stats = {
        "total": 3,
        "by_tier": [{"tier": "long", "count": 2}, {"tier": "mid", "count": 1}],
        "by_namespace": [{"namespace": "global", "count": 3}],
        "expiring_soon": 0,
        "links_count": 1,
        "db_size_bytes": 4096,
        "dim_violations": 0,
        "index_evictions_total": 0,
    }
    daemon.reply(200, stats)
    result = daemon.run(lambda c: c.stats())
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/stats")
    assert result.total == 3 and result.by_tier[0].count == 2


def test_namespaces(daemon: Daemon) -> None:
    daemon.reply(200, {"namespaces": [{"namespace": "global", "count": 3}]})
    result = daemon.run(lambda c: c.namespaces())
    assert (daemon.last.method, daemon.last.path, daemon.last.query) == ("GET", "/api/v1/namespaces", [])
    assert result["namespaces"][0]["count"] == 3


def test_gc(daemon: Daemon) -> None:
    daemon.reply(200, {"expired_deleted": 4})
    result = daemon.run(lambda c: c.gc())
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/gc")
    assert result.expired_deleted == 4


def test_export_and_import(daemon: Daemon) -> None:
    exported = {
        "memories": [memory(1)],
        "links": [link(ID, "x")],
        "count": 1,
        "exported_at": "2026-05-07T12:00:00+00:00",
    }
    daemon.reply(200, exported)
    daemon.reply(200, {"imported": 1, "errors": []})
    result = daemon.run(lambda c: c.export())
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/export")
    assert result.count == 1 and result.memories[0].id == ID
    imported = daemon.run(lambda c: c.import_({"memories": exported["memories"], "links": exported["links"]}))
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/import")
    assert daemon.last.json["memories"][0]["id"] == ID and daemon.last.json["links"][0]["target_id"] == "x"
    assert imported.imported == 1 and imported.errors == []


def test_subscribe_sends_events_as_csv(daemon: Daemon) -> None:
    created = {
        "id": "sub-1",
        "url": "https://hooks.example.com/ai",
        "events": "memory_store,memory_delete",
        "namespace_filter": None,
        "agent_filter": None,
        "created_by": AGENT,
        "agent_id": AGENT,
    }
    daemon.reply(201, created)
    daemon.reply(201, created)
    request = {
        "url": "https://hooks.example.com/ai",
        "events": ["memory_store", "memory_delete"],
        "secret": "s",
    }
    result = daemon.run(lambda c: c.subscribe(request))
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/subscriptions")
    assert daemon.last.json == {**request, "events": "memory_store,memory_delete"}
    assert isinstance(result, SubscriptionCreated) and result.id == "sub-1"
    daemon.run(lambda c: c.subscribe(url="https://hooks.example.com/ai", events=["memory_store"], secret="s"))
    assert daemon.last.json["events"] == "memory_store"


def test_subscribe_accepts_the_seed_model_name(daemon: Daemon) -> None:
    created = {"id": "sub-1", "url": "https://h.example/x", "events": "*", "namespace_filter": "ns"}
    daemon.reply(201, {**created, "agent_filter": None, "created_by": AGENT, "agent_id": AGENT})
    req = ai_memory.SubscriptionRequest(
        url="https://h.example/x", events="*", secret="s", namespace_filter="ns"
    )
    daemon.run(lambda c: c.subscribe(req))
    assert daemon.last.json == {
        "url": "https://h.example/x",
        "events": "*",
        "secret": "s",
        "namespace_filter": "ns",
    }


def test_subscriptions_parses_daemon_rows(daemon: Daemon) -> None:
    row = {
        "id": "sub-1",
        "url": "https://hooks.example.com/ai",
        "events": "memory_store,memory_delete",
        "namespace": None,
        "namespace_filter": "global",
        "agent_filter": None,
        "agent_id": AGENT,
        "created_by": AGENT,
        "created_at": "2026-05-07T12:00:00+00:00",
        "dispatch_count": 4,
        "failure_count": 1,
    }
    daemon.reply(200, {"count": 1, "subscriptions": [row]})
    result = daemon.run(lambda c: c.subscriptions())
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/subscriptions")
    assert isinstance(result, SubscriptionsResponse)
    sub = result.subscriptions[0]
    assert sub.events == "memory_store,memory_delete" and sub.dispatch_count == 4 and sub.failure_count == 1


def test_unsubscribe_uses_the_id_query(daemon: Daemon) -> None:
    daemon.reply(200, {"id": "sub-1", "removed": True})
    result = daemon.run(lambda c: c.unsubscribe("sub-1"))
    assert (daemon.last.method, daemon.last.path, daemon.last.query) == (
        "DELETE",
        "/api/v1/subscriptions",
        [("id", "sub-1")],
    )
    assert result.removed is True


def test_notify_sends_target_title_payload(daemon: Daemon) -> None:
    reply = {
        "id": ID,
        "from": "ai:sender@host:pid-1",
        "to": "ai:bob",
        "namespace": "_messages/ai:bob",
        "tier": "mid",
        "delivered_at": "2026-05-07T12:00:00+00:00",
    }
    daemon.reply(201, reply)
    daemon.reply(201, reply)
    result = daemon.run(
        lambda c: c.notify({"target_agent_id": "ai:bob", "title": "hi", "payload": "deploy done"})
    )
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/notify")
    assert daemon.last.json == {"target_agent_id": "ai:bob", "title": "hi", "payload": "deploy done"}
    assert result["from"] == "ai:sender@host:pid-1" and result.to == "ai:bob"
    daemon.run(
        lambda c: c.notify(
            ai_memory.NotifyRequest(target_agent_id="ai:bob", title="t", payload="p"), priority=9
        )
    )
    assert daemon.last.json == {"target_agent_id": "ai:bob", "title": "t", "payload": "p", "priority": 9}


def test_inbox_returns_the_real_message_shape(daemon: Daemon) -> None:
    message = {
        "id": ID,
        "from": "ai:alice@host:pid-7",
        "title": "hi",
        "payload": "deploy done",
        "priority": 5,
        "tier": "mid",
        "created_at": "2026-05-07T12:00:00+00:00",
        "read": False,
        "access_count": 0,
    }
    body = {"agent_id": "ai:bob", "namespace": "_messages/ai:bob", "count": 1, "unread_only": True}
    daemon.reply(200, {**body, "messages": [message]})
    result = daemon.run(lambda c: c.inbox(unread_only=True, limit=10))
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/inbox")
    assert daemon.last.params == {"unread_only": "true", "limit": "10"}
    assert isinstance(result, InboxResponse)
    msg = result.messages[0]
    assert (msg["from"], msg.title, msg.payload, msg.read) == (
        "ai:alice@host:pid-7",
        "hi",
        "deploy done",
        False,
    )


@pytest.mark.parametrize(
    ("call", "method", "path", "body"),
    [
        (lambda c: c.grant(ID, "ai:bob"), "POST", f"/api/v1/memories/{ID}/grant", {"agent_id": "ai:bob"}),
        (
            lambda c: c.grant(ID, "ai:bob", permission="write"),
            "POST",
            f"/api/v1/memories/{ID}/grant",
            {"agent_id": "ai:bob", "permission": "write"},
        ),
        (lambda c: c.revoke(ID, "ai:bob"), "POST", f"/api/v1/memories/{ID}/revoke", {"agent_id": "ai:bob"}),
        (lambda c: c.cluster(), "POST", "/api/v1/cluster", {}),
        (lambda c: c.cluster({"op": "status"}), "POST", "/api/v1/cluster", {"op": "status"}),
    ],
)
def test_unserved_routes_raise_unsupported_endpoint(
    daemon: Daemon, call: Any, method: str, path: str, body: Any
) -> None:
    daemon.reply(404)
    with pytest.raises(ai_memory.UnsupportedEndpointError) as info:
        daemon.run(call)
    assert (daemon.last.method, daemon.last.path, daemon.last.json) == (method, path, body)
    error = info.value
    assert isinstance(error, ai_memory.NotFoundError) and error.status_code == 404
    assert "daemon has no such route" in str(error)
    assert len(daemon.sent) == 1  # a 404 is not retried


def test_agents_and_register_agent(daemon: Daemon) -> None:
    agent = {
        "agent_id": "ai:bob",
        "agent_type": "ai:codex-5.4",
        "capabilities": ["search"],
        "registered_at": "2026-05-07T12:00:00+00:00",
        "last_seen_at": "2026-05-07T12:00:00+00:00",
    }
    daemon.reply(200, {"count": 1, "agents": [agent]})
    result = daemon.run(lambda c: c.agents())
    assert (daemon.last.method, daemon.last.path) == ("GET", "/api/v1/agents")
    assert result.agents[0].agent_type == "ai:codex-5.4"
    registered = {
        "registered": True,
        "id": ID,
        "agent_id": "ai:bob",
        "agent_type": "human",
        "capabilities": [],
    }
    daemon.reply(201, registered)
    reg = daemon.run(lambda c: c.register_agent("ai:bob", "human"))
    assert (daemon.last.method, daemon.last.path) == ("POST", "/api/v1/agents")
    assert daemon.last.json == {"agent_id": "ai:bob", "agent_type": "human"}
    assert reg.registered is True and reg.id == ID


def test_raw_response_gives_status_headers_and_parse(daemon: Daemon) -> None:
    daemon.reply(
        201,
        {"id": ID, "tier": "mid", "namespace": "g", "title": "t", "agent_id": AGENT},
        headers={"x-request-id": "r1"},
    )
    raw = daemon.run(lambda c: c.with_raw_response.store(title="t", content="c"))
    assert raw.status_code == 201 and raw.request_id == "r1"
    assert raw.parse().id == ID and json.loads(raw.content)["id"] == ID
