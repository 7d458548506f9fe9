"""Open result."""

from __future__ import annotations

from ..types import OpenModel


class ShareResponse200(OpenModel):
    """Open result."""
