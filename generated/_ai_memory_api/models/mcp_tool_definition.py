"""One MCP tool definition (long-form docs stripped)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class McpToolDefinition(BaseModel):
    """One MCP tool definition (long-form docs stripped)."""

    name: str
    """Tool name."""

    description: str
    """Short description."""

    input_schema: OpenObject = Field(alias="inputSchema")
    """A JSON object whose shape is not fixed by this document (MCP tool params or output, or a shape
    not determined from the server source)."""


# Imported last: these models refer back to this one.
from ..models.open_object import OpenObject  # noqa: E402
