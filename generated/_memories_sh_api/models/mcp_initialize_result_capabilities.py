"""Server capabilities, `{"tools": {}}`."""

from __future__ import annotations

from ..types import BaseModel


class McpInitializeResultCapabilities(BaseModel):
    """Server capabilities, `{"tools": {}}`."""
