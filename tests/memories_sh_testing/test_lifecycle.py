"""[H] memories/bulk-forget (dry run, filters, working layer only), memories/vacuum, memories/consolidate."""

from __future__ import annotations

from collections.abc import Callable

from .conftest import SDK, Api, Clock


def _working(api: Api, content: str, **extra: object) -> str:
    return str(api.ok("/memories/add", {"content": content, "layer": "working", **extra}, 201)["id"])


def test_bulk_forget_dry_run_then_delete(api: Api) -> None:
    a = _working(api, "scratch alpha", tags=["tmp"])
    b = _working(api, "scratch beta", tags=["tmp"])
    keep = _working(api, "keep me", tags=["keep"])
    long_term = api.ok("/memories/add", {"content": "scratch but long term", "tags": ["tmp"]}, 201)["id"]
    preview = api.ok("/memories/bulk-forget", {"filters": {"tags": ["tmp"]}, "dryRun": True})
    assert preview["count"] == 2 and "ids" not in preview
    assert {m["id"] for m in preview["memories"]} == {a, b}  # HTTP: working layer only
    assert preview["memories"][0].keys() == {"id", "type", "contentPreview"}
    assert preview["message"] == "Dry run: 2 memories would be deleted"
    assert api.ok("/memories/list", {"layer": "working"})["count"] == 3  # nothing deleted
    done = api.ok("/memories/bulk-forget", {"filters": {"pattern": "scratch*"}})
    assert sorted(done["ids"]) == sorted([a, b]) and done["message"] == "Bulk deleted 2 memories"
    assert [m["id"] for m in api.ok("/memories/list", {"layer": "working"})["memories"]] == [keep]
    assert long_term in [m["id"] for m in api.ok("/memories/list", {})["memories"]]
    none = api.ok("/memories/bulk-forget", {"filters": {"pattern": "scratch*"}})
    assert none == {"count": 0, "ids": [], "message": "No memories matched the filters"}


def test_bulk_forget_filters_and_scope(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, working_memory_ttl_hours=24 * 7)  # outlive the 3 days below
    old = _working(api, "old note")
    clock.advance(days=3)
    fresh = _working(api, "fresh decision", type="decision")
    mine = _working(api, "alice note", scope={"userId": "alice"})
    got = api.ok("/memories/bulk-forget", {"filters": {"olderThanDays": 2}, "dryRun": True})
    assert [m["id"] for m in got["memories"]] == [old]
    got = api.ok("/memories/bulk-forget", {"filters": {"types": ["decision"]}, "dryRun": True})
    assert [m["id"] for m in got["memories"]] == [fresh]
    # writes are constrained to exactly the scope's user (or NULL)
    got = api.ok("/memories/bulk-forget", {"filters": {"all": True}, "dryRun": True})
    assert {m["id"] for m in got["memories"]} == {old, fresh}
    got = api.ok("/memories/bulk-forget", {"filters": {"all": True}, "scope": {"userId": "alice"}})
    assert got["ids"] == [mine]


def test_bulk_forget_older_than_any_date_matches_nothing(api: Api) -> None:
    _working(api, "a note")
    # 28,909,889 days: before year 1, still inside JavaScript's Date range (the service's cutoff
    # is an extended year that sorts below every stored timestamp)
    got = api.ok("/memories/bulk-forget", {"filters": {"olderThanDays": 28_909_889}, "dryRun": True})
    assert got["count"] == 0 and got["memories"] == []


def test_bulk_forget_validation(api: Api) -> None:
    for body in (
        {},
        {"filters": {}},
        {"filters": {"projectId": "p"}},  # projectId alone is not a filter
        {"filters": {"all": True, "pattern": "x"}},  # all cannot be combined
        {"filters": {"types": []}},
        {"filters": {"olderThanDays": 0}},
        {"filters": {"all": True}, "dryRun": "yes"},
    ):
        api.err("/memories/bulk-forget", body, 400, "INVALID_REQUEST")


def test_vacuum_purges_soft_deleted_working_memories(api: Api) -> None:
    w = _working(api, "to purge")
    note = api.ok("/memories/add", {"content": "long term"}, 201)["id"]
    assert api.ok("/memories/vacuum", {}) == {"purged": 0, "message": "No soft-deleted memories to vacuum"}
    api.ok("/memories/forget", {"id": w})
    assert "result" in api.tool("forget_memory", {"id": note})  # MCP forget: any layer
    assert api.ok("/memories/vacuum", {}) == {"purged": 1, "message": "Vacuumed 1 soft-deleted memories"}
    # the MCP tool is not restricted to the working layer
    vac = api.tool("vacuum_memories", {})["result"]["structuredContent"]
    assert vac["purged"] == 1 and vac["meta"]["tool"] == "vacuum_memories"
    assert api.tool("vacuum_memories", {})["result"]["structuredContent"]["purged"] == 0


def test_consolidate_supersedes_and_records_conflicts(api: Api, clock: Clock) -> None:
    first = api.ok("/memories/add", {"content": "Deploy: use blue-green", "type": "decision"}, 201)["id"]
    clock.advance(minutes=1)
    second = api.ok("/memories/add", {"content": "Deploy: use canary", "type": "decision"}, 201)["id"]
    api.ok("/memories/add", {"content": "unrelated fact", "type": "fact"}, 201)
    dry = api.ok("/memories/consolidate", {"dryRun": True})
    assert (dry["winnerMemoryIds"], dry["supersededMemoryIds"]) == ([second], [first])
    assert (
        dry["message"].startswith("Dry-run consolidation run ") and dry["run"]["metadata"]["dryRun"] is True
    )
    run = api.ok("/memories/consolidate", {"types": ["decision"], "model": "local"})
    assert (run["winnerMemoryIds"], run["supersededMemoryIds"]) == ([second], [first])
    assert run["run"]["inputCount"] == 2 and run["run"]["model"] == "local"
    assert (run["run"]["mergedCount"], run["run"]["supersededCount"], run["run"]["conflictedCount"]) == (
        1,
        1,
        1,
    )
    assert run["run"]["scope"] == "global" and run["runId"] == run["run"]["id"]
    again = api.ok("/memories/consolidate", {})  # superseded rows are no longer candidates
    assert again["supersededMemoryIds"] == []
    obs = api.http.get(SDK + "/management/memory/observability", headers=api.auth()).json()["data"]
    assert obs["consolidation"]["runCount"] == 3 and obs["consolidation"]["conflictedCount"] == 2
    assert obs["contradictions"]["totalCount"] == 1
    api.err("/memories/consolidate", {"types": []}, 400, "INVALID_REQUEST")
    api.err("/memories/consolidate", {"types": ["bogus"]}, 400, "INVALID_REQUEST")
