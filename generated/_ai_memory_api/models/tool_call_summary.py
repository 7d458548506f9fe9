"""One tool call of an assistant turn."""

from __future__ import annotations

from ..types import BaseModel


class ToolCallSummary(BaseModel):
    """One tool call of an assistant turn."""

    tool: str
    """Tool name."""

    brief: str
    """One-line summary (by convention at most 200 characters)."""
