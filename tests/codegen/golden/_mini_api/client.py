"""Typed facade of the Mini API — generated, do not edit.

Every operation of the spec is a method here; each packs its arguments by wire name and hands
them, with the operation's descriptor, to the engine (``agent_memory_sdk``) that owns auth,
retries, errors and parsing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from .api.default import bulk_create as _default_bulk_create
from .api.default import create as _default_create
from .api.default import get as _default_get
from .api.default import health as _default_health
from .api.default import list_ as _default_list_
from .api.default import share as _default_share
from .api.default import update as _default_update
from .types import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, merge_body

if TYPE_CHECKING:
    import httpx
    from agent_memory_sdk._pagination import AsyncPage, SyncPage
    from agent_memory_sdk._response import APIResponse

    from .models import (
        BulkResult,
        Color,
        Level,
        NewThing,
        NewThingMeta,
        Pending,
        ShareResponse200,
        Thing,
        ThingUpdate,
        ThingWithLinks,
    )

__all__ = [
    "Methods",
    "MethodsWithRawResponse",
    "AsyncMethods",
    "AsyncMethodsWithRawResponse",
    "OpsResource",
    "OpsResourceWithRawResponse",
    "AsyncOpsResource",
    "AsyncOpsResourceWithRawResponse",
    "OpsStatusResource",
    "OpsStatusResourceWithRawResponse",
    "AsyncOpsStatusResource",
    "AsyncOpsStatusResourceWithRawResponse",
    "SharingResource",
    "SharingResourceWithRawResponse",
    "AsyncSharingResource",
    "AsyncSharingResourceWithRawResponse",
]


class SharingResource(SyncResource):
    """The ``sharing`` operations."""

    def share(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ShareResponse200:
        """Share a thing.

        No server serves this.

        ``POST /things/{id}/share`` — no released server serves this route.

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_share.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class SharingResourceWithRawResponse(SyncResource):
    """The ``sharing`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def share(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ShareResponse200]:
        """Share a thing.

        No server serves this.

        ``POST /things/{id}/share`` — no released server serves this route.

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_share.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )


class AsyncSharingResource(AsyncResource):
    """The ``sharing`` operations (async)."""

    async def share(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ShareResponse200:
        """Share a thing.

        No server serves this.

        ``POST /things/{id}/share`` — no released server serves this route.

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_share.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class AsyncSharingResourceWithRawResponse(AsyncResource):
    """The ``sharing`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def share(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ShareResponse200]:
        """Share a thing.

        No server serves this.

        ``POST /things/{id}/share`` — no released server serves this route.

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_share.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )


class OpsStatusResource(SyncResource):
    """The ``ops.status`` operations."""

    def health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Health.

        Health check.

        ``GET /health``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_health.OPERATION,
            path={},
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class OpsStatusResourceWithRawResponse(SyncResource):
    """The ``ops.status`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Health.

        Health check.

        ``GET /health``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_health.OPERATION,
            path={},
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )


class AsyncOpsStatusResource(AsyncResource):
    """The ``ops.status`` operations (async)."""

    async def health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Health.

        Health check.

        ``GET /health``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_health.OPERATION,
            path={},
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class AsyncOpsStatusResourceWithRawResponse(AsyncResource):
    """The ``ops.status`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def health(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Health.

        Health check.

        ``GET /health``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_health.OPERATION,
            path={},
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )


class OpsResource(SyncResource):
    """The ``ops`` operations."""

    @cached_property
    def status(self) -> OpsStatusResource:
        """The ``ops.status`` operations."""
        return OpsStatusResource(self._client)


class OpsResourceWithRawResponse(SyncResource):
    """The ``ops`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    @cached_property
    def status(self) -> OpsStatusResourceWithRawResponse:
        """The ``ops.status`` operations."""
        return OpsStatusResourceWithRawResponse(self._client)


class AsyncOpsResource(AsyncResource):
    """The ``ops`` operations (async)."""

    @cached_property
    def status(self) -> AsyncOpsStatusResource:
        """The ``ops.status`` operations."""
        return AsyncOpsStatusResource(self._client)


class AsyncOpsResourceWithRawResponse(AsyncResource):
    """The ``ops`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    @cached_property
    def status(self) -> AsyncOpsStatusResourceWithRawResponse:
        """The ``ops.status`` operations."""
        return AsyncOpsStatusResourceWithRawResponse(self._client)


