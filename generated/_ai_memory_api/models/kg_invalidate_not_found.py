"""The link (or its source memory) was not found. `error` is present only when the source memory is
missing."""

from __future__ import annotations

from ..types import BaseModel


class KgInvalidateNotFound(BaseModel):
    """The link (or its source memory) was not found. `error` is present only when the source memory is
    missing."""

    found: bool
    """Always false."""

    source_id: str
    """Source memory id (as sent)."""

    target_id: str
    """Target memory id (as sent)."""

    relation: str
    """Relation (as sent)."""

    error: str | None = None
    """`source memory not found` when the source memory is missing."""
