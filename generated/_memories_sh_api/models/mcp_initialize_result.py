"""Result of `initialize`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class McpInitializeResult(BaseModel):
    """Result of `initialize`."""

    protocol_version: str = Field(alias="protocolVersion")
    """MCP protocol version, `2024-11-05`."""

    server_info: McpServerInfo = Field(alias="serverInfo")
    """Server identification in the `initialize` result."""

    capabilities: McpInitializeResultCapabilities
    """Server capabilities, `{"tools": {}}`."""


# Imported last: these models refer back to this one.
from ..models.mcp_initialize_result_capabilities import McpInitializeResultCapabilities  # noqa: E402
from ..models.mcp_server_info import McpServerInfo  # noqa: E402
