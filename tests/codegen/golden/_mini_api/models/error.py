"""The error body."""

from __future__ import annotations

from ..types import BaseModel


class Error(BaseModel):
    """The error body."""

    code: str
    """Machine-readable code."""
