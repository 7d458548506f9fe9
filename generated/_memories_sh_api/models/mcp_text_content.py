"""A text content block of a tool result."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class McpTextContent(BaseModel):
    """A text content block of a tool result."""

    type_: str = Field(alias="type")
    """Content type, `text`."""

    text: str
    """Markdown/plain-text summary of the result."""
