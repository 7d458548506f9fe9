"""Server identification in the `initialize` result."""

from __future__ import annotations

from ..types import BaseModel


class McpServerInfo(BaseModel):
    """Server identification in the `initialize` result."""

    name: str
    """`memories.sh`."""

    version: str
    """Server version, `0.6.0`."""
