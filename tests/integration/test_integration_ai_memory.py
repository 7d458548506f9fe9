"""Every ``AiMemoryClient`` / ``AsyncAiMemoryClient`` method over real HTTP against the local server.

One local server for the module (an API key, an admin agent on the allowlist, loopback webhooks
with short retry delays). The methods are enumerated from the generated facade, so a new spec
route fails ``test_every_facade_method_has_a_recipe`` until it is covered:

- every served route has a handler on the local server (``not_implemented_routes()`` is empty);
  the daemon's own 501s (``find_paths``, ``links/verify``) are asserted with the daemon's body;
- a route no daemon serves (``x-served-by: none``: grant, revoke, cluster) must raise
  ``UnsupportedEndpointError``;
- every other method needs an entry in ``RECIPES``; each recipe runs with the sync and the async
  client and asserts that the methods it declares were really called.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import yaml
from integration_support import Recorded, RequestLog, collect, facade_methods, missing, operations
from strict_responses import strict_checker

import ai_memory
from agent_memory_sdk._specs import spec_path
from ai_memory import (
    AuthError,
    ConflictError,
    ForbiddenError,
    GovernancePending,
    InvalidArgumentError,
    NotFoundError,
    ServerError,
    UnsupportedEndpointError,
    ValidationError,
    parse_webhook,
    sign_webhook,
    webhook_ack,
)
from ai_memory.testing import LocalServer, ServerConfig, not_implemented_routes
from ai_memory.types import MemoryReflectResult, MemoryReplayResult

#: Every response of the local server must match the spec with no undocumented field.
STRICT = strict_checker(spec_path("ai_memory", "ai-memory.openapi.yaml"))
API_KEY = "it-key-" + uuid.uuid4().hex
ADMIN = "ai:it-admin@test"
SECRET = "whsec-integration"
MODES = ["sync", "async"]
#: One TLS context for every client: building one per client (certifi) costs ~80 ms each.
TLS = ssl.create_default_context()


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AI_MEMORY_BASE_URL", "AI_MEMORY_API_KEY", "AI_MEMORY_AGENT_ID", "AGENT_MEMORY_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    config = ServerConfig(
        api_key=API_KEY,
        admin_agent_ids=[ADMIN],
        allow_loopback_webhooks=True,
        webhook_retry_delays=(0.05, 0.1, 0.2),
        webhook_ack_timeout=2.0,
        approvals_stream_seconds=0.3,
    )
    local = LocalServer(config)
    local.start()
    yield local
    local.stop()


@dataclass
class Env:
    """What a recipe gets: the recorded clients, the server and a namespace of its own."""

    mode: str
    url: str
    server: LocalServer
    calls: set[str]
    agent: str
    c: Recorded  # the test's own agent
    admin: Recorded  # the admin agent
    log: RequestLog
    _opened: list[Any] = field(default_factory=list)

    def client(self, agent_id: str | None = None, **kwargs: Any) -> Recorded:
        """Another client of the same kind (its calls are recorded too)."""
        kwargs.setdefault("api_key", API_KEY)
        if "http_client" not in kwargs:
            kwargs.setdefault("verify", TLS)
        cls = ai_memory.AiMemoryClient if self.mode == "sync" else ai_memory.AsyncAiMemoryClient
        raw = cls(self.url, agent_id=agent_id, **kwargs)
        self._opened.append(raw)
        return Recorded(raw, self.calls)

    async def close(self) -> None:
        for raw in self._opened:
            result = raw.close()
            if asyncio.iscoroutine(result):
                await result


@pytest.fixture(params=MODES)
async def env(request: pytest.FixtureRequest, server: LocalServer) -> Any:
    mode = str(request.param)
    calls: set[str] = set()
    agent = f"ai:it-{mode}-{uuid.uuid4().hex[:10]}"
    log = RequestLog(STRICT)
    http = (
        log.sync_client(timeout=30, verify=TLS)
        if mode == "sync"
        else log.async_client(timeout=30, verify=TLS)
    )
    e = Env(mode, server.url, server, calls, agent, None, None, log)  # type: ignore[arg-type]
    e.c = e.client(agent, http_client=http)
    e.admin = e.client(ADMIN)
    yield e
    await e.close()
    if mode == "sync":
        http.close()
    else:
        await http.aclose()


# --------------------------------------------------------------------------------------- recipes


async def r_memory_lifecycle(e: Env) -> None:
    """store -> get -> update -> list pages -> search -> recall touch/score -> links -> lineage ->
    unlink -> promote -> delete."""
    c, ns = e.c, e.agent  # private memories show in search/recall only in the owner's namespace
    words = ["zebra stripes", "giraffe neck", "zebra giraffe savanna", "lion pride", "hippo river"]
    ids = []
    for i, text in enumerate(words):
        created = await c.store(title=f"note {i}", content=text, namespace=ns, tags=["it", f"n{i}"])
        assert created.namespace == ns and created.title == f"note {i}" and created.agent_id == e.agent
        ids.append(created["id"])
    first = await c.get(ids[0])
    assert first.content == "zebra stripes" and first.tier == "mid" and first.links == []
    assert first.metadata.agent_id == e.agent and first.access_count == 0

    updated = await c.update(ids[0], content="zebra stripes, black and white", priority=8)
    assert updated["content"] == "zebra stripes, black and white" and updated["version"] == 2
    again = await c.get(ids[0])
    assert again.priority == 8 and again.version == 2

    page = await c.list(namespace=ns, limit=2)
    assert len(page) == 2 and page.has_next_page()
    assert sorted(m.id for m in await collect(page)) == sorted(ids)  # walks 3 pages
    assert len(await collect(await c.list(namespace=ns, tags="n3"))) == 1

    hits = await c.search("zebra giraffe", namespace=ns)  # FTS: every term must match
    assert [m.id for m in hits.results] == [ids[2]] and hits.count == 1
    assert {m.id for m in (await c.search("zebra", namespace=ns)).results} == {ids[0], ids[2]}

    recalled = await c.recall(context="zebra", namespace=ns, budget_tokens=1000)
    assert {m.id for m in recalled.memories} == {ids[0], ids[2]}
    assert all(m.score > 0 for m in recalled.memories) and recalled.tokens_used > 0
    assert recalled.budget_tokens == 1000 and recalled.meta.budget_tokens_used == recalled.tokens_used
    touched = await c.get(ids[2])
    assert touched.access_count == 1 and touched.last_accessed_at is not None
    for _ in range(4):  # the fifth access promotes a mid memory to long
        got = await c.recall_get(context="savanna", namespace=ns)
        assert [m.id for m in got.memories] == [ids[2]]
    promoted_by_use = await c.get(ids[2])
    assert promoted_by_use.access_count == 5 and promoted_by_use.tier == "long"
    assert promoted_by_use.expires_at is None

    linked = await c.link(ids[0], ids[1], "derived_from")
    assert linked.linked is True
    await c.link(ids[1], ids[3], "supersedes")
    assert [(lk.source_id, lk.target_id) for lk in (await c.get_links(ids[1])).links] == [
        (ids[0], ids[1]),
        (ids[1], ids[3]),
    ]
    assert [lk.target_id for lk in (await c.get(ids[0])).links] == [ids[1]]
    with pytest.raises(ValidationError) as self_link:
        await c.link(ids[0], ids[0])
    assert self_link.value.status_code == 400 and "itself" in str(self_link.value.body)
    ancestors = await c.lineage(ids[0])
    assert [(n.id, n.depth, n.relation) for n in ancestors.nodes] == [
        (ids[1], 1, "derived_from"),
        (ids[3], 2, "supersedes"),
    ]
    assert all(len(n.cid) == 64 for n in ancestors.nodes) and ancestors.count == 2
    descendants = await c.lineage(ids[3], direction="descendants", max_depth=1)
    assert [n.id for n in descendants.nodes] == [ids[1]]
    assert (await c.unlink(source_id=ids[0], target_id=ids[1], relation="derived_from")).deleted is True
    assert (await c.lineage(ids[0])).count == 0

    result = await c.promote(ids[3])
    assert result.promoted is True and result.tier == "long"
    assert (await c.get(ids[3])).tier == "long"

    assert (await c.delete(ids[4])).deleted is True
    with pytest.raises(NotFoundError) as gone:
        await c.get(ids[4])
    assert gone.value.status_code == 404
    assert len(await collect(await c.list(namespace=ns, limit=100))) == 4


async def r_bulk_store(e: Env) -> None:
    """More than 1000 items: split into chunks of 1000, results summed; then upsert on (title, ns)."""
    ns = f"bulk/{e.agent}"
    items = [{"title": f"bulk {i}", "content": f"row {i}", "namespace": ns} for i in range(1205)]
    before = e.log.count("POST", "/memories/bulk")
    result = await e.c.bulk_store(items)
    assert result.created == 1205 and result.errors == []
    assert e.log.count("POST", "/memories/bulk") - before == 2
    upsert = await e.c.bulk_store(
        [{"title": f"bulk {i}", "content": f"row {i} v2", "namespace": ns} for i in range(3)]
    )
    assert upsert.created == 3
    rows = await collect(await e.c.list(namespace=ns, limit=1000))
    assert len(rows) == 1205 and len({m.id for m in rows}) == 1205
    assert sorted(m.content for m in rows if m.title in ("bulk 0", "bulk 1", "bulk 2")) == [
        "row 0 v2",
        "row 1 v2",
        "row 2 v2",
    ]


async def r_messaging(e: Env) -> None:
    """notify from one agent, inbox of the other."""
    other = f"{e.agent}-peer"
    peer = e.client(other)
    sent = await e.c.notify(target_agent_id=other, title="deploy done", payload="v1.2 is live", priority=7)
    assert sent.to == other and sent.namespace == f"_messages/{other}"
    box = await peer.inbox()
    assert box.agent_id == other and box.count == 1
    message = box.messages[0]
    assert (message.id, message.title, message.payload, message.priority) == (
        sent.id,
        "deploy done",
        "v1.2 is live",
        7,
    )
    assert message.read is False and (await peer.inbox(unread_only=True)).count == 1
    assert (await e.c.inbox()).count == 0  # the sender's own inbox is empty


async def r_export_import(e: Env) -> None:
    """export -> forget -> import: the memories and their link come back."""
    a, ns = e.admin, f"exp/{e.agent}"
    one = (await a.store(title="exported one", content="alpha", namespace=ns, tags=["x"]))["id"]
    two = (await a.store(title="exported two", content="beta", namespace=ns))["id"]
    await a.link(one, two, "related_to")
    dump = await a.export()
    mine = [m.to_dict() for m in dump.memories if m.namespace == ns]
    links = [lk.to_dict() for lk in dump.links if lk.source_id == one]
    assert {m["id"] for m in mine} == {one, two} and dump.count >= 2
    assert [(lk["target_id"], lk["relation"]) for lk in links] == [(two, "related_to")]
    assert (await a.forget(namespace=ns)).deleted == 2
    with pytest.raises(NotFoundError):
        await a.get(one)
    imported = await a.import_(memories=mine, links=links)
    assert imported.imported == 2 and imported.errors == []
    back = await a.get(one)
    assert back.content == "alpha" and back.tags == ["x"] and [lk.target_id for lk in back.links] == [two]


async def r_gc(e: Env) -> None:
    """A memory whose expiry passed is collected by gc."""
    a = e.admin
    mid = (await a.store(title=f"expiring {e.agent}", content="soon gone", tier="short"))["id"]
    keep = (await a.store(title=f"kept {e.agent}", content="stays", tier="long"))["id"]
    await a.update(mid, expires_at="2001-01-01T00:00:00Z")
    assert (await a.gc()).expired_deleted >= 1
    with pytest.raises(NotFoundError):
        await a.get(mid)
    assert (await a.get(keep)).expires_at is None


async def r_admin(e: Env) -> None:
    """stats, namespaces, agents/register_agent (admin routes; 403 for everyone else)."""
    ns = f"adm/{e.agent}"
    for i in range(3):
        await e.admin.store(title=f"adm {i}", content="x", namespace=ns)
    stats = await e.admin.stats()
    assert stats.total >= 3 and {"namespace": ns, "count": 3} in [n.to_dict() for n in stats.by_namespace]
    listed = await e.admin.namespaces()  # typed: NamespaceList (the oneOf's list form)
    assert {"namespace": ns, "count": 3} in [n.to_dict() for n in listed.namespaces]
    registered = await e.c.register_agent(agent_id=e.agent, agent_type="ai:generic", capabilities=["recall"])
    assert registered.registered is True and registered.agent_id == e.agent
    agents = await e.admin.agents()
    row = next(a for a in agents.agents if a.agent_id == e.agent)
    assert row.agent_type == "ai:generic" and row.capabilities == ["recall"]
    for call in (e.c.stats, e.c.agents, e.c.namespaces, e.c.gc, e.c.export):
        with pytest.raises(ForbiddenError) as denied:
            await call()
        assert denied.value.status_code == 403 and "admin" in str(denied.value.body)


async def r_namespace_standards(e: Env) -> None:
    """The two forms of namespace standards: query string and ``/namespaces/{ns}/standard``."""
    c = e.c
    ns_a, ns_b = f"std-a/{e.agent}", f"std-b/{e.agent}"
    set_a = await c.set_namespace_standard_qs(namespace=ns_a, governance={"write": "any"})
    assert set_a.set_ is True and set_a["set"] is True and set_a.standard_id == e.agent
    assert set_a.governance.write == "any" and "parent" not in set_a
    got = await c.namespaces(namespace=ns_a)  # the query form answers the standard (a dict)
    # The daemon's shape: the standard id names no memory here, so a warning instead of its content.
    assert got["standard_id"] == e.agent and "deleted" in got["warning"] and "found" not in got
    doc = await c.store(title="std-b rules", content="Use UTC.", namespace=ns_b, priority=7)
    set_b = await c.set_namespace_standard(ns=ns_b, id=doc.id, governance={"write": "registered"})
    assert set_b.namespace == ns_b and set_b.standard_id == doc.id
    std = await c.get_namespace_standard(ns=ns_b)
    assert std.standard_id == doc.id and std.title == "std-b rules" and std.priority == 7
    assert std.governance.write == "registered"
    session = await c.session_start(namespace=ns_b)  # the standard comes apart from the memories
    assert session.standard.id == doc.id and doc.id not in [m.id for m in session.memories]
    chain = await c.get_namespace_standard(ns=f"{ns_b}/leaf", inherit=True)
    assert chain.chain == ["*", "std-b", ns_b, f"{ns_b}/leaf"] and chain.count == 1
    assert [s["standard_id"] for s in chain.standards] == [doc.id]
    with pytest.raises(ForbiddenError) as unregistered:  # "registered" write level
        await c.store(title="not yet", content="x", namespace=ns_b)
    assert "not registered" in str(unregistered.value.body)
    assert (await c.clear_namespace_standard(ns=ns_b)).cleared is True
    assert (await c.get_namespace_standard(ns=ns_b)).standard_id is None
    assert (await c.clear_namespace_standard_qs(namespace=ns_a)).cleared is True
    assert (await c.clear_namespace_standard_qs(namespace=ns_a)).cleared is False


async def r_governance(e: Env) -> None:
    """A namespace whose policy requires approval: 202 ``GovernancePending``, pending, approve, reject."""
    c, ns = e.c, f"gov/{e.agent}"
    await c.set_namespace_standard(
        ns=ns, governance={"write": "approve", "delete": "approve", "promote": "approve"}
    )
    first = await c.store(title="needs approval", content="x", namespace=ns)
    second = await c.store(title="will be rejected", content="y", namespace=ns)
    assert isinstance(first, GovernancePending) and first.action == "store" and first.namespace == ns
    assert isinstance(second, GovernancePending)
    assert e.log.requests  # the 202 came over HTTP
    pending = await c.pending(status="pending", namespace=ns)
    assert {p.id for p in pending.pending} == {first.pending_id, second.pending_id}
    assert all(p.requested_by == e.agent and p.action_type == "store" for p in pending.pending)
    approved = await c.approve_pending(id=first.pending_id)
    assert approved.approved is True and approved.executed is True
    memory = await c.get(approved.memory_id)
    assert memory.namespace == ns and memory.title == "needs approval"
    rejected = await c.reject_pending(id=second.pending_id)
    assert rejected.rejected is True and rejected.decided_by == e.agent
    assert [p.id for p in (await c.pending(status="rejected", namespace=ns)).pending] == [second.pending_id]
    with pytest.raises(NotFoundError):  # already decided
        await c.reject_pending(id=second.pending_id)
    promote = await c.promote(memory.id)
    assert isinstance(promote, GovernancePending) and promote.action == "promote"
    assert promote.memory_id == memory.id
    await c.approve_pending(id=promote.pending_id)
    assert (await c.get(memory.id)).tier == "long"
    delete = await c.delete(memory.id)
    assert isinstance(delete, GovernancePending) and delete.action == "delete"
    assert (await c.get(memory.id)).id == memory.id  # still there until approved
    await c.approve_pending(id=delete.pending_id)
    with pytest.raises(NotFoundError):
        await c.get(memory.id)
    assert (await c.pending(status="pending", namespace=ns)).count == 0


async def r_archive(e: Env) -> None:
    """archive -> list_archive / archive_stats (admin) -> restore; purge."""
    a = e.admin
    mid = (await a.store(title=f"archive me {e.agent}", content="old"))["id"]
    missing_id = str(uuid.uuid4())
    result = await a.archive(ids=[mid, missing_id], reason="cleanup")
    assert result.archived == [mid] and result.missing == [missing_id] and result.reason == "cleanup"
    with pytest.raises(NotFoundError):
        await a.get(mid)
    assert mid in [m.id for m in (await a.list_archive()).archived]
    assert (await a.archive_stats()).archived_total >= 1
    assert (await a.restore_archive(id=mid)).restored is True
    assert (await a.get(mid)).content == "old"
    with pytest.raises(NotFoundError):
        await a.restore_archive(id=mid)
    other = (await a.store(title=f"purge me {e.agent}", content="old"))["id"]
    await a.archive(ids=[other])
    purged = await a.purge_archive(older_than_days=0)
    assert purged.purged >= 1 and purged.owner_scope == "admin"
    assert other not in [m.id for m in (await a.list_archive(limit=1000)).archived]


async def r_consolidate_session_duplicate(e: Env) -> None:
    c, ns = e.c, e.agent
    one = (await c.store(title="part one", content="alpha bravo", namespace=ns, tags=["a"]))["id"]
    two = (await c.store(title="part two", content="charlie delta", namespace=ns, tags=["b"]))["id"]
    merged = await c.consolidate(ids=[one, two], title="both parts", summary="alpha to delta", namespace=ns)
    assert merged.consolidated == 2 and merged.memory.title == "both parts"
    for gone in (one, two):
        with pytest.raises(NotFoundError):
            await c.get(gone)
    assert (await c.get(merged.id)).tags == ["a", "b"]
    duplicate = await c.check_duplicate(title="both parts", content="alpha to delta", namespace=ns)
    assert duplicate.is_duplicate is True and duplicate.nearest.id == merged.id
    fresh = await c.check_duplicate(title="unrelated", content="nothing alike", namespace=ns)
    assert fresh.is_duplicate is False
    session = await c.session_start(namespace=ns, limit=5)
    assert session.session_id and session.mode == "session_start" and session.count == 1
    assert [m.id for m in session.memories] == [merged.id] and session.memories[0].score == 0


async def r_service(e: Env) -> None:
    """health (exempt from the API key), metrics (Prometheus text), capabilities."""
    keyless = e.client(None, api_key=None)
    health = await keyless.health()
    assert health.status == "ok" and health.version == "0.7.0"
    for method in (e.c.metrics, e.c.metrics_root):
        text = await method()
        assert isinstance(text, str) and "ai_memory_memories " in text
    caps = await e.c.capabilities()
    assert caps.version == "0.7.0" and set(not_implemented_routes()) == set(
        caps["local_server"]["not_implemented"]
    )


async def r_webhooks(e: Env) -> None:
    """Real deliveries to a receiver written with the SDK; subscribe/subscriptions/unsubscribe."""
    receiver = Receiver(SECRET, nack_first=1)
    try:
        c, ns = e.c, e.agent
        sub = await c.subscribe(
            {"url": receiver.url, "events": ["memory_store", "memory_delete", "memory_promote"]}
            | {"secret": SECRET, "namespace_filter": ns}
        )
        assert sub.url == receiver.url and sub.events == "memory_store,memory_delete,memory_promote"
        linked_sub = await c.subscribe(url=receiver.url, events="memory_link_created", secret=SECRET)
        mid = (await c.store(title="hooked", content="deliver me", namespace=ns))["id"]
        other = (await c.store(title="hooked 2", content="me too", namespace=ns))["id"]
        await c.promote(mid)
        await c.link(mid, other)
        await c.delete(other)
        await c.store(title="elsewhere", content="filtered out", namespace=f"{ns}/sub")
        assert receiver.wait(5)
        events = sorted((ev.event, ev.memory_id) for ev in receiver.events)
        assert events == sorted(
            [
                ("memory_store", mid),
                ("memory_store", other),
                ("memory_promote", mid),
                ("memory_link_created", mid),
                ("memory_delete", other),
            ]
        )
        assert receiver.nacked == 1  # the first delivery was refused once, then retried and ACKed
        assert receiver.errors == []
        link_event = next(ev for ev in receiver.events if ev.event == "memory_link_created")
        assert link_event.target_id == other and link_event.relation == "related_to"
        e.server.app.dispatcher.wait_idle(5)  # type: ignore[union-attr]
        rows = {s.id: s for s in (await c.subscriptions()).subscriptions}
        assert set(rows) == {sub.id, linked_sub.id}
        assert rows[sub.id].dispatch_count == 4 and rows[sub.id].failure_count == 0
        # forged and unsigned deliveries are refused by the same receiver code
        body = json.dumps({"event": "memory_store", "memory_id": "m", "namespace": ns}).encode()
        forged = sign_webhook(body, "not-the-secret")
        stale = sign_webhook(body, SECRET, timestamp=str(int(time.time()) - 3600))
        with httpx.Client(timeout=5) as http:
            for headers in (forged, stale, {"content-type": "application/json"}):
                answer = http.post(receiver.url, content=body, headers=headers)
                assert answer.status_code == 401 and "ack" not in answer.text
            tampered = http.post(
                receiver.url, content=body.replace(b'"m"', b'"n"'), headers=sign_webhook(body, SECRET)
            )
            assert tampered.status_code == 401
        assert len(receiver.errors) == 4 and len(receiver.events) == 5
        assert (await c.unsubscribe(sub.id)).removed is True
        assert (await c.unsubscribe(linked_sub.id)).removed is True
        assert (await c.subscriptions()).count == 0
    finally:
        receiver.close()


async def r_knowledge_graph(e: Env) -> None:
    """Entities and aliases, link validity windows, timeline, bounded traversal, contradictions, taxonomy."""
    c, ns = e.c, e.agent
    entity = await c.register_entity(canonical_name="Ada Lovelace", namespace=ns, aliases=["Ada", "AL"])
    assert entity["created"] is True and sorted(entity["aliases"]) == ["AL", "Ada", "Ada Lovelace"]
    again = await c.register_entity(canonical_name="Ada Lovelace", namespace=ns, aliases=["Countess"])
    assert again["created"] is False and again["entity_id"] == entity["entity_id"]
    found = await c.entity_by_alias(alias="Countess", namespace=ns)
    assert found.found is True and found["entity_id"] == entity["entity_id"]
    assert (await c.entity_by_alias(alias="nobody", namespace=ns)).found is False
    a = (await c.store(title="engine", content="analytical engine", namespace=ns))["id"]
    b = (await c.store(title="notes", content="the notes", namespace=ns))["id"]
    d = (await c.store(title="note g", content="bernoulli numbers", namespace=ns))["id"]
    await c.link(a, b)
    await c.link(b, d)
    timeline = await c.kg_timeline(source_id=a)
    assert timeline.count == 1 and timeline.events[0]["target_id"] == b
    one = await c.kg_query(source_id=a)
    assert one.count == 1 and one.max_depth == 1
    two = await c.kg_query(source_id=a, max_depth=2)
    assert two.paths == [f"{a}->{b}", f"{a}->{b}->{d}"]
    with pytest.raises(ValidationError):  # deeper than the daemon's supported depth
        await c.kg_query(source_id=a, max_depth=6)
    gone = await c.kg_invalidate(source_id=a, target_id=b, relation="related_to")
    assert gone.found is True and gone.previous_valid_until is None
    assert (await c.kg_query(source_id=a)).count == 0
    assert (await c.kg_query(source_id=a, include_invalidated=True)).count == 1
    x = (await c.store(title="claim", content="the sky is green", namespace=ns))["id"]
    y = (await c.store(title="claim 2", content="the sky is blue", namespace=ns))["id"]
    await c.link(x, y, "contradicts")
    contra = await c.contradictions(namespace=ns)
    assert {(lk["source_id"], lk["target_id"]) for lk in contra.links if not lk["synthesized"]} == {(x, y)}
    tree = await e.admin.taxonomy(prefix=ns)
    assert tree.tree.namespace == ns and tree.tree.count == tree.total_count >= 6
    for method in (c.kg_find_paths, c.find_paths):
        with pytest.raises(ServerError) as info:
            await method(source_id=a, target_id=d)
        assert info.value.status_code == 501 and info.value.body == {
            "error": "find_paths requires --features sal"
        }
    with pytest.raises(ServerError) as verify:
        await c.verify_link(source_id=a, target_id=b)
    assert verify.value.body == {"error": "verify_link requires --features sal"}


async def r_approvals_and_sync(e: Env) -> None:
    """approvals/{id} with remember, the SSE stream, and sync as a single-node daemon answers."""
    c, ns = e.c, f"gov/{e.agent}"
    await c.set_namespace_standard(ns=ns, governance={"write": "approve"})
    pending = await c.store(title="to approve", content="x", namespace=ns)
    assert isinstance(pending, GovernancePending)
    decided = await c.decide_approval(pending_id=pending.pending_id, decision="approve", remember="session")
    assert decided.approved is True and decided.remember == "session" and decided.memory_id
    with pytest.raises(NotFoundError):
        await c.decide_approval(pending_id=pending.pending_id, decision="deny")
    frames = await c.approvals_stream()  # the server closes the stream after approvals_stream_seconds
    assert isinstance(frames, str) and "approval_requested" not in frames
    since = await c.sync_since(since="2020-01-01T00:00:00Z")
    assert since.count == 0 and since.memories == [] and since["scope_status"] == "no_allowlist_default_deny"
    mid = str(uuid.uuid4())
    pushed = await c.sync_push(
        x_peer_id="ai:peer-1",
        sender_agent_id="ai:peer-1",
        sender_clock={"entries": {}},
        memories=[
            {"id": mid, "tier": "long", "namespace": e.agent, "title": "from a peer"}
            | {
                "content": "synced",
                "created_at": "2026-01-01T00:00:00+00:00",
                "updated_at": "2026-01-01T00:00:00+00:00",
                "tags": [],
                "priority": 5,
                "confidence": 1.0,
                "source": "sync",
                "access_count": 0,
            }
        ],
    )
    assert pushed["applied"] == 1 and pushed["receiver_agent_id"] == e.agent
    for peer in (ai_memory.NOT_GIVEN, "ai:peer-2"):  # #238: the body's sender must be the X-Peer-Id header
        with pytest.raises(ForbiddenError) as refused:
            await c.sync_push(x_peer_id=peer, sender_agent_id="ai:peer-1", memories=[])
        assert refused.value.body["error"] in ("peer_id_header_missing", "sender_agent_id_mismatch")
    assert pushed.receiver_clock.entries["ai:peer-1"] == "2026-01-01T00:00:00+00:00"
    assert (await c.get(mid)).content == "synced"


async def r_capture_and_llm(e: Env) -> None:
    """capture_turn is idempotent; auto_tag and expand_query answer 503 without an LLM."""
    c = e.c
    turn = {"host_session_id": "s1", "host_turn_index": 0, "role": "user", "content": f"hi {e.agent}"}
    first = await c.capture_turn(**turn, namespace=e.agent)
    assert first.dedup_hit is False and first.layer == "L4" and first.attest_level == "unsigned"
    again = await c.capture_turn(**turn, namespace=e.agent)
    assert again.dedup_hit is True and again.memory_id == first.memory_id
    assert "role:user" in (await c.get(first.memory_id)).tags
    for call in (lambda: c.auto_tag(title="t", content="c"), lambda: c.expand_query(query="q")):
        with pytest.raises(ServerError) as info:
            await call()
        assert info.value.status_code == 503 and info.value.body == {"error": "LLM not configured"}


async def r_parity(e: Env) -> None:
    """tools/list, families, share, quotas, and the memory_* MCP-parity routes (typed params and results)."""
    c, ns = e.c, e.agent
    tools = await c.tools_list()
    assert tools.tools_version == "2026-05-06" and "memory_reflect" in {t.name for t in tools.tools}
    fam = (await c.store(title="fam", content="graph family", namespace=ns, metadata={"family": "graph"}))[
        "id"
    ]
    family = await c.memory_load_family(family="graph", namespace=ns)
    assert [m["id"] for m in family.memories] == [fam]
    smart = await c.memory_smart_load(intent="  walk the graph ", namespace=ns, k=5)
    assert smart.chosen_family == "graph" and smart.chosen_family_source == "keyword"
    assert smart.intent == "walk the graph" and smart.namespace == ns and smart.k == 5
    assert smart.count == 1 and [m.id for m in smart.memories] == [fam]
    fallback = await c.memory_smart_load(intent=" ")
    assert (fallback.chosen_family, fallback.score, fallback.chosen_family_source) == ("core", 0, "fallback")
    assert fallback.namespace is None and fallback.k == 20
    shared = await c.share(source_memory_id=fam, target_agent_id="ai:friend")
    assert shared.target_namespace == f"_shared/{e.agent}\u2192ai:friend/" and shared.from_agent_id == e.agent
    copy = await e.client("ai:friend").get(shared.shared_memory_id)
    assert copy.content == "graph family" and copy.metadata["shared_from_memory_id"] == fam
    quota = await c.quota_status(agent_id=e.agent)
    assert quota["max_memories_per_day"] == 1000 and quota["current_memories_today"] >= 1
    with pytest.raises(ForbiddenError):
        await c.quota_status(agent_id="ai:someone-else")
    src = (await c.store(title="observed", content="an observation", namespace=ns))["id"]
    refl = await c.memory_reflect(
        source_ids=[src],
        title="lesson",
        content="insight",
        depth=1,
        agent_id=e.agent,
        tags=["why"],
        priority=7,
    )
    assert isinstance(refl, MemoryReflectResult)
    assert refl.reflection_depth == 1 and refl.reflects_on == [src] and refl.namespace == ns
    stored = await c.get(refl.id)
    assert (stored.tier, stored.source, stored.tags, stored.priority) == ("mid", "nhi", ["why"], 7)
    assert stored.memory_kind == "reflection" and stored.metadata["agent_id"] == e.agent
    with pytest.raises(ValidationError) as mismatch:  # the asserted depth must be the computed one
        await c.memory_reflect(source_ids=[src], title="too deep", content="x", depth=3)
    assert "CALLER_DEPTH_MISMATCH" in str(mismatch.value.body)
    origin = await c.memory_reflection_origin(memory_id=refl.id)
    assert origin.is_reflection is True and origin.original_depth == 1 and origin.signing_agent == e.agent
    assert origin.peer_origin is None and origin.local_depth_at_arrival is None
    not_reflection = await c.memory_reflection_origin(memory_id=src)
    assert not_reflection.is_reflection is False and not_reflection.original_depth == 0
    deps = await c.memory_dependents_of_invalidated(memory_id=src)
    assert deps.count == 1 and [(d.id, d.namespace) for d in deps.dependents] == [(refl.id, ns)]
    exported = await c.memory_export_reflection(memory_id=refl.id)
    assert exported.suggested_filename == f"{ns}/{refl.id}.md" and "insight" in exported.content
    assert f"  - target_id: {src}" in exported.content
    as_json = await c.memory_export_reflection(memory_id=refl.id, format="json")
    assert json.loads(as_json.content)["reflects_on"] == [src] and as_json.suggested_filename.endswith(
        ".json"
    )
    atom = await c.memory_atomise(memory_id=src, max_atom_tokens=100, force_re_atomise=False)
    assert atom.tier_locked == "memory_atomise requires smart tier or higher"
    assert atom.current_tier == "keyword" and atom.required_tier == "smart"
    verified = await c.memory_verify(source_id=refl.id, target_id=src, relation="reflects_on")
    assert verified.signature_verified is False and verified.attest_level == "unsigned"
    assert verified.signed_by is None and verified.signed_at is None
    by_link_id = await c.memory_verify(link_id=f"{refl.id}--reflects_on-->{src}")
    assert by_link_id.attest_level == "unsigned"
    replayed = await c.memory_replay(memory_id=src, verbose=True, depth=0, agent_id=e.agent)
    assert isinstance(replayed, MemoryReplayResult)
    assert replayed.memory_id == src and replayed.transcripts == [] and replayed.count == 0
    with pytest.raises(ValidationError):  # a body agent_id must be the X-Agent-Id caller
        await c.memory_replay(memory_id=src, agent_id="ai:someone-else")
    await c.recall(context="observation", namespace=ns)
    observations = await c.memory_recall_observations(limit=5, consumed=False)
    assert observations.observations == [] and observations.count == 0  # the HTTP recall records none
    report = (await c.memory_calibrate_confidence(days=7)).report
    assert (report.window_days, report.total_observations, report.baselines) == (7, 0, [])
    allowed = await c.memory_check_agent_action(kind="bash", command="ls", agent_id="ai:harness")
    assert (
        allowed.decision.decision == "allow" and allowed.kind == "bash" and allowed.agent_id == "ai:harness"
    )
    spawn = await c.memory_check_agent_action(kind="process_spawn", binary="cargo", args=["build"])
    assert spawn.decision.decision == "allow" and spawn.agent_id == "anonymous:mcp"
    with pytest.raises(ValidationError):
        await c.memory_check_agent_action(kind="bash", extra_body={"cwd": "/"})
    rules = await c.memory_rule_list()
    assert [r.id for r in rules.rules] == ["R001", "R002", "R003", "R004"] and rules.count == 4
    assert all(r.enabled is False and r.severity == "refuse" for r in rules.rules)
    assert [r.id for r in (await c.memory_rule_list(kind="process_spawn")).rules] == ["R004"]
    assert (await c.memory_rule_list(enabled_only=True)).rules == []
    dlq = await c.memory_subscription_dlq_list(limit=5)
    assert dlq.limit == 5 and dlq.subscription_id is None and dlq.entries == [] and dlq.count == 0
    with pytest.raises(InvalidArgumentError):  # the spec's 1..1000, checked before sending
        await c.memory_subscription_dlq_list(limit=5000)
    lax = e.client(e.agent, validate_requests=False)
    assert (await lax.memory_subscription_dlq_list(limit=5000)).limit == 1000  # the daemon clamps
    replay = await c.memory_subscription_replay(subscription_id="none", since="2020-01-01T00:00:00Z")
    assert replay.subscription_id == "none" and replay.since == "2020-01-01T00:00:00Z" and replay.events == []


async def r_skills(e: Env, tmp: Any = None) -> None:
    """Skills (admin): register inline and from a folder, list, get, resource, export, compose, promote."""
    import tempfile
    from pathlib import Path

    a, ns = e.admin, f"skills-{e.agent.rsplit('-', 1)[-1]}"
    with tempfile.TemporaryDirectory() as tmpdir:
        folder = Path(tmpdir) / "skill"
        (folder / "resources").mkdir(parents=True)
        (folder / "SKILL.md").write_text(
            f"---\nnamespace: {ns}\nname: greet\ndescription: Greets.\n---\n\nSay hi.\n"
        )
        (folder / "resources" / "hello.txt").write_text("hello")
        reg = await a.skill_register(folder_path=str(folder))
        assert reg["registered"] is True and reg["name"] == "greet" and reg["namespace"] == ns
        inline = await a.skill_register(
            inline_skill=f"---\nnamespace: {ns}\nname: wave\ndescription: Waves.\n---\nWave.\n"
        )
        listed = await a.skill_list(namespace=ns)
        assert sorted(s["name"] for s in listed["skills"]) == ["greet", "wave"]
        got = await a.skill_get(id=reg["id"])
        assert got["body"] == "Say hi.\n" and [r["path"] for r in got["resources"]] == ["hello.txt"]
        res = await a.skill_resource(id=reg["id"], path="hello.txt")
        assert res["content"] == "hello"
        with pytest.raises(NotFoundError):
            await a.skill_resource(id=reg["id"], path="missing.txt")
        out = Path(tmpdir) / "exported"
        assert (await a.skill_export(id=reg["id"], target_folder=str(out)))["exported"] is True
        assert (out / "resources" / "hello.txt").read_text() == "hello"
        composed = await a.skill_compose(id=inline["id"], budget_tokens=100)
        assert "Wave." in composed["body"] and composed["tokens_used"] <= 100
    src = (await a.store(title="how to greet", content="say hello", namespace=ns))["id"]
    refl = await a.memory_reflect(source_ids=[src], title="greeting", content="Greet warmly.")
    assert isinstance(refl, MemoryReflectResult)
    promoted = await a.skill_promote(id=refl.id, name="greet-warmly", description="Warm greeting.")
    assert promoted["derived_from_reflection_id"] == refl.id and promoted["name"] == "greet-warmly"
    with pytest.raises(ForbiddenError):  # skills are admin-only
        await e.c.skill_list()


RECIPES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "memory_lifecycle": (
        r_memory_lifecycle,
        (
            "store",
            "get",
            "update",
            "list",
            "search",
            "recall",
            "recall_get",
            "link",
            "get_links",
            "lineage",
            "unlink",
            "promote",
            "delete",
        ),
    ),
    "bulk_store": (r_bulk_store, ("bulk_store", "list")),
    "messaging": (r_messaging, ("notify", "inbox")),
    "export_import": (r_export_import, ("export", "import_", "forget")),
    "gc": (r_gc, ("gc",)),
    "admin": (r_admin, ("stats", "namespaces", "agents", "register_agent")),
    "namespace_standards": (
        r_namespace_standards,
        (
            "set_namespace_standard_qs",
            "namespaces",
            "set_namespace_standard",
            "get_namespace_standard",
            "clear_namespace_standard",
            "clear_namespace_standard_qs",
        ),
    ),
    "governance": (r_governance, ("pending", "approve_pending", "reject_pending")),
    "archive": (
        r_archive,
        ("archive", "list_archive", "archive_stats", "restore_archive", "purge_archive"),
    ),
    "consolidate_session_duplicate": (
        r_consolidate_session_duplicate,
        ("consolidate", "check_duplicate", "session_start"),
    ),
    "service": (r_service, ("health", "metrics", "metrics_root", "capabilities")),
    "webhooks": (r_webhooks, ("subscribe", "subscriptions", "unsubscribe")),
    "knowledge_graph": (
        r_knowledge_graph,
        (
            "register_entity",
            "entity_by_alias",
            "kg_timeline",
            "kg_query",
            "kg_invalidate",
            "contradictions",
            "taxonomy",
            "kg_find_paths",
            "find_paths",
            "verify_link",
        ),
    ),
    "approvals_and_sync": (
        r_approvals_and_sync,
        ("decide_approval", "approvals_stream", "sync_since", "sync_push"),
    ),
    "capture_and_llm": (r_capture_and_llm, ("capture_turn", "auto_tag", "expand_query")),
    "parity": (
        r_parity,
        (
            "tools_list",
            "memory_load_family",
            "memory_smart_load",
            "share",
            "quota_status",
            "memory_reflect",
            "memory_reflection_origin",
            "memory_dependents_of_invalidated",
            "memory_export_reflection",
            "memory_atomise",
            "memory_verify",
            "memory_replay",
            "memory_recall_observations",
            "memory_calibrate_confidence",
            "memory_check_agent_action",
            "memory_rule_list",
            "memory_subscription_dlq_list",
            "memory_subscription_replay",
        ),
    ),
    "skills": (
        r_skills,
        (
            "skill_register",
            "skill_list",
            "skill_get",
            "skill_resource",
            "skill_export",
            "skill_compose",
            "skill_promote",
        ),
    ),
}

OPERATIONS = operations("_ai_memory_api.api")
UNSERVED = sorted(name for name, op in OPERATIONS.items() if not op.served)
#: ``"METHOD /path"`` → the operation object, read from the spec itself (not from generated code).
SPEC_ROUTES: dict[str, dict[str, Any]] = {
    f"{method.upper()} {path}": op
    for path, item in yaml.safe_load(
        spec_path("ai_memory", "ai-memory.openapi.yaml").read_text(encoding="utf-8")
    )["paths"].items()
    for method, op in item.items()
    if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
}


def test_every_facade_method_has_a_recipe() -> None:
    """Every method of the generated facade (sync and async) is exercised by a recipe, except the
    routes no daemon serves; the local server has a handler for every served operation."""
    from _ai_memory_api.client import AsyncMethods, Methods

    methods = facade_methods(Methods)
    assert methods == facade_methods(AsyncMethods) == set(OPERATIONS)
    assert len(methods) == len(SPEC_ROUTES)  # one method per operation of the spec, none restated
    covered = {m for _, declared in RECIPES.values() for m in declared}
    assert covered.isdisjoint(UNSERVED)
    assert sorted(methods - covered - set(UNSERVED)) == []
    assert not_implemented_routes() == []
    # the unserved methods are exactly the spec's `x-served-by: none` operations
    assert {f"{op.method} {op.path}" for name, op in OPERATIONS.items() if name in UNSERVED} == {
        route for route, op in SPEC_ROUTES.items() if op.get("x-served-by") == "none"
    }


@pytest.mark.parametrize("recipe", sorted(RECIPES))
async def test_recipe(env: Env, recipe: str) -> None:
    fn, declared = RECIPES[recipe]
    await fn(env)
    assert missing(declared, env.calls) == []


@pytest.mark.parametrize("name", UNSERVED)
async def test_routes_no_daemon_serves_raise_unsupported_endpoint(env: Env, name: str) -> None:
    method = getattr(env.c, name)
    args = {"id": str(uuid.uuid4()), "agent_id": "ai:grantee"} if name != "cluster" else {"request": {}}
    with pytest.raises(UnsupportedEndpointError) as info:
        await method(**args)
    assert info.value.status_code == 404 and "no such route" in str(info.value)


# ---------------------------------------------------------------------------------- status paths


async def test_409_conflict_carries_the_existing_id(env: Env) -> None:
    c, ns = env.c, env.agent
    first = (await c.store(title="same title", content="one", namespace=ns))["id"]
    with pytest.raises(ConflictError) as info:
        await c.store(title="same title", content="two", namespace=ns)
    assert info.value.status_code == 409 and info.value.existing_id == first
    merged = await c.store(title="same title", content="merged", namespace=ns, on_conflict="merge")
    assert merged["id"] == first and (await c.get(first)).content == "merged"
    versioned = await c.store(title="same title", content="v2", namespace=ns, on_conflict="version")
    assert versioned.title == "same title (2)" and versioned["id"] != first
    other = (await c.store(title="other title", content="x", namespace=ns))["id"]
    with pytest.raises(ConflictError) as renamed:  # update to a taken title
        await c.update(other, title="same title")
    assert renamed.value.existing_id == first
    memory = await c.get(other)
    with pytest.raises(ConflictError) as stale:  # If-Match on an old version
        await c.update(other, content="late", if_match=str(memory.version + 1))
    assert stale.value.status_code == 409 and stale.value.body["current_version"] == memory.version


async def test_403_for_non_owners_and_non_admins(env: Env) -> None:
    mid = (await env.c.store(title="mine", content="private", namespace=env.agent))["id"]
    intruder = env.client(f"{env.agent}-intruder")
    with pytest.raises(NotFoundError):  # private: not even visible to another agent
        await intruder.get(mid)
    for attempt in (
        lambda: intruder.update(mid, content="hijacked"),
        lambda: intruder.delete(mid),
        lambda: intruder.promote(mid),
    ):
        with pytest.raises(ForbiddenError) as info:
            await attempt()
        assert info.value.status_code == 403 and info.value.body["owner"] == env.agent
    with pytest.raises(ForbiddenError):
        theirs = await intruder.store(title="theirs", content="x", namespace=f"{env.agent}-intruder")
        await intruder.link(mid, theirs["id"])
    with pytest.raises(ForbiddenError) as admin_only:
        await intruder.forget(namespace="global")
    assert "admin" in str(admin_only.value.body)
    with pytest.raises(ForbiddenError):  # claiming someone else's identity in the body
        await env.c.store(title="spoof", content="x", agent_id=f"{env.agent}-intruder")
    assert (await env.c.get(mid)).content == "private"


async def test_404_paths(env: Env) -> None:
    unknown = str(uuid.uuid4())
    for attempt in (
        lambda: env.c.get(unknown),
        lambda: env.c.update(unknown, content="x"),
        lambda: env.c.delete(unknown),
        lambda: env.c.promote(unknown),
        lambda: env.c.lineage(unknown),
        lambda: env.c.reject_pending(id=unknown),
    ):
        with pytest.raises(NotFoundError) as info:
            await attempt()
        assert info.value.status_code == 404 and not isinstance(info.value, UnsupportedEndpointError)
    with pytest.raises(ForbiddenError) as refused:  # the daemon refuses approving what does not exist
        await env.c.approve_pending(id=unknown)
    assert refused.value.body == {"error": f"approve rejected: pending action not found: {unknown}"}
    mid = (await env.c.store(title="link source", content="x", namespace=env.agent))["id"]
    with pytest.raises(NotFoundError) as target:
        await env.c.link(mid, unknown)
    assert target.value.body == {"error": "target memory not found", "target_id": unknown}


@pytest.mark.parametrize("key", [None, "wrong-key"])
async def test_401_without_or_with_a_wrong_key(env: Env, key: str | None) -> None:
    client = env.client(env.agent, api_key=key)
    with pytest.raises(AuthError) as info:
        await client.store(title="nope", content="x")
    assert info.value.status_code == 401 and info.value.body == {"error": "missing or invalid API key"}
    with pytest.raises(AuthError):
        await client.list()
    with pytest.raises(AuthError):  # the key is checked before routing
        await client.grant(str(uuid.uuid4()), agent_id="ai:grantee")
    assert (await client.health()).status == "ok"  # exempt
    assert "wrong-key" not in str(info.value)


# ------------------------------------------------------------------------------------- webhooks


class Receiver:
    """A user's webhook endpoint written with the SDK: ``parse_webhook`` then ``webhook_ack``.

    ``nack_first``: answer the first N valid deliveries with a 503 (the server must retry them).
    """

    def __init__(self, secret: str, nack_first: int = 0) -> None:
        self.events: list[Any] = []
        self.errors: list[Exception] = []
        self.nacked = 0
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                try:
                    event = parse_webhook(body, self.headers, secret)
                except ai_memory.WebhookVerificationError as error:
                    with outer._lock:
                        outer.errors.append(error)
                    status, reply = 401, {"error": str(error)}
                else:
                    with outer._lock:
                        if outer.nacked < nack_first:
                            outer.nacked += 1
                            status, reply = 503, {"error": "busy"}
                        else:
                            outer.events.append(event)
                            status, reply = 200, webhook_ack(event.correlation_id)
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def wait(self, n: int, timeout: float = 5.0) -> bool:
        deadline = time.monotonic() + timeout
        while len(self.events) < n and time.monotonic() < deadline:
            time.sleep(0.01)
        return len(self.events) >= n

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


async def test_governed_store_sends_an_approval_requested_webhook(env: Env) -> None:
    receiver = Receiver(SECRET)
    try:
        ns = f"gov-hook/{env.agent}"
        await env.c.set_namespace_standard(ns=ns, governance={"write": "approve"})
        await env.c.subscribe(
            url=receiver.url, events=["approval_requested"], secret=SECRET, namespace_filter=ns
        )
        pending = await env.c.store(title="wait for it", content="x", namespace=ns)
        assert isinstance(pending, GovernancePending)
        assert receiver.wait(1)
        event = receiver.events[0]
        assert type(event).__name__ == "WebhookApprovalRequestedEvent"
        assert event.action_type == "store" and event.status == "pending" and event.namespace == ns
        for sub in (await env.c.subscriptions()).subscriptions:
            await env.c.unsubscribe(sub.id)
    finally:
        receiver.close()
