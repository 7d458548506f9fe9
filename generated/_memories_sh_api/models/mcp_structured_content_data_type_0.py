"""Result data."""

from __future__ import annotations

from ..types import BaseModel


class McpStructuredContentDataType0(BaseModel):
    """Result data."""
