"""Free-form metadata."""

from __future__ import annotations

from ..types import OpenModel


class RegisterEntityRequestMetadata(OpenModel):
    """Free-form metadata."""
