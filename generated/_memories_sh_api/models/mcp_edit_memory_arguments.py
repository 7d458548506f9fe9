"""Arguments of the `edit_memory` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.memory_layer import MemoryLayer
from ..models.memory_type import MemoryType
from ..types import BaseModel


class McpEditMemoryArguments(BaseModel):
    """Arguments of the `edit_memory` tool."""

    id: str
    """The memory id."""

    content: str | None = None
    """New text."""

    type: MemoryType | None = None
    """Memory type. Requests accept exactly these five values (default `note` on add). In
    responses the raw stored value is passed through, so rows written by other tools may carry
    other strings; SDK enums are open and keep unknown values."""

    layer: MemoryLayer | None = None
    """Injection layer: `rule` (always-on), `working` (short-lived, expires after the server's
    TTL, 24 h by default) or `long_term`. In responses, a missing or invalid stored layer is
    derived from the type (`rule` → `rule`, otherwise `long_term`)."""

    tags: list[str] | None = None
    """New tags."""

    paths: list[str] | None = None
    """New glob patterns."""

    category: str | None = None
    """New category."""

    metadata: McpEditMemoryArgumentsMetadata | None = None
    """New metadata."""

    user_id: str | None = None
    """Edits are constrained to this user's memories."""

    tenant_id: str | None = None
    """Tenant id."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "id": {"min_length": 1},
        "user_id": {"min_length": 1},
        "tenant_id": {"min_length": 1},
    }


# Imported last: these models refer back to this one.
from ..models.mcp_edit_memory_arguments_metadata import McpEditMemoryArgumentsMetadata  # noqa: E402
