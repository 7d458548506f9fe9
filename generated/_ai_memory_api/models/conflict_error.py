"""409 for a duplicate title or a proactive near-duplicate."""

from __future__ import annotations

from typing import Literal

from ..types import BaseModel


class ConflictError(BaseModel):
    """409 for a duplicate title or a proactive near-duplicate."""

    error: str
    """Message."""

    code: Literal["CONFLICT"]
    """Always `CONFLICT`."""

    existing_id: str
    """Id of the existing memory."""

    existing_title: str | None = None
    """Title of the near-duplicate (near-duplicate only)."""

    similarity: float | None = None
    """Cosine similarity of the near-duplicate."""

    reason: str | None = None
    """Why the write was refused (near-duplicate only)."""

    hint: str | None = None
    """`pass force=true to insert anyway` (near-duplicate only)."""
