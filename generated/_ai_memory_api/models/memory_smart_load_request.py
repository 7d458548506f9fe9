"""Params of the MCP `memory_smart_load` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class MemorySmartLoadRequest(BaseModel):
    """Params of the MCP `memory_smart_load` tool."""

    intent: str
    """What the agent is about to do, in free text; trimmed. A blank intent routes to `core`
    (`chosen_family_source` `fallback`)."""

    namespace: str | None = None
    """Namespace (default every namespace); validated like a memory's namespace."""

    k: int = 20
    """Maximum memories (the daemon clamps other values to 1..100)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "namespace": {"max_length": 512},
        "k": {"minimum": 1.0, "maximum": 100.0},
    }
