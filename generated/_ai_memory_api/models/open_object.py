"""A JSON object whose shape is not fixed by this document (MCP tool params or output, or a shape not
determined from the server source)."""

from __future__ import annotations

from ..types import OpenModel


class OpenObject(OpenModel):
    """A JSON object whose shape is not fixed by this document (MCP tool params or output, or a shape not
    determined from the server source)."""
