"""Forget result."""

from __future__ import annotations

from ..types import BaseModel


class ForgetResponse(BaseModel):
    """Forget result."""

    deleted: int
    """Number of deleted memories."""
