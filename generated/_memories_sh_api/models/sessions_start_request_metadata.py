"""Free-form metadata."""

from __future__ import annotations

from ..types import OpenModel


class SessionsStartRequestMetadata(OpenModel):
    """Free-form metadata."""
