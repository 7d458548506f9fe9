"""A memory a dry-run bulk forget would delete."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class BulkForgetPreviewItem(BaseModel):
    """A memory a dry-run bulk forget would delete."""

    id: str
    """Memory id."""

    type: str
    """The stored memory type."""

    content_preview: str = Field(alias="contentPreview")
    """The content, cut to 80 characters plus `...` when longer."""
