"""Every ``AiMemoryClient`` / ``AsyncAiMemoryClient`` method over real HTTP against the local server.

One local server for the module (an API key, an admin agent on the allowlist, loopback webhooks
with short retry delays). The methods are enumerated from the generated facade, so a new spec
route fails ``test_every_facade_method_has_a_recipe`` until it is covered:

- a route the local server answers with 501 (``not_implemented_routes()``) is called with minimal
  arguments and must raise ``ServerError`` 501 naming the route;
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
    NotFoundError,
    ServerError,
    UnsupportedEndpointError,
    ValidationError,
    parse_webhook,
    sign_webhook,
    webhook_ack,
)
from ai_memory.testing import LocalServer, ServerConfig, not_implemented_routes

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
    assert set_a.set is True and set_a.standard_id == e.agent
    got = await c.namespaces(namespace=ns_a)  # the query form answers the standard (a dict)
    # The daemon's shape: the standard id names no memory here, so a warning instead of its content.
    assert got["standard_id"] == e.agent and "deleted" in got["warning"] and "found" not in got
    doc = await c.store(title="std-b rules", content="Use UTC.", namespace=ns_b, priority=7)
    set_b = await c.set_namespace_standard(ns=ns_b, id=doc.id, governance={"write": "registered"})
    assert set_b.namespace == ns_b and set_b.standard_id == doc.id
    std = await c.get_namespace_standard(ns=ns_b)
    assert std.standard_id == doc.id and std.title == "std-b rules" and std.priority == 7
    assert std.governance.write == "registered"
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
}

OPERATIONS = operations("_ai_memory_api.api")
NOT_IMPLEMENTED = sorted(
    name for name, op in OPERATIONS.items() if f"{op.method} {op.path}" in set(not_implemented_routes())
)
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
#: Arguments a 501 route needs beyond ``<uuid>`` for every required parameter.
ARGS_501: dict[str, dict[str, Any]] = {
    "capture_turn": {"host_turn_index": 0, "role": "user"},
    "decide_approval": {"decision": "approve"},
    "kg_invalidate": {"relation": "contradicts"},
    "sync_push": {"sender_clock": {}},
}


def test_every_facade_method_has_a_recipe() -> None:
    from _ai_memory_api.client import AsyncMethods, Methods

    methods = facade_methods(Methods)
    assert methods == facade_methods(AsyncMethods) == set(OPERATIONS)
    assert len(methods) == len(SPEC_ROUTES)  # one method per operation of the spec, none restated
    covered = {m for _, declared in RECIPES.values() for m in declared}
    assert covered.isdisjoint(NOT_IMPLEMENTED) and covered.isdisjoint(UNSERVED)
    assert sorted(methods - covered - set(NOT_IMPLEMENTED) - set(UNSERVED)) == []
    # Every 501 route of the local server is a route of the spec; the unserved methods are exactly
    # the spec's `x-served-by: none` operations.
    assert len(NOT_IMPLEMENTED) == len(not_implemented_routes())
    assert set(not_implemented_routes()) <= set(SPEC_ROUTES)
    assert {f"{op.method} {op.path}" for name, op in OPERATIONS.items() if name in UNSERVED} == {
        route for route, op in SPEC_ROUTES.items() if op.get("x-served-by") == "none"
    }


@pytest.mark.parametrize("recipe", sorted(RECIPES))
async def test_recipe(env: Env, recipe: str) -> None:
    fn, declared = RECIPES[recipe]
    await fn(env)
    assert missing(declared, env.calls) == []


def _minimal_args(method: Any, name: str) -> dict[str, Any]:
    import inspect

    required = [
        p.name
        for p in inspect.signature(method).parameters.values()
        if p.default is inspect.Parameter.empty and p.kind is not inspect.Parameter.VAR_KEYWORD
    ]
    return {p: str(uuid.uuid4()) for p in required} | ARGS_501.get(name, {})


@pytest.mark.parametrize("name", NOT_IMPLEMENTED)
async def test_not_implemented_route_raises_server_error_501(env: Env, name: str) -> None:
    op = OPERATIONS[name]
    method = getattr(env.c, name)
    with pytest.raises(ServerError) as info:
        await method(**_minimal_args(getattr(env.c.raw, name), name))
    assert info.value.status_code == 501
    assert info.value.body == {
        "error": f"not implemented by the local ai-memory server: {op.method} {op.path}"
    }
    assert len(env.log.requests) == 1  # a 501 is not retried


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
        lambda: env.c.approve_pending(id=unknown),
    ):
        with pytest.raises(NotFoundError) as info:
            await attempt()
        assert info.value.status_code == 404 and not isinstance(info.value, UnsupportedEndpointError)
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
