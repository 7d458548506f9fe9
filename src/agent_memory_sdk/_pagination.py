"""Pages of results for operations with ``x-sdk.paginate`` (``style: offset``).

A page is a sequence of *this* page's items (``len(page)``, ``page[0]``, ``page.items``) plus
``has_next_page()``, ``next_page()`` and ``iter_pages()``; iterating a :class:`SyncPage`
(``for m in page`` / ``auto_paging_iter()``) walks the items of **all** pages, fetching lazily.
An :class:`AsyncPage` does the same with ``async for`` (plain ``for`` covers this page only).
An async method returns an :class:`AsyncPaginator`: ``page = await client.list()`` gives the first
:class:`AsyncPage`, and ``async for item in client.list()`` walks every item without the ``await``.

**Offset rule.** The next page is requested with ``offset += len(items)``, keeping every other
query value. Iteration stops at the first **empty** page: a server may return fewer than
``limit`` items while more exist (ai-memory R7 drops rows the caller may not see *after* applying
LIMIT), so a short page does not prove the end. Two opt-ins in ``x-sdk.paginate``:

- ``advance: limit`` — ``offset += limit`` (the requested limit; ``len(items)`` when none was
  passed). Right for servers that filter after LIMIT: advancing by ``len(items)`` there re-reads
  rows of the previous window (duplicates). Wrong when the server silently caps ``limit`` below
  the requested value (rows would be skipped), so keep requested limits within the server's cap.
  With ``default_limit: N`` (the server's page size when no limit is sent) the step is ``N`` for
  calls that pass no limit, instead of ``len(items)``.
- ``stop: short`` — stop when fewer than the requested ``limit`` items arrive; saves the final
  empty request for servers that never return short pages early.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ._runtime import NotGiven

__all__ = ["AsyncPage", "AsyncPaginator", "OffsetPaging", "SyncPage"]

T = TypeVar("T")


@dataclass(frozen=True)
class OffsetPaging:
    """The ``x-sdk.paginate`` settings of one operation (wire names of the fields)."""

    items: str
    limit: str = "limit"
    offset: str = "offset"
    stop: str = "empty"
    advance: str = "items"
    default_limit: int | None = None

    @classmethod
    def from_sdk(cls, spec: Mapping[str, Any]) -> OffsetPaging:
        """Read ``{style: offset, items, limit, offset, stop?, advance?, default_limit?}``."""
        style = spec.get("style", "offset")
        if style != "offset":
            raise ValueError(f"unsupported x-sdk.paginate style {style!r}")
        return cls(
            items=spec["items"],
            limit=spec.get("limit", "limit"),
            offset=spec.get("offset", "offset"),
            stop=spec.get("stop", "empty"),
            advance=spec.get("advance", "items"),
            default_limit=spec.get("default_limit"),
        )

    def items_of(self, result: Any) -> list[Any]:
        """The list of items in a parsed page body (empty when absent)."""
        if isinstance(result, Mapping) or (hasattr(result, "get") and hasattr(result, "__contains__")):
            value = result.get(self.items)
        else:
            value = getattr(result, self.items, None)
        return list(value or [])

    def next_query(self, query: Mapping[str, Any], count: int) -> dict[str, Any] | None:
        """The query of the next page, or None when this page (``count`` items) was the last."""
        if count == 0:
            return None
        offset = query.get(self.offset)
        start = offset if isinstance(offset, int) and not isinstance(offset, bool) else 0
        limit = query.get(self.limit)
        known_limit = limit if isinstance(limit, int) and not isinstance(limit, (bool, NotGiven)) else None
        if known_limit is None:
            known_limit = self.default_limit
        if self.stop == "short" and known_limit is not None and count < known_limit:
            return None
        step = known_limit if self.advance == "limit" and known_limit else count
        return {**query, self.offset: start + step}


class _BasePage(Generic[T]):
    """Shared sequence behaviour of sync and async pages."""

    items: list[T]
    body: Any

    def __init__(self, items: list[T], body: Any, has_next: bool) -> None:
        self.items = items
        self.body = body  # the parsed response of this page (e.g. with ``count``)
        self._has_next = has_next

    def has_next_page(self) -> bool:
        """Whether another page should be requested (see the module docstring for the rule)."""
        return self._has_next

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    def __bool__(self) -> bool:
        return bool(self.items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.items)}, has_next_page={self._has_next})"


class SyncPage(_BasePage[T]):
    """One page of a paginated operation; iterating it walks all pages."""

    def __init__(self, items: list[T], body: Any, fetch_next: Callable[[], SyncPage[T]] | None) -> None:
        super().__init__(items, body, fetch_next is not None)
        self._fetch_next = fetch_next

    def next_page(self) -> SyncPage[T]:
        """Request and return the next page (``RuntimeError`` when there is none)."""
        if self._fetch_next is None:
            raise RuntimeError("no next page; check has_next_page() first")
        return self._fetch_next()

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each following page."""
        page: SyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def auto_paging_iter(self) -> Iterator[T]:
        """Every item of this and all following pages."""
        for page in self.iter_pages():
            yield from page.items

    def __iter__(self) -> Iterator[T]:
        return self.auto_paging_iter()


class AsyncPage(_BasePage[T]):
    """One page of a paginated operation; ``async for`` walks all pages."""

    def __init__(
        self, items: list[T], body: Any, fetch_next: Callable[[], Awaitable[AsyncPage[T]]] | None
    ) -> None:
        super().__init__(items, body, fetch_next is not None)
        self._fetch_next = fetch_next

    async def next_page(self) -> AsyncPage[T]:
        """Request and return the next page (``RuntimeError`` when there is none)."""
        if self._fetch_next is None:
            raise RuntimeError("no next page; check has_next_page() first")
        return await self._fetch_next()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each following page."""
        page: AsyncPage[T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def auto_paging_iter(self) -> AsyncIterator[T]:
        """Every item of this and all following pages."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self.auto_paging_iter()

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


class AsyncPaginator(Generic[T]):
    """What an async paginated method returns: awaitable *and* async-iterable.

    ``await paginator`` requests the first page and returns it as an :class:`AsyncPage`;
    ``async for item in paginator`` requests it too and walks the items of every page. Each use
    sends its own requests (a paginator is a recipe, like a coroutine function's call).
    """

    def __init__(self, first_page: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first_page().__await__()

    async def _items(self) -> AsyncIterator[T]:
        page = await self._first_page()
        async for item in page:
            yield item

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
