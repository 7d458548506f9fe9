"""Graph traversal request. `source_id` (or its alias `from`) is required."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel, DateTime


class KgQueryRequest(BaseModel):
    """Graph traversal request. `source_id` (or its alias `from`) is required."""

    source_id: str | None = None
    """Start memory id."""

    from_: str | None = Field(default=None, alias="from")
    """Alias of `source_id` (used when `source_id` is absent)."""

    to: str | None = None
    """Accepted but ignored by the default (SQLite) build."""

    max_depth: int = 1
    """Maximum hops (1..5)."""

    valid_at: DateTime | None = None
    """Only links valid at this instant."""

    allowed_agents: list[str] | None = None
    """Only links observed by these agents (an empty list matches nothing)."""

    limit: int = 200
    """Maximum nodes (clamped to 1..1000)."""

    include_invalidated: bool = False
    """Also follow invalidated links."""

    rel_types: list[str] | None = None
    """Accepted but ignored by the default (SQLite) build."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "source_id": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "from_": {"min_length": 1, "max_length": 128, "pattern": "^(?!.*\\.\\.)[A-Za-z0-9_:.@-]+$"},
        "max_depth": {"minimum": 1.0, "maximum": 5.0},
        "limit": {"minimum": 0.0},
    }
