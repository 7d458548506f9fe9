"""Link deletion result."""

from __future__ import annotations

from ..types import BaseModel


class UnlinkResponse(BaseModel):
    """Link deletion result."""

    deleted: bool
    """Whether a link was deleted."""
