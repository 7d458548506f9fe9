"""The two shells: :class:`SyncAPIClient` and :class:`AsyncAPIClient`.

Everything but sending and sleeping lives in :class:`~agent_memory_sdk._base_client.BaseAPIClient`;
the loops below are the only code that exists twice.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any

import httpx
from typing_extensions import Self

from ._base_client import BaseAPIClient
from ._chunking import ChunkPlan
from ._pagination import AsyncPage, AsyncPaginator, OffsetPaging, SyncPage
from ._request import PreparedCall
from ._runtime import NOT_GIVEN, Operation, RequestOptions
from ._watchdog import SocketWatch

__all__ = ["AsyncAPIClient", "SyncAPIClient"]


async def _anyio_sleep(seconds: float) -> None:
    import anyio  # httpx's own dependency; imported only when an async retry actually waits

    await anyio.sleep(seconds)


class SyncAPIClient(BaseAPIClient[httpx.Client]):
    """Blocking client engine; an API client subclasses it together with its generated facade.

    ``request`` implements :class:`agent_memory_sdk._runtime.SyncTransport`. Tests (or callers)
    may replace ``_sleep`` (default ``time.sleep``) and ``_random`` (jitter source).
    """

    _sleep: Callable[[float], None] = staticmethod(time.sleep)

    def _make_http_client(self, verify: ssl.SSLContext | bool, timeout: httpx.Timeout) -> httpx.Client:
        return httpx.Client(timeout=timeout, verify=verify, follow_redirects=False)

    def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        """Send one operation call and return its typed result (or :class:`APIResponse` when ``raw``).

        Applies ``x-sdk.chunk`` (several calls, one merged result) and ``x-sdk.paginate`` (returns a
        :class:`SyncPage`) unless ``raw``; a raw call is always exactly one HTTP exchange.
        """
        opts: RequestOptions = options or {}
        if not raw:
            plan = ChunkPlan.from_sdk(operation.sdk.get("chunk"))
            parts = plan.split(body) if plan else None
            if plan and parts:
                return plan.merge(
                    [self._send(operation, path, query, headers, p, opts, False) for p in parts]
                )
            paginate = operation.sdk.get("paginate")
            if paginate:
                return self._page(
                    OffsetPaging.from_sdk(paginate), operation, path, dict(query or {}), headers, body, opts
                )
        return self._send(operation, path, query, headers, body, opts, raw)

    def _page(
        self,
        paging: OffsetPaging,
        operation: Operation,
        path: Mapping[str, Any] | None,
        query: dict[str, Any],
        headers: Mapping[str, Any] | None,
        body: Any,
        opts: RequestOptions,
    ) -> SyncPage[Any]:
        result = self._send(operation, path, query, headers, body, opts, False)
        items = paging.items_of(result)
        following = paging.next_query(query, len(items))
        if following is None:
            return SyncPage(items, result, None)
        return SyncPage(
            items, result, lambda: self._page(paging, operation, path, following, headers, body, opts)
        )

    def _send(
        self,
        operation: Operation,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        body: Any,
        opts: RequestOptions,
        raw: bool,
    ) -> Any:
        call = self._prepare(operation, path, query, headers, body, opts, raw)
        self._arm_deadline(call)
        retries = 0
        while True:
            self._start_attempt(call)
            self._log_request(call, retries)
            start = time.perf_counter()
            try:
                response = self._receive(call)
            except httpx.RequestError as error:
                delay = self._on_transport_error(call, error, retries)
                self._sleep(delay)
                retries += 1
                continue
            elapsed = time.perf_counter() - start
            delay_or_none = self._on_response(call, response, retries, elapsed)
            if delay_or_none is None:
                return self._finish(call, response, retries, elapsed)
            self._sleep(delay_or_none)
            retries += 1

    def _receive(self, call: PreparedCall) -> httpx.Response:
        """Send once and read the body, checking the size cap and the deadline at every chunk.

        Redirects are never followed: neither API redirects, and following one would carry the
        credentials (and a POST body) to wherever a ``Location`` header points.
        """
        chunks: list[bytes] = []
        size = 0
        with SocketWatch(call.request, call.deadline_at):
            response = self._pool.get().send(call.request, stream=True, follow_redirects=False)
            try:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    self._check_body(call, response, size)
                    chunks.append(chunk)
            finally:
                response.close()
        response._content = b"".join(chunks)  # what httpx's own read() stores
        return response

    def close(self) -> None:
        """Close the connection pool if this client created it (never an injected ``http_client``)."""
        if self._owns_http:
            self._pool.get().close()

    @property
    def is_closed(self) -> bool:
        """Whether the underlying ``httpx.Client`` is closed."""
        return self._pool.is_closed

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncAPIClient(BaseAPIClient[httpx.AsyncClient]):
    """Async twin of :class:`SyncAPIClient` (``_sleep`` defaults to ``anyio.sleep``)."""

    _sleep: Callable[[float], Awaitable[None]] = staticmethod(_anyio_sleep)

    def _make_http_client(self, verify: ssl.SSLContext | bool, timeout: httpx.Timeout) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout, verify=verify, follow_redirects=False)

    async def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        """Async :meth:`SyncAPIClient.request` (paginated operations return an :class:`AsyncPage`)."""
        opts: RequestOptions = options or {}
        if not raw:
            plan = ChunkPlan.from_sdk(operation.sdk.get("chunk"))
            parts = plan.split(body) if plan else None
            if plan and parts:
                return plan.merge(
                    [await self._send(operation, path, query, headers, p, opts, False) for p in parts]
                )
            paginate = operation.sdk.get("paginate")
            if paginate:
                paging = OffsetPaging.from_sdk(paginate)
                return await self._page(paging, operation, path, dict(query or {}), headers, body, opts)
        return await self._send(operation, path, query, headers, body, opts, raw)

    def paginate(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[Any]:
        """An operation with ``x-sdk.paginate`` as an :class:`AsyncPaginator` (nothing is sent yet):
        ``await`` it for the first page, or ``async for`` over it for every item."""
        paging = OffsetPaging.from_sdk(operation.sdk["paginate"])
        opts: RequestOptions = options or {}
        return AsyncPaginator(
            lambda: self._page(paging, operation, path, dict(query or {}), headers, body, opts)
        )

    async def _page(
        self,
        paging: OffsetPaging,
        operation: Operation,
        path: Mapping[str, Any] | None,
        query: dict[str, Any],
        headers: Mapping[str, Any] | None,
        body: Any,
        opts: RequestOptions,
    ) -> AsyncPage[Any]:
        result = await self._send(operation, path, query, headers, body, opts, False)
        items = paging.items_of(result)
        following = paging.next_query(query, len(items))
        if following is None:
            return AsyncPage(items, result, None)
        return AsyncPage(
            items, result, lambda: self._page(paging, operation, path, following, headers, body, opts)
        )

    async def _send(
        self,
        operation: Operation,
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        body: Any,
        opts: RequestOptions,
        raw: bool,
    ) -> Any:
        call = self._prepare(operation, path, query, headers, body, opts, raw)
        self._arm_deadline(call)
        retries = 0
        while True:
            remaining = self._start_attempt(call)
            self._log_request(call, retries)
            start = time.perf_counter()
            try:
                response = await self._receive(call, remaining)
            except httpx.RequestError as error:
                delay = self._on_transport_error(call, error, retries)
                await self._sleep(delay)
                retries += 1
                continue
            elapsed = time.perf_counter() - start
            delay_or_none = self._on_response(call, response, retries, elapsed)
            if delay_or_none is None:
                return self._finish(call, response, retries, elapsed)
            await self._sleep(delay_or_none)
            retries += 1

    async def _receive(self, call: PreparedCall, remaining: float) -> httpx.Response:
        """Async :meth:`SyncAPIClient._receive`; the whole attempt is also cancelled at the deadline."""
        import anyio

        chunks: list[bytes] = []
        size = 0
        with anyio.move_on_after(remaining) as scope:
            response = await self._pool.get().send(call.request, stream=True, follow_redirects=False)
            try:
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    self._check_body(call, response, size)
                    chunks.append(chunk)
            finally:
                await response.aclose()
        if scope.cancelled_caught:
            raise self._deadline_error(call)
        response._content = b"".join(chunks)  # what httpx's own read() stores
        return response

    async def close(self) -> None:
        """Close the connection pool if this client created it (never an injected ``http_client``)."""
        if self._owns_http:
            await self._pool.get().aclose()

    @property
    def is_closed(self) -> bool:
        """Whether the underlying ``httpx.AsyncClient`` is closed."""
        return self._pool.is_closed

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
