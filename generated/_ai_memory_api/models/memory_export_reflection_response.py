"""The rendered reflection (the daemon writes no file)."""

from __future__ import annotations

from ..types import BaseModel


class MemoryExportReflectionResponse(BaseModel):
    """The rendered reflection (the daemon writes no file)."""

    content: str
    """The rendered document."""

    suggested_filename: str
    """`<namespace>/<id>.<md|json>`."""
