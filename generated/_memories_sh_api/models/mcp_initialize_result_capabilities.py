"""Server capabilities, `{"tools": {}}`."""

from __future__ import annotations

from ..types import OpenModel


class McpInitializeResultCapabilities(OpenModel):
    """Server capabilities, `{"tools": {}}`."""
