"""**[H] only**: arguments of the `vacuum_memories` tool (not restricted to the working layer, unlike
HTTP)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class McpVacuumMemoriesArguments(BaseModel):
    """**[H] only**: arguments of the `vacuum_memories` tool (not restricted to the working layer, unlike
    HTTP)."""

    user_id: str | None = None
    """User id; the purge is constrained to this user's memories."""

    tenant_id: str | None = None
    """Tenant id."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "user_id": {"min_length": 1},
        "tenant_id": {"min_length": 1},
    }
