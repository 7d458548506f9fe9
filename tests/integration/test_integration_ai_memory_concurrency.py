"""Issue 6 item 4: 8 SDK clients x 500 mixed operations in parallel against one local server.

Each client is its own agent writing to its own namespace and keeps a model of what must be
there; every read is checked against the model while the others write. At the end every
namespace holds exactly the model's memories with their last content (no lost or extra writes),
and the admin's ``stats`` agrees with the sum. The threads variant uses ``AiMemoryClient`` (one
per thread), the asyncio variant 8 ``AsyncAiMemoryClient`` on one loop. The wall time is printed
(``-s``), never asserted.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from integration_support import Recorded, collect

import ai_memory
from ai_memory.testing import LocalServer, ServerConfig

CLIENTS = 8
OPS = 500
ADMIN = "ai:conc-admin@test"
WEIGHTS = {"store": 30, "get": 15, "update": 20, "recall": 10, "list": 10, "delete": 15}


@pytest.fixture
def server() -> Iterator[str]:
    with LocalServer(ServerConfig(admin_agent_ids=[ADMIN])) as url:
        yield url


async def worker(c: Recorded, index: int, seed: int) -> tuple[dict[str, str], dict[str, int]]:
    """500 mixed operations; returns the expected live memories {id: content} and op counts."""
    rng = random.Random(seed * 1000 + index)
    ns = f"ai:conc-{index}"
    token = f"alpha{index}"
    live: dict[str, str] = {}
    counts = dict.fromkeys(WEIGHTS, 0)
    names, weights = list(WEIGHTS), list(WEIGHTS.values())
    for n in range(OPS):
        op = rng.choices(names, weights)[0] if live else "store"
        counts[op] += 1
        if op == "store":
            content = f"{token} note {n}"
            created = await c.store(title=f"w{index}-{n}", content=content, namespace=ns)
            assert created.namespace == ns
            live[created["id"]] = content
        elif op == "get":
            mid = rng.choice(list(live))
            assert (await c.get(mid)).content == live[mid]
        elif op == "update":
            mid = rng.choice(list(live))
            content = f"{token} updated {n}"
            assert (await c.update(mid, content=content))["content"] == content
            live[mid] = content
        elif op == "recall":
            hits = await c.recall(context=token, namespace=ns, limit=5)
            assert hits.memories and {m.id for m in hits.memories} <= set(live)
            assert all(m.namespace == ns for m in hits.memories)
        elif op == "list":
            page = await c.list(namespace=ns, limit=50)
            assert len(page) == min(50, len(live)) and {m.id for m in page} <= set(live)
        else:
            mid = rng.choice(list(live))
            assert (await c.delete(mid)).deleted is True
            del live[mid]
    return live, counts


def report(variant: str, seconds: float, per_namespace: dict[str, int], counts: list[dict[str, int]]) -> None:
    ops = {name: sum(c[name] for c in counts) for name in WEIGHTS}
    print(
        f"\nai-memory concurrency ({variant}): {CLIENTS} clients x {OPS} ops = {CLIENTS * OPS} ops "
        f"in {seconds:.2f} s ({CLIENTS * OPS / seconds:.0f} ops/s); ops {ops}; "
        f"final memories {sum(per_namespace.values())} {sorted(per_namespace.values())}"
    )


def test_eight_sync_clients_in_threads(server: str) -> None:
    results: list[Any] = [None] * CLIENTS
    errors: list[BaseException] = []
    start_line = threading.Barrier(CLIENTS)

    def run(index: int) -> None:
        try:
            with ai_memory.AiMemoryClient(server, agent_id=f"ai:conc-{index}") as client:
                start_line.wait()
                results[index] = asyncio.run(worker(Recorded(client, set()), index, seed=1))
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

    with ai_memory.AiMemoryClient(server, agent_id=ADMIN) as admin:
        per_namespace = asyncio.run(verify_owned(admin, admin, [live for live, _ in results]))
    report("threads", elapsed, per_namespace, [counts for _, counts in results])


async def verify_owned(reader: Any, admin: Any, models: list[dict[str, str]]) -> dict[str, int]:
    """``verify`` with each namespace read by its owner (memories are private to their agent)."""
    per_namespace = {}
    for index, live in enumerate(models):
        owner = Recorded(reader.with_options(agent_id=f"ai:conc-{index}"), set())
        rows = await collect(await owner.list(namespace=f"ai:conc-{index}", limit=200))
        assert {m.id: m.content for m in rows} == live, f"ai:conc-{index} differs from its model"
        per_namespace[f"ai:conc-{index}"] = len(rows)
    stats = await Recorded(admin, set()).stats()
    assert stats.total == sum(per_namespace.values())
    assert {n.namespace: n.count for n in stats.by_namespace} == per_namespace
    return per_namespace


async def test_eight_async_clients_on_one_loop(server: str) -> None:
    clients = [ai_memory.AsyncAiMemoryClient(server, agent_id=f"ai:conc-{i}") for i in range(CLIENTS)]
    try:
        started = time.perf_counter()
        results = await asyncio.gather(
            *(worker(Recorded(c, set()), i, seed=2) for i, c in enumerate(clients))
        )
        elapsed = time.perf_counter() - started
        async with ai_memory.AsyncAiMemoryClient(server, agent_id=ADMIN) as admin:
            per_namespace = await verify_owned(clients[0], admin, [live for live, _ in results])
        report("asyncio", elapsed, per_namespace, [counts for _, counts in results])
    finally:
        for client in clients:
            await client.aclose()
