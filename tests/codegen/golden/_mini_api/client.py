"""Typed facade of the Mini API — generated, do not edit.

Every operation of the spec is a method here; each hands its arguments, with the operation's
binding, to the engine (``agent_memory_sdk``) that owns auth, retries, errors and parsing.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from .types import (
    NOT_GIVEN,
    AsyncResource,
    LazyModule,
    NotGiven,
    SyncResource,
    call,
    call_raw,
    paginate,
)

if TYPE_CHECKING:
    import httpx
    from agent_memory_sdk._pagination import AsyncPaginator, SyncPage
    from agent_memory_sdk._response import APIResponse

    from .models import (
        BulkResult,
        Color,
        Level,
        Link,
        NewThing,
        NewThingMeta,
        Pending,
        ShareResponse200,
        Thing,
        ThingPage,
        ThingUpdate,
        ThingWithLinks,
        Widget,
    )

__all__ = [
    "Methods",
    "MethodsWithRawResponse",
    "AsyncMethods",
    "AsyncMethodsWithRawResponse",
    "LegacyResource",
    "LegacyResourceWithRawResponse",
    "AsyncLegacyResource",
    "AsyncLegacyResourceWithRawResponse",
    "OpsResource",
    "OpsResourceWithRawResponse",
    "AsyncOpsResource",
    "AsyncOpsResourceWithRawResponse",
    "OpsStatusResource",
    "OpsStatusResourceWithRawResponse",
    "AsyncOpsStatusResource",
    "AsyncOpsStatusResourceWithRawResponse",
    "ShapesResource",
    "ShapesResourceWithRawResponse",
    "AsyncShapesResource",
    "AsyncShapesResourceWithRawResponse",
    "SharingResource",
    "SharingResourceWithRawResponse",
    "AsyncSharingResource",
    "AsyncSharingResourceWithRawResponse",
]

# The operation modules, each imported by the first call of one of its methods.
_default_list_ = LazyModule(".api.default.list_", __package__)
_default_create = LazyModule(".api.default.create", __package__)
_default_bulk_create = LazyModule(".api.default.bulk_create", __package__)
_default_get = LazyModule(".api.default.get", __package__)
_default_update = LazyModule(".api.default.update", __package__)
_default_share = LazyModule(".api.default.share", __package__)
_default_health = LazyModule(".api.default.health", __package__)
_default_shape_list = LazyModule(".api.default.shape_list", __package__)
_default_shape_scalars = LazyModule(".api.default.shape_scalars", __package__)
_default_shape_map = LazyModule(".api.default.shape_map", __package__)
_default_shape_scalar = LazyModule(".api.default.shape_scalar", __package__)
_default_shape_union = LazyModule(".api.default.shape_union", __package__)


class SharingResource(SyncResource):
    """The ``sharing`` operations."""

    def share(self, id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ShareResponse200:  # fmt: skip
        """Share a thing.

        No server serves this.

        ``POST /things/{id}/share`` — no released server serves this route.

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_share.BINDING, locals())


class SharingResourceWithRawResponse(SyncResource):
    """The ``sharing`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def share(self, id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ShareResponse200]:  # fmt: skip
        """``sharing.share``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SharingResource.share, locals())


class AsyncSharingResource(AsyncResource):
    """The ``sharing`` operations (async)."""

    async def share(self, id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ShareResponse200:  # fmt: skip
        """Share a thing.

        No server serves this.

        ``POST /things/{id}/share`` — no released server serves this route.

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_share.BINDING, locals())


class AsyncSharingResourceWithRawResponse(AsyncResource):
    """The ``sharing`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def share(self, id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ShareResponse200]:  # fmt: skip
        """``sharing.share``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSharingResource.share, locals())


class ShapesResource(SyncResource):
    """The ``shapes`` operations."""

    def things(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Widget]:  # fmt: skip
        """An array of models.

        Every response shape that is not one object, one route each.

        ``GET /shapes/things``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_shape_list.BINDING, locals())

    def names(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[str]:  # fmt: skip
        """An array of scalars.

        ``GET /shapes/names``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_shape_scalars.BINDING, locals())

    def by_name(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Widget]:  # fmt: skip
        """A map of models.

        ``GET /shapes/by-name``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_shape_map.BINDING, locals())

    def count(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> int:  # fmt: skip
        """A scalar.

        ``GET /shapes/count``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_shape_scalar.BINDING, locals())

    def either(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Widget | builtins.list[Link]:  # fmt: skip
        """One of several shapes.

        ``GET /shapes/either``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_shape_union.BINDING, locals())


class ShapesResourceWithRawResponse(SyncResource):
    """The ``shapes`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def things(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[builtins.list[Widget]]:  # fmt: skip
        """``shapes.things``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ShapesResource.things, locals())

    def names(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[builtins.list[str]]:  # fmt: skip
        """``shapes.names``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ShapesResource.names, locals())

    def by_name(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[dict[str, Widget]]:  # fmt: skip
        """``shapes.by_name``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ShapesResource.by_name, locals())

    def count(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[int]:  # fmt: skip
        """``shapes.count``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ShapesResource.count, locals())

    def either(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Widget | builtins.list[Link]]:  # fmt: skip
        """``shapes.either``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ShapesResource.either, locals())


class AsyncShapesResource(AsyncResource):
    """The ``shapes`` operations (async)."""

    async def things(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Widget]:  # fmt: skip
        """An array of models.

        Every response shape that is not one object, one route each.

        ``GET /shapes/things``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_shape_list.BINDING, locals())

    async def names(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[str]:  # fmt: skip
        """An array of scalars.

        ``GET /shapes/names``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_shape_scalars.BINDING, locals())

    async def by_name(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> dict[str, Widget]:  # fmt: skip
        """A map of models.

        ``GET /shapes/by-name``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_shape_map.BINDING, locals())

    async def count(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> int:  # fmt: skip
        """A scalar.

        ``GET /shapes/count``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_shape_scalar.BINDING, locals())

    async def either(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Widget | builtins.list[Link]:  # fmt: skip
        """One of several shapes.

        ``GET /shapes/either``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_shape_union.BINDING, locals())