class Methods(SyncResource):
    """Every top-level operation of the API."""

    @cached_property
    def sharing(self) -> SharingResource:
        """The ``sharing`` operations."""
        return SharingResource(self._client)

    @cached_property
    def ops(self) -> OpsResource:
        """The ``ops`` operations."""
        return OpsResource(self._client)

    @cached_property
    def with_raw_response(self) -> MethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return MethodsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Thing]:
        """List things.

        Lists things, newest first.

        ``GET /things``

        Args:
            limit: Page size.
            offset: Rows to skip.
            color: Filter by color.
            agent_id: Caller identity.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_list_.OPERATION,
            path={},
            query={
                "limit": limit,
                "offset": offset,
                "color": color,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def create(
        self,
        *,
        name: str,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        labels: str | Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        level: Level | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        meta: NewThingMeta | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Thing | Pending:
        """Create a thing.

        Creates a thing.

        ``POST /things``

        Args:
            name: The name.
            color: A color.
            size: Size.
            labels: Comma-separated labels.
            tags: Tags.
            agent_id: Must match the header.
            level: A level.
            meta: Free-form.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_create.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "name": name,
                "color": color,
                "size": size,
                "labels": labels,
                "tags": tags,
                "agent_id": agent_id,
                "level": level,
                "meta": meta,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def bulk_create(
        self,
        things: Sequence[NewThing | Mapping[str, Any]],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BulkResult:
        """Create many things.

        Creates many things at once.

        ``POST /things/bulk``

        Args:
            things: the whole request body.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_bulk_create.OPERATION,
            path={},
            query={},
            headers={},
            body=things,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ThingWithLinks:
        """Get a thing.

        Reads one thing with its links.

        ``GET /things/{id}``

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def update(
        self,
        id: str,
        body: ThingUpdate | Mapping[str, Any] | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        note: None | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """Update a thing.

        Partial update.

        ``PUT /things/{id}``

        Args:
            body: the whole request body, as a model or a dict; keyword arguments override its fields.
            id: The id.
            name: The name.
            note: A note; null clears it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_update.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=merge_body(
                body,
                {
                    "name": name,
                    "note": note,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class MethodsWithRawResponse(SyncResource):
    """Every top-level operation of the API, returning the raw response (``.parse()`` gives the typed result)."""

    @cached_property
    def sharing(self) -> SharingResourceWithRawResponse:
        """The ``sharing`` operations."""
        return SharingResourceWithRawResponse(self._client)

    @cached_property
    def ops(self) -> OpsResourceWithRawResponse:
        """The ``ops`` operations."""
        return OpsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPage[Thing]]:
        """List things.

        Lists things, newest first.

        ``GET /things``

        Args:
            limit: Page size.
            offset: Rows to skip.
            color: Filter by color.
            agent_id: Caller identity.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_list_.OPERATION,
            path={},
            query={
                "limit": limit,
                "offset": offset,
                "color": color,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def create(
        self,
        *,
        name: str,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        labels: str | Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        level: Level | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        meta: NewThingMeta | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Thing | Pending]:
        """Create a thing.

        Creates a thing.

        ``POST /things``

        Args:
            name: The name.
            color: A color.
            size: Size.
            labels: Comma-separated labels.
            tags: Tags.
            agent_id: Must match the header.
            level: A level.
            meta: Free-form.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_create.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "name": name,
                "color": color,
                "size": size,
                "labels": labels,
                "tags": tags,
                "agent_id": agent_id,
                "level": level,
                "meta": meta,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def bulk_create(
        self,
        things: Sequence[NewThing | Mapping[str, Any]],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[BulkResult]:
        """Create many things.

        Creates many things at once.

        ``POST /things/bulk``

        Args:
            things: the whole request body.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_bulk_create.OPERATION,
            path={},
            query={},
            headers={},
            body=things,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ThingWithLinks]:
        """Get a thing.

        Reads one thing with its links.

        ``GET /things/{id}``

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def update(
        self,
        id: str,
        body: ThingUpdate | Mapping[str, Any] | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        note: None | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Thing]:
        """Update a thing.

        Partial update.

        ``PUT /things/{id}``

        Args:
            body: the whole request body, as a model or a dict; keyword arguments override its fields.
            id: The id.
            name: The name.
            note: A note; null clears it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _default_update.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=merge_body(
                body,
                {
                    "name": name,
                    "note": note,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )


class AsyncMethods(AsyncResource):
    """Every top-level operation of the API (async)."""

    @cached_property
    def sharing(self) -> AsyncSharingResource:
        """The ``sharing`` operations."""
        return AsyncSharingResource(self._client)

    @cached_property
    def ops(self) -> AsyncOpsResource:
        """The ``ops`` operations."""
        return AsyncOpsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return AsyncMethodsWithRawResponse(self._client)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Thing]:
        """List things.

        Lists things, newest first.

        ``GET /things``

        Args:
            limit: Page size.
            offset: Rows to skip.
            color: Filter by color.
            agent_id: Caller identity.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_list_.OPERATION,
            path={},
            query={
                "limit": limit,
                "offset": offset,
                "color": color,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def create(
        self,
        *,
        name: str,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        labels: str | Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        level: Level | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        meta: NewThingMeta | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Thing | Pending:
        """Create a thing.

        Creates a thing.

        ``POST /things``

        Args:
            name: The name.
            color: A color.
            size: Size.
            labels: Comma-separated labels.
            tags: Tags.
            agent_id: Must match the header.
            level: A level.
            meta: Free-form.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_create.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "name": name,
                "color": color,
                "size": size,
                "labels": labels,
                "tags": tags,
                "agent_id": agent_id,
                "level": level,
                "meta": meta,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def bulk_create(
        self,
        things: Sequence[NewThing | Mapping[str, Any]],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BulkResult:
        """Create many things.

        Creates many things at once.

        ``POST /things/bulk``

        Args:
            things: the whole request body.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_bulk_create.OPERATION,
            path={},
            query={},
            headers={},
            body=things,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ThingWithLinks:
        """Get a thing.

        Reads one thing with its links.

        ``GET /things/{id}``

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def update(
        self,
        id: str,
        body: ThingUpdate | Mapping[str, Any] | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        note: None | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Thing:
        """Update a thing.

        Partial update.

        ``PUT /things/{id}``

        Args:
            body: the whole request body, as a model or a dict; keyword arguments override its fields.
            id: The id.
            name: The name.
            note: A note; null clears it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_update.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=merge_body(
                body,
                {
                    "name": name,
                    "note": note,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class AsyncMethodsWithRawResponse(AsyncResource):
    """Every top-level operation of the API, returning the raw response (``.parse()`` gives the typed result) (async)."""

    @cached_property
    def sharing(self) -> AsyncSharingResourceWithRawResponse:
        """The ``sharing`` operations."""
        return AsyncSharingResourceWithRawResponse(self._client)

    @cached_property
    def ops(self) -> AsyncOpsResourceWithRawResponse:
        """The ``ops`` operations."""
        return AsyncOpsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AsyncPage[Thing]]:
        """List things.

        Lists things, newest first.

        ``GET /things``

        Args:
            limit: Page size.
            offset: Rows to skip.
            color: Filter by color.
            agent_id: Caller identity.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_list_.OPERATION,
            path={},
            query={
                "limit": limit,
                "offset": offset,
                "color": color,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def create(
        self,
        *,
        name: str,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN,
        labels: str | Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        level: Level | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        meta: NewThingMeta | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Thing | Pending]:
        """Create a thing.

        Creates a thing.

        ``POST /things``

        Args:
            name: The name.
            color: A color.
            size: Size.
            labels: Comma-separated labels.
            tags: Tags.
            agent_id: Must match the header.
            level: A level.
            meta: Free-form.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_create.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "name": name,
                "color": color,
                "size": size,
                "labels": labels,
                "tags": tags,
                "agent_id": agent_id,
                "level": level,
                "meta": meta,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def bulk_create(
        self,
        things: Sequence[NewThing | Mapping[str, Any]],
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[BulkResult]:
        """Create many things.

        Creates many things at once.

        ``POST /things/bulk``

        Args:
            things: the whole request body.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_bulk_create.OPERATION,
            path={},
            query={},
            headers={},
            body=things,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def get(
        self,
        id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ThingWithLinks]:
        """Get a thing.

        Reads one thing with its links.

        ``GET /things/{id}``

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def update(
        self,
        id: str,
        body: ThingUpdate | Mapping[str, Any] | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        note: None | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Thing]:
        """Update a thing.

        Partial update.

        ``PUT /things/{id}``

        Args:
            body: the whole request body, as a model or a dict; keyword arguments override its fields.
            id: The id.
            name: The name.
            note: A note; null clears it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _default_update.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body=merge_body(
                body,
                {
                    "name": name,
                    "note": note,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )
