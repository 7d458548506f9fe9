"""Peer id to RFC 3339 timestamp."""

from __future__ import annotations

from ..types import OpenModel


class VectorClockEntries(OpenModel):
    """Peer id to RFC 3339 timestamp."""
