"""The metadata given at start, or null."""

from __future__ import annotations

from ..types import BaseModel


class SessionMetadataType0(BaseModel):
    """The metadata given at start, or null."""
