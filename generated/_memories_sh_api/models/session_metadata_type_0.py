"""The metadata given at start, or null."""

from __future__ import annotations

from ..types import OpenModel


class SessionMetadataType0(OpenModel):
    """The metadata given at start, or null."""
