"""Peer id to RFC 3339 timestamp."""

from __future__ import annotations

from ..types import BaseModel


class VectorClockEntries(BaseModel):
    """Peer id to RFC 3339 timestamp."""
