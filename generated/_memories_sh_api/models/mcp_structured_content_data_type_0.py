"""Result data."""

from __future__ import annotations

from ..types import OpenModel


class McpStructuredContentDataType0(OpenModel):
    """Result data."""
