"""Open result."""

from __future__ import annotations

from ..types import BaseModel


class ShareResponse200(BaseModel):
    """Open result."""
