"""Arguments of the `add_memory` tool. The server does no enum validation here: an invalid
`type` is silently stored as `note`."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.memory_layer import MemoryLayer
from ..models.memory_type import MemoryType
from ..types import BaseModel


class McpAddMemoryArguments(BaseModel):
    """Arguments of the `add_memory` tool. The server does no enum validation here: an invalid
    `type` is silently stored as `note`."""

    content: str
    """The memory text."""

    type: MemoryType | None = None
    """Memory type. Requests accept exactly these five values (default `note` on add). In
    responses the raw stored value is passed through, so rows written by other tools may carry
    other strings; SDK enums are open and keep unknown values."""

    layer: MemoryLayer | None = None
    """Injection layer: `rule` (always-on), `working` (short-lived, expires after the server's
    TTL, 24 h by default) or `long_term`. In responses, a missing or invalid stored layer is
    derived from the type (`rule` → `rule`, otherwise `long_term`)."""

    project_id: str | None = None
    """Store as a project memory of this project."""

    user_id: str | None = None
    """Store as this user's memory."""

    tenant_id: str | None = None
    """Tenant id."""

    tags: list[str] | None = None
    """Tags."""

    paths: list[str] | None = None
    """File glob patterns."""

    category: str | None = None
    """Category."""

    metadata: McpAddMemoryArgumentsMetadata | None = None
    """Structured metadata."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "content": {"min_length": 1},
        "project_id": {"min_length": 1},
        "user_id": {"min_length": 1},
        "tenant_id": {"min_length": 1},
    }


# Imported last: these models refer back to this one.
from ..models.mcp_add_memory_arguments_metadata import McpAddMemoryArgumentsMetadata  # noqa: E402
