"""Invalidation result."""

from __future__ import annotations

from ..types import BaseModel


class KgInvalidateResponse(BaseModel):
    """Invalidation result."""

    found: bool
    """Always true on 200."""

    valid_until: str
    """New end of validity."""

    previous_valid_until: None | str = None
    """Previous end of validity, or `null`."""
