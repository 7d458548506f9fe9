"""Raw body of the shared rate limiter on `/api/mcp` (HTTP 429)."""

from __future__ import annotations

from ..types import BaseModel


class McpRateLimitedBody(BaseModel):
    """Raw body of the shared rate limiter on `/api/mcp` (HTTP 429)."""

    error: str
    """Always `Too many requests`."""
