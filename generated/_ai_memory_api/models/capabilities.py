"""The MCP capabilities document (v1/v2/v3 shapes differ; kept open) plus the HTTP-only keys below. Has
no `families` block."""

from __future__ import annotations

from ..types import BaseModel


class Capabilities(BaseModel):
    """The MCP capabilities document (v1/v2/v3 shapes differ; kept open) plus the HTTP-only keys below. Has
    no `families` block."""

    version: str | None = None
    """Daemon version."""

    storage_backend: str | None = None
    """`sqlite` in default builds."""

    db_schema_version: int | None = None
    """Database schema version (0 in non-`sal` builds)."""
