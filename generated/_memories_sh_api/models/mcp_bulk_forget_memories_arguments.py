"""**[H] only**: arguments of the `bulk_forget_memories` tool (not restricted to the working layer,
unlike HTTP)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.memory_type import MemoryType
from ..types import BaseModel


class McpBulkForgetMemoriesArguments(BaseModel):
    """**[H] only**: arguments of the `bulk_forget_memories` tool (not restricted to the working layer,
    unlike HTTP)."""

    types: list[MemoryType] | None = None
    """Memory types to match."""

    tags: list[str] | None = None
    """Tags to match (substring)."""

    older_than_days: int | None = None
    """Only memories older than this many days."""

    pattern: str | None = None
    """Contains-match with `*` / `?` wildcards."""

    project_id: str | None = None
    """Only memories of this project."""

    user_id: str | None = None
    """User id; deletes are constrained to this user's memories."""

    tenant_id: str | None = None
    """Tenant id."""

    all: bool | None = None
    """Delete everything of the user (not with other filters)."""

    dry_run: bool | None = None
    """Only preview (default false)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "older_than_days": {"minimum": 1.0},
        "user_id": {"min_length": 1},
        "tenant_id": {"min_length": 1},
    }
