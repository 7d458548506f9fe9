"""Response metadata present on every SDK envelope (success and failure)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class Meta(BaseModel):
    """Response metadata present on every SDK envelope (success and failure)."""

    version: str
    """Response schema version; the constant `"2026-02-11"` on every `/api/sdk/v1` route ([S] and [H])."""

    endpoint: str
    """The route path, e.g. `/api/sdk/v1/context/get`; never includes the query string."""

    request_id: str = Field(alias="requestId")
    """A fresh server-generated UUIDv4 for this request (lowercase, e.g.
    `3a4f3fc2-24ea-4e9e-ac61-6f2807f39584`). Not echoed in any header."""

    timestamp: Timestamp
    """Server time as `Date.toISOString()`, e.g. `2026-02-11T12:00:00.000Z` (UTC, milliseconds, `Z`)."""