class AsyncShapesResourceWithRawResponse(AsyncResource):
    """The ``shapes`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def things(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[builtins.list[Widget]]:  # fmt: skip
        """``shapes.things``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncShapesResource.things, locals())

    async def names(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[builtins.list[str]]:  # fmt: skip
        """``shapes.names``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncShapesResource.names, locals())

    async def by_name(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[dict[str, Widget]]:  # fmt: skip
        """``shapes.by_name``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncShapesResource.by_name, locals())

    async def count(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[int]:  # fmt: skip
        """``shapes.count``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncShapesResource.count, locals())

    async def either(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Widget | builtins.list[Link]]:  # fmt: skip
        """``shapes.either``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncShapesResource.either, locals())


class OpsStatusResource(SyncResource):
    """The ``ops.status`` operations."""

    def health(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:  # fmt: skip
        """Health.

        Health check.

        ``GET /health``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_health.BINDING, locals())


class OpsStatusResourceWithRawResponse(SyncResource):
    """The ``ops.status`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def health(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:  # fmt: skip
        """``ops.status.health``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, OpsStatusResource.health, locals())


class AsyncOpsStatusResource(AsyncResource):
    """The ``ops.status`` operations (async)."""

    async def health(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:  # fmt: skip
        """Health.

        Health check.

        ``GET /health``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_health.BINDING, locals())


class AsyncOpsStatusResourceWithRawResponse(AsyncResource):
    """The ``ops.status`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def health(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:  # fmt: skip
        """``ops.status.health``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncOpsStatusResource.health, locals())


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


class LegacyResource(SyncResource):
    """The ``legacy`` operations."""

    def all_things(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Widget]:  # fmt: skip
        """Alias of ``shapes.things``."""
        return call(self, _default_shape_list.BINDING, locals())


class LegacyResourceWithRawResponse(SyncResource):
    """The ``legacy`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def all_things(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[builtins.list[Widget]]:  # fmt: skip
        """``legacy.all_things``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, LegacyResource.all_things, locals())


class AsyncLegacyResource(AsyncResource):
    """The ``legacy`` operations (async)."""

    async def all_things(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Widget]:  # fmt: skip
        """Alias of ``shapes.things``."""
        return await call(self, _default_shape_list.BINDING, locals())


class AsyncLegacyResourceWithRawResponse(AsyncResource):
    """The ``legacy`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def all_things(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[builtins.list[Widget]]:  # fmt: skip
        """``legacy.all_things``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncLegacyResource.all_things, locals())


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
    def shapes(self) -> ShapesResource:
        """The ``shapes`` operations."""
        return ShapesResource(self._client)

    @cached_property
    def legacy(self) -> LegacyResource:
        """The ``legacy`` operations."""
        return LegacyResource(self._client)

    @cached_property
    def with_raw_response(self) -> MethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return MethodsWithRawResponse(self._client)

    def list(self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Thing]:  # fmt: skip
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
        return call(self, _default_list_.BINDING, locals())

    def create(self, *, name: str, color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN, labels: str | Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        level: Level | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        meta: NewThingMeta | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Thing | Pending:  # fmt: skip
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
        return call(self, _default_create.BINDING, locals())

    def bulk_create(self, things: Sequence[NewThing | Mapping[str, Any]], *,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BulkResult:  # fmt: skip
        """Create many things.

        Creates many things at once.

        ``POST /things/bulk``

        Args:
            things: the whole request body.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_bulk_create.BINDING, locals())

    def get(self, id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ThingWithLinks:  # fmt: skip
        """Get a thing.

        Reads one thing with its links.

        ``GET /things/{id}``

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_get.BINDING, locals())

    def update(self, id: str, body: ThingUpdate | Mapping[str, Any] | None = None, *,
        name: str | NotGiven = NOT_GIVEN, note: None | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Thing:  # fmt: skip
        """Update a thing.

        Partial update.

        ``PUT /things/{id}``

        Args:
            id: The id.
            body: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            name: The name.
            note: A note; null clears it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _default_update.BINDING, locals())


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

    @cached_property
    def shapes(self) -> ShapesResourceWithRawResponse:
        """The ``shapes`` operations."""
        return ShapesResourceWithRawResponse(self._client)

    @cached_property
    def legacy(self) -> LegacyResourceWithRawResponse:
        """The ``legacy`` operations."""
        return LegacyResourceWithRawResponse(self._client)

    def list(self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ThingPage]:  # fmt: skip
        """``list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.list, locals())

    def create(self, *, name: str, color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN, labels: str | Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        level: Level | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        meta: NewThingMeta | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Thing | Pending]:  # fmt: skip
        """``create``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.create, locals())

    def bulk_create(self, things: Sequence[NewThing | Mapping[str, Any]], *,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[BulkResult]:  # fmt: skip
        """``bulk_create``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.bulk_create, locals())

    def get(self, id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ThingWithLinks]:  # fmt: skip
        """``get``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.get, locals())

    def update(self, id: str, body: ThingUpdate | Mapping[str, Any] | None = None, *,
        name: str | NotGiven = NOT_GIVEN, note: None | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Thing]:  # fmt: skip
        """``update``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.update, locals())


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
    def shapes(self) -> AsyncShapesResource:
        """The ``shapes`` operations."""
        return AsyncShapesResource(self._client)

    @cached_property
    def legacy(self) -> AsyncLegacyResource:
        """The ``legacy`` operations."""
        return AsyncLegacyResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return AsyncMethodsWithRawResponse(self._client)

    def list(self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Thing]:  # fmt: skip
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
        return paginate(self, _default_list_.BINDING, locals())

    async def create(self, *, name: str, color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN, labels: str | Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        level: Level | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        meta: NewThingMeta | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Thing | Pending:  # fmt: skip
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
        return await call(self, _default_create.BINDING, locals())

    async def bulk_create(self, things: Sequence[NewThing | Mapping[str, Any]], *,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BulkResult:  # fmt: skip
        """Create many things.

        Creates many things at once.

        ``POST /things/bulk``

        Args:
            things: the whole request body.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_bulk_create.BINDING, locals())

    async def get(self, id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ThingWithLinks:  # fmt: skip
        """Get a thing.

        Reads one thing with its links.

        ``GET /things/{id}``

        Args:
            id: The id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_get.BINDING, locals())

    async def update(self, id: str, body: ThingUpdate | Mapping[str, Any] | None = None, *,
        name: str | NotGiven = NOT_GIVEN, note: None | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Thing:  # fmt: skip
        """Update a thing.

        Partial update.

        ``PUT /things/{id}``

        Args:
            id: The id.
            body: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            name: The name.
            note: A note; null clears it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _default_update.BINDING, locals())


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

    @cached_property
    def shapes(self) -> AsyncShapesResourceWithRawResponse:
        """The ``shapes`` operations."""
        return AsyncShapesResourceWithRawResponse(self._client)

    @cached_property
    def legacy(self) -> AsyncLegacyResourceWithRawResponse:
        """The ``legacy`` operations."""
        return AsyncLegacyResourceWithRawResponse(self._client)

    async def list(self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN,
        color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ThingPage]:  # fmt: skip
        """``list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.list, locals())

    async def create(self, *, name: str, color: Color | Literal["red", "green"] | NotGiven = NOT_GIVEN,
        size: int | NotGiven = NOT_GIVEN, labels: str | Sequence[str] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        level: Level | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        meta: NewThingMeta | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Thing | Pending]:  # fmt: skip
        """``create``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.create, locals())

    async def bulk_create(self, things: Sequence[NewThing | Mapping[str, Any]], *,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[BulkResult]:  # fmt: skip
        """``bulk_create``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.bulk_create, locals())

    async def get(self, id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ThingWithLinks]:  # fmt: skip
        """``get``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.get, locals())

    async def update(self, id: str, body: ThingUpdate | Mapping[str, Any] | None = None, *,
        name: str | NotGiven = NOT_GIVEN, note: None | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Thing]:  # fmt: skip
        """``update``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.update, locals())
