"""Graph traversal request. `source_id` (or its alias `from`) is required."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.link_relation import LinkRelation
from ..types import BaseModel, DateTime


class KgQueryRequest(BaseModel):
    """Graph traversal request. `source_id` (or its alias `from`) is required."""

    source_id: str | None = None
    """Start memory id."""

    from_: str | None = Field(default=None, alias="from")
    """Alias of `source_id`."""

    to: str | None = None
    """Only paths ending at this memory."""

    max_depth: int = 1
    """Maximum hops."""

    valid_at: DateTime | None = None
    """Only links valid at this instant."""

    allowed_agents: list[str] | None = None
    """Only links observed by these agents."""

    limit: int | None = None
    """Maximum memories."""

    include_invalidated: bool = False
    """Also follow invalidated links."""

    rel_types: list[LinkRelation] | None = None
    """Only these relations."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "max_depth": {"minimum": 1.0},
        "limit": {"minimum": 0.0},
    }
