"""MCP tool definitions."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class ToolsListResponse(BaseModel):
    """MCP tool definitions."""

    tools: list[OpenObject]
    """Tool definitions (`name`, `description`, `inputSchema`)."""

    tools_version: str | None = Field(default=None, alias="toolsVersion")
    """Version tag of the tool catalogue (`2026-05-06` in v0.7.0)."""


# Imported last: these models refer back to this one.
from ..models.open_object import OpenObject  # noqa: E402
