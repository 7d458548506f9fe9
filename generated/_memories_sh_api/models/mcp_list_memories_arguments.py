"""Arguments of the `list_memories` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.memory_layer import MemoryLayer
from ..models.memory_type import MemoryType
from ..types import BaseModel


class McpListMemoriesArguments(BaseModel):
    """Arguments of the `list_memories` tool."""

    type: MemoryType | None = None
    """Memory type. Requests accept exactly these five values (default `note` on add). In
    responses the raw stored value is passed through, so rows written by other tools may carry
    other strings; SDK enums are open and keep unknown values."""

    layer: MemoryLayer | None = None
    """Injection layer: `rule` (always-on), `working` (short-lived, expires after the server's
    TTL, 24 h by default) or `long_term`. In responses, a missing or invalid stored layer is
    derived from the type (`rule` → `rule`, otherwise `long_term`)."""

    tags: str | None = None
    """A single tag filter (substring match)."""

    project_id: str | None = None
    """Include this project's memories."""

    user_id: str | None = None
    """User id."""

    tenant_id: str | None = None
    """Tenant id."""

    limit: int = 20
    """Maximum results (default 20). [S] does not clamp; [H] clamps to 1..100."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "project_id": {"min_length": 1},
        "user_id": {"min_length": 1},
        "tenant_id": {"min_length": 1},
        "limit": {"minimum": 1.0, "maximum": 100.0},
    }
