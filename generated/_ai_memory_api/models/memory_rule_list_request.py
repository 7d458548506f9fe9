"""Params of the MCP `memory_rule_list` tool."""

from __future__ import annotations

from ..types import BaseModel


class MemoryRuleListRequest(BaseModel):
    """Params of the MCP `memory_rule_list` tool."""

    kind: str | None = None
    """Only rules of this kind (`bash`, `filesystem_write`, `network_request`, `process_spawn`,
    `custom`)."""

    enabled_only: bool = False
    """Only enabled rules (and, when an operator key is configured, only validly signed ones)."""
