"""Invalidation result."""

from __future__ import annotations

from ..types import BaseModel


class KgInvalidateResponse(BaseModel):
    """Invalidation result."""

    found: bool
    """Always true on 200."""

    source_id: str
    """Source memory id (as sent)."""

    target_id: str
    """Target memory id (as sent)."""

    relation: str
    """Relation (as sent)."""

    valid_until: str
    """New end of validity."""

    previous_valid_until: None | str
    """Previous end of validity, or `null` on the first invalidation."""
