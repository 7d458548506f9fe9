"""Issue 7 item 4: 8 SDK clients x 500 mixed operations across two tenants, in parallel.

Clients 0-3 write to tenant A, clients 4-7 to tenant B; client ``i`` and client ``i + 4`` use the
same user and project, so only the tenant separates them. Odd clients use the MCP transport for
the memory tools. Each client keeps a model of its rows; during the run every search/list/context
answer must be a subset of the client's own rows (no cross-tenant leak), and at the end each
client's scope holds exactly its model (no lost writes). The wall time is printed (``-s``).
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from memories_sh import MemoriesClient
from memories_sh.testing import ServerConfig, run_server
from memories_sh.testing._runner import LocalServer

CLIENTS = 8
OPS = 500
TENANTS = ("tenant-a", "tenant-b")
MAX_LIVE = 80  # list answers at most 100 rows: keep each client's scope below that
WEIGHTS = {"add": 35, "search": 15, "list": 15, "edit": 15, "forget": 15, "context": 5}


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with run_server(ServerConfig(rate_limit=None)) as local:
        yield local


def tenant_of(index: int) -> str:
    return TENANTS[index // (CLIENTS // 2)]


def client_for(server: LocalServer, index: int, tenant: str | None = None) -> MemoriesClient:
    pair = index % (CLIENTS // 2)
    return MemoriesClient(
        server.api_key,
        base_url=server.base_url,
        transport="mcp" if index % 2 else "sdk_http",
        tenant_id=tenant or tenant_of(index),
        user_id=f"user-{pair}",
        project_id=f"github.com/acme/repo-{pair}",
    )


def worker(client: MemoriesClient, index: int) -> tuple[dict[str, str], dict[str, int]]:
    rng = random.Random(7000 + index)
    token = f"alpha{index % (CLIENTS // 2)}"  # shared with the twin in the other tenant
    live: dict[str, str] = {}
    counts = dict.fromkeys(WEIGHTS, 0)
    names, weights = list(WEIGHTS), list(WEIGHTS.values())
    for n in range(OPS):
        op = rng.choices(names, weights)[0] if live else "add"
        if op == "add" and len(live) >= MAX_LIVE:
            op = "forget"
        counts[op] += 1
        if op == "add":
            content = f"{token} note {index}-{n}"
            # working layer: [H] forget over HTTP only deletes working memories
            added = client.memories.add(content=content, layer="working", tags=[f"c{index}"])
            live[added.id] = content
        elif op == "search":
            hits = client.memories.search(token, limit=50)
            assert {m.id for m in hits.memories} <= set(live), "search returned another tenant's rows"
        elif op == "list":
            rows = client.memories.list(limit=100).memories
            assert {m.id: m.content for m in rows} == live
        elif op == "edit":
            mid = rng.choice(list(live))
            content = f"{token} edited {index}-{n}"
            assert client.memories.edit(mid, content=content).updated is True
            live[mid] = content
        elif op == "forget":
            mid = rng.choice(list(live))
            assert client.memories.forget(mid).deleted is True
            del live[mid]
        else:
            bundle = client.context.get(query=token, limit=10)
            assert {m.id for m in bundle.memories} <= set(live)
    return live, counts


def test_eight_clients_two_tenants(server: LocalServer) -> None:
    results: list[Any] = [None] * CLIENTS
    errors: list[BaseException] = []
    start_line = threading.Barrier(CLIENTS)

    def run(index: int) -> None:
        try:
            with client_for(server, index) as client:
                start_line.wait()
                results[index] = worker(client, index)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    elapsed = time.perf_counter() - started
    assert errors == [] and all(r is not None for r in results)

    finals = []
    for index, (live, _) in enumerate(results):
        with client_for(server, index) as own:
            rows = own.memories.list(limit=100).memories
            assert {m.id: m.content for m in rows} == live, f"client {index}: lost or extra writes"
            assert {tag for m in rows for tag in m.tags} <= {f"c{index}"}
        other = TENANTS[1 - TENANTS.index(tenant_of(index))]
        with client_for(server, index, tenant=other) as twin_scope:  # same user/project, other tenant
            seen = {m.id for m in twin_scope.memories.list(limit=100).memories}
            assert seen.isdisjoint(live), f"client {index}: rows leaked into {other}"
        finals.append(len(rows))
    per_tenant = {t: sum(n for i, n in enumerate(finals) if tenant_of(i) == t) for t in TENANTS}
    ops = {name: sum(c[name] for _, c in results) for name in WEIGHTS}
    print(
        f"\nmemories.sh concurrency: {CLIENTS} clients x {OPS} ops = {CLIENTS * OPS} ops over "
        f"{len(TENANTS)} tenants in {elapsed:.2f} s ({CLIENTS * OPS / elapsed:.0f} ops/s); ops {ops}; "
        f"final rows per tenant {per_tenant}, per client {finals}"
    )
