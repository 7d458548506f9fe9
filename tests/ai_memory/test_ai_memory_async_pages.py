"""Async pages usable both ways: ``await client.list(...)`` and ``async for m in client.list(...)``."""

from __future__ import annotations

from agent_memory_sdk import APIResponse, AsyncPage, AsyncPaginator
from ai_memory import AsyncAiMemoryClient, Memory

NS = "pages"


async def _store(client: AsyncAiMemoryClient, count: int) -> None:
    for i in range(count):
        await client.store(title=f"page item {i}", content=f"content {i}", namespace=NS)


async def test_await_gives_the_first_page_and_async_for_walks_every_page(ai_memory_server: str) -> None:
    async with AsyncAiMemoryClient(base_url=ai_memory_server, agent_id="pager") as client:
        await _store(client, 5)
        paginator = client.list(namespace=NS, limit=2)
        assert isinstance(paginator, AsyncPaginator)
        page = await paginator
        assert isinstance(page, AsyncPage) and len(page) == 2 and page.has_next_page()
        titles = [memory.title async for memory in client.list(namespace=NS, limit=2)]
        assert sorted(titles) == [f"page item {i}" for i in range(5)]
        walked = [memory async for memory in page]  # a page awaited first walks on from itself
        assert len(walked) == 5 and all(isinstance(m, Memory) for m in walked)


async def test_the_raw_twin_is_one_exchange(ai_memory_server: str) -> None:
    async with AsyncAiMemoryClient(base_url=ai_memory_server, agent_id="pager") as client:
        await _store(client, 3)
        raw = await client.with_raw_response.list(namespace=NS, limit=2)
        assert isinstance(raw, APIResponse) and raw.status_code == 200
        assert len(raw.json()["memories"]) == 2
