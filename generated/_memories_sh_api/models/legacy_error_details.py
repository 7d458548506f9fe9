"""Open details object. For `LEGACY_MCP_KEY_ERROR` / `LEGACY_MCP_TENANTS_ERROR` it is the
whole legacy response body, usually `{"error": "<message>"}`. It is also the fallback for
any other details shape (`{field}`, `{field, value}`, `{id}`, `{method}`, `{tool}`, or keys
added by newer servers)."""

from __future__ import annotations

from ..types import BaseModel


class LegacyErrorDetails(BaseModel):
    """Open details object. For `LEGACY_MCP_KEY_ERROR` / `LEGACY_MCP_TENANTS_ERROR` it is the
    whole legacy response body, usually `{"error": "<message>"}`. It is also the fallback for
    any other details shape (`{field}`, `{field, value}`, `{id}`, `{method}`, `{tool}`, or keys
    added by newer servers)."""

    error: str | None = None
    """The legacy error message (present on legacy management bodies)."""
