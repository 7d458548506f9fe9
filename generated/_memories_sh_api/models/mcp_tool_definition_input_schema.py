"""JSON Schema of the tool's arguments (see the `Mcp*Arguments` schemas)."""

from __future__ import annotations

from ..types import OpenModel


class McpToolDefinitionInputSchema(OpenModel):
    """JSON Schema of the tool's arguments (see the `Mcp*Arguments` schemas)."""
