"""JSON Schema of the tool's arguments (see the `Mcp*Arguments` schemas)."""

from __future__ import annotations

from ..types import BaseModel


class McpToolDefinitionInputSchema(BaseModel):
    """JSON Schema of the tool's arguments (see the `Mcp*Arguments` schemas)."""
