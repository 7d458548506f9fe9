"""Params of the MCP `memory_check_agent_action` tool: the action and its kind's field (`command`,
`path`, `host`, `binary` or `custom_kind`)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.agent_action_kind import AgentActionKind
from ..types import BaseModel


class MemoryCheckAgentActionRequest(BaseModel):
    """Params of the MCP `memory_check_agent_action` tool: the action and its kind's field (`command`,
    `path`, `host`, `binary` or `custom_kind`)."""

    kind: AgentActionKind
    """Kind of an agent action."""

    command: str | None = None
    """Command line (required for `bash`)."""

    cwd: str | None = None
    """Working directory (`bash`)."""

    path: str | None = None
    """Path written (required for `filesystem_write`)."""

    byte_estimate: int | None = None
    """Bytes to write (`filesystem_write`)."""

    host: str | None = None
    """Host (required for `network_request`)."""

    scheme: str = "https"
    """URL scheme (`network_request`)."""

    binary: str | None = None
    """Program (required for `process_spawn`)."""

    args: list[str] | None = None
    """Arguments (`process_spawn`; non-string items are dropped)."""

    custom_kind: str | None = None
    """Custom action kind (required for `custom`, or `kind_inner`); the whole body is the custom
    payload."""

    kind_inner: str | None = None
    """Alias of `custom_kind`."""

    agent_id: str = "anonymous:mcp"
    """Agent reported in the check (not validated, not compared with `X-Agent-Id`)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "byte_estimate": {"minimum": 0.0},
    }
