"""Duplicate check result."""

from __future__ import annotations

from ..types import BaseModel


class CheckDuplicateResponse(BaseModel):
    """Duplicate check result."""

    is_duplicate: bool
    """Whether the nearest memory is at or above the threshold."""

    threshold: float
    """Threshold used."""

    nearest: DuplicateCandidate | None
    """Nearest memory, or `null`."""

    suggested_merge: None | str
    """Id to merge into when `is_duplicate`, else `null`."""

    candidates_scanned: int
    """Memories compared."""


# Imported last: these models refer back to this one.
from ..models.duplicate_candidate import DuplicateCandidate  # noqa: E402
