"""8 clients x 500 mixed operations across two tenants: no errors, no lost writes, no leaks."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

import httpx

from .conftest import SDK, Api, Clock

CLIENTS, OPS = 8, 500


def test_concurrent_mixed_operations(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, rate_limit=None)
    errors: list[str] = []
    written: dict[str, set[str]] = {"tenant-a": set(), "tenant-b": set()}
    forgotten: dict[str, set[str]] = {"tenant-a": set(), "tenant-b": set()}
    lock = threading.Lock()

    def worker(n: int) -> None:
        rng = random.Random(n)
        tenant = "tenant-a" if n % 2 == 0 else "tenant-b"
        mine: list[str] = []
        with httpx.Client(base_url=api.base_url, headers=api.auth(), timeout=60) as http:
            for i in range(OPS):
                op = rng.random()
                scope = {"tenantId": tenant}
                try:
                    if op < 0.45 or not mine:
                        r = http.post(
                            SDK + "/memories/add",
                            json={"content": f"{tenant} c{n} op{i}", "scope": scope, "tags": [tenant]},
                        )
                        assert r.status_code == 201, r.text
                        mine.append(r.json()["data"]["id"])
                    elif op < 0.6:
                        r = http.post(
                            SDK + "/memories/search", json={"query": tenant.split("-")[1], "scope": scope}
                        )
                        assert r.status_code == 200, r.text
                        assert all(m["content"].startswith(tenant) for m in r.json()["data"]["memories"])
                    elif op < 0.75:
                        r = http.post(SDK + "/memories/list", json={"limit": 50, "scope": scope})
                        assert r.status_code == 200, r.text
                        assert all(m["content"].startswith(tenant) for m in r.json()["data"]["memories"])
                    elif op < 0.85:
                        r = http.post(SDK + "/context/get", json={"query": "op", "scope": scope})
                        assert r.status_code == 200, r.text
                    elif op < 0.93:
                        r = http.post(
                            SDK + "/memories/edit",
                            json={"id": rng.choice(mine), "category": "edited", "scope": scope},
                        )
                        assert r.status_code == 200, r.text
                    else:
                        victim = mine.pop(rng.randrange(len(mine)))
                        # [H] HTTP forget only evicts working memories: the MCP tool deletes any layer
                        call = {"name": "forget_memory", "arguments": {"id": victim, "tenant_id": tenant}}
                        r = http.post(
                            "/api/mcp",
                            json={"jsonrpc": "2.0", "id": i, "method": "tools/call", "params": call},
                        )
                        assert r.status_code == 200 and "result" in r.json(), r.text
                        with lock:
                            forgotten[tenant].add(victim)
                except AssertionError as exc:
                    with lock:
                        errors.append(str(exc)[:300])
        with lock:
            written[tenant].update(mine)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors[:5]
    for tenant, ids in written.items():
        seen: set[str] = set()
        # [H] list_memories is capped at 100: a bulk-forget dry run lists up to 1000 matches
        preview = {"tenant_id": tenant, "pattern": "op", "dry_run": True}
        items = api.tool("bulk_forget_memories", preview)["result"]["structuredContent"]
        for m in items["memories"]:
            assert m["contentPreview"].startswith(tenant)
            seen.add(m["id"])
        assert seen == ids, (tenant, len(seen), len(ids))
        assert not (seen & forgotten[tenant])
