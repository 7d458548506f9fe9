"""MCP tool definitions."""

from __future__ import annotations

from ..types import BaseModel


class ToolsListResponse(BaseModel):
    """MCP tool definitions."""

    tools: list[OpenObject]
    """Tool definitions (`name`, `description`, `inputSchema`)."""


# Imported last: these models refer back to this one.
from ..models.open_object import OpenObject  # noqa: E402
