"""A text content block of a tool result."""

from __future__ import annotations

from ..types import BaseModel


class McpTextContent(BaseModel):
    """A text content block of a tool result."""

    type: str
    """Content type, `text`."""

    text: str
    """Markdown/plain-text summary of the result."""
