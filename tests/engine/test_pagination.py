"""Offset pagination: page objects, lazy auto-paging over all pages, and the stop rule."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from engine_support import LIST, Harness, Memory, MemoryList, Script, memory_json, op

from agent_memory_sdk import AsyncPage, AsyncPaginator, SyncPage

DATA = [memory_json(i) for i in range(7)]


def server(data: list[dict[str, Any]], *, drop: set[int] = frozenset()) -> Script:  # type: ignore[assignment]
    """Serves ``data`` by offset/limit; rows in ``drop`` are removed AFTER the limit (like ai-memory R7)."""

    def handle(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 20))
        rows = [r for i, r in enumerate(data[offset : offset + limit], start=offset) if i not in drop]
        return httpx.Response(200, json={"memories": rows, "count": len(rows)})

    return Script(default=handle)


def offsets(h: Harness) -> list[str | None]:
    return [r.url.params.get("offset") for r in h.requests]


def test_first_page_is_a_sequence(mode: str) -> None:
    h = Harness(mode, server(DATA))
    page = h.call(LIST, query={"limit": 3, "namespace": "ns"})
    assert isinstance(page, SyncPage if mode == "sync" else AsyncPage)
    assert len(page) == 3 and bool(page)
    assert isinstance(page[0], Memory) and page[0].id == "m0"
    assert [m.id for m in page.items] == ["m0", "m1", "m2"]
    assert isinstance(page.body, MemoryList) and page.body.count == 3
    assert page.has_next_page()
    assert len(h.requests) == 1
    assert "has_next_page=True" in repr(page)


def test_iterating_walks_all_pages_lazily(mode: str) -> None:
    h = Harness(mode, server(DATA))
    page = h.call(LIST, query={"limit": 3, "namespace": "ns"})
    assert [m.id for m in h.all_items(page)] == [f"m{i}" for i in range(7)]
    assert offsets(h) == [None, "3", "6", "7"]  # stops at the first empty page
    assert all(r.url.params["namespace"] == "ns" and r.url.params["limit"] == "3" for r in h.requests)


def test_next_page_and_iter_pages(mode: str) -> None:
    h = Harness(mode, server(DATA))
    page = h.call(LIST, query={"limit": 3, "offset": 0})
    second = h.next_page(page)
    assert [m.id for m in second] if mode == "sync" else [m.id for m in second.items] == ["m3", "m4", "m5"]
    h2 = Harness(mode, server(DATA))
    pages = h2.pages(h2.call(LIST, query={"limit": 3}))
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    last = pages[-1]
    assert not last.has_next_page()
    with pytest.raises(RuntimeError):
        h2.next_page(last)


def test_short_page_does_not_end_iteration(mode: str) -> None:
    h = Harness(mode, server(DATA, drop={1, 2}))
    page = h.call(LIST, query={"limit": 3})
    assert len(page) == 1  # fewer than limit although more rows exist
    # offset += len(items) keeps going past the short page (it may repeat rows dropped-after-LIMIT
    # servers hid: that is what ``advance: limit`` is for, below)
    assert {m.id for m in h.all_items(page)} == {"m0", "m3", "m4", "m5", "m6"}


def test_advance_limit_walks_a_dropping_server_exactly_once(mode: str) -> None:
    by_limit = op(
        "list_by_limit",
        "GET",
        "/v1/items",
        {200: "models:MemoryList"},
        sdk={"paginate": {"style": "offset", "items": "memories", "advance": "limit"}},
    )
    h = Harness(mode, server(DATA, drop={1, 2}))
    assert [m.id for m in h.all_items(h.call(by_limit, query={"limit": 3}))] == ["m0", "m3", "m4", "m5", "m6"]
    assert offsets(h) == [None, "3", "6", "9"]


def test_stop_short_and_advance_limit(mode: str) -> None:
    short = op(
        "list_short",
        "GET",
        "/v1/items",
        {200: "models:MemoryList"},
        sdk={"paginate": {"style": "offset", "items": "memories", "stop": "short", "advance": "limit"}},
    )
    h = Harness(mode, server(DATA, drop={1}))
    page = h.call(short, query={"limit": 3, "offset": 0})
    assert [m.id for m in h.all_items(page)] == ["m0", "m2"]  # the short first page ends it
    h2 = Harness(mode, server(DATA))
    assert len(h2.all_items(h2.call(short, query={"limit": 3}))) == 7
    assert offsets(h2) == [None, "3", "6"]


def test_async_page_plain_iteration_covers_this_page_only() -> None:
    h = Harness("async", server(DATA))
    page = h.call(LIST, query={"limit": 3})
    assert [m.id for m in page] == ["m0", "m1", "m2"]
    assert len(h.requests) == 1


def test_dict_result_and_missing_items() -> None:
    loose = op("loose_list", "GET", "/v1/loose", {}, sdk={"paginate": {"style": "offset", "items": "rows"}})
    h = Harness("sync", Script([httpx.Response(200, json={"rows": [1, 2]}), httpx.Response(200, json={})]))
    page = h.call(loose)
    assert list(page) == [1, 2]
    assert offsets(h) == [None, "2"]


def test_unknown_style_rejected() -> None:
    bad = op("bad", "GET", "/v1/x", {}, sdk={"paginate": {"style": "cursor", "items": "x"}})
    with pytest.raises(ValueError, match="cursor"):
        Harness("sync").call(bad)


def test_async_paginator_is_awaitable_and_async_iterable() -> None:
    h = Harness("async", server(DATA))
    paginator = h.client.paginate(LIST, query={"limit": 3, "namespace": "ns"})
    assert isinstance(paginator, AsyncPaginator) and h.requests == []  # nothing sent until used

    async def both_ways() -> tuple[AsyncPage[Any], list[str]]:
        page = await paginator
        return page, [m.id async for m in paginator]

    page, ids = asyncio.run(both_ways())
    assert isinstance(page, AsyncPage) and [m.id for m in page] == ["m0", "m1", "m2"]
    assert ids == [f"m{i}" for i in range(7)]
    assert offsets(h)[:2] == [None, None]  # each use starts from the first page
